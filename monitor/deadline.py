"""A total deadline for one HTTP exchange: connect, headers, redirects and body together.

Socket timeouts bound each read, not the exchange: a server that sends one header line a
second never trips a 20-second read timeout. `Deadline` is watched by one watchdog thread: every
socket the exchange uses (each redirect, each retry) is registered with it as the response is
awaited, and when time is up the watchdog shuts those sockets down, so the blocked read returns at
once and the request fails. `DeadlineAdapter` is a requests adapter whose connections
register themselves with the deadline running on their thread.
"""

from __future__ import annotations

import contextlib
import heapq
import socket
import threading
import time
from types import TracebackType
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_running = threading.local()


class DeadlineExceeded(Exception):
    """The exchange's total deadline passed."""


class Deadline:
    """`with Deadline(seconds):` around an exchange made on this thread."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._started = 0.0
        self.finished = False  # the exchange ended (in time or not): nothing left to cut

    def __enter__(self) -> Deadline:
        self._started = time.monotonic()
        _running.deadline = self
        _WATCHDOG.watch(self._started + self.seconds, self)
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        _running.deadline = None
        with self._lock:
            self._sockets.clear()
            self.finished = True

    def remaining(self) -> float:
        return self.seconds - (time.monotonic() - self._started)

    def watch(self, sock: socket.socket | None) -> None:
        """Cut `sock` when the deadline passes (at once if it already has)."""
        if sock is None:
            return
        with self._lock:
            if not self.expired:
                self._sockets.append(sock)
                return
        _shut(sock)
        raise DeadlineExceeded(f"timed out after {self.seconds:.0f}s total")

    def shorten(self, seconds: float) -> None:
        """Expire at most `seconds` from now (a stopping monitor cuts what is in flight)."""
        if not self.finished:
            _WATCHDOG.watch(time.monotonic() + seconds, self)

    def expire(self) -> None:
        """Called by the watchdog when time is up: cut every socket of the exchange."""
        with self._lock:
            if self.finished:
                return
            self.expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)


class _Watchdog:
    """One thread for every deadline of the process (a thread per request cost more than a
    304 itself): a heap of expiry times, woken when an earlier one arrives."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Deadline]] = []
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._count = 0

    def watch(self, expires: float, deadline: Deadline) -> None:
        with self._wake:
            self._count += 1
            heapq.heappush(self._heap, (expires, self._count, deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="deadlines", daemon=True)
                self._thread.start()
            if self._heap[0][2] is deadline:
                self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._heap and self._heap[0][2].finished:  # finished in time: forget
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._wake.wait()
                    continue
                expires, _, deadline = self._heap[0]
                wait = expires - time.monotonic()
                if wait > 0:
                    self._wake.wait(wait)
                    continue
                heapq.heappop(self._heap)
            deadline.expire()


_WATCHDOG = _Watchdog()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _watch_running(connection: HTTPConnection) -> None:
    deadline: Deadline | None = getattr(_running, "deadline", None)
    if deadline is not None:
        deadline.watch(connection.sock)


class _DeadlineHTTPConnection(HTTPConnection):
    def getresponse(self) -> Any:  # type: ignore[override]
        _watch_running(self)
        return super().getresponse()


class _DeadlineHTTPSConnection(HTTPSConnection):
    def getresponse(self) -> Any:  # type: ignore[override]
        _watch_running(self)
        return super().getresponse()


class _DeadlineHTTPPool(HTTPConnectionPool):
    ConnectionCls = _DeadlineHTTPConnection


class _DeadlineHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection


class DeadlineAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections obey the Deadline running on their thread."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _DeadlineHTTPPool,
            "https": _DeadlineHTTPSPool,
        }
