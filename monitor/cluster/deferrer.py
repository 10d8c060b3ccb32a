"""The cluster's one schedule: each source's poll deferred at its slots, once for the cluster.

Every worker runs a Deferrer, but only the holder of an advisory lock (on a connection of its
own: the lock goes with the connection, so a worker that dies or loses the database hands it
on) defers anything. Twice guarded against doubles:

* a slot is deferred through procrastinate's periodic defer, unique per (task, source,
  slot): a new leader that re-defers what the old one did defers nothing;
* a source's polls share a queueing lock: while one waits in the queue, its next slot is not
  queued behind it but counted missed (and told to the next poll, which records it).

The leader also defers the outbox and the deadline rules on their intervals, fails the
jobs of workers that stopped beating (their locks come free: a poll of that source can run
again; the killed poll's transaction was rolled back, so it left nothing) and deletes
finished jobs once they are older than RETAIN.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from monitor.app import Monitor
from monitor.cluster import queue
from monitor.cluster.tasks import defer_once
from monitor.slots import SlotTrigger

if TYPE_CHECKING:
    import psycopg
    from procrastinate import App

log = logging.getLogger(__name__)

TICK_SECONDS = 0.5  # how often the leader looks for slots that have come
HEARTBEAT_SECONDS = 2.0  # a worker's heartbeat…
STALLED_AFTER_SECONDS = 10.0  # …and how long without one before its jobs are failed
REAP_EVERY_SECONDS = 5.0
PRUNE_EVERY_SECONDS = 60.0
RETAIN = timedelta(minutes=10)  # finished jobs kept this long (task latency, jobs per worker)

LEADER_LOCK = (
    "SELECT pg_try_advisory_lock(hashtext('signal-monitor deferrer ' || current_schema()))"
)
LAST_DEFERRED = """
SELECT periodic_id, max(defer_timestamp) FROM procrastinate_periodic_defers
WHERE task_name = %s GROUP BY periodic_id
"""
QUEUED_POLLS = """
SELECT queueing_lock FROM procrastinate_jobs WHERE status = 'todo' AND task_name = %s
"""
PRUNE = """
DELETE FROM procrastinate_jobs AS job
WHERE job.status IN ('succeeded', 'failed', 'cancelled', 'aborted')
  AND NOT EXISTS (SELECT 1 FROM procrastinate_periodic_defers d WHERE d.job_id = job.id)
  AND EXISTS (
    SELECT 1 FROM procrastinate_events e
    WHERE e.job_id = job.id AND e.type IN ('succeeded', 'failed', 'cancelled', 'aborted')
      AND e.at < now() - make_interval(secs => %s)
  )
"""


def latest_slot(trigger: SlotTrigger, now: datetime) -> int:
    """The index of the source's latest slot at or before `now`."""
    index = trigger.index(now)
    while trigger.slot(index) > now:
        index -= 1
    return index


