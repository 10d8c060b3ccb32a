"""Each source's state row as this process knows it between polls: read once, written behind.

A poll starts from the row as this process last saw it, without reading the database, and
its save is checked against the row as last stored: its version, `polls_total`, must not
have moved on (another process's poll would have moved it). An overtaken save is rolled back
whole (`Overtaken`) and the row is read again before the next poll.

A poll that only counts itself — a 304, an unchanged page or price: no events, no new cursor
or validators, no change of health — is not written at once. Its bookkeeping (when the
source was last polled and last succeeded, how many polls, its newest item's time) waits,
and the waiting ones are written together in one transaction when `BOOKKEEPING_BATCH` wait
or the oldest has waited `BOOKKEEPING_MAX_WAIT` (`flush`). A crash can lose that bookkeeping,
never an event: a poll that stores anything writes its row at once, with whatever
bookkeeping was waiting for that source.

Both tricks are measured in benchmarks/poll.py: they take the two write transactions out of
an unchanged poll.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from monitor.store import source_state
from monitor.store.source_state import SourceRow

log = logging.getLogger(__name__)

BOOKKEEPING_BATCH = 100
BOOKKEEPING_MAX_WAIT = timedelta(seconds=5)

# The columns an unchanged poll changes: what may wait to be written. (A price source's
# newest item is the quote it just read, unchanged or not; a poll may also carry the
# scheduler's count of late and missed polls.)
BOOKKEEPING = frozenset(
    {
        "last_poll_at",
        "last_success_at",
        "polls_total",
        "newest_item_at",
        "polls_late",
        "polls_missed",
    }
)


class Overtaken(Exception):
    """Another poll of the source was saved after this one started: this one was rolled back."""


@dataclass(frozen=True)
class Known:
    """A source's row as column values (what a save compares against)."""

    stored: dict[str, Any]  # as this process last read or wrote it
    latest: dict[str, Any]  # with the polls not written yet counted (or `stored`)


class SourceStateStore:
    def __init__(
        self,
        db: Engine,
        batch: int = BOOKKEEPING_BATCH,
        max_wait: timedelta = BOOKKEEPING_MAX_WAIT,
    ) -> None:
        self.db = db
        self.batch = batch
        self.max_wait = max_wait
        self._known: dict[str, Known] = {}
        # Source id → when its oldest unwritten poll was; insertion order is age order.
        # Guarded: poll threads add and remove while another asks for the oldest.
        self._waiting: dict[str, datetime] = {}
        self._waiting_guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._flushing = threading.Lock()

    def polling(self, source_id: str) -> threading.Lock:
        """Held for the whole of a poll: one poll of a source at a time in this process, and
        no flush of its bookkeeping in the middle of one."""
        return self._locks.setdefault(source_id, threading.Lock())

    def row(self, source_id: str) -> SourceRow:
        """The row a poll starts from: as this process last saw it, polls not yet written
        included; read from the database (created empty) on first use."""
        known = self._known.get(source_id)
        if known is None:
            with self.db.begin() as connection:
                known = self._stored(source_id, source_state.load_values(connection, source_id))
        return SourceRow(**known.latest)

    def known(self, source_id: str) -> Known | None:
        return self._known.get(source_id)

    def only_bookkeeping(self, row: SourceRow) -> bool:
        """Whether the poll changed nothing but what may wait to be written."""
        latest = self._known[row.source_id].latest
        return source_state.changes(source_state.values(row), latest).keys() <= BOOKKEEPING

    def count(self, row: SourceRow, now: datetime) -> None:
        """A poll that changed only bookkeeping: it waits to be written with the others."""
        known = self._known[row.source_id]
        self._known[row.source_id] = Known(known.stored, source_state.values(row))
        with self._waiting_guard:
            self._waiting.setdefault(row.source_id, now)

    @contextmanager
    def saving(self, row: SourceRow) -> Iterator[Connection]:
        """A transaction for what the poll stores, which writes `row` last (with whatever
        bookkeeping waited for the source). Raises `Overtaken`, all of it rolled back, when
        another poll of the source was saved first."""
        stored = self._known[row.source_id].stored
        try:
            with self.db.begin() as connection:
                yield connection
                values = source_state.values(row)
                if not source_state.save(connection, values, stored):
                    raise Overtaken
        except Overtaken:
            self.forget(row.source_id)  # read the row again next time
            raise
        self._stored(row.source_id, values)

    def forget(self, source_id: str) -> None:
        """The row moved on without us: read it again before the next poll."""
        self._known.pop(source_id, None)
        with self._waiting_guard:
            self._waiting.pop(source_id, None)

    def waiting(self) -> int:
        return len(self._waiting)

    def due(self, now: datetime) -> bool:
        """Enough polls wait, or the oldest has waited long enough."""
        with self._waiting_guard:
            if len(self._waiting) >= self.batch:
                return True
            oldest = next(iter(self._waiting.values()), None)
        return oldest is not None and now - oldest >= self.max_wait

    def flush(self) -> int:
        """Write the polls that only counted themselves, in one transaction; how many."""
        with self._batch_to_write() as batch:
            if not batch:
                return 0
            with self.db.begin() as connection:
                kept = {
                    sid for sid, k in batch if source_state.save(connection, k.latest, k.stored)
                }
            for source_id, known in batch:
                if source_id in kept:
                    self._stored(source_id, known.latest)
                else:  # another process polled it meanwhile: its row stands
                    self.forget(source_id)
            return len(batch)

    def try_flush(self) -> None:
        """`flush` for the scheduler, a poll and shutdown: a database that is away is logged,
        not raised, since only bookkeeping waits (for the next flush)."""
        try:
            self.flush()
        except SQLAlchemyError as exc:
            log.warning("could not write the bookkeeping of %d polls: %s", self.waiting(), exc)

    def flush_if_due(self, now: datetime) -> None:
        if self.due(now):
            self.try_flush()

    def _stored(self, source_id: str, values: dict[str, Any]) -> Known:
        """The row was written (or read) with these values."""
        known = self._known[source_id] = Known(values, values)
        with self._waiting_guard:
            self._waiting.pop(source_id, None)
        return known

    @contextmanager
    def _batch_to_write(self) -> Iterator[list[tuple[str, Known]]]:
        """The sources whose polls wait to be written and that no poll is running on, held
        locked while the batch is written; empty while another flush runs."""
        if not self._flushing.acquire(blocking=False):
            yield []
            return
        held: list[tuple[str, threading.Lock]] = []
        try:
            with self._waiting_guard:
                waiting = list(self._waiting)
            for source_id in waiting:
                lock = self.polling(source_id)
                if not lock.acquire(blocking=False):
                    continue  # being polled: that poll writes or counts it
                held.append((source_id, lock))
            yield [(sid, self._known[sid]) for sid, _ in held if sid in self._waiting]
        finally:
            for _, lock in held:
                lock.release()
            self._flushing.release()


class Slips:
    """Late and missed polls the scheduler has counted, per source, until the source's next
    poll adds them to its row (so they are written with it, in the same transaction or
    batch as the rest of its bookkeeping)."""

    def __init__(self) -> None:
        self._counts: dict[str, tuple[int, int]] = {}
        self._guard = threading.Lock()

    def add(self, source_id: str, late: int = 0, missed: int = 0) -> None:
        with self._guard:
            was_late, was_missed = self._counts.get(source_id, (0, 0))
            self._counts[source_id] = (was_late + late, was_missed + missed)

    def take(self, source_id: str) -> tuple[int, int]:
        """(late, missed) counted since the last take."""
        with self._guard:
            return self._counts.pop(source_id, (0, 0))
