"""The scheduler of `monitor run` (issue 17): late polls counted, missed slots counted, the
counts stored with the source and shown by `monitor sources` and /metrics, and a stop that
drops the queued polls, cuts the exchanges in flight and leaves every source's state as a
finished poll left it. Every wait is on a condition."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from click.testing import CliRunner

from monitor.cli import main
from monitor.clock import ManualClock
from monitor.scheduler import POLLS, MonitorScheduler, PollExecutor
from monitor.slots import SlotTrigger
from monitor.store.source_state import all_states
from monitor.web.sources_view import configured_sources, source_views
from monitor.web.telemetry import source_families
from tests.helpers import (
    coinbase,
    monitor_from,
    price_config,
    price_monitor,
    state_of,
    wait_for,
    write,
)
from tests.servers import LocalServer, Reply


@pytest.fixture(autouse=True)
def steady_price(http_server: LocalServer) -> None:
    http_server.set_json("/spot", coinbase("67000.00"))


def test_slots_that_got_no_poll_of_their_own_are_missed() -> None:
    missed: list[tuple[str, int]] = []
    executor = PollExecutor(1, lambda _job, _run_time: None, lambda s, n: missed.append((s, n)))
    trigger = SlotTrigger("page-1", 60, 5)
    job = SimpleNamespace(id="page-1", trigger=trigger)
    executor.submit_job(job, [trigger.slot(10)])  # queued (no worker runs it: not started)
    assert missed == []
    executor.submit_job(job, [trigger.slot(11)])  # before slot 10's poll started: folded
    # The scheduler woke after slots 12 to 14 had passed: one poll for the last, which is
    # folded into the one still waiting too.
    executor.submit_job(job, [trigger.slot(12), trigger.slot(13), trigger.slot(14)])
    assert missed == [("page-1", 1), ("page-1", 3)]
    assert executor.queue.waiting() == 1
    # The first run after a start is not a slot: the scheduler woke after it and slot 1 had
    # passed (one poll serves both), or slot 1 came while it waited: nothing is missed.
    other = SimpleNamespace(id="page-2", trigger=SlotTrigger("page-2", 60, 5))
    first_run = other.trigger.slot(1) - timedelta(seconds=7)
    executor.submit_job(other, [first_run, other.trigger.slot(1)])
    third = SimpleNamespace(id="page-3", trigger=SlotTrigger("page-3", 60, 5))
    executor.submit_job(third, [third.trigger.slot(1) - timedelta(seconds=7)])
    executor.submit_job(third, [third.trigger.slot(1)])
    assert missed == [("page-1", 1), ("page-1", 3)]


def test_a_late_start_is_counted_and_stored_with_the_poll(
    tmp_path: Path, db_url: str, http_server: LocalServer, clock: ManualClock
) -> None:
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    scheduler = MonitorScheduler(monitor, now=lambda: now)
    job = SimpleNamespace(id="btc-usd")
    late_after = monitor.settings.config.scheduler.late_after_seconds
    scheduler._starting(job, now - timedelta(seconds=late_after - 1))  # on time enough
    scheduler._starting(job, now - timedelta(seconds=late_after + 1))  # late
    scheduler._missed("btc-usd", 3)
    assert monitor.pipeline.poll_source("btc-usd").error is None
    monitor.pipeline.flush_bookkeeping()
    row = state_of(monitor)
    assert (row.polls_late, row.polls_missed) == (1, 3)
    # An unchanged poll's counts wait with its bookkeeping and are written with it.
    scheduler._starting(job, now - timedelta(hours=1))
    clock.advance(timedelta(seconds=1))
    assert monitor.pipeline.poll_source("btc-usd").new_events == []
    assert state_of(monitor).polls_late == 1
    monitor.pipeline.flush_bookkeeping()
    assert state_of(monitor).polls_late == 2
    monitor.close()


def test_sources_command_and_metrics_show_late_and_missed(
    tmp_path: Path, db_url: str, http_server: LocalServer, clock: ManualClock
) -> None:
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    monitor.pipeline.slips.add("btc-usd", late=3, missed=2)
    monitor.pipeline.poll_source("btc-usd")
    monitor.pipeline.flush_bookkeeping()
    config = price_config(tmp_path, db_url, f"{http_server.url}/spot", None)
    result = CliRunner().invoke(main, ["--config", str(config), "sources", "--format", "json"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert (row["polls_late"], row["polls_missed"]) == (3, 2)
    with monitor.sessions() as session:
        views = source_views(
            configured_sources(monitor.settings), all_states(session), now=clock.now()
        )
    families = {family.name: family for family in source_families(views)}
    assert families["monitor_source_polls_late_total"].samples == [("", {"source": "btc-usd"}, 3)]
    assert families["monitor_source_polls_missed_total"].samples == [("", {"source": "btc-usd"}, 2)]
    monitor.close()


def test_slots_that_come_while_a_poll_runs_wait_for_it_and_fold_into_one(
    tmp_path: Path, db_url: str, http_server: LocalServer, clock: ManualClock
) -> None:
    """A real APScheduler run: the source's first poll blocks; the first slot that comes
    meanwhile waits for it, the later ones fold into that one and are counted missed; the
    waiting poll runs once the first ends and stores the count."""
    config = price_config(tmp_path, db_url, f"{http_server.url}/spot", None)
    text = config.read_text().replace(
        "symbol: BTC-USD", "symbol: BTC-USD\n    interval_seconds: 0.2"
    )
    config.write_text(text.replace("sources:", "scheduler: {jitter_seconds: 0}\nsources:"))
    monitor = monitor_from(config, clock)
    release, blocked = threading.Event(), threading.Event()
    real_poll = monitor.pipeline.poll_source

    def first_poll_blocks(source_id: str, **kwargs: Any) -> Any:
        if not blocked.is_set():
            blocked.set()
            release.wait(30)
        return real_poll(source_id, **kwargs)

    monitor.pipeline.poll_source = first_poll_blocks  # type: ignore[method-assign]
    scheduler = MonitorScheduler(monitor)
    scheduler.start()
    try:
        assert blocked.wait(30)
        assert wait_for(lambda: monitor.pipeline.slips._counts.get("btc-usd", (0, 0))[1] >= 2, 30)
        release.set()

        def counted() -> int:
            known = monitor.pipeline.states.known("btc-usd")
            return known.latest["polls_missed"] if known else 0

        assert wait_for(lambda: counted() >= 2, 30)
        scheduler.stop()
        monitor.pipeline.flush_bookkeeping()
        row = state_of(monitor)
        assert row.polls_missed >= 2 and row.polls_total >= 2
    finally:
        release.set()
        scheduler.stop()
        monitor.close()


def test_stop_finishes_the_poll_in_flight_and_drops_the_queued_ones() -> None:
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def in_flight() -> None:
        started.set()
        release.wait(30)
        ran.append("in flight")

    executor = PollExecutor(1, lambda _job, _run_time: None, lambda _source, _count: None)
    scheduler = BackgroundScheduler(executors={POLLS: executor}, timezone=UTC)
    scheduler.start(paused=True)
    now = datetime.now(UTC)
    first = scheduler.add_job(in_flight, id="first", executor=POLLS, next_run_time=None)
    executor.submit_job(first, [now])
    queued = [
        scheduler.add_job(ran.append, id=f"q{n}", args=[f"queued {n}"], executor=POLLS,
                          next_run_time=None)
        for n in range(20)
    ]  # fmt: skip
    for job in queued:
        executor.submit_job(job, [now])
    assert started.wait(30)
    stopping = threading.Thread(target=scheduler.shutdown, kwargs={"wait": True})
    stopping.start()
    assert wait_for(lambda: executor.dropped == 20, 30)
    assert stopping.is_alive()  # still waiting for the poll in flight …
    release.set()
    stopping.join(30)
    assert not stopping.is_alive()
    assert ran == ["in flight"]  # … which finished; none of the queued ones ran
    assert (executor.queue.waiting(), executor.queue.running()) == (0, 0)


def burst_config(tmp_path: Path, db_url: str, base: str, count: int) -> Path:
    sources = "".join(
        f"""
  - id: p{n}
    kind: crypto_spot
    symbol: C{n}-USD
    interval_seconds: 60
    providers: [{{name: coinbase, url: "{base}/spot/{n}"}}]"""
        for n in range(count)
    )
    return write(
        tmp_path / "monitor.yaml",
        f"""\
