"""The scheduler of `monitor run` (issue 17): late polls counted, missed slots counted, the
counts stored with the source and shown by `monitor sources` and /metrics, and a stop that
finishes the polls in flight and drops the queued ones. Every wait is on a condition."""

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
from monitor.scheduler import POLLS, MonitorScheduler, PollExecutor, SlotAccounts
from monitor.slots import SlotTrigger
from monitor.web.sources_view import configured_sources, source_views
from monitor.web.telemetry import source_families
from tests.helpers import coinbase, price_config, price_monitor, state_of, wait_for
from tests.servers import LocalServer


@pytest.fixture(autouse=True)
def steady_price(http_server: LocalServer) -> None:
    http_server.set_json("/spot", coinbase("67000.00"))


class Recorded:
    def __init__(self) -> None:
        self.counts: list[tuple[str, int]] = []

    def __call__(self, source_id: str, late: int = 0, missed: int = 0) -> None:
        self.counts.append((source_id, missed))


def test_slot_accounts_count_folded_and_refused_slots() -> None:
    trigger = SlotTrigger("page-1", 60, 5)
    recorded = Recorded()
    accounts = SlotAccounts({"page-1": trigger}, recorded)
    accounts.submitted("page-1", trigger.slot(10))  # the first run: nothing before it
    accounts.submitted("page-1", trigger.slot(11))
    assert recorded.counts == []
    accounts.submitted("page-1", trigger.slot(14))  # late: 12 and 13 folded into it
    accounts.refused("page-1", trigger.slot(15))  # 14 still running when 15 came
    accounts.submitted("page-1", trigger.slot(16))
    accounts.submitted("page-1", trigger.slot(16) + timedelta(seconds=9))  # moved by hand
    accounts.submitted("unscheduled", trigger.slot(20))  # not a poll job: nothing
    assert recorded.counts == [("page-1", 2), ("page-1", 1)]


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
    scheduler.accounts.submitted("btc-usd", scheduler.triggers["btc-usd"].slot(5))
    scheduler.accounts.submitted("btc-usd", scheduler.triggers["btc-usd"].slot(9))
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
        from monitor.store.source_state import all_states

        views = source_views(
            configured_sources(monitor.settings), all_states(session), now=clock.now()
        )
    families = {family.name: family for family in source_families(views)}
    assert families["monitor_source_polls_late_total"].samples == [("", {"source": "btc-usd"}, 3)]
    assert families["monitor_source_polls_missed_total"].samples == [("", {"source": "btc-usd"}, 2)]
    monitor.close()


def test_a_slot_that_finds_the_previous_poll_running_is_missed_not_lost(
    tmp_path: Path, db_url: str, http_server: LocalServer, clock: ManualClock
) -> None:
    """A real APScheduler run: the source's first poll blocks; the slots that come meanwhile
    are refused (max_instances=1) and counted; the next poll stores the count."""
    config = price_config(tmp_path, db_url, f"{http_server.url}/spot", None)
    text = config.read_text().replace(
        "symbol: BTC-USD", "symbol: BTC-USD\n    interval_seconds: 0.2"
    )
    config.write_text(text.replace("sources:", "scheduler: {jitter_seconds: 0}\nsources:"))
    from tests.helpers import monitor_from

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
        assert state_of(monitor).polls_missed >= 2
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

    executor = PollExecutor(1, lambda _job, _run_time: None)
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
    assert executor._instances == {}  # the dropped jobs are not left counted as running
