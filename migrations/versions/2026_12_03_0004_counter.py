"""counter: the open ticket of each register survives a restart

Revision ID: 0004_counter
Revises: 0007_bread
Create Date: 2026-12-03 19:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0004_counter"
down_revision = "0007_bread"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "open_tickets",
        sa.Column("register", sa.String(length=8), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("register", name=op.f("pk_open_tickets")),
    )


def downgrade() -> None:
    op.drop_table("open_tickets")
