"""A total deadline for one HTTP exchange: connect, headers, redirects and body together.

Socket timeouts bound each read, not the exchange: a server that sends one header line a
second never trips a 20-second read timeout. `Deadline` is a watchdog timer: every socket the
exchange uses (each redirect, each retry) is registered with it as the response is awaited,
and when time is up the watchdog shuts those sockets down, so the blocked read returns at
once and the request fails. `DeadlineAdapter` is a requests adapter whose connections
register themselves with the deadline running on their thread.
"""

from __future__ import annotations

import contextlib
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
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._started = 0.0

    def __enter__(self) -> Deadline:
        self._started = time.monotonic()
        _running.deadline = self
        self._timer.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self._timer.cancel()
        _running.deadline = None
        with self._lock:
            self._sockets.clear()

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

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)


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
