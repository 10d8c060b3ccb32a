"""When a source is polled: slots fixed by the schedule, never by the previous run.

A source with interval I has its slots at `origin + k·I + jitter(k)` for k = 0, 1, 2, …:

* `origin` is the Unix epoch plus a phase in [0, I) drawn from the source's id. So the
  slots of N sources are spread over the interval, not all at once (a burst that made
  APScheduler drop thousands of polls), and a restart keeps every source's slots.
* `jitter(k)` in [0, J) is drawn from the source's id and k, not from a random generator:
  slot k is the same time however often it is computed, and slot k+1 never starts from slot
  k's jittered time, so the jitter cannot accumulate into drift. J is at most half the
  interval, which keeps the slots in order and one to an interval.
* Phases and jitters are whole seconds (for intervals of `GRAINED_FROM` seconds or more), so
  the polls due in the same second start together: the scheduler wakes once for them, and
  they run back to back while the code and data are hot in the CPU's caches. A poll that
  starts alone, after the process has slept, costs two to three times the CPU of one that
  follows another (benchmarks/versus_urlwatch.py; 0.6–0.8 ms against 1.5 ms for a 304).

The first run after a start is the exception: sources poll one after another, in the order
of their phases, `FIRST_RUN_SPACING` apart or spread over their interval if that is shorter
(`first_runs`). So a single source polls at once, and 5,000 sources of a 150 s interval are
spread over those 150 s, as their slots are (no more than their share of them in any
second); from its first run on, each follows its slots, from the first one more than half
an interval after the first run (not a second poll moments after the first).

Everything here is arithmetic on the times it is given; nothing reads a clock.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from apscheduler.triggers.base import BaseTrigger

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
GRAINED_FROM = 10.0  # seconds of interval from which slots fall on whole seconds
FIRST_RUN_SPACING = 0.05  # seconds between first runs after a start (20 a second)


def _fraction(*parts: object) -> float:
    """A number in [0, 1) that depends only on `parts`."""
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


class SlotTrigger(BaseTrigger):
    """An APScheduler trigger that fires at a source's slots."""

    def __init__(self, key: str, interval_seconds: float, jitter_seconds: float = 0.0) -> None:
        if interval_seconds <= 0:
            raise ValueError("interval_seconds must be positive")
        self.key = key
        self.interval = timedelta(seconds=interval_seconds)
        self.jitter_seconds = min(max(jitter_seconds, 0.0), interval_seconds / 2)
        self.grained = interval_seconds >= GRAINED_FROM
        phase = self._seconds(_fraction(key, "phase") * interval_seconds)
        self.origin = EPOCH + timedelta(seconds=phase)

    def slot(self, index: int) -> datetime:
        """The time of slot `index`, its jitter included."""
        jitter = self._seconds(self.jitter_seconds * _fraction(self.key, index))
        return self.origin + index * self.interval + timedelta(seconds=jitter)

    def _seconds(self, offset: float) -> float:
        return math.floor(offset) if self.grained else offset

    def index(self, moment: datetime) -> int:
        """The slot whose interval `moment` falls in: a slot's own time gives its index."""
        return math.floor((moment - self.origin) / self.interval)

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        """The first slot more than half an interval after the previous run; the first run
        is the first slot from now.

        After a slot that is simply the next slot (two slots are always more than half an
        interval apart). After a run that was not a slot (a first run after a start, a run
        moved by hand) it keeps the source from polling twice within moments.
        """
        if previous_fire_time is None:
            start = self.index(now)
            return next(t for t in map(self.slot, range(start, start + 3)) if t >= now)
        after = previous_fire_time + self.interval / 2
        start = self.index(previous_fire_time)
        return next(t for t in map(self.slot, range(start, start + 4)) if t > after)

    def is_slot(self, moment: datetime) -> bool:
        """Whether `moment` is one of the slots (not a first run or a run moved by hand)."""
        return self.slot(self.index(moment)) == moment

    def __getstate__(self) -> dict[str, object]:
        return {
            "version": 1,
            "key": self.key,
            "interval": self.interval,
            "jitter_seconds": self.jitter_seconds,
            "origin": self.origin,
            "grained": self.grained,
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update({k: v for k, v in state.items() if k != "version"})

    def __str__(self) -> str:
        return f"slots every {self.interval} (jitter ≤ {self.jitter_seconds:g}s) for {self.key}"


def first_runs(triggers: Mapping[str, SlotTrigger], now: datetime) -> dict[str, datetime]:
    """When each source polls first after a start: the n-th of N (in phase order) at
    `now + n/N × window`, the window being N × FIRST_RUN_SPACING or the source's interval if
    that is shorter (in whole seconds where its slots are)."""
    ordered = sorted(
        triggers, key=lambda key: (triggers[key].origin - EPOCH) % triggers[key].interval
    )
    count = len(ordered)
    runs = {}
    for rank, key in enumerate(ordered):
        trigger = triggers[key]
        window = min(trigger.interval.total_seconds(), count * FIRST_RUN_SPACING)
        runs[key] = now + timedelta(seconds=trigger._seconds(window * rank / count))
    return runs
