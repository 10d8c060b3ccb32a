"""The shared fetcher: conditional GET, retries honouring Retry-After, size cap, pauses."""

from __future__ import annotations

import pytest
import responses

from monitor.clock import ManualClock
from monitor.http import (
    FetchError,
    FetchResult,
    HttpFetcher,
    NotModified,
    ThrottledError,
    Validators,
)
from monitor.ratelimit import HostLimiter, Paused
from tests.servers import LocalServer, Reply

URL = "https://api.example.test/price"


def fetcher(clock: ManualClock, **kwargs: object) -> HttpFetcher:
    options = {"max_retries": 2, "backoff_factor": 0.0, **kwargs}
    return HttpFetcher(
        user_agent="Test tests@example.com", limiter=HostLimiter(1000), clock=clock, **options
    )  # type: ignore[arg-type]


@responses.activate
def test_sends_user_agent_and_validators_and_treats_304_as_unchanged(clock: ManualClock) -> None:
    responses.get(
        URL,
        status=304,
        match=[
            responses.matchers.header_matcher(
                {"User-Agent": "Test tests@example.com", "If-None-Match": '"v1"'}
            )
        ],
    )
    result = fetcher(clock).get(URL, validators=Validators(etag='"v1"'))
    assert isinstance(result, NotModified)


@responses.activate
def test_returns_body_and_validators(clock: ManualClock) -> None:
    responses.get(URL, body=b'{"a":1}', headers={"ETag": '"v2"', "Last-Modified": "Mon"})
    result = fetcher(clock).get(URL)
    assert isinstance(result, FetchResult)
    assert result.body == b'{"a":1}'
    assert result.validators == Validators('"v2"', "Mon")
    assert result.fetched_at == clock.now()


@pytest.mark.parametrize("status", [404, 403, 400])
@responses.activate
def test_client_errors_raise_with_status_and_body(clock: ManualClock, status: int) -> None:
    responses.get(URL, status=status, body=b"<html>nope</html>")
    with pytest.raises(FetchError) as caught:
        fetcher(clock).get(URL)
    assert caught.value.status == status
    assert caught.value.body == b"<html>nope</html>"


def test_retries_5xx_then_succeeds_on_a_real_server(clock: ManualClock) -> None:
    answers = [Reply(503, b"busy", {"Retry-After": "0"}), Reply(500, b"oops"), Reply(200, b"ok")]
    with LocalServer() as server:
        server.routes["/flaky"] = lambda _req: answers.pop(0)
        result = fetcher(clock).get(f"{server.url}/flaky")
        assert isinstance(result, FetchResult) and result.body == b"ok"
        assert len(server.received("/flaky")) == 3


def test_gives_up_after_max_retries_and_long_retry_after_pauses_the_host(
    clock: ManualClock,
) -> None:
    with LocalServer() as server:
        server.routes["/limited"] = Reply(429, b"slow down", {"Retry-After": "600"})
        client = fetcher(clock, max_retries=1, max_retry_after=0.01)
        with pytest.raises(FetchError) as caught:
            client.get(f"{server.url}/limited")
        assert caught.value.status == 429
        assert len(server.received("/limited")) == 2  # first try + one retry
        with pytest.raises(ThrottledError):
            client.get(f"{server.url}/other")  # same host, now paused
        assert server.received("/other") == []


def test_body_over_the_cap_is_refused_without_reading_it_all(clock: ManualClock) -> None:
    with LocalServer() as server:
        server.routes["/big"] = Reply(200, b"x" * 300_000)
        with pytest.raises(FetchError, match="exceeds the 100000-byte cap"):
            fetcher(clock, max_body_bytes=100_000).get(f"{server.url}/big")


def test_connection_refused_is_a_fetch_error(clock: ManualClock) -> None:
    with pytest.raises(FetchError, match="connection failed"):
        fetcher(clock, max_retries=0).get("http://127.0.0.1:9/nothing")


