"""`monitor demo`, put together: world server and webhook sink up, the real monitor built
from the demo's config, the real scheduler running while the driver moves the simulated
clock through the scenario, then the invalidation deadline judged and the outbox drained.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED

from monitor.app import Monitor, build_monitor
from monitor.clock import ManualClock
from monitor.config import default_data_dir
from monitor.demo.console import Console
from monitor.demo.database import DemoDatabase, DemoError, choose_database
from monitor.demo.driver import SPEEDS, Driver, Speed, Wake
from monitor.demo.report import Summary, print_summary, summarise
from monitor.demo.scenario import COMPANY, DEADLINE_CHECK, END, START, TICKER
from monitor.demo.server import WorldServer
from monitor.demo.settings import FEED_SOURCES, demo_settings
from monitor.demo.sink import AlertSink
from monitor.demo.world import World
from monitor.scheduler import MonitorScheduler
from monitor.store import telemetry

DEADLINE_RULE = "invalidation-line"
JOB_ENDED = EVENT_JOB_EXECUTED | EVENT_JOB_ERROR
DRAIN_SECONDS = 60.0
# Their INFO/WARNING lines would repeat what the console prints (ALERT lines, deliveries)
# or report the driver's own wake-ups of a job that is already running.
_CHATTY = ("monitor.scheduler", "monitor.notify.dispatcher", "apscheduler")


def run_demo(speed: str = "normal", *, quiet: bool = False) -> Summary:
    """Run the whole scenario, printing it live; return what happened."""
    started = time.monotonic()
    database = choose_database()
    clock = ManualClock(START)
    console = Console(quiet=quiet)
    with WorldServer(World(), clock) as server, AlertSink(console.alert) as sink:
        monitor = _build(database, server, sink, clock)
        try:
            _banner(console, database, server, sink, monitor)
            with _quiet_logs():
                _run_scheduled(monitor, server, sink, console, SPEEDS[speed])
            summary = summarise(
                monitor.sessions,
                sink.deliveries_per_alert(),
                server.log.requests,
                time.monotonic() - started,
            )
        finally:
            monitor.close()
    print_summary(console, summary, database)
    return summary


def _build(
    database: DemoDatabase, server: WorldServer, sink: AlertSink, clock: ManualClock
) -> Monitor:
    settings = demo_settings(
        database.url,
        sec_url=server.url("localhost"),
        world_url=server.url(),
        sink_url=sink.url,
        data_dir=default_data_dir(),
    )
    return build_monitor(settings, clock=clock, migrate=True)


def _run_scheduled(
    monitor: Monitor, server: WorldServer, sink: AlertSink, console: Console, speed: Speed
) -> None:
    """The scheduler runs the monitor as `monitor run` would, while the driver plays time."""
    scheduler = MonitorScheduler(monitor)
    # A job that ends may be the poll the driver waits for: let it look at once.
    scheduler.scheduler.add_listener(lambda _event: server.log.poke(), JOB_ENDED)
    scheduler.start()
    try:

        def caught_up() -> None:
            _drain(monitor, sink)
            console.flush()

        driver = Driver(
            server.clock, server.world, server.log, console, speed, _waker(scheduler), caught_up
        )
        driver.judge = scheduler.deadlines
        driver.run()
        caught_up()
        _judge_deadline(console, server.clock, sink)
        caught_up()
    finally:
        scheduler.stop()


def _waker(scheduler: MonitorScheduler) -> Wake:
    """Run the job of the source that polls `feed` now (the scheduler's own job, moved)."""

    def wake(feed: str) -> None:
        scheduler.scheduler.modify_job(FEED_SOURCES[feed], next_run_time=datetime.now(UTC))

    return wake


def _judge_deadline(console: Console, clock: ManualClock, sink: AlertSink) -> None:
    """Nothing more happens in the world; jump past the invalidation line's deadline and let
    the scheduler's deadline job judge it."""
    clock.set(DEADLINE_CHECK)
    console.news(DEADLINE_CHECK, "clock", "jumps past the invalidation line's deadline")
    judged = sink.wait_for(
        lambda documents: any(d.get("rule_id") == DEADLINE_RULE for d in documents),
        DRAIN_SECONDS,
    )
    if not judged:
        raise DemoError(f"the {DEADLINE_RULE} rule was not judged within {DRAIN_SECONDS:.0f}s")


def _drain(monitor: Monitor, sink: AlertSink) -> None:
    """Wait until the webhook sink has received every alert the monitor raised."""
    raised = _raised(monitor)
    delivered = sink.wait_for(
        lambda documents: len({d.get("alert_id") for d in documents}) >= raised, DRAIN_SECONDS
    )
    if not delivered:
        raise DemoError("some alerts were not delivered to the webhook sink in time")


def _raised(monitor: Monitor) -> int:
    with monitor.sessions() as session:
        return sum(telemetry.alerts_by_rule(session).values())


def _banner(
    console: Console,
    database: DemoDatabase,
    server: WorldServer,
    sink: AlertSink,
    monitor: Monitor,
) -> None:
    console.say(
        f"Signal Monitor demo: {COMPANY} ({TICKER}) from {START:%d %b %Y} to {END:%d %b %Y}, "
        "offline, on a simulated clock."
    )
    console.say(f"  world:    {server.url()} plays SEC EDGAR, PR Newswire, Coinbase and Yahoo")
    console.say(f"  sources:  {', '.join(monitor.enabled_source_ids())}")
    console.say(f"  rules:    {len(monitor.rules)} from {monitor.settings.rule_paths[0]}")
    for thesis in monitor.theses.theses:
        console.say(f"  thesis:   {thesis.id}: {thesis.spec.title} (opens {thesis.spec.opened})")
    console.say(f"  webhook:  {sink.url} prints each alert it receives")
    console.say(f"  database: {database.display_url}")
    console.say(
        f"The first poll of each source records the world as of {START:%d %b %Y} and raises "
        "nothing; alerts come from what changes after. Times are UTC."
    )
    console.say()


@contextmanager
def _quiet_logs() -> Iterator[None]:
    """Warnings and errors still show; the routine chatter of a running monitor does not."""
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", *_CHATTY)}
    root.setLevel(max(root.level, logging.WARNING))
    for name in _CHATTY:
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        yield
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
