"""Where an export may be written: a new path or an existing regular file, in a folder
that exists. A folder, a device (``/dev/full``), a pipe or a socket is refused before any
work, so an export never replaces a device node nor is journaled without its file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cafe_pos.domain.errors import UserError


class ExportTargetRefused(UserError):
    """The output path of an export cannot receive a file."""


def check_export_target(path: Path) -> None:
    """Refuse an output that is not a new path or a regular file (French message)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportTargetRefused(f"Fichier de sortie inutilisable : {path}") from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportTargetRefused(f"{path} est un dossier : donnez un nom de fichier")
    if mode is not None and not stat.S_ISREG(mode):
        raise ExportTargetRefused(
            f"{path} n'est pas un fichier ordinaire (périphérique, tube...) : "
            "donnez le nom d'un nouveau fichier"
        )
    if path.is_symlink():
        raise ExportTargetRefused(f"{path} est un lien : donnez le nom d'un nouveau fichier")
    if not path.parent.is_dir():
        raise ExportTargetRefused(f"Le dossier n'existe pas : {path.parent}")
