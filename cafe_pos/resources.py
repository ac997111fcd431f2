"""Where the files shipped with the program are: the one lookup for ``assets/`` and
``migrations/``, inside an installed package or at the top of a source checkout.

A leaf module (it imports nothing of ours), so every layer may use it.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path | None:
    """``cafe_pos/<parts>`` when installed, else ``<checkout>/<parts>``; None when missing."""
    for base in (_PACKAGE_DIR, _PACKAGE_DIR.parent):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    return None


def assets_dir() -> Path:
    """The assets folder (translations, icons, fonts, demo data)."""
    return resource_path("assets") or _PACKAGE_DIR.parent / "assets"
