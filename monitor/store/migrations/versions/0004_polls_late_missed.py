"""Count each source's polls that ran late and the scheduled polls that never ran.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch_op:
        batch_op.add_column(
            sa.Column("polls_late", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("polls_missed", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch_op:
        batch_op.drop_column("polls_missed")
        batch_op.drop_column("polls_late")
