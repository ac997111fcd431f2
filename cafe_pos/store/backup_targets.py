"""Where automatic backups go: a folder, a USB stick found by its label, a network share.

A destination is stored as one line ``kind|value`` (``folder|/home/cafe/Sauvegardes``,
``usb|CAFE-SAUVE``, ``network|\\\\nas\\cafe``). A USB stick is looked for by its
filesystem label where systems mount them (``/media/<user>/<label>``, ``/media/<label>``,
``/run/media/<user>/<label>``; on Windows the drive whose volume label it is) and the
backups go into its ``cafe-pos-sauvegardes`` folder. A folder or a share must exist: an
unplugged disk or an unreachable share is a failed backup, said in French, never a
backup silently written somewhere else.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cafe_pos.domain.errors import UserError

KINDS = ("folder", "usb", "network")
USB_FOLDER = "cafe-pos-sauvegardes"
MEDIA_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))


@dataclass(frozen=True, slots=True)
class Destination:
    kind: str  # folder | usb | network
    value: str  # a path, or a USB label

    def encode(self) -> str:
        return f"{self.kind}|{self.value}"

    def label(self) -> str:
        """French, for people."""
        if self.kind == "usb":
            return f"clé USB « {self.value} »"
        if self.kind == "network":
            return f"partage réseau {self.value}"
        return f"dossier {self.value}"


def parse_destination(kind: str, value: str) -> Destination:
    value = value.strip()
    if kind not in KINDS:
        raise UserError(f"Type de destination inconnu : {kind}")
    if not value:
        raise UserError("Indiquez le dossier, l'étiquette de la clé USB ou le partage réseau")
    if "|" in value or "\n" in value:
        raise UserError("Caractère interdit dans la destination (| ou retour à la ligne)")
    if kind in ("folder", "network") and not (
        os.path.isabs(value) or value.startswith(("\\\\", "//"))
    ):
        raise UserError(f"Indiquez un chemin complet : {value}")
    return Destination(kind, value)


def decode_destinations(text: str) -> list[Destination]:
    """The stored lines, the unreadable ones skipped."""
    out = []
    for line in text.splitlines():
        kind, _, value = line.partition("|")
        try:
            out.append(parse_destination(kind.strip(), value))
        except UserError:
            continue
    return out


def encode_destinations(destinations: Sequence[Destination]) -> str:
    return "\n".join(d.encode() for d in destinations)


def _windows_drive_with_label(label: str) -> Path | None:  # pragma: no cover - Windows
    import ctypes
    import string

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    for letter in string.ascii_uppercase:
        root = f"{letter}:\\"
        name = ctypes.create_unicode_buffer(261)
        found = kernel.GetVolumeInformationW(root, name, 261, None, None, None, None, 0)
        if found and name.value.casefold() == label.casefold():
            return Path(root)
    return None


def find_usb(label: str, roots: Sequence[Path] = MEDIA_ROOTS) -> Path | None:
    """Where the stick labelled ``label`` is mounted, or None when it is not plugged in."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        return _windows_drive_with_label(label)
    wanted = label.casefold()
    for root in roots:
        try:
            candidates = [root, *(p for p in root.iterdir() if p.is_dir())]
        except OSError:
            continue
        for parent in candidates:
            try:
                for entry in parent.iterdir():
                    if entry.name.casefold() == wanted and os.path.ismount(entry):
                        return entry
            except OSError:
                continue
    return None


def resolve(destination: Destination, roots: Sequence[Path] = MEDIA_ROOTS) -> Path:
    """The folder that receives the backups now; UserError (French) when unreachable."""
    if destination.kind == "usb":
        mount = find_usb(destination.value, roots)
        if mount is None:
            raise UserError(f"Clé USB « {destination.value} » non branchée")
        folder = mount / USB_FOLDER
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise UserError(
                f"Clé USB « {destination.value} » : impossible d'y créer {USB_FOLDER} ({exc.strerror})"
            ) from exc
        return folder
    folder = Path(destination.value)
    if not folder.is_dir():
        what = (
            "Partage réseau injoignable" if destination.kind == "network" else "Dossier introuvable"
        )
        raise UserError(f"{what} : {destination.value}")
    return folder


def usb_labels(roots: Sequence[Path] = MEDIA_ROOTS) -> list[str]:
    """Labels of the removable disks mounted now (to choose one in Réglages)."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        return []
    labels: set[str] = set()
    for root in roots:
        try:
            parents = [root, *(p for p in root.iterdir() if p.is_dir())]
        except OSError:
            continue
        for parent in parents:
            try:
                labels.update(e.name for e in parent.iterdir() if os.path.ismount(e))
            except OSError:
                continue
    return sorted(labels)
