"""The bookkeeping of polls that change nothing (a 304, the same price) waits in memory and is
written in batches; a poll that stores anything writes it at once with its own row. Nothing
a user is alerted on waits, and nothing waiting is lost by a clean stop."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.app import Monitor
from monitor.clock import ManualClock
from monitor.memory import limit_malloc_arenas
from monitor.pipeline import BOOKKEEPING_BATCH, BOOKKEEPING_MAX_WAIT
from tests.helpers import coinbase, price_monitor, state_of
from tests.servers import LocalServer


@pytest.fixture(autouse=True)
def steady_price(http_server: LocalServer) -> None:
    http_server.set_json("/spot", coinbase("67000.00"))


def unchanged_polls(monitor: Monitor, clock: ManualClock, count: int) -> None:
    for _ in range(count):
        clock.advance(timedelta(seconds=1))
        report = monitor.pipeline.poll_source("btc-usd")
        assert report.error is None and report.new_events == [], report


def test_unchanged_polls_wait_and_a_flush_writes_them(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    monitor.pipeline.poll_source("btc-usd")  # the baseline stores an event: written at once
    first = clock.now()
    assert (state_of(monitor).polls_total, state_of(monitor).last_success_at) == (1, first)

    unchanged_polls(monitor, clock, 3)
    assert (state_of(monitor).polls_total, state_of(monitor).last_success_at) == (1, first)
    assert monitor.pipeline.flush_bookkeeping() == 1  # one source waited
    row = state_of(monitor)
    assert (row.polls_total, row.last_poll_at, row.last_success_at) == (4, clock.now(), clock.now())
    assert monitor.pipeline.flush_bookkeeping() == 0
    monitor.close()


def test_a_poll_finds_the_waiting_ones_due_after_the_longest_wait(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    monitor.pipeline.poll_source("btc-usd")
    seconds = int(BOOKKEEPING_MAX_WAIT.total_seconds())
    assert seconds < BOOKKEEPING_BATCH  # so the wait, not the batch, is what is due
    unchanged_polls(monitor, clock, seconds)  # the first waited `seconds - 1`: not yet
    assert state_of(monitor).polls_total == 1
    unchanged_polls(monitor, clock, 1)
    assert state_of(monitor).polls_total == seconds + 2
    monitor.close()


def test_a_poll_that_stores_an_event_writes_the_waiting_bookkeeping_with_it(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    monitor.pipeline.poll_source("btc-usd")
    unchanged_polls(monitor, clock, 2)
    http_server.set_json("/spot", coinbase("69000.00"))
    report = monitor.pipeline.poll_source("btc-usd")
    assert [e.payload["price_text"] for e in report.new_events] == ["69000.00"]
    row = state_of(monitor)
    assert (row.polls_total, row.events_total, row.cursor["price"]) == (4, 2, "69000.00")
    assert monitor.pipeline.flush_bookkeeping() == 0  # nothing was left waiting
    monitor.close()


def test_closing_the_monitor_writes_what_waits(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    monitor.pipeline.poll_source("btc-usd")
    unchanged_polls(monitor, clock, 2)
    monitor.close()
    reopened = price_monitor(tmp_path, db_url, http_server, clock)
    row = state_of(reopened)
    assert (row.polls_total, row.last_success_at) == (3, clock.now())
    reopened.close()


def test_waiting_bookkeeping_of_a_source_another_process_polled_is_dropped(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    other = price_monitor(tmp_path, db_url, http_server, clock)
    monitor.pipeline.poll_source("btc-usd")
    unchanged_polls(monitor, clock, 2)
    http_server.set_json("/spot", coinbase("69000.00"))
    assert len(other.pipeline.poll_source("btc-usd").new_events) == 1  # it stored a poll
    assert monitor.pipeline.flush_bookkeeping() == 1  # tried, and found the row moved on
    row = state_of(monitor)
    assert (row.polls_total, row.cursor["price"]) == (2, "69000.00")  # the other's stands
    report = monitor.pipeline.poll_source("btc-usd")  # starts again from the stored row
    assert report.skipped is None and report.new_events == []
    assert monitor.pipeline.flush_bookkeeping() == 1
    assert state_of(monitor).polls_total == 3
    monitor.close()
    other.close()


@pytest.mark.parametrize("operator_setting", [None, "4"])
def test_malloc_arenas_are_limited_unless_the_operator_chose(
    monkeypatch: pytest.MonkeyPatch, operator_setting: str | None
) -> None:
    if operator_setting is None:
        monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    else:
        monkeypatch.setenv("MALLOC_ARENA_MAX", operator_setting)
    # This machine and CI run glibc: the setting is taken exactly when no operator chose.
    assert limit_malloc_arenas() is (operator_setting is None)
