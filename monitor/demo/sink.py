"""The demo's webhook receiver: a local HTTP endpoint that the monitor's webhook channel
posts alerts to, printing each one as it arrives and counting deliveries per alert (a
receiver keyed on Idempotency-Key would drop repeats; the demo counts them instead)."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HOOK_PATH = "/hook"

Listener = Callable[[dict[str, Any]], None]


class AlertSink:
    """POST /hook → remember the alert document and hand it to `listener`."""

    def __init__(self, listener: Listener) -> None:
        self.listener = listener
        self.documents: list[dict[str, Any]] = []
        self._changed = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}{HOOK_PATH}"

    def __enter__(self) -> AlertSink:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def receive(self, document: dict[str, Any]) -> None:
        with self._changed:
            self.documents.append(document)
            self._changed.notify_all()
        self.listener(document)

    def deliveries_per_alert(self) -> Counter[int]:
        with self._changed:
            return Counter(int(d["alert_id"]) for d in self.documents)

    def wait_for(self, accept: Callable[[list[dict[str, Any]]], bool], timeout: float) -> bool:
        """Wait until `accept(documents so far)` holds; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not accept(self.documents):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
            return True


def _handler(sink: AlertSink) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        disable_nagle_algorithm = True  # answer at once, not after a delayed ACK

        def log_message(self, *_args: object) -> None:
            pass  # the console prints what matters

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            try:
                document = json.loads(self.rfile.read(length))
            except ValueError:
                self._answer(400, b"not JSON")
                return
            if self.path != HOOK_PATH or not isinstance(document, dict):
                self._answer(404, b"not found")
                return
            sink.receive(document)
            self._answer(200, b"ok")

        def _answer(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler
