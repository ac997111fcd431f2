"""``--config PATH``: the till's settings file, for a café whose database is not in the
user's data folder (another disk, a shared folder) or whose interface is in English.

A TOML file with two optional keys; the command line's own options win::

    db = "D:/caisse/cafe.db"   # the café's database (relative: beside this file)
    lang = "fr"                # the interface's language, "fr" or "en"

A missing or unreadable file, an unknown key or a wrong value is bad input (one French
line, exit 2): a till must never fall back silently to another database than the one its
settings name.
"""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

from cafe_pos.domain.errors import UserError
from cafe_pos.store.files import os_error_text

KEYS = ("db", "lang")
LANGUAGES = ("fr", "en")
_WHERE = re.compile(r"\(at line (\d+)")


def apply(args: argparse.Namespace) -> None:
    """Fill ``args.db`` and ``args.lang`` from ``args.config`` where the options are unset."""
    path: Path | None = getattr(args, "config", None)
    if path is None:
        return
    settings = read(path)
    if getattr(args, "db", None) is None and "db" in settings:
        args.db = settings["db"]
    if getattr(args, "lang", None) is None and "lang" in settings:
        args.lang = settings["lang"]


def read(path: Path) -> dict[str, object]:
    """The file's settings, checked (UserError in French otherwise)."""
    if path.is_dir():
        raise UserError(f"Fichier de configuration attendu, pas un dossier : {path}")
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise UserError(f"Fichier de configuration illisible : {os_error_text(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise UserError(f"Fichier de configuration illisible (pas de l'UTF-8) : {path}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _WHERE.search(str(exc))
        where = f", ligne {found.group(1)}" if found else ""
        raise UserError(
            f"Fichier de configuration illisible (format TOML attendu{where}) : {path}"
        ) from exc
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise UserError(
            f"Fichier de configuration {path} : clé inconnue « {unknown[0]} » "
            f"(clés possibles : {', '.join(KEYS)})"
        )
    settings: dict[str, object] = {}
    if "db" in data:
        db = data["db"]
        if not isinstance(db, str) or not db.strip():
            raise UserError(f"Fichier de configuration {path} : db doit nommer un fichier")
        settings["db"] = path.parent / Path(db).expanduser()
    if "lang" in data:
        if data["lang"] not in LANGUAGES:
            raise UserError(f"Fichier de configuration {path} : lang vaut fr ou en")
        settings["lang"] = data["lang"]
    return settings