def test_limiter_spaces_requests_per_group_and_pauses_whole_group() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = HostLimiter(2.0, monotonic=lambda: now[0], sleep=sleep)
    limiter.define_group("sec", ["www.sec.gov", "data.sec.gov"], rate=5.0)
    limiter.acquire("www.sec.gov")
    limiter.acquire("data.sec.gov")  # same group: must wait 0.2 s
    limiter.acquire("api.coinbase.com")  # other group: no wait
    assert slept == [pytest.approx(0.2)]
    limiter.pause("data.sec.gov", 600, "threshold exceeded")
    with pytest.raises(Paused):
        limiter.acquire("www.sec.gov")
    now[0] += 601
    limiter.acquire("www.sec.gov")


@pytest.mark.parametrize(
    ("status", "location", "target"),
    [
        (301, "https://www.example.test/moved", "https://www.example.test/moved"),
        (302, "/moved/price", "https://api.example.test/moved/price"),
        (307, "//www.example.test/p", "https://www.example.test/p"),
        (308, "moved", "https://api.example.test/moved"),
    ],
)
@responses.activate
def test_redirects_are_followed_with_the_same_headers_to_the_final_url(
    clock: ManualClock, status: int, location: str, target: str
) -> None:
    responses.get(URL, status=status, headers={"Location": location})
    responses.get(
        target,
        body=b"moved here",
        match=[responses.matchers.header_matcher({"User-Agent": "Test tests@example.com"})],
    )
    result = fetcher(clock).get(URL)
    assert isinstance(result, FetchResult)
    assert (result.url, result.body) == (target, b"moved here")


@pytest.mark.parametrize(("hops", "arrives"), [(5, True), (6, False)])
@responses.activate
def test_five_redirects_are_followed_and_a_sixth_is_one_too_many(
    clock: ManualClock, hops: int, arrives: bool
) -> None:
    for hop in range(hops):
        responses.get(f"{URL}/{hop}", status=302, headers={"Location": f"{URL}/{hop + 1}"})
    responses.get(f"{URL}/{hops}", body=b"arrived")
    if arrives:
        result = fetcher(clock).get(f"{URL}/0")
        assert isinstance(result, FetchResult) and result.body == b"arrived"
    else:
        with pytest.raises(FetchError, match="too many redirects"):
            fetcher(clock).get(f"{URL}/0")


def test_a_proxy_from_the_environment_is_used_and_no_proxy_is_honoured(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LocalServer() as proxy, LocalServer() as direct:
        proxy.routes["http://quotes.example.test/btc"] = Reply(200, b"via the proxy")
        direct.routes["/btc"] = Reply(200, b"direct")
        for lowercase in ("http_proxy", "no_proxy", "all_proxy"):  # they win over upper case
            monkeypatch.delenv(lowercase, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        shared = fetcher(clock)
        proxied = shared.get("http://quotes.example.test/btc")
        unproxied = shared.get(f"{direct.url}/btc")
    assert isinstance(proxied, FetchResult) and proxied.body == b"via the proxy"
    assert isinstance(unproxied, FetchResult) and unproxied.body == b"direct"
    assert [r.path for r in proxy.requests] == ["http://quotes.example.test/btc"]


def test_one_watchdog_serves_every_deadline() -> None:
    """A thread per request cost more than a 304; deadlines share one watchdog thread."""
    import threading

    from monitor.deadline import Deadline

    for _ in range(50):
        with Deadline(60):
            pass
    watchdogs = [t for t in threading.enumerate() if t.name == "deadlines"]
    assert len(watchdogs) == 1


def test_a_deadline_that_passes_cuts_its_sockets() -> None:
    import socket

    from monitor.deadline import Deadline

    left, right = socket.socketpair()
    with left, right, Deadline(0.2) as deadline:
        deadline.watch(left)
        left.settimeout(30)
        assert left.recv(1) == b""  # shut down by the watchdog: the read returns at once
        assert deadline.expired
