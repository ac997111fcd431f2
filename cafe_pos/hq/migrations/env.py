"""Alembic environment of the HQ database (its own history, separate from the café's)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from cafe_pos.hq.models import HqBase

config = context.config
target_metadata = HqBase.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        connectable = engine_from_config(
            config.get_section(config.config_ini_section) or {},
            prefix="sqlalchemy.",
            poolclass=pool.NullPool,
        )
        with connectable.connect() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        version_table="hq_alembic_version",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
