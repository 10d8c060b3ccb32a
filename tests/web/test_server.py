"""serve_in_thread: the handle `monitor run --web` uses to run the page beside the scheduler."""

from __future__ import annotations

import socket

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import ManualClock
from monitor.config import Settings
from monitor.web.app import create_app
from monitor.web.server import serve_in_thread
from tests.web.seed import NOW


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_serves_on_a_free_port_and_stops(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    handle = serve_in_thread(create_app(sessions, settings, ManualClock(NOW)), "127.0.0.1", 0)
    try:
        assert handle.running and handle.port > 0
        response = httpx.get(f"{handle.url}/healthz", timeout=10)
        assert response.status_code == 200 and response.json()["database"] == "ok"
    finally:
        handle.stop()
    assert not handle.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{handle.url}/healthz", timeout=2)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_taken_port_is_an_error(sessions: sessionmaker[Session], settings: Settings) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        app = create_app(sessions, settings, ManualClock(NOW))
        with pytest.raises(RuntimeError, match=f"did not start on 127.0.0.1:{port}"):
            serve_in_thread(app, "127.0.0.1", port, ready_timeout=5)
