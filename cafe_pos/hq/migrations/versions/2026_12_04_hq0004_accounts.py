"""HQ accounts managed from the pages: a forced password change and the last login per
user, the accounts' audit log; a café's town (commune) for the network page's search

Revision ID: hq0004_accounts
Revises: hq0003_dashboard
Create Date: 2026-12-04 03:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = 'hq0004_accounts'
down_revision = 'hq0003_dashboard'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hq_audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('target', sa.String(length=120), nullable=False),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hq_audit'))
    )
    with op.batch_alter_table('hq_audit', schema=None) as batch_op:
        batch_op.create_index('ix_hq_audit_at', ['at'], unique=False)

    with op.batch_alter_table('cafes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('town', sa.String(length=80), server_default='', nullable=False))

    with op.batch_alter_table('hq_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('last_login_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('hq_users', schema=None) as batch_op:
        batch_op.drop_column('last_login_at')
        batch_op.drop_column('must_change_password')

    with op.batch_alter_table('cafes', schema=None) as batch_op:
        batch_op.drop_column('town')

    with op.batch_alter_table('hq_audit', schema=None) as batch_op:
        batch_op.drop_index('ix_hq_audit_at')

    op.drop_table('hq_audit')
