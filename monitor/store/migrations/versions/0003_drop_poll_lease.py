"""Drop the poll lease: a poll's save now checks the row's version (polls_total) instead.

A lease cost a write transaction before every poll, and a process killed mid-poll held its
sources until the lease ran out.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch_op:
        batch_op.drop_column("poll_lease_until")


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch_op:
        batch_op.add_column(sa.Column("poll_lease_until", sa.DateTime(timezone=True)))
