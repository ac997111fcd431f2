"""Bring a database to the schema of this program: backup first, then Alembic upgrade.

Start-up fast path: when the database already carries ``HEAD_REVISION`` nothing from
Alembic is imported at all.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from cafe_pos.resources import resource_path
from cafe_pos.store.engine import StoreError, check_database_path, sqlite_uri, sqlite_url
from cafe_pos.store.files import create_private_file, make_private

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration of this program (a test checks it equals Alembic's head).
HEAD_REVISION = "0011_network_catalogue"


def migrations_dir() -> Path:
    """The migrations folder: inside the installed package, or at the top of a checkout."""
    found = resource_path("migrations", "env.py")
    if found is not None:
        return found.parent
    raise StoreError("Dossier des migrations introuvable : installation incomplète")


def alembic_config(db_path: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    # "%" must be doubled for the configuration's interpolation.
    url = sqlite_url(db_path).render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def current_revision(db_path: Path) -> str | None:
    """The revision stamped in the database, or None for a new/empty one (read-only look)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(sqlite_uri(db_path, read_only=True), uri=True)) as conn:
            row = conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                return None
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return None if version is None else str(version[0])
    except sqlite3.OperationalError:
        raise  # full disk, lock, I/O: a fault (said as such by the caller), not a bad file
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{db_path} n'est pas une base de données cafe-pos lisible") from exc


def known_revisions(db_path: Path) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(db_path))
    return {rev.revision for rev in script.walk_revisions()}


def backup_before_migration(db_path: Path, revision: str | None) -> Path | None:
    """Copy the database (consistent, with its WAL) beside itself before touching the schema."""
    if revision is None or not db_path.exists():
        return None
    target = db_path.with_name(f"{db_path.name}.before-{revision}.bak")
    partial = target.with_name(target.name + ".part")
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)  # it holds PIN hashes and customer names
        with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(partial)) as dest:
            source.backup(dest)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # never a half copy under the backup's name
        raise
    return target


_UPGRADED_FROM: dict[str, str] = {}


def upgraded_from(db_path: Path) -> str | None:
    """The revision a migration in this process started from (None: no migration ran)."""
    return _UPGRADED_FROM.get(str(db_path))


def upgrade_to_head(db_path: Path) -> bool:
    """Migrate if needed; return True when a migration ran. Errors are StoreError (French)."""
    check_database_path(db_path)
    if db_path.exists() and not _writable(db_path):
        raise StoreError(f"La base de données est en lecture seule : {db_path}")
    revision = current_revision(db_path)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in known_revisions(db_path):
        raise StoreError(
            "Cette base de données a été créée par une version plus récente de cafe-pos "
            f"(schéma {revision}) : mettez le logiciel à jour"
        )
    if (
        revision is None
        and db_path.exists()
        and db_path.stat().st_size > 0
        and _has_tables(db_path)
    ):
        raise StoreError(f"{db_path} contient des données qui ne sont pas celles de cafe-pos")
    backup_before_migration(db_path, revision)
    if revision is not None:
        _UPGRADED_FROM[str(db_path)] = revision
    # owner-only: the base holds PIN hashes and customer names (a new one is created so,
    # an older one is tightened when it is migrated)
    create_private_file(db_path)
    make_private(db_path)
    from alembic import command

    from cafe_pos.store.engine import make_engine

    engine = make_engine(db_path)
    try:
        with engine.begin() as connection:
            config = alembic_config(db_path)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    return True


def _writable(path: Path) -> bool:
    """Writable for us, and not marked read-only (root ignores permissions, we don't)."""
    import os
    import stat

    marked_writable = bool(path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return marked_writable and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _has_tables(db_path: Path) -> bool:
    with closing(sqlite3.connect(sqlite_uri(db_path, read_only=True), uri=True)) as conn:
        count: int = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).fetchone()[0]
    return count > 0
