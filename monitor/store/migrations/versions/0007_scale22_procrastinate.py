"""The task queue of `monitor worker` (procrastinate's schema), on PostgreSQL only.

SQLite runs one process with its own scheduler and has no queue: there this is a no-op.
The schema is procrastinate's own `schema.sql` for the pinned version; a later version of
procrastinate brings migration files of its own, applied by a later migration of ours.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = (
    "procrastinate_events",
    "procrastinate_periodic_defers",
    "procrastinate_jobs",
    "procrastinate_workers",
)
TYPES = (
    "procrastinate_job_to_defer_v1",
    "procrastinate_job_event_type",
    "procrastinate_job_status",
)
# Every procrastinate function of the current schema, whatever its signature.
DROP_FUNCTIONS = """
DO $$
DECLARE found record;
BEGIN
    FOR found IN
        SELECT p.oid::regprocedure AS signature
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE p.proname LIKE 'procrastinate%' AND n.nspname = current_schema()
    LOOP
        EXECUTE 'DROP FUNCTION ' || found.signature || ' CASCADE';
    END LOOP;
END;
$$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    if sa.inspect(bind).has_table("procrastinate_jobs"):
        return  # installed before (by hand, with `procrastinate schema --apply`)
    from procrastinate.schema import SchemaManager

    # Through the driver's cursor, without parameters: the schema's `%` are not placeholders.
    bind.connection.dbapi_connection.cursor().execute(SchemaManager.get_schema())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"DROP TABLE IF EXISTS {', '.join(TABLES)} CASCADE")
    op.execute(DROP_FUNCTIONS)
    op.execute(f"DROP TYPE IF EXISTS {', '.join(TYPES)} CASCADE")
