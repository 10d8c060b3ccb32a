"""Theses: current states, their history, the evidence log and reviews.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thesis_states",
        sa.Column("thesis_id", sa.String(100), primary_key=True),
        sa.Column("scope", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(250), primary_key=True),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
    )
    op.create_table(
        "thesis_changes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("thesis_id", sa.String(100), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("key", sa.String(250), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("old_state", sa.String(32), nullable=True),
        sa.Column("new_state", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("alert_id", sa.Integer(), sa.ForeignKey("alerts.id"), nullable=True),
        sa.UniqueConstraint("thesis_id", "scope", "key", "seq"),
    )
    op.create_index("ix_thesis_changes_thesis", "thesis_changes", ["thesis_id", "changed_at"])
    op.create_table(
        "thesis_evidence",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("thesis_id", sa.String(100), nullable=False),
        sa.Column("condition_key", sa.String(250), nullable=False),
        sa.Column("alert_id", sa.Integer(), sa.ForeignKey("alerts.id"), nullable=False),
        sa.Column("effect", sa.String(16), nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("thesis_id", "condition_key", "alert_id"),
    )
    op.create_index("ix_thesis_evidence_thesis", "thesis_evidence", ["thesis_id", "linked_at"])
    op.create_index("ix_thesis_evidence_alert_id", "thesis_evidence", ["alert_id"])
    op.create_table(
        "thesis_reviews",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("thesis_id", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_thesis_reviews_thesis", "thesis_reviews", ["thesis_id", "reviewed_at"])


def downgrade() -> None:
    for table in ("thesis_reviews", "thesis_evidence", "thesis_changes", "thesis_states"):
        op.drop_table(table)
