"""Faults of the machine (full disk, unreadable file, symlink loop, badly encoded text,
a number too large) turned into one French sentence, for the command line and the screens.

Every command goes through :func:`describe`, and so does every screen's unexpected error
(``ui/widgets/messages.error_text``): a disk that fills during a run, a folder
given where a file is expected or an argument in Latin-1 never prints a traceback or an
English system message. SQLite rolls back the transaction that failed, so the line also
says what was kept: everything committed before, nothing of the operation that failed.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

from cafe_pos.store.files import os_error_text

NOTHING_WRITTEN = "l'opération a été annulée, les données déjà enregistrées sont intactes"

# SQLite's own words (sqlite3 or wrapped by SQLAlchemy) -> French; the screens translate
# the French side (scripts/extract_errors.py reads this table and what describe returns)
_DISK_FULL = "database or disk is full"
_DISK_IO = "disk i/o error"
_SQLITE_ERRORS: dict[str, str] = {
    _DISK_FULL: "Le disque est plein",
    _DISK_IO: "Erreur de lecture ou d'écriture du disque",
    "database is locked": "La base de données est occupée par un autre programme",
    "readonly database": "La base de données est en lecture seule",
    "unable to open database file": "Impossible d'ouvrir la base de données",
    "file is not a database": "Ce fichier n'est pas une base de données",
    "database disk image is malformed": "La base de données est endommagée",
}


# the csv module's own words -> why a CSV file can't be read, in French
_CSV_ERRORS: dict[str, str] = {
    "field larger than field limit": "un champ dépasse la taille permise",
    "line contains nul": "le fichier contient un caractère nul",
    "unexpected end of data": "un guillemet ouvert n'est jamais fermé",
    "new-line character seen in unquoted field": "une fin de ligne est mal placée",
}


def csv_reason(exc: csv.Error) -> str:
    """Why the csv module could not read a file, in French (a few words)."""
    return _said(str(exc), _CSV_ERRORS) or "guillemet mal placé ?"


# Below this, a "disk I/O error" is a full disk: SQLite reports a journal or shared-memory
# file it could not grow as an I/O error, not as "database or disk is full".
NEARLY_FULL_BYTES = 256 * 1024


def _disk_full(db: Path | None) -> bool:
    if db is None:
        return False
    try:
        return shutil.disk_usage(db.resolve().parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def sqlite_error_text(exc: BaseException, db: Path | None = None) -> str | None:
    """A SQLite error (sqlite3's or SQLAlchemy's wrapping of it) in French, or None;
    ``db``: the database concerned, to tell a full disk from a failing one."""
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).lower()
    if _DISK_IO in text and _disk_full(db):
        text = _DISK_FULL
    french = _said(text, _SQLITE_ERRORS)
    if french is None:
        return None
    if french == _SQLITE_ERRORS[_DISK_FULL]:
        return f"{french} : {NOTHING_WRITTEN} ; libérez de la place puis recommencez"
    return f"{french} : {NOTHING_WRITTEN}"


def _said(text: str, table: dict[str, str]) -> str | None:
    """The French of the first of the table's words (a library's message) in ``text``."""
    lowered = text.lower()
    return next((french for words, french in table.items() if words in lowered), None)


def describe(exc: BaseException, db: Path | None = None) -> str | None:
    """One French line for a fault of the machine or of the input, or None if unknown;
    ``db``: the command's database (a full disk under it explains an I/O error)."""
    from sqlalchemy.exc import SQLAlchemyError

    # exceptions chained from a fault: the root cause speaks (4 chained OSErrors = 1 line)
    if isinstance(exc, (sqlite3.Error, SQLAlchemyError)):
        return sqlite_error_text(exc, db) or f"Erreur de la base de données : {NOTHING_WRITTEN}"
    if isinstance(exc, OSError):
        return os_error_text(exc)
    if isinstance(exc, csv.Error):  # a CSV import (the catalogue's says which line)
        return f"Fichier CSV illisible ({csv_reason(exc)}) : {NOTHING_WRITTEN}"
    if isinstance(exc, UnicodeError):
        return "Texte illisible : il n'est pas encodé en UTF-8"
    if isinstance(exc, OverflowError):
        return "Nombre trop grand"
    if isinstance(exc, RecursionError):
        return "Boucle de liens symboliques ou structure trop profonde"
    if isinstance(exc, MemoryError):
        return "Mémoire insuffisante"
    if isinstance(exc, RuntimeError) and "symlink loop" in str(exc).lower():
        return "Boucle de liens symboliques"
    return None
