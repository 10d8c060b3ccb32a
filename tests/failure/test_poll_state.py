"""A source's poll state and the failure backoff, case by case: when a source is polled, what
a poll that dies half-way leaves behind (nothing), and what happens when two processes poll
the same source at once (both fetch, only the first to save is stored)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.cli import _backing_off
from monitor.clock import ManualClock
from monitor.sources.base import PollContext, PollResult
from monitor.store.tables import Alert, Event
from tests.helpers import coinbase, price_monitor, quotes, state_of
from tests.servers import LocalServer, Reply


def test_the_first_poll_creates_the_state(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    http_server.set_json("/spot", coinbase("67000.00"))
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    report = monitor.pipeline.poll_source("btc-usd")
    state = state_of(monitor)
    assert report.skipped is None and report.error is None and len(report.new_events) == 1
    assert (state.polls_total, state.events_total, state.last_success_at) == (1, 1, clock.now())
    assert state.cursor["price"] == "67000.00"
    monitor.close()


def test_a_failing_source_backs_off_and_a_forced_poll_ignores_that(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    http_server.routes["/spot"] = Reply(500, b"down")
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    failed = monitor.pipeline.poll_source("btc-usd")
    assert failed.error and "HTTP 500" in failed.error
    state = state_of(monitor)
    assert state.consecutive_failures == 1 and state.next_poll_after is not None

    asked = len(http_server.received("/spot"))
    skipped = monitor.pipeline.poll_source("btc-usd")
    assert skipped.skipped and skipped.skipped.startswith("backing off until")
    assert len(http_server.received("/spot")) == asked  # no request while backing off

    http_server.set_json("/spot", coinbase("67000.00"))
    forced = monitor.pipeline.poll_source("btc-usd", force=True)
    assert forced.skipped is None and forced.error is None and len(forced.new_events) == 1
    state = state_of(monitor)
    assert state.consecutive_failures == 0 and state.next_poll_after is None
    monitor.close()


def test_the_backoff_runs_out(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    http_server.routes["/spot"] = Reply(503, b"later")
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    monitor.pipeline.poll_source("btc-usd")
    backoff_until = state_of(monitor).next_poll_after
    assert backoff_until is not None
    http_server.set_json("/spot", coinbase("67000.00"))
    clock.set(backoff_until)
    report = monitor.pipeline.poll_source("btc-usd")
    assert report.skipped is None and len(report.new_events) == 1
    monitor.close()


def test_a_poll_overtaken_by_another_process_is_dropped_whole(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    """Process A fetches 69,000; while it does, process B polls and stores 69,000 first. A's
    save finds the row moved on: it stores nothing (no second event, no second alert) and its
    next poll starts from what B stored."""
    http_server.set_json("/spot", coinbase("67000.00"))
    first = price_monitor(tmp_path, db_url, http_server, clock)
    second = price_monitor(tmp_path, db_url, http_server, clock)
    first.pipeline.poll_source("btc-usd")  # baseline: 67,000
    http_server.set_json("/spot", coinbase("69000.00"))
    source = first.pipeline.sources["btc-usd"]
    real_poll = source.poll

    def overtaken(ctx: PollContext) -> PollResult:
        result = real_poll(ctx)
        overtaking = second.pipeline.poll_source("btc-usd")
        assert [e.payload["price_text"] for e in overtaking.new_events] == ["69000.00"]
        assert [a.rule_id for a in overtaking.alerts] == ["btc-above"]
        return result

    source.poll = overtaken  # type: ignore[method-assign]
    clock.advance(timedelta(minutes=1))
    report = first.pipeline.poll_source("btc-usd")
    source.poll = real_poll  # type: ignore[method-assign]
    assert report.skipped and "saved first" in report.skipped
    assert report.new_events == [] and report.alerts == []
    state = state_of(first)
    assert (state.cursor["price"], state.polls_total, state.events_total) == ("69000.00", 2, 2)

    http_server.set_json("/spot", coinbase("69500.00"))
    report = first.pipeline.poll_source("btc-usd")  # starts from B's row, not its own
    assert report.skipped is None and len(report.new_events) == 1
    assert state_of(first).polls_total == 3
    with first.sessions() as session:
        stored = [e.payload["price_text"] for e in session.query(Event).order_by(Event.id)]
        alerts = session.query(Alert).all()
    assert stored == ["67000.00", "69000.00", "69500.00"]
    assert [a.rule_id for a in alerts] == ["btc-above"]
    first.close()
    second.close()


class _Killed(BaseException):
    """Stands for the process dying mid-poll: not an Exception, so nothing records it."""


def test_a_poll_that_dies_after_fetching_stores_nothing_and_is_redone_at_once(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    http_server.routes["/spot"] = quotes("67000.00", "69000.00")
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    monitor.pipeline.poll_source("btc-usd")  # baseline: 67,000

    source = monitor.pipeline.sources["btc-usd"]
    real_poll = source.poll

    def dies_after_fetching(ctx: PollContext) -> PollResult:
        real_poll(ctx)  # fetched 69,000 ...
        raise _Killed  # ... and the process died before storing it

    source.poll = dies_after_fetching  # type: ignore[method-assign]
    clock.advance(timedelta(minutes=1))
    with pytest.raises(_Killed):
        monitor.pipeline.poll_source("btc-usd")
    source.poll = real_poll  # type: ignore[method-assign]

    left = state_of(monitor)
    assert (left.cursor["price"], left.polls_total) == ("67000.00", 1)  # as before the poll

    report = monitor.pipeline.poll_source("btc-usd")  # nothing to wait for
    assert [e.payload["price_text"] for e in report.new_events] == ["69000.00"]
    with monitor.sessions() as session:
        stored = [e.payload["price_text"] for e in session.query(Event).order_by(Event.id)]
    assert stored == ["67000.00", "69000.00"]  # nothing lost, nothing doubled
    monitor.close()


def test_a_failure_says_when_the_next_try_is_and_when_it_turns_unhealthy(
    tmp_path: Path,
    db_url: str,
    clock: ManualClock,
    http_server: LocalServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    http_server.routes["/spot"] = Reply(503, b"later")
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    with caplog.at_level("WARNING", logger="monitor.pipeline"):
        for _ in range(5):  # max_failures defaults to 5
            monitor.pipeline.poll_source("btc-usd", force=True)
    lines = [r.getMessage() for r in caplog.records if "source btc-usd failed" in r.getMessage()]
    retry = state_of(monitor).next_poll_after
    assert retry is not None
    assert "failure 1 of 5 before it is reported unhealthy; next try at " in lines[0]
    assert lines[-1].endswith(
        f"5 failures in a row: now unhealthy; next try at {retry:%Y-%m-%d %H:%M:%S} UTC"
    )
    assert _backing_off(monitor) == [
        "backoff:  btc-usd failed 5 time(s) in a row (last: "
        f"{state_of(monitor).last_error}); next try at {retry:%Y-%m-%d %H:%M:%S} UTC"
    ]
    monitor.close()
