"""APScheduler wiring for `monitor run`: one job per source, the dispatcher, the deadlines,
and the writing of unchanged polls' bookkeeping.

A poll is never dropped to keep the schedule tidy (issue 17):

* each source polls at its own slots (`monitor.slots`): first runs are spread out (over the
  interval when there are many sources), and jitter comes from the schedule, so it does
  not drift;
* due polls wait for a thread in a `PollQueue`, shortest interval first, then in the order
  they fell due, so a short-interval source is not stuck behind a burst of long-interval
  ones, and a burst of polls each wait about as long as the backlog (late, not missed);
* there is no misfire limit and no refusal: a poll that starts more than
  `late_after_seconds` after it was due is counted **late**; a slot is counted **missed**
  only when it got no poll of its own: the next slot came while the source's poll for it was
  still waiting to start (that one poll serves both), or the scheduler itself woke after
  several of the source's slots had passed (a suspended process: one poll serves them). A
  slot that comes while the source's poll is running queues behind it and runs late, not
  missed. The first run after a start is not a slot: when it waits until the first slot,
  that one poll serves both and nothing is missed (it is late, from the first run's time).
  Both counts are kept with the source's state (`monitor sources`, /metrics);
* polls run on their own threads; dispatch, bookkeeping and deadline jobs on a pool of
  their own, so an outbox tick never waits behind a burst of polls (a poll that raises
  alerts also dispatches them at once, on its own thread);
* `stop()` drops the queued polls, tells the polls in flight to stop at their next safe
  point (a listing leaves its remaining new releases for the next poll), cuts their HTTP
  exchanges after `STOP_GRACE` seconds, and waits for them; it waits for no dispatch or
  bookkeeping job.

Jobs take source ids, not objects; each has a stable id. Every job runs through a
DatabaseWatch: a database that is away is one log line (and a recorded gap per source), not
a traceback a job.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.executors.base import BaseExecutor, run_job
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.job import Job
from apscheduler.schedulers.background import BackgroundScheduler

from monitor.app import Monitor
from monitor.outage import DatabaseWatch
from monitor.pipeline import BOOKKEEPING_MAX_WAIT
from monitor.poll_queue import Due, PollQueue
from monitor.slots import SlotTrigger, first_runs

log = logging.getLogger(__name__)
DISPATCH_JOB = "dispatch"
DEADLINE_JOB = "deadlines"
BOOKKEEPING_JOB = "bookkeeping"
POLLS = "polls"  # the executor of the poll jobs
OPS = "default"  # dispatch, bookkeeping, deadlines
# Seconds a stop gives the HTTP exchanges in flight before it cuts them: with the rest of
# the stop, well inside the 2 s an operator (or systemd's restart) should wait.
STOP_GRACE = 1.0

Starting = Callable[[Job, datetime], None]
Missed = Callable[[str, int], None]


class PollExecutor(BaseExecutor):
    """Runs poll jobs on `workers` threads from a `PollQueue`: shortest interval first.

    Never refuses a job (APScheduler's max_instances is not consulted): the queue folds or
    holds back a source's second poll. Tells `starting` when a poll actually starts (and for
    which slot), and `missed` how many of a source's slots got no poll of their own.
    """

    def __init__(self, workers: int, starting: Starting, missed: Missed) -> None:
        super().__init__()
        self.workers = workers
        self.queue: PollQueue[Job] = PollQueue()
        self.dropped = 0  # queued polls dropped by shutdown
        self._starting = starting
        self._missed = missed
        self._threads: list[threading.Thread] = []

    def start(self, scheduler: Any, alias: str) -> None:
        super().start(scheduler, alias)
        self._threads = [
            threading.Thread(target=self._work, name=f"poll-{n}", daemon=True)
            for n in range(self.workers)
        ]
        for thread in self._threads:
            thread.start()

    def submit_job(self, job: Job, run_times: list[datetime]) -> None:
        """Queue the poll for the last of `run_times`; the slots among the earlier ones (the
        scheduler woke after several had passed) and a slot folded into a waiting poll are
        missed."""
        run_time = run_times[-1]
        folded = self.queue.offer(job.id, job, run_time, _interval(job), _is_slot(job, run_time))
        missed = folded + sum(_is_slot(job, passed) for passed in run_times[:-1])
        if missed:
            self._missed(job.id, missed)

    def _do_submit_job(self, job: Job, run_times: list[datetime]) -> None:
        self.submit_job(job, run_times)

    def _work(self) -> None:
        while (due := self.queue.take()) is not None:
            self._run(due)

    def _run(self, due: Due[Job]) -> None:
        job = due.work
        events: list[Any] = []
        try:
            self._starting(job, due.run_time)
            events = run_job(job, job._jobstore_alias, [due.run_time], self._logger.name)
        except BaseException:  # run_job logs the job's own exceptions; this is ours
            self._logger.exception("poll job %s could not run", job.id)
        finally:
            self.queue.done(due.key)
        for event in events:
            self._scheduler._dispatch_event(event)

    def shutdown(self, wait: bool = True) -> None:
        """Drop the queued polls at once; wait for the running ones if asked."""
        self.dropped += self.queue.close()
        if self.dropped:
            log.info("stopping: %d queued polls dropped", self.dropped)
        if wait:
            self.join(None)

    def join(self, timeout: float | None) -> bool:
        """Wait up to `timeout` seconds for the polls in flight; whether they all ended."""
        ends = None if timeout is None else time.monotonic() + timeout
        for thread in self._threads:
            thread.join(None if ends is None else max(0.0, ends - time.monotonic()))
        return not any(thread.is_alive() for thread in self._threads)


def _is_slot(job: Job, run_time: datetime) -> bool:
    """A run of the source's schedule; the first run after a start is an extra one."""
    trigger = job.trigger
    return not isinstance(trigger, SlotTrigger) or trigger.is_slot(run_time)


