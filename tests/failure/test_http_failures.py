"""Servers that misbehave: a stall trips the read timeout, a drip trips the total deadline, a
redirect loop is a FetchError, a 50 MB body is capped while streaming (never held whole) — and
through the pipeline each is an error recorded on its source, which backs off."""

from __future__ import annotations

import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from monitor.clock import ManualClock
from monitor.http import FetchError, FetchResult, HttpFetcher, NotModified, RedirectRefused
from monitor.ratelimit import HostLimiter
from monitor.store import source_state
from tests.failure.servers import BadServer
from tests.helpers import monitor_from, write

MB = 1_000_000


@pytest.fixture(scope="module")
def bad() -> Iterator[BadServer]:
    with BadServer() as server:
        yield server


def fetcher(clock: ManualClock, **kwargs: float) -> HttpFetcher:
    limiter = HostLimiter(1000, sleep=lambda _seconds: None)
    return HttpFetcher(user_agent="tests", limiter=limiter, clock=clock, max_retries=0, **kwargs)  # type: ignore[arg-type]


def outcome_within(seconds: float, call: Callable[[], object]) -> tuple[object, float]:
    """Run `call` in a daemon thread; fail the test (instead of hanging) if it takes longer."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:
            box["value"] = exc

    started = time.monotonic()
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds}s: no timeout fired"
    return box["value"], time.monotonic() - started


def test_a_server_that_stalls_after_its_headers_trips_the_read_timeout(
    bad: BadServer, clock: ManualClock
) -> None:
    client = fetcher(clock, connect_timeout=1.0, read_timeout=0.5)
    error, took = outcome_within(10, lambda: client.get(f"{bad.url}/stall?after=4"))
    assert isinstance(error, FetchError) and "timed out" in str(error)
    assert took < 3


def test_a_server_that_drips_bytes_trips_the_total_deadline(
    bad: BadServer, clock: ManualClock
) -> None:
    # Every byte arrives well within the read timeout; only the total deadline can stop it.
    client = fetcher(clock, connect_timeout=0.5, read_timeout=0.5)
    assert client.deadline_seconds == 2.0
    error, _took = outcome_within(15, lambda: client.get(f"{bad.url}/drip?bytes=100000&every=0.02"))
    assert isinstance(error, FetchError), error
    assert "timed out after 2s total" in str(error)
    # The client hung up long before the body's end (it would take the server 2,000 s).
    assert bad.hits.get("drip-byte", 0) < 10_000


@pytest.mark.parametrize("path", ["/loop/0", "/self"])
def test_a_redirect_loop_is_a_fetch_error(bad: BadServer, clock: ManualClock, path: str) -> None:
    client = fetcher(clock)
    before = bad.hits.get(path.strip("/").split("/")[0], 0)
    error, _took = outcome_within(10, lambda: client.get(f"{bad.url}{path}"))
    assert isinstance(error, FetchError) and "too many redirects" in str(error)
    followed = bad.hits[path.strip("/").split("/")[0]] - before
    assert followed <= 7  # the first request and at most a handful of hops


def peak_growth(call: Callable[[], object]) -> tuple[object, int]:
    """What `call` returned (or raised) and the peak of memory it allocated, in bytes."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        try:
            value: object = call()
        except Exception as exc:
            value = exc
        return value, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("declare", [True, False], ids=["declared", "streamed"])
def test_a_50_mb_body_is_capped_while_streaming(
    bad: BadServer, clock: ManualClock, declare: bool
) -> None:
    client = fetcher(clock, max_body_bytes=1 * MB)
    url = f"{bad.url}/huge?mb=50&declare={int(declare)}"
    error, peak = peak_growth(lambda: client.get(url))
    assert isinstance(error, FetchError) and "cap" in str(error), error
    assert peak < 4 * MB, f"peak {peak / MB:.1f} MB for a 1 MB cap"


def test_with_the_default_cap_a_50_mb_body_never_costs_50_mb(
    bad: BadServer, clock: ManualClock
) -> None:
    client = fetcher(clock)  # the shipped cap: 20 MB
    error, peak = peak_growth(lambda: client.get(f"{bad.url}/huge?mb=50&declare=0"))
    assert isinstance(error, FetchError) and "20000000-byte cap" in str(error)
    assert peak < 25 * MB, f"peak {peak / MB:.1f} MB"


def test_bodies_and_304s_arrive_whole_over_one_kept_alive_connection(clock: ManualClock) -> None:
    # A 304 closed unread used to close its connection: a new TCP (and TLS) handshake for
    # every unchanged source on every poll.
    with BadServer() as server:
        client = fetcher(clock)
        bodies = [client.get(f"{server.url}/ok") for _ in range(3)]
        first = client.get(f"{server.url}/etag")
        assert isinstance(first, FetchResult)
        unchanged = [
            client.get(f"{server.url}/etag", validators=first.validators) for _ in range(5)
        ]
        connections = server.connections
    assert all(isinstance(r, FetchResult) and r.body.startswith(b'{"data"') for r in bodies)
    assert all(isinstance(r, NotModified) for r in unchanged)
    assert client.stats.not_modified == 5
    assert connections == 1


