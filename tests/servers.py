"""Real local HTTP servers for tests: a scriptable content server and a webhook receiver."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Handler = Callable[[Received], Reply]


class LocalServer:
    """Serves routes (path → Reply or callable) on 127.0.0.1 and records every request.

    Routes can be changed while it runs; ETag/If-None-Match is honoured for static replies
    that carry an ETag header.
    """

    def __init__(self) -> None:
        self.routes: dict[str, Reply | Handler] = {}
        self.requests: list[Received] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def set_json(self, path: str, data: Any, status: int = 200, **headers: str) -> None:
        self.routes[path] = Reply(
            status, json.dumps(data).encode(), {"Content-Type": "application/json", **headers}
        )

    def received(self, path: str) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _handle(self, request: Received) -> Reply:
        with self._lock:
            self.requests.append(request)
            route = self.routes.get(request.path) or self.routes.get(request.path.split("?")[0])
        if route is None:
            return Reply(404, b"not found")
        if callable(route):
            return route(request)
        etag = route.headers.get("ETag")
        if etag and request.headers.get("if-none-match") == etag:
            return Reply(304, b"", {"ETag": etag})
        return route

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                reply = server._handle(Received(self.command, self.path, headers, body))
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.body and self.command != "HEAD":
                    # The client may be gone (a test killed it); nothing to do then.
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        self.wfile.write(reply.body)

            do_GET = do_POST = do_HEAD = _serve

        return _Handler


class WebhookReceiver(LocalServer):
    """Answers POST /hook with the next scripted status (then 200 for ever)."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        super().__init__()
        self.statuses = list(statuses or [])
        self.routes["/hook"] = self._answer

    @property
    def hook_url(self) -> str:
        return f"{self.url}/hook"

    def _answer(self, _request: Received) -> Reply:
        status = self.statuses.pop(0) if self.statuses else 200
        return Reply(status, b"ok" if status < 300 else b"receiver failed")

    def deliveries(self) -> list[Received]:
        return [r for r in self.received("/hook") if r.method == "POST"]
