"""What this process knows of each source's state row between polls.

A poll starts from the row as this process last saw it, without reading the database, and
its save is checked against the row as last stored: its version, `polls_total`, must not
have moved on (another process's poll would have moved it).

A poll that only counts itself — a 304, an unchanged page or price: no events, no new cursor
or validators, no change of health — is not written at once. Its bookkeeping (when the
source was last polled and last succeeded, how many polls, its newest item's time) waits,
and the waiting ones are written together in one transaction within seconds
(`Pipeline.flush_bookkeeping`). A crash can lose that bookkeeping, never an event: a poll
that stores anything writes its row at once, with whatever bookkeeping was waiting for that
source.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from monitor.store.source_state import changes

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


@dataclass(frozen=True)
class Known:
    stored: dict[str, Any]  # the row as this process last read or wrote it
    latest: dict[str, Any]  # with the polls not written yet counted (or `stored`)


def only_bookkeeping(values: dict[str, Any], base: dict[str, Any]) -> bool:
    return changes(values, base).keys() <= BOOKKEEPING


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


class PollStates:
    def __init__(self, batch: int, max_wait: timedelta) -> None:
        self.batch = batch
        self.max_wait = max_wait
        self._known: dict[str, Known] = {}
        # Source id → when its oldest unwritten poll was; insertion order is age order.
        # Guarded: poll threads add and remove while another asks for the oldest.
        self._waiting: dict[str, datetime] = {}
        self._waiting_guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._flushing = threading.Lock()

    def lock(self, source_id: str) -> threading.Lock:
        """Held for the whole of a poll: one poll of a source at a time in this process, and
        no flush of its bookkeeping in the middle of one."""
        return self._locks.setdefault(source_id, threading.Lock())

    def known(self, source_id: str) -> Known | None:
        return self._known.get(source_id)

    def stored(self, source_id: str, values: dict[str, Any]) -> Known:
        """The row was written (or read) with these values."""
        known = self._known[source_id] = Known(values, values)
        with self._waiting_guard:
            self._waiting.pop(source_id, None)
        return known

    def counted(self, source_id: str, values: dict[str, Any], now: datetime) -> None:
        """A poll that only counted itself: its values wait to be written."""
        self._known[source_id] = Known(self._known[source_id].stored, values)
        with self._waiting_guard:
            self._waiting.setdefault(source_id, now)

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

    @contextmanager
    def batch_to_write(self) -> Iterator[list[tuple[str, Known]]]:
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
                lock = self.lock(source_id)
                if not lock.acquire(blocking=False):
                    continue  # being polled: that poll writes or counts it
                held.append((source_id, lock))
            yield [(sid, self._known[sid]) for sid, _ in held if sid in self._waiting]
        finally:
            for _, lock in held:
                lock.release()
            self._flushing.release()
