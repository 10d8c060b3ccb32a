"""The cluster's procrastinate app: its connection, its task names and their locks."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from monitor.store.db import normalise_url

if TYPE_CHECKING:
    from procrastinate import App

POLL_TASK = "monitor.poll"
DISPATCH_TASK = "monitor.dispatch"
DEADLINES_TASK = "monitor.deadlines"
DISPATCH_LOCK = "dispatch"  # at most one dispatch queued: a queued one sends everything due
DEADLINES_LOCK = "deadlines"
# Before any waiting poll: a backlog of polls must not hold up the outbox or the deadlines.
URGENT = 10
HEARTBEAT_SECONDS = 2.0  # a worker's heartbeat…
STALLED_AFTER_SECONDS = 10.0  # …and how long without one before its jobs are failed
RETAIN = timedelta(minutes=10)  # finished jobs kept this long (task latency, jobs per worker)


def poll_lock(source_id: str) -> str:
    """The lock and queueing lock of a source's polls: one running, one queued, at most."""
    return f"poll:{source_id}"


def conninfo(database_url: str) -> str:
    """The libpq URI of the monitor's database URL (options such as a search path kept)."""
    url = make_url(normalise_url(database_url))
    if url.get_backend_name() != "postgresql":
        raise ValueError("the task queue needs PostgreSQL")
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def build_app(database_url: str, *, pool_size: int = 4) -> App:
    """The app with the cluster's tasks registered (they run only in `monitor worker`)."""
    from procrastinate import App, PsycopgConnector

    from monitor.cluster import tasks

    connector = PsycopgConnector(conninfo=conninfo(database_url), min_size=1, max_size=pool_size)
    app = App(connector=connector)
    tasks.register(app)
    return app
