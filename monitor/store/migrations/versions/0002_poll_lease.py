"""Poll lease on source_state: one process polls a source at a time.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch_op:
        batch_op.add_column(sa.Column("poll_lease_until", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch_op:
        batch_op.drop_column("poll_lease_until")
