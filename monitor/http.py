"""HttpFetcher: the one HTTP client every source uses.

It sends the configured User-Agent, applies connect/read timeouts and a total deadline (a
watchdog over headers, redirects and body: see monitor/deadline.py), caps
the body size while streaming (a 50 MB body is never read into memory), sends conditional
requests (a 304 is NotModified, not an error), retries 429/5xx and connection errors with
backoff honouring Retry-After (urllib3's Retry), and paces requests per host group.
"""

from __future__ import annotations

import codecs
import functools
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from requests.utils import get_encoding_from_headers, requote_uri
from urllib3.util.retry import Retry

from monitor.clock import Clock, SystemClock
from monitor.deadline import Deadline, DeadlineAdapter, DeadlineExceeded
from monitor.errors import SourceError
from monitor.model import content_hash
from monitor.ratelimit import HostLimiter, Paused

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CHUNK = 64 * 1024
MAX_REDIRECTS = 5


class FetchError(SourceError):
    """The request failed: connection, timeout, size cap, redirect loop or an HTTP status."""

    def __init__(
        self, url: str, message: str, *, status: int | None = None, body: bytes = b""
    ) -> None:
        self.url, self.status, self.body = url, status, body
        super().__init__(f"{message} ({url})")


class ThrottledError(FetchError):
    """The host group is paused (throttled by the server or by us)."""


class RedirectRefused(FetchError):
    """A redirect pointed somewhere the caller does not allow; it was never requested."""

    def __init__(self, url: str, target: str) -> None:
        self.target = target
        super().__init__(url, f"redirect to {target} refused")


