"""fiscal trust: customer-account movements become append-only sealed records

The balance a regular owes is money: ``account_entries`` rows can no longer be updated
or deleted through SQLite, and each new one is sealed in the journal by the program
(``journal_entries.account_entry_id`` links the record to its row; added in place, so
the journal keeps its append-only triggers).

Revision ID: 0003_fiscal_trust
Revises: 0004_counter
Create Date: 2026-12-03 19:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_fiscal_trust"
down_revision = "0004_counter"
branch_labels = None
depends_on = None

TABLES = ("account_entries",)


def upgrade() -> None:
    op.add_column("journal_entries", sa.Column("account_entry_id", sa.Integer(), nullable=True))
    op.create_index(
        "ix_journal_entries_account_entry_id", "journal_entries", ["account_entry_id"]
    )
    for table in TABLES:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER fiscal_no_{action.lower()}_{table} "
                f"BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'fiscal record is append-only: {table}'); END"
            )


def downgrade() -> None:
    op.drop_index("ix_journal_entries_account_entry_id", "journal_entries")
    # in place (SQLite >= 3.35): no table rebuild, the journal keeps its triggers
    op.execute("ALTER TABLE journal_entries DROP COLUMN account_entry_id")
    for table in TABLES:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS fiscal_no_{action}_{table}")
