"""The tasks a worker runs. Each hands its blocking work to a thread (the worker's
concurrency is that many polls at once) and defers the outbox when a poll raised alerts."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from monitor.cluster import queue
from monitor.cluster.jobs import ClusterJobs, slot_time

if TYPE_CHECKING:
    from procrastinate import App, JobContext

JOBS = "jobs"  # the key of the worker's ClusterJobs in the job context


def register(app: App) -> None:
    app.task(name=queue.POLL_TASK, pass_context=True)(poll)
    app.task(name=queue.DISPATCH_TASK, pass_context=True)(dispatch)
    app.task(name=queue.DEADLINES_TASK, pass_context=True)(deadlines)


def _jobs(context: JobContext) -> ClusterJobs:
    return context.additional_context[JOBS]


async def poll(context: JobContext, source_id: str, timestamp: int, missed: int = 0) -> None:
    """Poll one source for its slot (`timestamp`, ms since the epoch)."""
    raised = await asyncio.to_thread(_jobs(context).poll, source_id, slot_time(timestamp), missed)
    if raised:
        await defer_dispatch(context.app)


async def dispatch(context: JobContext) -> None:
    """Send the deliveries that are due (each under its lease, so one sender each)."""
    await asyncio.to_thread(_jobs(context).dispatch)


async def deadlines(context: JobContext) -> None:
    """Evaluate the time-driven rules now."""
    if await asyncio.to_thread(_jobs(context).deadlines):
        await defer_dispatch(context.app)


async def defer_dispatch(app: App) -> None:
    """Queue a dispatch unless one is queued already (it will send these too)."""
    await defer_once(app, queue.DISPATCH_TASK, queue.DISPATCH_LOCK)


async def defer_once(app: App, task: str, queueing_lock: str, lock: str | None = None) -> bool:
    """Defer `task` (before any waiting poll) unless one with the same queueing lock waits;
    True if deferred."""
    from procrastinate.exceptions import AlreadyEnqueued

    try:
        await app.configure_task(
            task, queueing_lock=queueing_lock, lock=lock, priority=queue.URGENT
        ).defer_async()
    except AlreadyEnqueued:
        return False
    return True
