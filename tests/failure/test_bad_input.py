"""Bad input never stops the service: slow servers, redirect loops, huge bodies, and parsers
fed garbage (hypothesis) end in a recorded SourceError or in observations — nothing else."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import responses
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.clock import ManualClock
from monitor.errors import SourceError
from monitor.http import FetchError, HttpFetcher
from monitor.ratelimit import HostLimiter
from monitor.sources.base import PollContext
from monitor.sources.crypto_spot import PROVIDERS, CryptoSpotConfig, CryptoSpotSource
from monitor.sources.feed import FeedSource
from monitor.sources.html_page import HtmlPageSource
from monitor.textify import html_to_text
from tests.servers import LocalServer, Received, Reply

CLOCK = ManualClock(datetime(2026, 2, 9, tzinfo=UTC))


def fetcher(**kwargs: object) -> HttpFetcher:
    options: dict[str, object] = {"max_retries": 0, **kwargs}
    return HttpFetcher(
        user_agent="Tests tests@example.com", limiter=HostLimiter(1000), clock=CLOCK, **options
    )  # type: ignore[arg-type]


class _Drip(BaseHTTPRequestHandler):
    """Sends headers, then one byte every 0.2 s for ever: the read timeout never fires."""

    def log_message(self, *_args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(200):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def drip_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def test_a_server_that_drips_bytes_hits_the_total_deadline(drip_server: str) -> None:
    client = fetcher(connect_timeout=0.5, read_timeout=0.5)  # deadline 0.5 + 3 × 0.5 = 2 s
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        client.get(drip_server)
    assert time.monotonic() - started < 5


def test_a_silent_server_hits_the_read_timeout() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts the connection, never answers
        port = listener.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(FetchError, match="timed out"):
            fetcher(read_timeout=0.5).get(f"http://127.0.0.1:{port}/")
    assert time.monotonic() - started < 3


def test_a_redirect_loop_is_a_fetch_error() -> None:
    with LocalServer() as server:
        server.routes["/a"] = Reply(302, b"", {"Location": "/b"})
        server.routes["/b"] = Reply(302, b"", {"Location": "/a"})
        with pytest.raises(FetchError, match="redirect"):
            fetcher().get(f"{server.url}/a")
        assert len(server.requests) <= 12


def test_a_50_mb_body_is_capped_without_being_read_into_memory() -> None:
    chunk = b"y" * (1024 * 1024)

    def huge(_request: Received) -> Reply:
        return Reply(200, chunk * 50)

    with LocalServer() as server:
        server.routes["/huge"] = huge
        tracemalloc.start()
        try:
            baseline = tracemalloc.get_traced_memory()[0]
            with pytest.raises(FetchError, match="exceeds the 1000000-byte cap"):
                # No Content-Length check can save us here: stream and count.
                fetcher(max_body_bytes=1_000_000).get(f"{server.url}/huge")
            peak = tracemalloc.get_traced_memory()[1] - baseline
        finally:
            tracemalloc.stop()
    # The server's own 50 MB reply is built in this process too; the fetcher must add
    # far less than that on top of it.
    assert peak < 60 * 1024 * 1024


def test_a_huge_body_without_content_length_is_capped_while_streaming() -> None:
    class Chunked(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            block = b"z" * 65536
            try:
                for _ in range(800):  # 50 MB, never announced
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Chunked)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        tracemalloc.start()
        with pytest.raises(FetchError, match="exceeds the 2000000-byte cap"):
            fetcher(max_body_bytes=2_000_000).get(f"http://127.0.0.1:{server.server_port}/")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        server.shutdown()
        server.server_close()
    assert peak < 10 * 1024 * 1024  # a few chunks, never the 50 MB


# --- parsers fed garbage ---------------------------------------------------------------

GARBAGE = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(str.encode),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
        ),
        max_leaves=20,
    ).map(lambda value: json.dumps(value).encode()),
    st.sampled_from(
        [
            b"",
            b"\xff\xfe\x00<html>",
            b"<?xml version='1.0'?><rss><channel><item>",
            b"<html><table><tr><td>1" * 50,
            b'{"data": {"amount": []}}',
        ]
    ),
)
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _poll(source: object, url: str, body: bytes) -> None:
    """Serve `body` at `url` and poll: observations or a SourceError, never anything else."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add(responses.GET, url, body=body, status=200)
        ctx = PollContext(fetcher(), CLOCK, {}, {})
        with contextlib.suppress(SourceError):
            source.poll(ctx)  # type: ignore[attr-defined]


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
@FUZZ
@given(body=GARBAGE)
def test_crypto_providers_survive_garbage(provider: str, body: bytes) -> None:
    config = CryptoSpotConfig.model_validate(
        {"id": "b", "kind": "crypto_spot", "providers": [{"name": provider}]}
    )
    _poll(CryptoSpotSource(config), PROVIDERS[provider].url("BTC-USD"), body)


@pytest.mark.parametrize(
    ("source", "kind", "url"),
    [
        (HtmlPageSource, "html_page", "https://ir.example.com/news"),
        (FeedSource, "feed", "https://wire.example.com/rss"),
    ],
)
@FUZZ
@given(body=GARBAGE)
def test_listing_and_feed_sources_survive_garbage(
    source: type[HtmlPageSource | FeedSource], kind: str, url: str, body: bytes
) -> None:
    config = source.Config.model_validate({"id": "s", "kind": kind, "url": url, "entity": "X"})
    _poll(source(config), url, body)  # type: ignore[arg-type]


@FUZZ
@given(body=GARBAGE)
def test_html_to_text_and_extraction_survive_garbage(body: bytes) -> None:
    from monitor.extract import extract

    assert isinstance(html_to_text(body), str)
    assert isinstance(extract(body), list)


def test_deeply_nested_layout_tables_convert_in_linear_time() -> None:
    import signal

    def too_slow(*_args: object) -> None:
        raise TimeoutError("html_to_text did not finish: work grows with nesting depth")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(10)  # exponential work would take years; linear takes milliseconds
    try:
        text = html_to_text(b"<html><table><tr><td>1" * 60)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert text.count("1") == 60
