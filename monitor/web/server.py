"""Running the app with uvicorn in a background thread (for `monitor run --web` and tests)."""

from __future__ import annotations

import threading
import time

import uvicorn
from fastapi import FastAPI


class ServerHandle:
    """A server running in a thread: where it listens, and how to stop it."""

    def __init__(
        self, server: uvicorn.Server, thread: threading.Thread, host: str, port: int
    ) -> None:
        self._server = server
        self._thread = thread
        self.host = host
        self.port = port  # the bound port (the real one when 0 was asked for)

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


def _run(server: uvicorn.Server) -> None:
    """uvicorn exits the process on a failed start (sys.exit); in a thread, that just ends it
    (uvicorn has logged why) and serve_in_thread reports it."""
    try:
        server.run()
    except SystemExit:
        return


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
    thread = threading.Thread(target=_run, args=(server,), name=f"web-{host}:{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + ready_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    sockets = [sock for listener in server.servers for sock in listener.sockets]
    bound = int(sockets[0].getsockname()[1]) if sockets else port
    return ServerHandle(server, thread, host, bound)
