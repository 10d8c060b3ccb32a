"""APScheduler wiring for `monitor run`: one job per source, the dispatcher, the deadlines,
and the writing of unchanged polls' bookkeeping.

Jobs take source ids, not objects; each has a stable id, its own interval, jitter,
coalescing and max_instances=1. A poll that raises alerts dispatches at once, so an alert
does not wait for the next dispatcher tick. Every job runs through a DatabaseWatch: a
database that is away is one log line (and a recorded gap per source), not a traceback a job.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from monitor.app import Monitor
from monitor.outage import DatabaseWatch
from monitor.pipeline import BOOKKEEPING_MAX_WAIT

log = logging.getLogger(__name__)
DISPATCH_JOB = "dispatch"
DEADLINE_JOB = "deadlines"
BOOKKEEPING_JOB = "bookkeeping"


class MonitorScheduler:
    def __init__(self, monitor: Monitor, max_workers: int = 8) -> None:
        self.monitor = monitor
        self.watch = DatabaseWatch(monitor.sessions, monitor.clock)
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
            timezone=UTC,
        )

    def start(self) -> None:
        settings = self.monitor.settings.config.scheduler
        now = datetime.now(UTC)
        for source_id in self.monitor.enabled_source_ids():
            interval = self.monitor.sources[source_id].config.interval_seconds
            self.scheduler.add_job(
                self.poll,
                "interval",
                seconds=interval,
                jitter=settings.jitter_seconds,
                id=source_id,
                name=f"poll {source_id}",
                args=[source_id],
                next_run_time=now,
            )
        self.scheduler.add_job(
            self.dispatch,
            "interval",
            seconds=settings.dispatch_interval_seconds,
            id=DISPATCH_JOB,
            name="dispatch outbox",
            next_run_time=now,
        )
        self.scheduler.add_job(
            self.bookkeeping,
            "interval",
            seconds=BOOKKEEPING_MAX_WAIT.total_seconds(),
            id=BOOKKEEPING_JOB,
            name="write the bookkeeping of unchanged polls",
        )
        self.scheduler.add_job(
            self.deadlines,
            "interval",
            seconds=settings.deadline_interval_seconds,
            id=DEADLINE_JOB,
            name="deadline rules",
            next_run_time=now,
        )
        self.scheduler.start()

    def stop(self) -> None:
        """Let in-flight jobs finish, then stop."""
        self.scheduler.shutdown(wait=True)

    def poll(self, source_id: str) -> None:
        report = self.watch.run(
            f"poll {source_id}",
            lambda: self.monitor.pipeline.poll_source(source_id),
            source_id=source_id,
        )
        if report is None:
            return
        for alert in report.alerts:
            log.warning(
                "ALERT #%s [%s] %s: %s", alert.id, alert.severity, alert.rule_id, alert.title
            )
        if report.alerts:
            self.dispatch()

    def dispatch(self) -> None:
        self.watch.run("dispatch", self.monitor.dispatch)

    def bookkeeping(self) -> None:
        self.watch.run("bookkeeping", self.monitor.pipeline.flush_bookkeeping)

    def deadlines(self) -> None:
        report = self.watch.run("deadlines", self.monitor.check_deadlines)
        if report is not None and report.alerts:
            self.dispatch()