SOURCES = """\
sources:
  - id: dripping
    kind: crypto_spot
    providers: [{{name: coinbase, url: "{url}/drip?bytes=100000&every=0.02"}}]
  - id: looping
    kind: html_page
    entity: LOOP
    url: "{url}/loop/0"
  - id: huge
    kind: feed
    entity: HUGE
    url: "{url}/huge?mb=50&declare=0"
  - id: fine
    kind: crypto_spot
    providers: [{{name: coinbase, url: "{url}/ok"}}]
"""


def test_through_the_pipeline_each_is_an_error_on_its_source_and_the_others_go_on(
    tmp_path: Path, db_url: str, clock: ManualClock, bad: BadServer
) -> None:
    write(tmp_path / "rules" / "none.yaml", "rules: []\n")
    config = write(
        tmp_path / "monitor.yaml",
        f'database_url: "{db_url}"\nrules: [rules]\n'
        "http: {connect_timeout_seconds: 0.5, read_timeout_seconds: 0.5, max_retries: 0,"
        " max_body_bytes: 2000000}\n" + SOURCES.format(url=bad.url),
    )
    monitor = monitor_from(config, clock)
    reports, took = outcome_within(30, monitor.poll)
    assert isinstance(reports, list), reports
    errors = {r.source_id: r.error for r in reports if r.source_id != "(deadlines)"}
    assert errors["fine"] is None
    assert "timed out after 2s total" in (errors["dripping"] or "")
    assert "too many redirects" in (errors["looping"] or "")
    assert "cap" in (errors["huge"] or "")
    with monitor.sessions() as session:
        states = source_state.all_states(session)
    for source_id in ("dripping", "looping", "huge"):
        state = states[source_id]
        assert state.last_error == errors[source_id]
        assert state.consecutive_failures == 1 and state.next_poll_after is not None
    assert states["fine"].last_success_at == clock.now()
    assert took < 15
    monitor.close()


def test_a_server_that_sends_one_header_line_at_a_time_is_cut_at_the_deadline(
    bad: BadServer, clock: ManualClock
) -> None:
    """Each header line arrives within the read timeout; the total deadline must cover the
    headers too (it held an 11 s-deadline fetch for 60 s)."""
    client = fetcher(clock, connect_timeout=0.5, read_timeout=0.5)
    url = f"{bad.url}/headerdrip?lines=60&every=0.2"  # 12 s of headers against a 2 s deadline
    error, _took = outcome_within(15, lambda: client.get(url))
    assert isinstance(error, FetchError), error
    assert "timed out after 2s total" in str(error)
    assert bad.hits.get("header-line", 0) < 60  # hung up long before the last header line
    assert "headerdrip-finished" not in bad.hits


def test_a_redirect_to_a_refused_host_is_never_requested(clock: ManualClock) -> None:
    with BadServer() as home, BadServer() as elsewhere:
        target = f"http://localhost:{elsewhere.url.rsplit(':', 1)[1]}/ok"
        client = fetcher(clock)
        allowed = lambda url: url.startswith(home.url)  # noqa: E731
        error, _took = outcome_within(
            10, lambda: client.get(f"{home.url}/away?to={target}", follow=allowed)
        )
        assert isinstance(error, RedirectRefused), error
        assert error.target == target
        assert elsewhere.hits == {}  # refused before it was asked anything
        followed = client.get(f"{home.url}/away?to={home.url}/ok")
        assert isinstance(followed, FetchResult) and followed.status == 200


def test_a_webhook_receiver_that_trickles_its_reply_is_cut_at_the_deadline(
    bad: BadServer,
) -> None:
    """The dispatcher renews a delivery's lease while it sends: the send must end."""
    from monitor.notify.base import DeliveryError
    from monitor.notify.webhook import WebhookChannel, WebhookConfig
    from tests.notify.test_webhook_standard import alert

    before = bad.hits.get("header-line", 0)
    url = f"{bad.url}/headerdrip?lines=60&every=0.2"
    channel = WebhookChannel(
        WebhookConfig(name="hook", kind="webhook", url=url, timeout_seconds=0.5)
    )
    error, _took = outcome_within(15, lambda: channel.send(alert(), 1))
    assert isinstance(error, DeliveryError) and error.retryable, error
    assert "timed out after 2s total" in str(error)
    assert bad.hits.get("header-line", 0) - before < 60


def test_a_stop_cuts_an_exchange_in_flight_and_any_begun_after_it(
    bad: BadServer, clock: ManualClock
) -> None:
    # Timeouts far longer than the test: only the stop can end the exchange.
    client = fetcher(clock, connect_timeout=30.0, read_timeout=30.0)
    before = bad.hits.get("stall", 0)

    def stop_once_stalled() -> None:
        assert wait_for_hit(bad, "stall", before + 1)
        client.stop(0.2)

    stopper = threading.Thread(target=stop_once_stalled, daemon=True)
    stopper.start()
    error, _took = outcome_within(20, lambda: client.get(f"{bad.url}/stall?after=20"))
    assert isinstance(error, FetchError) and "the monitor is stopping" in str(error)
    assert client.stopping
    later, _took = outcome_within(20, lambda: client.get(f"{bad.url}/stall?after=20"))
    assert isinstance(later, FetchError) and "the monitor is stopping" in str(later)


def wait_for_hit(server: BadServer, name: str, count: int) -> bool:
    from tests.helpers import wait_for

    return wait_for(lambda: server.hits.get(name, 0) >= count, 10)
