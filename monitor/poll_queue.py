"""The polls that are due and wait for a thread: shortest interval first, then in the order
they fell due; one per source.

The order is the source's interval, then the poll's due time. A 10-second source's poll
goes before a burst of 150-second sources' first polls (issue 17): it would miss its next
slot within seconds, they would not for minutes. Among sources of one interval it is first
due, first served, so when polls come faster than they run (a first start on a loaded
machine) each waits about as long as the backlog, and runs late rather than missing a slot.
(Ordering by deadline, the next slot, was tried first: under that overload it held back
every poll until its deadline, up to one and a half intervals after it was due, and 682 slots
were missed in a first start of the N = 5,000 benchmark.)

A source has at most one poll waiting and one running:

* a slot that comes while the source's poll is still waiting to start *folds* into it: that
  poll, which fetches when it starts, serves both. If the waiting poll was for a slot, that
  slot got no poll of its own and is counted missed (`offer` returns the count); if either
  run is off the schedule (the first run after a start, a run moved by hand), nothing is
  missed, and the poll's lateness is measured from the earlier one;
* a slot that comes while the source's poll is running waits for it to finish and then
  queues (a late poll runs late, it is not refused).

Nothing here reads a clock or starts a thread; `monitor.scheduler` does both.
"""

from __future__ import annotations

import heapq
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Generic, TypeVar

Work = TypeVar("Work")


@dataclass(order=True)
class Due(Generic[Work]):
    """A poll that is due; ordered by its source's interval, when it fell due, and when it was
    offered (the compared fields never change while it waits)."""

    interval: timedelta
    fell_due: datetime
    order: int
    key: str = field(compare=False)
    run_time: datetime = field(compare=False)  # when it was due: its lateness runs from here
    work: Work = field(compare=False)
    slot: bool = field(compare=False, default=True)  # run_time is one of the source's slots


class PollQueue(Generic[Work]):
    """Thread-safe: `offer` from the scheduler's thread, `take` and `done` from workers."""

    def __init__(self) -> None:
        self._heap: list[Due[Work]] = []
        self._waiting: dict[str, Due[Work]] = {}  # in the heap, by source
        self._after: dict[str, Due[Work]] = {}  # queued once the running poll finishes
        self._running: set[str] = set()
        self._offered = 0
        self._closed = False
        self._changed = threading.Condition()

    def offer(
        self, key: str, work: Work, run_time: datetime, interval: timedelta, slot: bool = True
    ) -> int:
        """Queue a poll of `key` due at `run_time` (a slot of its schedule, or not); how many
        slots this folds (0 or 1: the slot of a poll of `key` that had not started yet).
        Nothing once closed."""
        with self._changed:
            if self._closed:
                return 0
            earlier = self._waiting.get(key) or self._after.get(key)
            if earlier is not None:
                # It keeps its place (it fell due earlier) and serves this run too.
                # Two slots, one poll: the earlier slot is missed, and the poll is late from
                # the later. A run off the schedule takes no slot's place and loses none.
                missed = int(earlier.slot and slot)
                if missed:
                    earlier.run_time = run_time
                earlier.work, earlier.slot = work, earlier.slot or slot
                return missed
            self._offered += 1
            due = Due(interval, run_time, self._offered, key, run_time, work, slot)
            if key in self._running:
                self._after[key] = due
            else:
                self._push(due)
            return 0

    def take(self) -> Due[Work] | None:
        """The first waiting poll in order, now counted running; blocks until there is one.
        None once closed."""
        with self._changed:
            while not self._heap and not self._closed:
                self._changed.wait()
            if self._closed:
                return None
            due = heapq.heappop(self._heap)
            del self._waiting[due.key]
            self._running.add(due.key)
            return due

    def done(self, key: str) -> None:
        """The running poll of `key` finished: queue the one that waited for it."""
        with self._changed:
            self._running.discard(key)
            after = self._after.pop(key, None)
            if after is not None and not self._closed:
                self._push(after)

    def close(self) -> int:
        """Drop every poll not started; wake the workers to stop. How many were dropped."""
        with self._changed:
            dropped = len(self._heap) + len(self._after)
            self._heap.clear()
            self._waiting.clear()
            self._after.clear()
            self._closed = True
            self._changed.notify_all()
            return dropped

    def waiting(self) -> int:
        with self._changed:
            return len(self._heap) + len(self._after)

    def running(self) -> int:
        with self._changed:
            return len(self._running)

    def _push(self, due: Due[Work]) -> None:
        heapq.heappush(self._heap, due)
        self._waiting[due.key] = due
        self._changed.notify()
