"""The simulated clock's driver: moves time forward a step at a time, and before each next
step waits until every source whose feed changed has looked at the new world.

The scheduler polls on real intervals while the clock jumps hours per tick, so without the
wait a fast machine would skip nothing and a slow one would skip days. Waiting on the
server's log (not on sleeps) keeps the story the same everywhere: each filing is seen the
day it is filed, each closing price before the next one, whatever the machine's speed.
While it waits, the driver wakes the source's scheduler job (`wake`), so a tick lasts as
long as the polls take, not as long as their intervals.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.clock import ManualClock
from monitor.demo import chain, markets
from monitor.demo.console import Console
from monitor.demo.database import DemoError
from monitor.demo.scenario import END, START, headlines
from monitor.demo.server import ServedLog
from monitor.demo.world import FEEDS, World

WAIT_SECONDS = 60.0
MARKETS_EVERY = timedelta(days=7)  # how often the narration says where prices stand
NUDGE_SECONDS = 0.02  # longest wait for news before waking the job again

Wake = Callable[[str], None]  # feed -> run the job of the source that polls it now
CaughtUp = Callable[[], None]  # wait until the alerts raised so far are delivered, print them


@dataclass(frozen=True)
class Speed:
    step: timedelta  # simulated time per tick
    pause: float  # real seconds each tick lasts at least


SPEEDS = {
    # One step for both speeds: an alert's time is the tick that saw its news, and the
    # README's sample must be what every run prints, whichever the speed.
    "fast": Speed(timedelta(hours=6), 0.0),
    "normal": Speed(timedelta(hours=6), 0.06),
}


class Driver:
    def __init__(
        self,
        clock: ManualClock,
        world: World,
        log: ServedLog,
        console: Console,
        speed: Speed,
        wake: Wake,
        caught_up: CaughtUp | None = None,
    ) -> None:
        self.clock, self.world, self.log = clock, world, log
        self.console, self.speed, self.wake = console, speed, wake
        self.caught_up = caught_up or console.flush
        # Judged at every tick (deadlines, theses' reminders), so what falls due is seen at
        # the same simulated moment on every run, not whenever the scheduler's job came round.
        self.judge: Callable[[], None] = lambda: None

    def run(self, start: datetime = START, end: datetime = END) -> None:
        """From the baseline at `start` to `end`, then until every source has caught up."""
        self.clock.set(start)
        self.settle(start)
        moment = start
        while moment < end:
            moment = self.step(moment, min(moment + self.speed.step, end))
        self.settle(end)

    def step(self, moment: datetime, following: datetime) -> datetime:
        changed = [f for f in FEEDS if self._version(f, moment) != self._version(f, following)]
        self.clock.set(following)
        self.judge()
        if (following - START) // MARKETS_EVERY != (moment - START) // MARKETS_EVERY:
            self.console.news(following, "markets", markets.snapshot(following))
        for headline in headlines(moment, following):
            self.console.news(headline.moment, headline.where, headline.what)
        for feed in changed:
            # The poll that saw the change has finished once the next poll has begun (a
            # source's polls never overlap), so its alerts are out before the clock moves on.
            self._wait(feed, following, _servings_until_a_poll_is_done(feed))
        if changed:
            self.caught_up()
        if self.speed.pause:
            time.sleep(self.speed.pause)
        return following

    def settle(self, moment: datetime) -> None:
        """Every feed served twice at `moment` or later: every poll of before is finished."""
        for feed in FEEDS:
            self._wait(feed, moment, _servings_until_a_poll_is_done(feed))

    def _version(self, feed: str, moment: datetime) -> object:
        return self.world.version(feed, moment)

    def _wait(self, feed: str, moment: datetime, times: int) -> None:
        """Until `feed` was served `times` times at `moment` or later. The source's job is
        woken at once and again whenever something happened (a serving, a job's end): a
        wake while the job still runs is skipped by the scheduler, so ask again."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            generation = self.log.generation
            if self.log.count_since(feed, moment) >= times:
                return
            if time.monotonic() > deadline:
                raise DemoError(
                    f"no source polled the {feed} feed within {WAIT_SECONDS:.0f}s "
                    f"(simulated time {moment:%Y-%m-%d %H:%M}); any warning about the poll "
                    "is printed above, and `monitor sources` on the demo database shows each "
                    "source's last error"
                )
            self.wake(feed)
            self.log.wait_change(generation, NUDGE_SECONDS)


def _servings_until_a_poll_is_done(feed: str) -> int:
    """Servings of the feed's counted path that prove a poll begun after the clock moved has
    finished. A poll asks the chain's tip twice, at its start and to check its read was not
    torn; one still in flight when the clock moved asks it once more, then reads again. So:
    that poll's end, its re-read's start and end, and the next poll's start."""
    return 4 if feed == chain.CHAIN else 2
