"""HQ's own Alembic history: an empty database (SQLite and PostgreSQL) upgrades to head,
matches the models exactly, and the history is linear; a second start changes nothing."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from cafe_pos.hq.db import alembic_config, make_engine, upgrade
from cafe_pos.hq.models import HqBase


def test_hq_schema_upgrades_to_head_and_matches_the_models(hq_db_url: str) -> None:
    engine = make_engine(hq_db_url)
    try:
        upgrade(engine)
        upgrade(engine)  # a restart: nothing to do
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "version_table": "hq_alembic_version"}
            )
            diff = [
                d
                for d in compare_metadata(context, HqBase.metadata)
                if not (d[0] == "remove_table" and d[1].name == "hq_alembic_version")
            ]
            tables = set(inspect(conn).get_table_names())
        assert diff == [], f"HQ models and migrations differ: {diff}"
        assert {"cafes", "messages", "alerts", "archives", "hq_alembic_version"} <= tables
        assert "alembic_version" not in tables  # the café's history is not HQ's
    finally:
        engine.dispose()


def test_hq_history_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1
    for revision in script.walk_revisions():
        assert not isinstance(revision.down_revision, tuple)
