"""The local HTTP server that plays the demo's world, and its log of what each feed served.

Threaded, bound to the loopback interface only. Answers conditional requests (ETag) the way
SEC's APIs and PR Newswire do, so the monitor's 304 handling runs too. Every answer of a
polled feed is logged with the simulated time it reflected; the driver waits on that log.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from monitor.clock import Clock
from monitor.demo.world import Response, World

_REMEMBERED = 64  # servings kept per feed: enough to count the last few polls


class ServedLog:
    """When (in simulated time) each feed was last served; waiters are woken by every
    serving and by `poke` (a job finished)."""

    def __init__(self) -> None:
        self._served: dict[str, deque[datetime]] = defaultdict(lambda: deque(maxlen=_REMEMBERED))
        self._changed = threading.Condition()
        self._generation = 0
        self.requests = 0

    def record(self, feed: str | None, moment: datetime) -> None:
        with self._changed:
            self.requests += 1
            if feed is not None:
                self._served[feed].append(moment)
            self._bump()

    def poke(self) -> None:
        """Something worth a look happened elsewhere (a scheduler job ended)."""
        with self._changed:
            self._bump()

    @property
    def generation(self) -> int:
        with self._changed:
            return self._generation

    def count_since(self, feed: str, moment: datetime) -> int:
        with self._changed:
            return sum(1 for served in self._served[feed] if served >= moment)

    def wait_change(self, generation: int, timeout: float) -> None:
        """Return once anything was recorded or poked after `generation`, or on timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._generation == generation:
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                self._changed.wait(left)

    def _bump(self) -> None:
        self._generation += 1
        self._changed.notify_all()


class WorldServer:
    """Serves `world` on 127.0.0.1 at a free port."""

    def __init__(self, world: World, clock: Clock) -> None:
        self.world = world
        self.clock = clock
        self.log = ServedLog()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_port)

    def url(self, host: str = "127.0.0.1") -> str:
        """The base URL under a given name for the loopback (SEC gets its own, `localhost`,
        so the SEC rate limit does not pace the other feeds)."""
        return f"http://{host}:{self.port}"

    def __enter__(self) -> WorldServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, path: str, if_none_match: str | None) -> Response:
        moment = self.clock.now()
        response = self.world.respond(path, moment)
        self.log.record(response.feed, moment)
        if response.etag and if_none_match == response.etag:
            return Response(304, b"", response.content_type, response.feed, response.etag)
        return response


def _handler(server: WorldServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive: the fetcher reuses its connections
        # Headers and body leave in two writes: without this, Nagle and delayed ACKs add
        # 40 ms to every answer on a kept-alive connection.
        disable_nagle_algorithm = True

        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:
            response = server.answer(self.path, self.headers.get("If-None-Match"))
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            if response.etag:
                self.send_header("ETag", response.etag)
            self.end_headers()
            if response.status != 304:
                self.wfile.write(response.body)

    return Handler
