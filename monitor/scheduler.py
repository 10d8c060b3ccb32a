"""APScheduler wiring for `monitor run`: one job per source, the dispatcher, the deadlines,
and the writing of unchanged polls' bookkeeping.

A poll is never dropped to keep the schedule tidy (issue 17):

* each source polls at its own slots (`monitor.slots`): first runs are spread out (over the
  interval when there are many sources), and jitter comes from the schedule, so it does
  not drift;
* a poll that could not start on time starts late rather than not at all (no misfire grace
  limit) and is counted as late; a slot that passes while the source's previous poll is
  still queued or running, or that is folded into a later one, is counted as missed. Both
  counts are kept with the source's state (`monitor sources`, /metrics);
* polls run on their own pool; dispatch, bookkeeping and deadline jobs on another, so an
  outbox tick never waits behind a burst of polls (a poll that raises alerts also
  dispatches them at once, on its own thread);
* `stop()` lets polls in flight finish and drops the queued ones.

Jobs take source ids, not objects; each has a stable id and max_instances=1. Every job runs
through a DatabaseWatch: a database that is away is one log line (and a recorded gap per
source), not a traceback a job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.events import (
    EVENT_JOB_MAX_INSTANCES,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobSubmissionEvent,
)
from apscheduler.executors.base import run_job
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.job import Job
from apscheduler.schedulers.background import BackgroundScheduler

from monitor.app import Monitor
from monitor.outage import DatabaseWatch
from monitor.pipeline import BOOKKEEPING_MAX_WAIT
from monitor.slots import SlotTrigger, first_runs

log = logging.getLogger(__name__)
DISPATCH_JOB = "dispatch"
DEADLINE_JOB = "deadlines"
BOOKKEEPING_JOB = "bookkeeping"
POLLS = "polls"  # the executor of the poll jobs
OPS = "default"  # dispatch, bookkeeping, deadlines

Starting = Callable[[Job, datetime], None]


class PollExecutor(ThreadPoolExecutor):
    """APScheduler's thread pool, with two changes: it tells `starting` when a job actually
    starts (and for which run time), and its shutdown drops the jobs still queued."""

    def __init__(self, max_workers: int, starting: Starting) -> None:
        super().__init__(max_workers)
        self._starting = starting
        self.dropped = 0  # queued jobs dropped by shutdown

    def _do_submit_job(self, job: Job, run_times: list[datetime]) -> None:
        def run() -> Any:
            self._starting(job, run_times[-1])
            return run_job(job, job._jobstore_alias, run_times, self._logger.name)

        def done(future: Future[Any]) -> None:
            if future.cancelled():  # dropped at shutdown: not running, so not an instance
                self.dropped += 1
                self._run_job_success(job.id, [])
                return
            exc = future.exception()
            if exc is not None:
                self._run_job_error(job.id, exc, exc.__traceback__)
            else:
                self._run_job_success(job.id, future.result())

        self._pool.submit(run).add_done_callback(done)

    def shutdown(self, wait: bool = True) -> None:
        """Drop the queued jobs at once (each cancelled future's callback counts it), then
        wait for the running ones if asked."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self.dropped:
            log.info("stopping: %d queued polls dropped", self.dropped)
        if wait:
            self._pool.shutdown(wait=True)


class SlotAccounts:
    """Which slot each source last used, and so how many slots went by without a poll.

    Fed from the scheduler's own thread (submissions and refusals, in order), so it needs no
    lock of its own; the counts go to `record(source_id, late, missed)`.
    """

    def __init__(self, triggers: dict[str, SlotTrigger], record: Callable[..., None]) -> None:
        self.triggers = triggers
        self.record = record
        self._last: dict[str, datetime] = {}

    def submitted(self, source_id: str, run_time: datetime) -> None:
        """A poll was queued for the slot at `run_time`: the slots skipped before it (folded
        into this run because it came late) are missed."""
        missed = self._since_last(source_id, run_time)
        if missed:
            self.record(source_id, missed=missed)

    def refused(self, source_id: str, run_time: datetime) -> None:
        """The slot at `run_time` found the previous poll still queued or running: it is
        missed, with any skipped before it."""
        self.record(source_id, missed=self._since_last(source_id, run_time) + 1)

    def _since_last(self, source_id: str, run_time: datetime) -> int:
        trigger = self.triggers.get(source_id)
        last = self._last.get(source_id)
        self._last[source_id] = run_time
        if trigger is None or last is None or run_time <= last:
            return 0
        return trigger.missed_between(last, run_time)


class MonitorScheduler:
    def __init__(
        self, monitor: Monitor, max_workers: int = 8, now: Callable[[], datetime] | None = None
    ) -> None:
        self.monitor = monitor
        self.now = now or (lambda: datetime.now(UTC))
        settings = monitor.settings.config.scheduler
        self.late_after = timedelta(seconds=settings.late_after_seconds)
        self.triggers = {
            source_id: SlotTrigger(
                source_id,
                monitor.sources[source_id].config.interval_seconds,
                settings.jitter_seconds,
            )
            for source_id in monitor.enabled_source_ids()
        }
        self.accounts = SlotAccounts(self.triggers, monitor.pipeline.slips.add)
        self.watch = DatabaseWatch(monitor.sessions, monitor.clock)
        self.scheduler = BackgroundScheduler(
            executors={
                POLLS: PollExecutor(max_workers, self._starting),
                OPS: ThreadPoolExecutor(2),
            },
            # No misfire limit: a poll that could not start on time runs late, and is counted.
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=UTC,
        )
        self.scheduler.add_listener(self._accounted, EVENT_JOB_SUBMITTED | EVENT_JOB_MAX_INSTANCES)
        self.scheduler.add_listener(self._misfired, EVENT_JOB_MISSED)

    def start(self) -> None:
        settings = self.monitor.settings.config.scheduler
        now = self.now()
        firsts = first_runs(self.triggers, now)
        for source_id, trigger in self.triggers.items():
            self.scheduler.add_job(
                self.poll,
                trigger,
                id=source_id,
                name=f"poll {source_id}",
                args=[source_id],
                executor=POLLS,
                next_run_time=firsts[source_id],
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
        """Let the polls in flight finish, drop the queued ones, then stop (once)."""
        if self.scheduler.running:
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

    def _starting(self, job: Job, run_time: datetime) -> None:
        """A poll starts: count it late if it starts too long after its time."""
        if job.id in self.triggers and self.now() - run_time > self.late_after:
            self.monitor.pipeline.slips.add(job.id, late=1)

    def _accounted(self, event: JobSubmissionEvent) -> None:
        if event.job_id not in self.triggers or not event.scheduled_run_times:
            return
        run_time = event.scheduled_run_times[-1]
        if event.code == EVENT_JOB_SUBMITTED:
            self.accounts.submitted(event.job_id, run_time)
        else:  # APScheduler has logged the refusal as a warning
            self.accounts.refused(event.job_id, run_time)

    def _misfired(self, event: Any) -> None:  # only with a misfire limit; kept for safety
        if event.job_id in self.triggers:
            self.monitor.pipeline.slips.add(event.job_id, missed=1)
