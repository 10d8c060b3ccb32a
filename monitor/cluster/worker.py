"""One worker process (`monitor worker`): runs the cluster's tasks, `concurrency` at a time,
and takes its turn at scheduling them (`deferrer`). Stops on SIGTERM or SIGINT, letting the
tasks in flight finish."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from monitor.app import Monitor
from monitor.cluster import queue
from monitor.cluster.deferrer import Deferrer
from monitor.cluster.jobs import ClusterJobs
from monitor.cluster.queue import HEARTBEAT_SECONDS, STALLED_AFTER_SECONDS
from monitor.cluster.tasks import JOBS

if TYPE_CHECKING:  # procrastinate loads only when a worker starts (queue.build_app)
    from procrastinate import App

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 8  # polls at once per worker: they mostly wait on the network


def run_worker(
    monitor: Monitor, *, concurrency: int = DEFAULT_CONCURRENCY, name: str | None = None
) -> None:
    asyncio.run(serve(monitor, concurrency=concurrency, name=name))


async def serve(
    monitor: Monitor,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    name: str | None = None,
    install_signal_handlers: bool = True,
    stop: asyncio.Event | None = None,
) -> None:
    """Work until a signal (or `stop`); the deferrer runs beside the worker."""
    # Two log lines a job are procrastinate's INFO: at hundreds of polls a second that is
    # the worker's busiest work. Its warnings (a failed job) stay.
    logging.getLogger("procrastinate").setLevel(max(logging.WARNING, log.getEffectiveLevel()))
    loop = asyncio.get_running_loop()
    # The tasks' blocking parts run on this pool: one thread per concurrent task.
    loop.set_default_executor(ThreadPoolExecutor(concurrency, thread_name_prefix="task"))
    app = queue.build_app(monitor.settings.database_url, pool_size=concurrency + 2)
    stopping = asyncio.Event()
    async with app.open_async():
        deferrer = Deferrer(app, monitor)
        scheduling = asyncio.create_task(deferrer.run(stopping), name="deferrer")
        working = _start_working(app, monitor, concurrency, name, install_signal_handlers)
        stopped = asyncio.create_task((stop or asyncio.Event()).wait())
        await asyncio.wait({working, stopped}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        if not working.done():
            working.cancel()  # procrastinate stops gracefully: running jobs finish
        await asyncio.gather(working, return_exceptions=True)
        stopping.set()
        await scheduling
    monitor.close()


def _start_working(
    app: App,
    monitor: Monitor,
    concurrency: int,
    name: str | None,
    install_signal_handlers: bool,
) -> asyncio.Task[None]:
    """procrastinate's worker, as a task: runs the cluster's jobs until it is stopped."""
    return asyncio.create_task(
        app.run_worker_async(
            concurrency=concurrency,
            name=name,
            additional_context={JOBS: ClusterJobs(monitor)},
            install_signal_handlers=install_signal_handlers,
            update_heartbeat_interval=HEARTBEAT_SECONDS,
            stalled_worker_timeout=STALLED_AFTER_SECONDS,
            delete_jobs="never",  # kept RETAIN for the figures, then pruned
        ),
        name="worker",
    )
