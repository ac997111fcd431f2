"""Files the till writes for people (archives, PDFs, CSV exports, backups): owner-only,
complete or absent, and French words when the system refuses.

They hold PIN hashes, customer names and the café's figures, so every one is created
0600 (``PRIVATE_MODE``): readable by the account that runs the till, nobody else. A file
is written to a ``.part`` beside its target and renamed only once complete, so a full
disk or a crash never leaves half a file under the promised name.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast

from cafe_pos.domain.spreadsheet import FORMULA_STARTS, neutralise_cell, neutralise_rows

PRIVATE_MODE = 0o600
__all__ = ["FORMULA_STARTS", "neutralise_cell", "neutralise_rows"]  # shared with HQ

_OS_ERRORS: dict[int, str] = {
    errno.ENOSPC: "Le disque est plein",
    errno.EDQUOT: "Le quota du disque est atteint",
    errno.EFBIG: "Fichier trop grand pour le disque",
    errno.EACCES: "Accès refusé",
    errno.EPERM: "Opération non permise",
    errno.EROFS: "Le disque est en lecture seule",
    errno.ENOENT: "Fichier ou dossier introuvable",
    errno.EISDIR: "C'est un dossier, pas un fichier",
    errno.ENOTDIR: "Un élément du chemin n'est pas un dossier",
    errno.ELOOP: "Boucle de liens symboliques",
    errno.ENAMETOOLONG: "Nom de fichier trop long",
    errno.EEXIST: "Le fichier existe déjà",
    errno.EIO: "Erreur de lecture ou d'écriture du disque",
    errno.EBUSY: "Fichier occupé par un autre programme",
    errno.EXDEV: "Déplacement impossible entre deux disques",
    errno.ENOTEMPTY: "Le dossier n'est pas vide",
}
DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


class FileProblem(OSError):
    """A file that could not be written or read, with a French message."""


def os_error_text(exc: OSError) -> str:
    """An OSError in French, with the file it is about (never "No space left on device")."""
    if isinstance(exc, FileProblem):
        return str(exc)
    what = _OS_ERRORS.get(exc.errno or 0, "Erreur du système de fichiers")
    names = [os.fsdecode(name) for name in (exc.filename, exc.filename2) if name is not None]
    if exc.errno in DISK_FULL:
        what += " : rien n'a été écrit, les données déjà enregistrées sont intactes"
        return what + (f" ({names[0]})" if names else "")
    return f"{what} : {' → '.join(names)}" if names else what


def check_output_path(path: Path) -> None:
    """Refuse, before any work, an output path that can't receive a file (a folder, a
    device, a link, no folder): the one rule of store.export_target (UserError)."""
    from cafe_pos.store.export_target import check_export_target

    check_export_target(path)


@contextlib.contextmanager
def private_output(path: Path) -> Iterator[BinaryIO]:
    """Open ``path``'s ``.part`` owner-only for writing (bytes); renamed to ``path`` on
    success, removed on any failure. Errors are :class:`FileProblem` (French)."""
    with _private(path, None) as handle:
        yield cast(BinaryIO, handle)


@contextlib.contextmanager
def private_text_output(path: Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """:func:`private_output` for text (CSV: ``newline=""``, as the csv module wants)."""
    with _private(path, encoding) as handle:
        yield cast(TextIO, handle)


@contextlib.contextmanager
def _private(path: Path, encoding: str | None) -> Iterator[IO[Any]]:
    """The ``.part`` of ``path``, owner-only: bytes, or text in ``encoding``."""
    check_output_path(path)
    partial = path.with_name(path.name + ".part")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
        os.fchmod(fd, PRIVATE_MODE)  # an old .part keeps its mode otherwise
        handle: IO[Any] = (
            os.fdopen(fd, "wb")
            if encoding is None
            else os.fdopen(fd, "w", encoding=encoding, newline="")
        )
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise FileProblem(exc.errno or 0, os_error_text(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` completely, owner-only (0600)."""
    with private_output(path) as handle:
        handle.write(data)


def make_private(path: Path) -> None:
    """Owner-only permissions on a file the till owns (database, backup); quietly skipped
    where the system has no such permissions."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_MODE)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only if it does not exist (an empty file is a new
    SQLite database: SQLite then keeps the mode, and gives it to the -wal and -shm)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return
    os.close(descriptor)


def restore_cell(value: str) -> str:
    """The value of a cell written by :func:`neutralise_cell` (a re-imported export)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