database_url: "{db_url}"
http: {{max_retries: 0}}
scheduler: {{jitter_seconds: 0}}
sources:{sources}
""",
    )


def test_a_stop_during_a_burst_drops_the_queued_polls_and_leaves_the_state_consistent(
    tmp_path: Path, db_url: str, http_server: LocalServer, clock: ManualClock
) -> None:
    """Twelve sources due at once on two threads: the first answer comes back, then every
    server hangs. The stop drops the nine queued polls, cuts the two exchanges in flight
    (without waiting for the servers), and each source's row is what a finished poll left:
    one stored, two failed with the reason, nine never polled."""
    count = 12
    release = threading.Event()
    answered: list[str] = []
    hanging: list[str] = []
    guard = threading.Lock()

    def spot(request: Any) -> Reply:
        with guard:
            first = not answered
            (answered if first else hanging).append(request.path)
        if not first:
            release.wait(60)
        return Reply(
            200, json.dumps(coinbase("1.00")).encode(), {"Content-Type": "application/json"}
        )

    for n in range(count):
        http_server.routes[f"/spot/{n}"] = spot
    monitor = monitor_from(burst_config(tmp_path, db_url, http_server.url, count), clock)
    scheduler = MonitorScheduler(monitor, max_workers=2)
    try:
        scheduler.start()
        assert wait_for(lambda: len(hanging) == 2 and scheduler.polls.queue.waiting() == 9, 30)
        stopping = threading.Thread(target=scheduler.stop)
        stopping.start()
        stopping.join(30)
        assert not stopping.is_alive()
        assert not release.is_set()  # the servers never answered: the stop cut the exchanges
        assert scheduler.polls.dropped == 9
        assert len(http_server.requests) == 3  # no queued poll started after the stop
        monitor.pipeline.flush_bookkeeping()
        with monitor.sessions() as session:
            rows = all_states(session)
        source_of = {f"/spot/{n}": f"p{n}" for n in range(count)}
        (stored,) = [source_of[path] for path in answered]
        cut = {source_of[path] for path in hanging}
        assert set(rows) == {stored} | cut  # the nine dropped polls wrote nothing
        assert (rows[stored].polls_total, rows[stored].errors_total) == (1, 0)
        assert rows[stored].events_total == 1
        for source_id in cut:
            assert (rows[source_id].polls_total, rows[source_id].errors_total) == (1, 1)
            assert "the monitor is stopping" in (rows[source_id].last_error or "")
    finally:
        release.set()
        scheduler.stop()
        monitor.close()
