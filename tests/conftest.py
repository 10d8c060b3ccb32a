"""Shared fixtures: databases (SQLite always, PostgreSQL whenever reachable), clocks, servers.

PostgreSQL tests use a fresh schema per test session, so parallel runs on one server don't
collide. Set MONITOR_TEST_POSTGRES_URL to point elsewhere; CI sets MONITOR_REQUIRE_POSTGRES=1
so that an unreachable server fails the run instead of skipping it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import ManualClock
from monitor.store.db import make_engine, session_factory, upgrade
from monitor.store.tables import Base
from tests.servers import LocalServer, WebhookReceiver


@pytest.fixture(autouse=True)
def _no_local_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """A monitor.yaml in the directory pytest runs from (the README's `cp examples/cango.yaml
    monitor.yaml`) is the user's, not the tests': commands under test never pick it up."""
    import monitor.config

    monkeypatch.setattr(monitor.config, "DEFAULT_CONFIG_NAME", "monitor.yaml-not-read-by-tests")
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)


POSTGRES_URL = os.environ.get(
    "MONITOR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
_PG_SCHEMA = f"t_{uuid.uuid4().hex[:10]}"


def _postgres_reachable() -> str | None:
    try:
        engine = make_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of a private schema on the test PostgreSQL server, dropped at the end."""
    problem = _postgres_reachable()
    if problem:
        if os.environ.get("MONITOR_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL required but unreachable: {problem}")
        pytest.skip(f"PostgreSQL unreachable: {problem}")
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {_PG_SCHEMA}"))
    sep = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{_PG_SCHEMA}"
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {_PG_SCHEMA} CASCADE"))
    admin.dispose()


@pytest.fixture(scope="session")
def _pg_engine(postgres_url: str) -> Iterator[Engine]:
    engine = make_engine(postgres_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database of each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'monitor.db'}"
        upgrade(make_engine(url))
        return url
    engine: Engine = request.getfixturevalue("_pg_engine")
    _truncate(engine)
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(db: Engine) -> sessionmaker[Session]:
    return session_factory(db)


def _truncate(engine: Engine) -> None:
    names = ", ".join(table.name for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 2, 9, 14, 0, tzinfo=UTC))


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as server:
        yield server


@pytest.fixture
def pg_url(_pg_engine: Engine, postgres_url: str) -> str:
    """An empty, migrated PostgreSQL database (for tests that only make sense there)."""
    _truncate(_pg_engine)
    return postgres_url