def millis(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


@dataclass
class Every:
    """A duty that falls due every `seconds` (first at once)."""

    seconds: float
    last: float | None = None

    def due(self, now: float) -> bool:
        if self.last is not None and now - self.last < self.seconds:
            return False
        self.last = now
        return True


@dataclass
class SlotBook:
    """Which slot of each source was deferred last, and the slots missed since."""

    triggers: dict[str, SlotTrigger]
    last: dict[str, int] = field(default_factory=dict)
    missed: dict[str, int] = field(default_factory=dict)

    def learn(self, deferred_ms: dict[str, int]) -> None:
        """Start from the slots deferred before (by a leader before this one)."""
        self.last.clear()
        for source_id, timestamp in deferred_ms.items():
            if trigger := self.triggers.get(source_id):
                moment = datetime.fromtimestamp(timestamp / 1000, UTC)
                self.last[source_id] = latest_slot(trigger, moment)

    def due(self, now: datetime) -> list[tuple[str, int, datetime]]:
        """(source, slot index, slot time) of each source whose latest slot is not deferred
        yet; slots passed over since the last are missed. A source never deferred polls at
        once (its slot time then: now)."""
        found = []
        for source_id, trigger in self.triggers.items():
            index = latest_slot(trigger, now)
            last = self.last.get(source_id)
            if last is None:
                found.append((source_id, index, now))
            elif index > last:
                self.add_missed(source_id, index - last - 1)
                found.append((source_id, index, trigger.slot(index)))
        return found

    def add_missed(self, source_id: str, count: int) -> None:
        if count:
            self.missed[source_id] = self.missed.get(source_id, 0) + count


class Deferrer:
    def __init__(self, app: App, monitor: Monitor, clock: Callable[[], float] = time.time) -> None:
        settings = monitor.settings.config.scheduler
        self.app = app
        self.conninfo = queue.conninfo(monitor.settings.database_url)
        self.clock = clock
        triggers = {
            source_id: SlotTrigger(
                source_id,
                monitor.sources[source_id].config.interval_seconds,
                settings.jitter_seconds,
            )
            for source_id in monitor.enabled_source_ids()
        }
        self.book = SlotBook(triggers)
        self.duties = {
            "dispatch": Every(settings.dispatch_interval_seconds),
            "deadlines": Every(settings.deadline_interval_seconds),
            "reap": Every(REAP_EVERY_SECONDS),
            "prune": Every(PRUNE_EVERY_SECONDS),
        }
        self._leader: psycopg.AsyncConnection | None = None
        self.deferred = 0  # polls this deferrer deferred (for tests and the benchmark)

    @property
    def leading(self) -> bool:
        return self._leader is not None

    async def run(self, stop: asyncio.Event) -> None:
        """Lead when the lock is free, until `stop`."""
        while not stop.is_set():
            try:
                if await self.lead():
                    await self.tick()
            except Exception as exc:  # the database is away: try again on the next tick
                log.warning("scheduling: %s: %s", type(exc).__name__, exc)
                await self.resign()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), TICK_SECONDS)
        await self.resign()

    async def lead(self) -> bool:
        """Whether this deferrer leads: it holds the lock (on a connection still alive), or
        has just taken it."""
        import psycopg

        if self._leader is not None:
            await self._leader.execute("SELECT 1")  # the lock lives as long as this does
            return True
        connection = await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True)
        cursor = await connection.execute(LEADER_LOCK)
        row = await cursor.fetchone()
        if not (row and row[0]):
            await connection.close()
            return False
        self._leader = connection
        cursor = await connection.execute(LAST_DEFERRED, (queue.POLL_TASK,))
        self.book.learn({sid: ts for sid, ts in await cursor.fetchall()})
        log.info("scheduling: this worker now defers the cluster's polls")
        return True

    async def resign(self) -> None:
        if self._leader is not None:
            with contextlib.suppress(Exception):
                await self._leader.close()
            self._leader = None

    async def tick(self) -> None:
        now = self.clock()
        await self.defer_polls(datetime.fromtimestamp(now, UTC))
        if self.duties["dispatch"].due(now):
            await defer_once(self.app, queue.DISPATCH_TASK, queue.DISPATCH_LOCK)
        if self.duties["deadlines"].due(now):
            await defer_once(
                self.app, queue.DEADLINES_TASK, queue.DEADLINES_LOCK, queue.DEADLINES_LOCK
            )
        if self.duties["reap"].due(now):
            await self.reap()
        if self.duties["prune"].due(now) and self._leader is not None:
            await self._leader.execute(PRUNE, (RETAIN.total_seconds(),))

    async def defer_polls(self, now: datetime) -> int:
        """Defer every poll whose slot has come; how many were deferred."""
        deferred = 0
        due = self.book.due(now)
        # A source whose last poll still waits is not deferred again (its queueing lock would
        # refuse it): one query for all of them, not a refused insert each.
        waiting = await self._queued_polls() if due else set()
        for source_id, index, slot in due:
            if queue.poll_lock(source_id) in waiting:
                self.book.add_missed(source_id, 1)
            elif await self.defer_poll(source_id, slot):
                deferred += 1
            self.book.last[source_id] = index
        self.deferred += deferred
        return deferred

    async def _queued_polls(self) -> set[str]:
        if self._leader is None:
            return set()
        cursor = await self._leader.execute(QUEUED_POLLS, (queue.POLL_TASK,))
        return {lock for (lock,) in await cursor.fetchall()}

    async def defer_poll(self, source_id: str, slot: datetime) -> bool:
        """Defer one slot's poll: False if it was deferred already (by another leader), or
        if the source's previous poll still waits in the queue (the slot is then missed)."""
        from procrastinate.exceptions import AlreadyEnqueued

        timestamp = millis(slot)
        lock = queue.poll_lock(source_id)
        missed = self.book.missed.get(source_id, 0)
        job = self.app.configure_task(
            queue.POLL_TASK,
            lock=lock,
            queueing_lock=lock,
            task_kwargs={"source_id": source_id, "timestamp": timestamp, "missed": missed},
        ).job
        try:
            job_id = await self.app.job_manager.defer_periodic_job(
                job, periodic_id=source_id, defer_timestamp=timestamp
            )
        except AlreadyEnqueued:
            self.book.add_missed(source_id, 1)
            return False
        if job_id is None:
            return False
        self.book.missed.pop(source_id, None)  # told to this poll
        return True

    async def reap(self) -> int:
        """Fail the jobs of workers that stopped beating; how many."""
        from procrastinate.jobs import Status

        manager = self.app.job_manager
        stalled = list(
            await manager.get_stalled_jobs(seconds_since_heartbeat=STALLED_AFTER_SECONDS)
        )
        for job in stalled:
            assert job.id is not None
            await manager.finish_job_by_id_async(job.id, status=Status.FAILED, delete_job=False)
            log.warning(
                "job %s (%s) of a stopped worker failed: its lock is free", job.id, job.call_string
            )
        await manager.prune_stalled_workers(STALLED_AFTER_SECONDS)
        return len(stalled)
