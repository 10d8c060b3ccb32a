"""The poll lease and the failure backoff, case by case: who may poll a source, when, and what
a poll that dies half-way leaves behind (a lease that runs out, and nothing stored twice)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from monitor.app import Monitor
from monitor.clock import ManualClock
from monitor.sources.base import PollContext, PollResult
from monitor.store import source_state
from monitor.store.tables import Event, SourceState
from tests.helpers import coinbase, monitor_from, price_config
from tests.servers import LocalServer, Received, Reply


def price_monitor(tmp_path: Path, db_url: str, server: LocalServer, clock: ManualClock) -> Monitor:
    return monitor_from(price_config(tmp_path, db_url, f"{server.url}/spot", None), clock)


def state_of(monitor: Monitor, source_id: str = "btc-usd") -> SourceState:
    with monitor.sessions() as session:
        return source_state.load(session, source_id)


def test_the_first_poll_creates_the_state_and_releases_its_lease(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    http_server.set_json("/spot", coinbase("67000.00"))
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    report = monitor.pipeline.poll_source("btc-usd")
    state = state_of(monitor)
    assert report.skipped is None and report.error is None and len(report.new_events) == 1
    assert state.poll_lease_until is None
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
    assert state.poll_lease_until is None  # a failure releases the lease too
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


def test_a_source_another_process_is_polling_is_left_alone_until_its_lease_runs_out(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    http_server.set_json("/spot", coinbase("67000.00"))
    monitor = price_monitor(tmp_path, db_url, http_server, clock)
    monitor.pipeline.poll_source("btc-usd")
    with monitor.sessions.begin() as session:  # another process takes the lease
        session.execute(
            update(SourceState).values(poll_lease_until=clock.now() + timedelta(minutes=2))
        )
    asked = len(http_server.received("/spot"))
    for force in (False, True):
        report = monitor.pipeline.poll_source("btc-usd", force=force)
        assert report.skipped == "another process is polling this source"
    assert len(http_server.received("/spot")) == asked

    clock.advance(timedelta(minutes=2, seconds=1))
    http_server.set_json("/spot", coinbase("67100.00"))
    report = monitor.pipeline.poll_source("btc-usd")
    assert report.skipped is None and len(report.new_events) == 1
    assert state_of(monitor).poll_lease_until is None
    monitor.close()


class _Killed(BaseException):
    """Stands for the process dying mid-poll: not an Exception, so nothing records it."""


def test_a_poll_that_dies_after_fetching_stores_nothing_and_is_redone_after_the_lease(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    prices = iter(["67000.00", "69000.00"])
    current = {"price": "67000.00"}

    def quote(_request: Received) -> Reply:
        current["price"] = next(prices, current["price"])
        return Reply(200, json.dumps(coinbase(current["price"])).encode())

    http_server.routes["/spot"] = quote
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

    held = state_of(monitor)
    assert held.poll_lease_until is not None and held.cursor["price"] == "67000.00"
    assert monitor.pipeline.poll_source("btc-usd").skipped  # the dead poll's lease holds

    clock.set(held.poll_lease_until + timedelta(seconds=1))
    report = monitor.pipeline.poll_source("btc-usd")
    assert [e.payload["price_text"] for e in report.new_events] == ["69000.00"]
    with monitor.sessions() as session:
        stored = [e.payload["price_text"] for e in session.query(Event).order_by(Event.id)]
    assert stored == ["67000.00", "69000.00"]  # nothing lost, nothing doubled
    monitor.close()
