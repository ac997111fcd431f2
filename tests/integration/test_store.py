"""The database file: migrations, durability settings, and refusals of unusable files."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

import cafe_pos.store.models as models
from cafe_pos.app import open_context
from cafe_pos.store.engine import StoreError, make_engine
from cafe_pos.store.migrate import (
    HEAD_REVISION,
    alembic_config,
    backup_before_migration,
    current_revision,
    upgrade_to_head,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_database_upgrades_to_head_and_matches_the_models(db_path: Path) -> None:
    assert upgrade_to_head(db_path) is True
    assert current_revision(db_path) == HEAD_REVISION
    engine = make_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), models.Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


def test_history_is_linear_and_head_constant_is_right(db_path: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config(db_path))
    assert script.get_heads() == [HEAD_REVISION]
    for revision in script.walk_revisions():
        down = revision.down_revision
        assert down is None or isinstance(down, str), f"{revision.revision} is a merge"
    bases = script.get_bases()
    assert len(bases) == 1


def test_at_head_nothing_runs_and_nothing_is_backed_up(db_path: Path) -> None:
    upgrade_to_head(db_path)
    before = _digest(db_path)
    assert upgrade_to_head(db_path) is False
    assert _digest(db_path) == before
    assert not list(db_path.parent.glob("*.bak"))


def test_a_migration_backs_up_the_database_first(db_path: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config(db_path))
    revisions = [r.revision for r in script.walk_revisions()]  # newest first
    upgrade_to_head(db_path)
    ctx = open_context(db_path)
    with ctx.uow() as uow:
        uow.session.add(models.Category(name="Softs", position=2, colour="#0088aa"))
        uow.commit()
    ctx.uow.engine.dispose()
    if len(revisions) == 1:
        backup = backup_before_migration(db_path, revisions[0])
    else:
        command.downgrade(alembic_config(db_path), revisions[-1])
        assert upgrade_to_head(db_path) is True
        (backup,) = db_path.parent.glob("cafe.db.before-*.bak")
    assert backup is not None
    with closing(sqlite3.connect(backup)) as conn, conn:
        assert conn.execute("SELECT name FROM categories").fetchall() == [("Softs",)]


def test_durability_settings(db_path: Path) -> None:
    ctx = open_context(db_path)
    with ctx.uow() as uow:
        conn = uow.session.connection()
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_unit_of_work_rolls_back_unless_committed(db_path: Path) -> None:
    ctx = open_context(db_path)
    with ctx.uow() as uow:
        uow.session.add(models.Category(name="Bières", position=1, colour="#aa8800"))
    with ctx.uow() as uow:
        assert uow.session.query(models.Category).count() == 0
        uow.session.add(models.Category(name="Bières", position=1, colour="#aa8800"))
        uow.commit()
    with ctx.uow() as uow:
        assert uow.session.query(models.Category).count() == 1


def test_missing_folder_is_refused_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "cafe.db"
    with pytest.raises(StoreError, match="dossier"):
        open_context(target)
    assert not target.parent.exists()


def test_not_a_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "notes.db"
    target.write_text("liste des courses\n")
    before = _digest(target)
    with pytest.raises(StoreError, match="pas une base"):
        open_context(target)
    assert _digest(target) == before


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "other.db"
    with closing(sqlite3.connect(target)) as conn, conn:
        conn.execute("CREATE TABLE recettes (nom TEXT)")
    before = _digest(target)
    with pytest.raises(StoreError, match="pas celles de cafe-pos"):
        open_context(target)
    assert _digest(target) == before


def test_newer_schema_is_refused_unchanged(db_path: Path) -> None:
    upgrade_to_head(db_path)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = _digest(db_path)
    with pytest.raises(StoreError, match="plus récente"):
        open_context(db_path)
    assert _digest(db_path) == before


def test_read_only_file_is_refused_unchanged(db_path: Path) -> None:
    upgrade_to_head(db_path)
    db_path.chmod(0o444)
    before = _digest(db_path)
    with pytest.raises(StoreError, match="lecture seule"):
        open_context(db_path)
    assert _digest(db_path) == before


def test_a_read_snapshot_does_not_block_a_sale(db_path: Path) -> None:
    """A long report (read-only unit of work) must not hold the write lock."""
    ctx = open_context(db_path)
    with ctx.uow(read_only=True) as reader:
        assert reader.session.query(models.Category).count() == 0
        with ctx.uow() as writer:  # would wait 5 s then fail if the reader held the lock
            writer.session.add(models.Category(name="Presse", position=9, colour="#444444"))
            writer.commit()
        # The snapshot taken by the reader does not see the later write.
        assert reader.session.query(models.Category).count() == 0
    with ctx.uow(read_only=True) as reader:
        assert reader.session.query(models.Category).count() == 1
