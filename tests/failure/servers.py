"""Misbehaving HTTP servers for failure tests: slow, dripping, endless, looping, huge.

Each path is one behaviour; the server runs in a thread of the test process and never holds a
whole large body in memory (bodies are generated chunk by chunk), so memory measured in the
test is the client's.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHUNK = b"x" * 65536


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the client gave up on us: that is the point of these servers


class BadServer:
    """Routes:

    /drip?bytes=N&every=S   headers at once, then one byte every S seconds (N declared)
    /stall?after=S          headers, then silence for S seconds before the body
    /huge?mb=N&declare=0|1  an N MB body, with or without Content-Length
    /loop/<n>               redirects to /loop/<n+1>, for ever
    /self                   redirects to itself
    /ok                     a small JSON body
    /etag                   a small body with an ETag; 304 when the client has it

    `connections` counts the TCP connections clients opened.
    """

    def __init__(self) -> None:
        self.hits: dict[str, int] = {}
        self.bytes_sent = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def __enter__(self) -> BadServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _count(self, route: str, sent: int = 0) -> None:
        with self._lock:
            self.hits[route] = self.hits.get(route, 0) + 1
            self.bytes_sent += sent

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def setup(self) -> None:  # one handler per connection
                super().setup()
                with server._lock:
                    server.connections += 1

            def do_GET(self) -> None:
                path, _, query = self.path.partition("?")
                params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
                route = path.strip("/").split("/")[0]
                server._count(route)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    getattr(self, f"_{route}", self._not_found)(path, params)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self.do_GET()

            def _head(self, status: int, headers: dict[str, str]) -> None:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()

            def _drip(self, _path: str, params: dict[str, str]) -> None:
                total, every = int(params.get("bytes", "100000")), float(params["every"])
                self._head(200, {"Content-Type": "text/html", "Content-Length": str(total)})
                for _ in range(total):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    server._count("drip-byte", 1)
                    time.sleep(every)

            def _headerdrip(self, _path: str, params: dict[str, str]) -> None:
                # The status line at once, then one header line every `every` seconds: every
                # read is quick, so only a deadline over the headers can stop it.
                lines, every = int(params.get("lines", "60")), float(params["every"])
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for index in range(lines):
                    self.wfile.flush()
                    time.sleep(every)
                    self.wfile.write(f"X-Slow-{index}: {index}\r\n".encode())
                    server._count("header-line")
                self.wfile.write(b"Content-Length: 2\r\n\r\n{}")
                server._count("headerdrip-finished")

            def _away(self, _path: str, params: dict[str, str]) -> None:
                self._head(302, {"Location": params["to"], "Content-Length": "0"})

            def _stall(self, _path: str, params: dict[str, str]) -> None:
                self._head(200, {"Content-Type": "application/json", "Content-Length": "2"})
                self.wfile.flush()
                time.sleep(float(params["after"]))
                self.wfile.write(b"{}")

            def _huge(self, _path: str, params: dict[str, str]) -> None:
                size = int(float(params.get("mb", "50")) * 1_000_000)
                headers = {"Content-Type": "text/html"}
                if params.get("declare") == "1":
                    headers["Content-Length"] = str(size)
                else:
                    headers["Connection"] = "close"  # the body ends when the socket does
                self._head(200, headers)
                for chunk in _chunks(size):
                    self.wfile.write(chunk)
                    server._count("huge-bytes", len(chunk))
                self.close_connection = True

            def _loop(self, path: str, _params: dict[str, str]) -> None:
                step = int(path.rsplit("/", 1)[-1] or 0)
                self._head(302, {"Location": f"/loop/{step + 1}", "Content-Length": "0"})

            def _self(self, _path: str, _params: dict[str, str]) -> None:
                self._head(301, {"Location": "/self", "Content-Length": "0"})

            def _ok(self, _path: str, _params: dict[str, str]) -> None:
                body = b'{"data": {"amount": "67000.00"}}'
                self._head(200, {"Content-Type": "application/json", "Content-Length": "32"})
                self.wfile.write(body)

            def _etag(self, _path: str, _params: dict[str, str]) -> None:
                if self.headers.get("If-None-Match") == '"v1"':
                    self._head(304, {"ETag": '"v1"'})
                    return
                self._head(200, {"ETag": '"v1"', "Content-Length": "5"})
                self.wfile.write(b"hello")

            def _not_found(self, _path: str, _params: dict[str, str]) -> None:
                self._head(404, {"Content-Length": "0"})

        return Handler


def _chunks(size: int) -> Iterator[bytes]:
    sent = 0
    while sent < size:
        chunk = CHUNK[: size - sent]
        sent += len(chunk)
        yield chunk


class TcpProxy:
    """Forwards 127.0.0.1:<port> to `target` (a database), and can fail like a network:

    cut()     closes every connection and refuses new ones (the server went away)
    resume()  accepts and forwards again
    """

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._down = False
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    def __enter__(self) -> TcpProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._closed = True
        self.cut()
        self._listener.close()

    def cut(self) -> None:
        with self._lock:
            self._down = True
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for end in pair:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

    def resume(self) -> None:
        with self._lock:
            self._down = False

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _address = self._listener.accept()
            except OSError:
                return
            if self._down:
                client.close()  # refused, as by a host that is not there
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._pairs.append((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pump, args=(source, sink), daemon=True).start()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            sink.sendall(data)
    for end in (source, sink):
        with contextlib.suppress(OSError):
            end.shutdown(socket.SHUT_RDWR)
