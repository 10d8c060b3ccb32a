"""The polls that are due and wait for a thread: earliest deadline first, one per source.

A poll's deadline is its source's next slot: the time by which it must have started, or the
source falls a slot behind. Taking the earliest deadline first is what keeps a 10-second
source's poll from waiting behind thousands of 15-minute sources' first polls (issue 17):
those may start later and still be on time, the 10-second one may not. Among sources of one
interval it is first come, first served.

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
from datetime import datetime
from typing import Generic, TypeVar

Work = TypeVar("Work")


@dataclass(order=True)
class Due(Generic[Work]):
    """A poll due for a slot; ordered by its deadline, then by when it was offered."""

    deadline: datetime
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
        self, key: str, work: Work, run_time: datetime, deadline: datetime, slot: bool = True
    ) -> int:
        """Queue a poll of `key` due at `run_time` (a slot of its schedule, or not); how many
        slots this folds (0 or 1: the slot of a poll of `key` that had not started yet).
        Nothing once closed."""
        with self._changed:
            if self._closed:
                return 0
            earlier = self._waiting.get(key) or self._after.get(key)
            if earlier is not None:
                # It keeps its place (its deadline is the earlier one) and serves this run too.
                # Two slots, one poll: the earlier slot is missed, and the poll is late from
                # the later. A run off the schedule takes no slot's place and loses none.
                missed = int(earlier.slot and slot)
                if missed:
                    earlier.run_time = run_time
                earlier.work, earlier.slot = work, earlier.slot or slot
                return missed
            self._offered += 1
            due = Due(deadline, self._offered, key, run_time, work, slot)
            if key in self._running:
                self._after[key] = due
            else:
                self._push(due)
            return 0

    def take(self) -> Due[Work] | None:
        """The waiting poll with the earliest deadline, now counted running; blocks until
        there is one. None once closed."""
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
