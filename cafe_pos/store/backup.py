"""Backups and restores of the café database (SQLite online backup API).

A backup is one self-contained, checked SQLite file (rollback journal, no WAL beside it)
named after the database and the time: ``cafe-2026-11-26_221530.db``, with its manifest
beside it (``….db.json``, written by ``services.backups``: what it holds, and the signing
key only encrypted with the recovery passphrase — never in clear). A restore checks
the file first (SQLite, integrity, a cafe-pos schema this program knows), then backs the
current database up beside itself before replacing its content; any failed check leaves
the current database untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from cafe_pos.store.engine import StoreError, check_database_path, sqlite_uri
from cafe_pos.store.files import create_private_file, os_error_text
from cafe_pos.store.migrate import current_revision, known_revisions


def _sqlite_text(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "full" in text:
        return "le disque est plein (rien n'a été modifié)"
    if "readonly" in text or "read-only" in text:
        return "disque ou fichier en lecture seule"
    return "erreur de la base de données SQLite"


def _unique(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}.db"
    index = 2
    while target.exists():
        target = folder / f"{stem}-{index}.db"
        index += 1
    return target


def integrity_ok(path: Path) -> bool:
    """``PRAGMA integrity_check`` of a file opened read-only."""
    try:
        with closing(sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)) as conn:
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0]) == "ok"
    except sqlite3.DatabaseError:
        return False


def copy_database(source: Path, target: Path, *, durable: bool = True, check: bool = True) -> None:
    """Consistent copy of ``source`` (even while in use) into a new checked file ``target``.

    ``durable=False`` for a scratch copy (a backup's snapshot, copied on and deleted): no
    fsync of a whole database at once, which would hold up the till's own commits.
    ``check=False``: the caller runs ``integrity_ok`` itself (elsewhere)."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        create_private_file(partial)  # a copy holds PIN hashes and customer names
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dest:
            if not durable:  # a scratch copy: SQLite need not flush it to the disk itself
                dest.execute("PRAGMA synchronous=OFF")
            src.backup(dest)  # one step: one read snapshot, sales keep committing (WAL)
            dest.execute("PRAGMA journal_mode=DELETE")
        if durable:
            _fsync_file(partial)
        if check and not integrity_ok(partial):
            raise StoreError(f"La copie de {source.name} est endommagée : sauvegarde annulée")
        os.replace(partial, target)
        if durable:
            fsync_folder(target.parent)
    except OSError as exc:
        raise StoreError(f"Sauvegarde impossible : {os_error_text(exc)}") from exc
    except sqlite3.Error as exc:
        raise StoreError(
            f"Sauvegarde impossible vers {target.parent} : {_sqlite_text(exc)}"
        ) from exc
    finally:
        partial.unlink(missing_ok=True)


def backup_database(db_path: Path, folder: Path, *, now: dt.datetime) -> Path:
    """Write a dated backup of the database into ``folder`` (which must exist)."""
    check_database_path(db_path, must_exist=True)
    if current_revision(db_path) is None:
        raise StoreError(f"{db_path} n'est pas une base de données cafe-pos")
    if not folder.is_dir():
        raise StoreError(f"Le dossier de sauvegarde n'existe pas : {folder}")
    target = _unique(folder, backup_stem(db_path, now))
    copy_database(db_path, target)
    return target


def backup_stem(db_path: Path, now: dt.datetime) -> str:
    """``cafe-2026-11-26_221530``: the database's name and the time of the backup."""
    return f"{db_path.stem}-{now:%Y-%m-%d_%H%M%S}"


def unique_target(folder: Path, stem: str) -> Path:
    """``folder/stem.db``, or ``stem-2.db``... when it exists already."""
    return _unique(folder, stem)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders can't be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


CHUNK = 1 << 19
# A long copy is flushed bit by bit, with a breath after each flush: a sale's fsync on
# the same disk never queues behind more than a couple of megabytes of the copy.
SYNC_EVERY = CHUNK
BREATH_S = 0.002


def copy_verified(
    source: Path, target: Path, *, on_chunk: Callable[[int], None] | None = None
) -> str:
    """Copy ``source`` to ``target`` through ``target.part`` (owner-only), fsync it, read
    it back and compare SHA-256 before the rename; returns the digest. A disk that fills
    up or disappears mid-way leaves no ``target`` (and no ``.part`` when it can still be
    removed). ``on_chunk(bytes_written)`` is called after each megabyte (tests)."""
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    written = 0
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while block := src.read(CHUNK):
                out.write(block)
                digest.update(block)
                written += len(block)
                if written % SYNC_EVERY == 0:
                    out.flush()
                    os.fdatasync(out.fileno()) if hasattr(os, "fdatasync") else os.fsync(
                        out.fileno()
                    )
                    time.sleep(BREATH_S)
                if on_chunk is not None:
                    on_chunk(written)
            out.flush()
            os.fsync(out.fileno())
        check = hashlib.sha256()
        with partial.open("rb") as back:
            while block := back.read(CHUNK):
                check.update(block)
        if check.hexdigest() != digest.hexdigest():
            raise StoreError(f"La copie écrite sur {target.parent} ne se relit pas à l'identique")
        os.replace(partial, target)
        fsync_folder(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(f"Copie impossible vers {target.parent} : {os_error_text(exc)}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def free_bytes(path: Path) -> int | None:
    """Free space on the disk holding ``path`` (None when it can't be read)."""
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def key_path_of(db_path: Path) -> Path:
    """The café's private signing key beside a database (same rule as ServiceContext)."""
    return db_path.with_name(db_path.name + ".key")


def _copy_key(source: Path, target: Path) -> None:
    """Copy the signing key with owner-only permissions: a restored café keeps signing
    with its own key (a new key would be a recorded key change)."""
    if not source.is_file():
        return
    partial = target.with_name(target.name + ".part")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(source.read_bytes())
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Copie de la clé de signature impossible : {os_error_text(exc)}") from exc


def check_backup(source: Path, db_path: Path) -> str:
    """The schema revision of a backup file that may be restored, or StoreError (French)."""
    if not source.is_file():
        raise StoreError(f"Sauvegarde introuvable : {source}")
    check_database_path(source, must_exist=True)
    if source.stat().st_size == 0:
        raise StoreError(f"{source} est vide : ce n'est pas une sauvegarde cafe-pos")
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise StoreError("La sauvegarde à restaurer est la base de données elle-même")
    revision = current_revision(source)
    if revision is None:
        raise StoreError(f"{source} n'est pas une sauvegarde cafe-pos (aucun schéma connu)")
    if revision not in known_revisions(db_path):
        raise StoreError(
            f"{source} vient d'une version plus récente de cafe-pos (schéma {revision}) : "
            "mettez le logiciel à jour avant de la restaurer"
        )
    if not integrity_ok(source):
        raise StoreError(f"{source} est endommagée (contrôle d'intégrité SQLite en échec)")
    return revision


def restore_database(db_path: Path, source: Path, *, now: dt.datetime) -> Path | None:
    """Replace the database with a checked backup; returns the backup of the previous
    database (None when there was none). Nothing is changed if a check fails."""
    check_database_path(db_path)
    check_backup(source, db_path)
    previous = None
    if db_path.exists() and db_path.stat().st_size > 0:
        if not os.access(db_path, os.W_OK) or not db_path.stat().st_mode & 0o222:
            raise StoreError(f"La base de données est en lecture seule : {db_path}")
        stem = f"{db_path.stem}-avant-restauration-{now:%Y-%m-%d_%H%M%S}"
        previous = _unique(db_path.parent, stem)
        copy_database(db_path, previous)
        _copy_key(key_path_of(db_path), key_path_of(previous))
    try:
        source_uri = sqlite_uri(source, read_only=True)
        with (
            closing(sqlite3.connect(source_uri, uri=True)) as src,
            closing(sqlite3.connect(db_path)) as dest,
        ):
            src.backup(dest)
    except sqlite3.Error as exc:
        raise StoreError(f"Restauration impossible : {_sqlite_text(exc)}") from exc
    _copy_key(key_path_of(source), key_path_of(db_path))
    return previous
