"""Fixtures for the web tests: a seeded database of each backend, and in-process clients
(no token, and with a token)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

# Starlette prefers its httpx fork but works with httpx, which the test extra installs.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from monitor.clock import ManualClock  # noqa: E402
from monitor.config import Settings  # noqa: E402
from monitor.web.app import create_app  # noqa: E402
from monitor.web.settings import WebSettings  # noqa: E402
from tests.web.seed import NOW, Seeded, seed, web_settings_file  # noqa: E402

TOKEN = "s3cret-token-for-tests"
TOKEN_ENV = "MONITOR_TEST_WEB_TOKEN"


@pytest.fixture
def web_clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return web_settings_file(tmp_path, db_url)


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> Seeded:
    return seed(sessions)


def make_app(
    sessions: sessionmaker[Session], settings: Settings, clock: ManualClock, token_env: str | None
) -> FastAPI:
    return create_app(sessions, settings, clock, web=WebSettings(token_env=token_env))


@pytest.fixture
def client(
    sessions: sessionmaker[Session], settings: Settings, web_clock: ManualClock, seeded: Seeded
) -> Iterator[TestClient]:
    """No token configured: read-only."""
    with TestClient(
        make_app(sessions, settings, web_clock, None), base_url="http://127.0.0.1"
    ) as test_client:
        yield test_client


@pytest.fixture
def token_client(
    sessions: sessionmaker[Session],
    settings: Settings,
    web_clock: ManualClock,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[TestClient]:
    """A token configured (not sent unless a test sends it)."""
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    with TestClient(
        make_app(sessions, settings, web_clock, TOKEN_ENV), base_url="http://127.0.0.1"
    ) as test_client:
        yield test_client
