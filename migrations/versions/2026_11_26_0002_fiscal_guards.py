"""fiscal guards: fiscal records are append-only (SQLite triggers)

A finished ticket, its lines, VAT summary and payments, journal entries, closures, events,
duplicates and signing keys can never be updated or deleted through SQLite. The
end-of-chain marker may only move forward and never be deleted.

Revision ID: 0002_fiscal_guards
Revises: 0001_initial
Create Date: 2026-11-26 14:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002_fiscal_guards"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

APPEND_ONLY_TABLES = (
    "tickets",
    "ticket_lines",
    "ticket_vat",
    "payments",
    "journal_entries",
    "closures",
    "closure_vat",
    "closure_payments",
    "fiscal_events",
    "ticket_duplicates",
    "signing_keys",
)


def upgrade() -> None:
    for table in APPEND_ONLY_TABLES:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER fiscal_no_{action.lower()}_{table} "
                f"BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'fiscal record is append-only: {table}'); END"
            )
    op.execute(
        "CREATE TRIGGER fiscal_no_delete_chain_head BEFORE DELETE ON chain_head "
        "BEGIN SELECT RAISE(ABORT, 'fiscal record is append-only: chain_head'); END"
    )
    op.execute(
        "CREATE TRIGGER fiscal_forward_chain_head BEFORE UPDATE ON chain_head "
        "WHEN NEW.position <= OLD.position OR NEW.register <> OLD.register "
        "BEGIN SELECT RAISE(ABORT, 'fiscal chain head only moves forward'); END"
    )


def downgrade() -> None:
    for table in APPEND_ONLY_TABLES:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS fiscal_no_{action}_{table}")
    op.execute("DROP TRIGGER IF EXISTS fiscal_no_delete_chain_head")
    op.execute("DROP TRIGGER IF EXISTS fiscal_forward_chain_head")