@dataclass(frozen=True)
class Validators:
    """Conditional-GET validators remembered from the last 200."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        sent = {}
        if self.etag:
            sent["If-None-Match"] = self.etag
        if self.last_modified:
            sent["If-Modified-Since"] = self.last_modified
        return sent

    def to_json(self) -> dict[str, str | None]:
        return {"etag": self.etag, "last_modified": self.last_modified}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Validators:
        data = data or {}
        return cls(data.get("etag"), data.get("last_modified"))


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    body: bytes
    fetched_at: datetime
    elapsed_ms: float
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def validators(self) -> Validators:
        return Validators(self.headers.get("etag"), self.headers.get("last-modified"))

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def sha256(self) -> str:
        return content_hash(self.body)

    def text(self) -> str:
        return self.body.decode(_charset(self.headers) or "utf-8", errors="replace")


@dataclass(frozen=True)
class NotModified:
    url: str
    fetched_at: datetime


@dataclass
class FetchStats:
    requests: int = 0
    not_modified: int = 0
    bytes_received: int = 0
    errors: int = 0


class _PoliteRetry(Retry):
    """urllib3 Retry that waits at most `retry_after_cap` seconds for one Retry-After."""

    retry_after_cap: float = 30.0

    def get_retry_after(self, response: Any) -> float | None:
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, self.retry_after_cap)


class HttpFetcher:
    """One per process; thread-safe for concurrent jobs (GETs go through one pooled
    adapter; the only shared state is the limiter and a per-origin settings cache)."""

    def __init__(
        self,
        *,
        user_agent: str,
        limiter: HostLimiter,
        clock: Clock | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        max_body_bytes: int = 20_000_000,
        max_retries: int = 2,
        max_retry_after: float = 30.0,
        backoff_factor: float = 0.5,
    ) -> None:
        self.user_agent = user_agent
        self.limiter = limiter
        self.clock = clock or SystemClock()
        self.timeouts = (connect_timeout, read_timeout)
        self.deadline_seconds = connect_timeout + 3 * read_timeout
        self.max_body_bytes = max_body_bytes
        self.stats = FetchStats()
        self._adapter = _adapter(max_retries, max_retry_after, backoff_factor)
        self._environment = _Environment()
        self._in_flight: set[Deadline] = set()
        self._guard = threading.Lock()
        self._cut_at: float | None = None  # monotonic time by which a stop cuts exchanges

    @property
    def stopping(self) -> bool:
        """The monitor is stopping: a poll should not begin work that can wait."""
        return self._cut_at is not None

    def stop(self, grace: float) -> None:
        """Give the exchanges in flight, and any begun from now on, at most `grace` more
        seconds (then they fail as timed out), so a stop does not wait for a slow server."""
        with self._guard:
            self._cut_at = time.monotonic() + grace
            in_flight = list(self._in_flight)
        for deadline in in_flight:
            deadline.shorten(grace)

    def get(
        self,
        url: str,
        *,
        validators: Validators | None = None,
        headers: dict[str, str] | None = None,
        max_bytes: int | None = None,
        follow: Callable[[str], bool] | None = None,
    ) -> FetchResult | NotModified:
        """GET `url`; raise FetchError for anything that is not 2xx or 304.

        With `follow`, a redirect whose target it refuses raises RedirectRefused before the
        target is requested.
        """
        host = urlsplit(url).hostname or ""
        try:
            self.limiter.acquire(host)
        except Paused as exc:
            raise ThrottledError(url, str(exc)) from exc
        sent = {"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"}
        sent.update((validators or Validators()).headers())
        sent.update(headers or {})
        return self._request(url, host, sent, max_bytes or self.max_body_bytes, follow)

    def close(self) -> None:
        self._adapter.close()

    def _request(
        self,
        url: str,
        host: str,
        headers: dict[str, str],
        cap: int,
        follow: Callable[[str], bool] | None,
    ) -> FetchResult | NotModified:
        started = time.monotonic()
        self.stats.requests += 1
        with self._exchange() as deadline:
            try:
                with self._send(url, headers, follow) as response:
                    if response.status_code == 304:
                        # Drain the (empty) body: a streamed response closed unread closes its
                        # connection, so every 304 paid for a new TCP (and TLS) connection.
                        _ = response.content
                        self.stats.not_modified += 1
                        return NotModified(url, self.clock.now())
                    body = self._read_capped(response, url, cap, started)
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                if deadline.expired:
                    raise self._failed(url, self._past_deadline()) from exc
                raise self._failed(url, _failure(exc)) from exc
            except DeadlineExceeded as exc:
                raise self._failed(url, self._past_deadline()) from exc
            if deadline.expired:  # the body may have been cut short by the watchdog
                raise self._failed(url, self._past_deadline())
        result = FetchResult(
            url=response.url,
            status=response.status_code,
            body=body,
            fetched_at=self.clock.now(),
            elapsed_ms=(time.monotonic() - started) * 1000,
            headers={k.lower(): v for k, v in response.headers.items()},
        )
        if response.status_code >= 400:
            self._pause_if_told(host, result)
            raise self._failed(url, f"HTTP {result.status}", result.status, body[:4096])
        return result

    @contextmanager
    def _exchange(self) -> Iterator[Deadline]:
        """The total deadline of one exchange, known to `stop` while it runs."""
        with self._guard:
            seconds = self.deadline_seconds
            if self._cut_at is not None:
                seconds = min(seconds, max(0.0, self._cut_at - time.monotonic()))
        with Deadline(seconds) as deadline:
            with self._guard:
                self._in_flight.add(deadline)
            try:
                yield deadline
            finally:
                with self._guard:
                    self._in_flight.discard(deadline)

    def _past_deadline(self) -> str:
        if self.stopping:
            return "cut short: the monitor is stopping"
        return f"timed out after {self.deadline_seconds:.0f}s total"

    def _send(
        self, url: str, headers: dict[str, str], follow: Callable[[str], bool] | None = None
    ) -> requests.Response:
        """GET through the adapter, following up to MAX_REDIRECTS redirects.

        requests.Session.get spent as much CPU as the request itself on work a poller does
        not need (merging session settings, cookie jars, hooks); an unchanged source is one
        304, so this is most of what it costs (benchmarks/poll.py).
        """
        for _ in range(MAX_REDIRECTS + 1):
            prepared = requests.PreparedRequest()
            prepared.method, prepared.url = "GET", _prepared_url(url)
            prepared.headers = CaseInsensitiveDict(headers)
            response = self._adapter.send(
                prepared, stream=True, timeout=self.timeouts, **self._environment.settings(url)
            )
            if not response.is_redirect:
                return response
            # The redirect's own body is not wanted: closing drops the connection, which is
            # cheaper than reading an arbitrary body (redirects are rare).
            response.close()
            target = urljoin(url, requote_uri(response.headers["location"]))
            if follow is not None and not follow(target):
                raise RedirectRefused(url, target)
            url = target
        raise self._failed(url, "too many redirects")

    def _read_capped(
        self, response: requests.Response, url: str, cap: int, started: float
    ) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise self._failed(url, f"body of {declared} bytes exceeds the {cap}-byte cap")
        chunks, size = [], 0
        for chunk in _arriving(response):
            size += len(chunk)
            if size > cap:
                raise self._failed(url, f"body exceeds the {cap}-byte cap")
            # A server that drips bytes never trips the read timeout; bound the total.
            if time.monotonic() - started > self.deadline_seconds:
                raise self._failed(url, f"timed out after {self.deadline_seconds:.0f}s total")
            chunks.append(chunk)
        self.stats.bytes_received += size
        return b"".join(chunks)

    def _pause_if_told(self, host: str, result: FetchResult) -> None:
        if result.status in (429, 503):
            seconds = retry_after_seconds(result.headers.get("retry-after"), result.fetched_at)
            if seconds:
                self.limiter.pause(host, seconds, f"HTTP {result.status} Retry-After")

    def _failed(
        self, url: str, message: str, status: int | None = None, body: bytes = b""
    ) -> FetchError:
        self.stats.errors += 1
        return FetchError(url, message, status=status, body=body)


class _Environment:
    """Proxy and CA-bundle settings from the environment, read once per origin.

    requests re-reads os.environ (proxies, no_proxy, REQUESTS_CA_BUNDLE) on every request,
    about a quarter of the CPU of a 304 (benchmarks/poll.py); the environment does not change
    while the monitor runs, so that is start-up work, done once per origin.
    """

    def __init__(self) -> None:
        self._reader = requests.Session()
        self._by_origin: dict[str, dict[str, Any]] = {}

    def settings(self, url: str) -> dict[str, Any]:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        found = self._by_origin.get(origin)
        if found is None:
            found = self._reader.merge_environment_settings(url, {}, True, None, None)
            found.pop("stream", None)
            self._by_origin[origin] = found
        return found  # read-only: the adapter only looks proxies up


class _Adapter(DeadlineAdapter):
    """An adapter that keeps no cookies: a poller sends none, and extracting them into a jar
    cost a sixth of a 304 (benchmarks/poll.py)."""

    def build_response(self, req: requests.PreparedRequest, resp: Any) -> requests.Response:
        response = requests.Response()
        response.status_code = resp.status
        response.headers = CaseInsensitiveDict(resp.headers)
        response.encoding = get_encoding_from_headers(response.headers)
        response.raw = resp
        response.reason = resp.reason
        response.url = req.url or ""
        response.request = req
        response.connection = self
        return response


@functools.lru_cache(maxsize=4096)
def _prepared_url(url: str) -> str:
    """The URL as requests sends it (IDNA host, quoted path), worked out once per URL: the
    same few URLs are asked for on every poll, and preparing one is a tenth of a 304."""
    prepared = requests.PreparedRequest()
    prepared.prepare_url(url, None)
    return prepared.url or url


def _arriving(response: requests.Response) -> Iterator[bytes]:
    """The body as it arrives, decoded: each piece is what one read returned (≤ CHUNK).

    iter_content's reads wait for a full 64 KB chunk, so a server dripping a byte at a time
    kept the total deadline from ever being checked (tests/failure/test_http_failures.py).
    At the end of the body urllib3 returns the connection to the pool.
    """
    read1 = getattr(response.raw, "read1", None)
    if read1 is None:  # urllib3 < 2.3: whole chunks only
        yield from response.iter_content(CHUNK)
        return
    while chunk := read1(CHUNK, decode_content=True):
        yield chunk


def _failure(exc: Exception) -> str:
    """What went wrong, in a word or two; a read timeout is "timed out" however it is wrapped
    (requests reports one during the body as a ConnectionError)."""
    wrapped = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else None
    reason = getattr(wrapped, "reason", None)  # MaxRetryError(ReadTimeoutError) after retries
    timeouts = (requests.Timeout, urllib3.exceptions.TimeoutError)
    # NewConnectionError (refused, unreachable) subclasses ConnectTimeoutError in urllib3 2,
    # but it is no timeout (tests/test_http.py::test_connection_refused_is_a_fetch_error).
    refused = urllib3.exceptions.NewConnectionError
    if any(isinstance(e, timeouts) and not isinstance(e, refused) for e in (exc, wrapped, reason)):
        return "timed out"
    return f"connection failed: {type(exc).__name__}"


def _adapter(max_retries: int, max_retry_after: float, backoff_factor: float) -> HTTPAdapter:
    retry_cls = type("PoliteRetry", (_PoliteRetry,), {"retry_after_cap": max_retry_after})
    retry = retry_cls(
        total=max_retries,
        connect=max_retries,
        read=max_retries,
        status=max_retries,
        redirect=0,  # redirects are followed by HttpFetcher._send
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "HEAD"}),
        backoff_factor=backoff_factor,
        respect_retry_after_header=True,
        raise_on_status=False,
        raise_on_redirect=False,
    )
    return _Adapter(max_retries=retry, pool_connections=32, pool_maxsize=32)


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Parse Retry-After: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - now).total_seconds())


def _charset(headers: dict[str, str]) -> str | None:
    """The declared charset if Python knows it: `charset=x-bogus` must not fail a decode."""
    for part in headers.get("content-type", "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            name = value.strip().strip('"').strip("'")
            try:
                codecs.lookup(name)
            except LookupError:
                return None
            return name
    return None
