"""Running the app with uvicorn in a background thread (for `monitor run --web` and tests)."""

from __future__ import annotations

import threading
import time

import uvicorn
from fastapi import FastAPI


class ServerHandle:
    """A server running in a thread: where it listens, and how to stop it."""

    def __init__(self, server: uvicorn.Server, thread: threading.Thread, host: str) -> None:
        self._server = server
        self._thread = thread
        self.host = host

    @property
    def port(self) -> int:
        """The bound port (the real one when 0 was asked for)."""
        sockets = [sock for srv in self._server.servers for sock in srv.sockets]
        return int(sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the server to finish (open requests complete) and wait for the thread."""
        self._server.should_exit = True
        self._thread.join(timeout)


def serve_in_thread(
    app: FastAPI,
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    log_level: str = "warning",
    ready_timeout: float = 15.0,
) -> ServerHandle:
    """Start serving `app` on host:port in a daemon thread; return once it accepts connections.

    Raises RuntimeError if it could not start (e.g. the port is taken)."""
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"web-{host}:{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + ready_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    return ServerHandle(server, thread, host)
