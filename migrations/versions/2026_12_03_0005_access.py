"""access: escalating lock-outs (users.lockouts)

Each lock-out after five wrong PINs lasts longer than the previous one (5 min, 15 min,
1 h, then until a manager unlocks): the user row counts the lock-outs in a row.

Revision ID: 0005_access
Revises: 0003_fiscal_trust
Create Date: 2026-12-03 19:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_access"
down_revision = '0003_fiscal_trust'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("lockouts", sa.Integer(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("lockouts")
