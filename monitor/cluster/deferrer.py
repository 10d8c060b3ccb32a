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
import heapq
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from monitor.app import Monitor
from monitor.cluster import queue
from monitor.cluster.queue import RETAIN, STALLED_AFTER_SECONDS
from monitor.cluster.tasks import defer_once
from monitor.slots import EPOCH, SlotTrigger

if TYPE_CHECKING:
    import psycopg
    from procrastinate import App

log = logging.getLogger(__name__)

TICK_SECONDS = 0.5  # how often the leader looks for slots that have come
REAP_EVERY_SECONDS = 5.0
PRUNE_EVERY_SECONDS = 60.0
# After deferring this many jobs at once (the first tick of a new cluster, say), the queue's
# statistics are brought up to date at once: planned on the empty table's, procrastinate's
# fetch of a job with a lock scans every waiting job (0.4 s with 2,000 waiting, not 0.1 ms).
ANALYZE_AFTER = 200

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
# procrastinate's own periodic defer (unique per task, source and slot), for many at once.
DEFER_BATCH = """
SELECT procrastinate_defer_periodic_job_v2(
    %(queue)s, poll.lock, poll.lock, %(task)s, 0, poll.source_id, poll.stamp, poll.args
)
FROM unnest(%(ids)s::text[], %(locks)s::text[], %(stamps)s::bigint[], %(args)s::jsonb[])
    AS poll(source_id, lock, stamp, args)
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
    """Which slot of each source was deferred last, the slots missed since, and when each
    source's next slot comes (a heap, so a tick looks only at the sources that are due)."""

    triggers: dict[str, SlotTrigger]
    last: dict[str, int] = field(default_factory=dict)
    missed: dict[str, int] = field(default_factory=dict)
    _upcoming: list[tuple[datetime, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.learn({})

    def learn(self, deferred_ms: dict[str, int]) -> None:
        """Start from the slots deferred before (by a leader before this one)."""
        self.last.clear()
        self._upcoming = []
        for source_id, trigger in self.triggers.items():
            timestamp = deferred_ms.get(source_id)
            if timestamp is None:  # never deferred: due at once
                self._upcoming.append((EPOCH, source_id))
                continue
            moment = datetime.fromtimestamp(timestamp / 1000, UTC)
            self.last[source_id] = index = latest_slot(trigger, moment)
            self._upcoming.append((trigger.slot(index + 1), source_id))
        heapq.heapify(self._upcoming)

    def due(self, now: datetime) -> list[tuple[str, datetime]]:
        """(source, slot time) of each source whose latest slot has come and is not deferred
        yet, now counted as deferred; slots passed over since the last are missed. A source
        never deferred polls at once (its slot time then: now)."""
        found = []
        while self._upcoming and self._upcoming[0][0] <= now:
            _, source_id = heapq.heappop(self._upcoming)
            trigger = self.triggers[source_id]
            index = latest_slot(trigger, now)
            last = self.last.get(source_id)
            if last is None:
                found.append((source_id, now))
            else:
                self.add_missed(source_id, index - last - 1)
                found.append((source_id, trigger.slot(index)))
            self.last[source_id] = index
            heapq.heappush(self._upcoming, (trigger.slot(index + 1), source_id))
        return found

    def add_missed(self, source_id: str, count: int) -> None:
        if count > 0:
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
        self._candidate: psycopg.AsyncConnection | None = None
        self._queue_name = app.configure_task(queue.POLL_TASK).job.queue
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
        has just taken it (trying on a connection kept open for the purpose)."""
        import psycopg

        if self._leader is not None:
            await self._leader.execute("SELECT 1")  # the lock lives as long as this does
            return True
        if self._candidate is None or self._candidate.closed:
            self._candidate = await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True)
        cursor = await self._candidate.execute(LEADER_LOCK)
        row = await cursor.fetchone()
        if not (row and row[0]):
            return False
        self._leader, self._candidate = self._candidate, None
        cursor = await self._leader.execute(LAST_DEFERRED, (queue.POLL_TASK,))
        self.book.learn({sid: ts for sid, ts in await cursor.fetchall()})
        log.info("scheduling: this worker now defers the cluster's polls")
        return True

    async def resign(self) -> None:
        for connection in (self._leader, self._candidate):
            if connection is not None:
                with contextlib.suppress(Exception):
                    await connection.close()
        self._leader = self._candidate = None

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
            await self._leader.execute("ANALYZE procrastinate_jobs")

    async def defer_polls(self, now: datetime) -> int:
        """Defer every poll whose slot has come; how many were deferred."""
        due = self.book.due(now)
        if not due:
            return 0
        # A source whose last poll still waits is not deferred again (its queueing lock would
        # refuse it): one query for all of them, not a refused insert each.
        waiting = await self._queued_polls()
        polls = []
        for source_id, slot in due:
            if queue.poll_lock(source_id) in waiting:
                self.book.add_missed(source_id, 1)
            else:
                polls.append((source_id, millis(slot)))
        deferred = await self._defer_all(polls)
        self.deferred += deferred
        if deferred >= ANALYZE_AFTER and self._leader is not None:
            await self._leader.execute("ANALYZE procrastinate_jobs")
        return deferred

    async def _defer_all(self, polls: list[tuple[str, int]]) -> int:
        """Defer the polls in one statement; should one be refused (a race with a poll
        queued meanwhile), one at a time."""
        import psycopg

        if not polls:
            return 0
        if self._leader is not None:
            try:
                deferred = await self._defer_batch(self._leader, polls)
            except psycopg.errors.UniqueViolation:
                pass
            else:
                for source_id, _ in polls:
                    self.book.missed.pop(source_id, None)  # told to this poll
                return deferred
        results = [await self.defer_poll(source_id, timestamp) for source_id, timestamp in polls]
        return sum(results)

    async def _defer_batch(
        self, connection: psycopg.AsyncConnection, polls: list[tuple[str, int]]
    ) -> int:
        from psycopg.types.json import Jsonb

        args = [self._poll_args(source_id, timestamp) for source_id, timestamp in polls]
        cursor = await connection.execute(
            DEFER_BATCH,
            {
                "queue": self._queue_name,
                "task": queue.POLL_TASK,
                "ids": [source_id for source_id, _ in polls],
                "locks": [queue.poll_lock(source_id) for source_id, _ in polls],
                "stamps": [timestamp for _, timestamp in polls],
                "args": [Jsonb(a) for a in args],
            },
        )
        return sum(1 for (job_id,) in await cursor.fetchall() if job_id is not None)

    def _poll_args(self, source_id: str, timestamp: int) -> dict[str, object]:
        missed = self.book.missed.get(source_id, 0)
        return {"source_id": source_id, "timestamp": timestamp, "missed": missed}

    async def _queued_polls(self) -> set[str]:
        if self._leader is None:
            return set()
        cursor = await self._leader.execute(QUEUED_POLLS, (queue.POLL_TASK,))
        return {lock for (lock,) in await cursor.fetchall()}

    async def defer_poll(self, source_id: str, timestamp: int) -> bool:
        """Defer one slot's poll: False if it was deferred already (by another leader), or
        if the source's previous poll still waits in the queue (the slot is then missed)."""
        from procrastinate.exceptions import AlreadyEnqueued

        lock = queue.poll_lock(source_id)
        job = self.app.configure_task(
            queue.POLL_TASK,
            lock=lock,
            queueing_lock=lock,
            task_kwargs=self._poll_args(source_id, timestamp),
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