def _interval(job: Job) -> timedelta:
    """The source's interval: the queue's first order (other jobs have none: first)."""
    trigger = job.trigger
    return trigger.interval if isinstance(trigger, SlotTrigger) else timedelta(0)


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
        self.watch = DatabaseWatch(monitor.sessions, monitor.clock)
        self.polls = PollExecutor(max_workers, self._starting, self._missed)
        self.scheduler = BackgroundScheduler(
            executors={POLLS: self.polls, OPS: ThreadPoolExecutor(2)},
            # No misfire limit: a poll that could not start on time runs late, and is
            # counted. No coalescing by APScheduler: the poll executor is told every slot
            # that passed, and counts those it folds.
            job_defaults={"coalesce": False, "max_instances": 1, "misfire_grace_time": None},
            timezone=UTC,
        )

    def start(self) -> None:
        now = self.now()
        self._add_polls(now)
        self._add_ops(now)
        self.scheduler.start()

    def _add_polls(self, now: datetime) -> None:
        """One poll job a source, the first runs spread out after `now` (`first_runs`)."""
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

    def _add_ops(self, now: datetime) -> None:
        """The outbox dispatch, the bookkeeping flush and the deadline rules."""
        settings = self.monitor.settings.config.scheduler
        ops = {"executor": OPS, "coalesce": True}  # a tick that waited is one tick
        self.scheduler.add_job(
            self.dispatch,
            "interval",
            seconds=settings.dispatch_interval_seconds,
            id=DISPATCH_JOB,
            name="dispatch outbox",
            next_run_time=now,
            **ops,
        )
        self.scheduler.add_job(
            self.bookkeeping,
            "interval",
            seconds=BOOKKEEPING_MAX_WAIT.total_seconds(),
            id=BOOKKEEPING_JOB,
            name="write the bookkeeping of unchanged polls",
            **ops,
        )
        self.scheduler.add_job(
            self.deadlines,
            "interval",
            seconds=settings.deadline_interval_seconds,
            id=DEADLINE_JOB,
            name="deadline rules",
            next_run_time=now,
            **ops,
        )

    def stop(self) -> None:
        """Drop the queued polls, have those in flight stop at a safe point (their HTTP
        exchanges cut after STOP_GRACE s) and wait for them; not for dispatch or bookkeeping
        jobs, which end on their own (a flush is one transaction). Once; logs how long."""
        if not self.scheduler.running:
            return
        started = time.monotonic()
        self.monitor.fetcher.stop(STOP_GRACE)
        self.scheduler.shutdown(wait=False)
        # The grace bounds each exchange; what a poll does between two (a parse, a write) is
        # short. A poll still running after that is left to end with the process.
        if not self.polls.join(STOP_GRACE + 2.0):
            log.warning("stopping: polls still running after %.1f s", STOP_GRACE + 2.0)
        log.info(
            "scheduler stopped in %.2f s (%d queued polls dropped)",
            time.monotonic() - started,
            self.polls.dropped,
        )

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
        """A poll starts: count it late if it starts too long after its slot."""
        if job.id in self.triggers and self.now() - run_time > self.late_after:
            self.monitor.pipeline.slips.add(job.id, late=1)

    def _missed(self, source_id: str, count: int) -> None:
        if source_id in self.triggers:
            self.monitor.pipeline.slips.add(source_id, missed=count)
