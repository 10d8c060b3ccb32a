"""The database locked, slow or unreachable for a while: the monitor waits, then goes on, and
nothing is lost or doubled. And the schema check at start-up (no Alembic when up to date)."""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from monitor.app import build_monitor
from monitor.clock import ManualClock
from monitor.config import load_settings
from monitor.errors import ConfigError
from monitor.store.db import (
    alembic_config,
    current_revision,
    head_revision,
    is_up_to_date,
    make_engine,
    session_factory,
    upgrade,
)
from monitor.store.tables import Event
from tests.conftest import POSTGRES_URL
from tests.failure.servers import TcpProxy
from tests.helpers import (
    coinbase,
    monitor_from,
    price_config,
    start_monitor_run,
    wait_for,
    write,
)
from tests.servers import LocalServer, Received, Reply, WebhookReceiver


def test_the_head_read_from_the_files_is_alembics() -> None:
    engine = make_engine("sqlite://")
    assert head_revision() == ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def test_up_to_date_only_at_the_head(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    assert current_revision(engine) is None and not is_up_to_date(engine)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001" and not is_up_to_date(engine)
    upgrade(engine)
    assert is_up_to_date(engine)
    engine.dispose()


def test_a_database_behind_the_code_is_refused_when_not_migrating(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(make_engine(url), "0001")
    config = write(tmp_path / "monitor.yaml", f'database_url: "{url}"\nrules: []\n')
    with pytest.raises(ConfigError, match="run `monitor db upgrade`"):
        build_monitor(load_settings(config), migrate=False)
    build_monitor(load_settings(config)).close()  # SQLite: brought up to date by default
    assert is_up_to_date(make_engine(url))


def test_a_restart_on_an_up_to_date_database_never_loads_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    config = write(tmp_path / "monitor.yaml", f'database_url: "{url}"\nrules: []\n')
    probe = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from monitor.app import build_monitor
        from monitor.config import load_settings
        build_monitor(load_settings(Path({str(config)!r}))).close()
        print("alembic" in sys.modules)
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_DATABASE_URL"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["True", "False"]  # migrated once, then never loaded again


# --- locked, unreachable, cut: the service waits and catches up ---------------------------


def fast_price_config(tmp_path: Path, db_url: str, price_url: str, hook_url: str) -> Path:
    config = price_config(tmp_path, db_url, price_url, hook_url)
    text = config.read_text().replace(
        "    symbol: BTC-USD\n", "    symbol: BTC-USD\n    interval_seconds: 0.3\n"
    )
    config.write_text("scheduler: {jitter_seconds: 0, dispatch_interval_seconds: 0.3}\n" + text)
    return config


@contextmanager
def locked(db_url: str) -> Iterator[None]:
    """Another client holds the database (SQLite) or the monitor's tables (PostgreSQL)
    exclusively until the block ends."""
    if db_url.startswith("sqlite"):
        holder = sqlite3.connect(make_url(db_url).database or "", isolation_level=None, timeout=10)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            holder.execute("COMMIT")
            holder.close()
        return
    engine = make_engine(db_url)
    with engine.connect() as connection, connection.begin():
        connection.execute(text("LOCK TABLE source_state, events IN ACCESS EXCLUSIVE MODE"))
        yield
    engine.dispose()


def test_a_database_locked_for_seconds_holds_the_service_up_then_it_catches_up(
    tmp_path: Path, db_url: str, http_server: LocalServer, receiver: WebhookReceiver
) -> None:
    http_server.set_json("/spot", coinbase("67000.00"))
    config = fast_price_config(tmp_path, db_url, f"{http_server.url}/spot", receiver.hook_url)
    process = start_monitor_run(config)
    try:
        assert wait_for(lambda: len(http_server.received("/spot")) >= 3, 30), "no polls"
        with locked(db_url):
            http_server.set_json("/spot", coinbase("69000.00"))  # the crossing, while locked
            time.sleep(3)
            assert not receiver.deliveries()  # nothing can be stored, so nothing raised
            assert process.poll() is None  # ... and the service is still up, waiting
        assert wait_for(receiver.deliveries, 30), "no alert after the lock was released"
        time.sleep(1)  # a few more polls and dispatcher ticks: nothing more to send
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert stored_prices(db_url) == ["67000.00", "69000.00"]
    assert len(receiver.deliveries()) == 1


def stored_prices(db_url: str) -> list[str]:
    engine = make_engine(db_url)
    with session_factory(engine)() as session:
        events = session.scalars(select(Event).order_by(Event.id)).all()
    engine.dispose()
    return [e.payload["price_text"] for e in events]


def postgres_address() -> tuple[str, int]:
    url = make_url(POSTGRES_URL)
    return url.host or "127.0.0.1", url.port or 5432


def through(proxy: TcpProxy, pg_url: str) -> str:
    host, port = postgres_address()
    return pg_url.replace(f"@{host}:{port}/", f"@127.0.0.1:{proxy.port}/", 1)


def test_an_unreachable_database_at_start_is_one_clear_line_and_a_restart_recovers(
    tmp_path: Path, pg_url: str, http_server: LocalServer
) -> None:
    http_server.set_json("/spot", coinbase("67000.00"))
    with TcpProxy(postgres_address()) as proxy:
        proxy.cut()
        config = price_config(tmp_path, through(proxy, pg_url), f"{http_server.url}/spot", None)
        env = {**os.environ, "MONITOR_CONFIG": str(config)}
        env.pop("MONITOR_DATABASE_URL", None)
        down = subprocess.run(
            [sys.executable, "-m", "monitor", "run"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert down.returncode == 2, down.stderr
        assert "Traceback" not in down.stderr
        (line,) = down.stderr.strip().splitlines()
        assert "database_url: cannot reach the database" in line

        proxy.resume()  # the server is back; systemd/Docker start the service again
        process = start_monitor_run(config)
        try:
            assert wait_for(lambda: http_server.received("/spot"), 30), "no poll after restart"
            assert wait_for(lambda: stored_prices(pg_url) == ["67000.00"], 10)
        finally:
            process.send_signal(signal.SIGTERM)
            _out, err = process.communicate(timeout=30)
        assert process.returncode == 0, err


def test_a_database_outage_in_the_middle_of_a_poll_loses_nothing(
    tmp_path: Path, pg_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    with TcpProxy(postgres_address()) as proxy, WebhookReceiver() as receiver:
        http_server.set_json("/spot", coinbase("67000.00"))
        config = price_config(
            tmp_path, through(proxy, pg_url), f"{http_server.url}/spot", receiver.hook_url
        )
        monitor = monitor_from(config, clock)
        monitor.pipeline.poll_source("btc-usd")  # the baseline

        def cut_while_fetching(_request: Received) -> Reply:
            proxy.cut()  # the database goes away between the fetch and the store
            return Reply(200, json.dumps(coinbase("69000.00")).encode())

        http_server.routes["/spot"] = cut_while_fetching
        clock.advance(timedelta(minutes=1))
        with pytest.raises(DBAPIError):
            monitor.pipeline.poll_source("btc-usd")
        with pytest.raises(DBAPIError):
            monitor.dispatch()  # everything that needs the database fails, and says so

        proxy.resume()
        http_server.set_json("/spot", coinbase("69000.00"))
        report = monitor.pipeline.poll_source("btc-usd")  # redone: nothing was stored
        assert [e.payload["price_text"] for e in report.new_events] == ["69000.00"]
        assert [a.rule_id for a in report.alerts] == ["btc-above"]
        assert monitor.dispatch().sent == 1
        assert monitor.pipeline.poll_source("btc-usd", force=True).new_events == []
        monitor.close()
    assert stored_prices(pg_url) == ["67000.00", "69000.00"]
    assert len(receiver.deliveries()) == 1


def test_a_database_away_is_one_line_each_way_and_the_lost_polls_are_a_recorded_gap(
    tmp_path: Path,
    pg_url: str,
    clock: ManualClock,
    http_server: LocalServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """75 s of database outage made 14,219 lines of tracebacks, and the prices fetched then
    vanished without a trace."""
    from click.testing import CliRunner

    from monitor.cli import main
    from monitor.scheduler import MonitorScheduler
    from monitor.store import gaps

    with TcpProxy(postgres_address()) as proxy:
        http_server.set_json("/spot", coinbase("67000.00"))
        config = price_config(tmp_path, through(proxy, pg_url), f"{http_server.url}/spot", None)
        monitor = monitor_from(config, clock)
        jobs = MonitorScheduler(monitor)  # its jobs, run by hand (not started)
        jobs.poll("btc-usd")
        proxy.cut()
        caplog.clear()
        caplog.set_level(logging.INFO)
        for _ in range(6):
            clock.advance(timedelta(seconds=30))
            http_server.set_json("/spot", coinbase("69000.00"))
            jobs.poll("btc-usd")
            jobs.dispatch()
            jobs.bookkeeping()
            jobs.deadlines()
        assert jobs.watch.down
        while_down = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert [r.getMessage().split(" (")[0] for r in while_down] == ["database unavailable"]
        assert not any(r.exc_info for r in caplog.records)

        proxy.resume()
        clock.advance(timedelta(seconds=30))
        jobs.poll("btc-usd")  # stores the price, raises the alert and dispatches it
        assert not jobs.watch.down
        outage = [r.getMessage() for r in caplog.records if r.name == "monitor.outage"]
        assert len(outage) == 3, outage
        assert outage[1].startswith("source btc-usd: 6 polls from ")
        # six polls and six dispatches (bookkeeping and deadlines had nothing to write)
        assert outage[2] == "database is back after 180 s (12 jobs failed meanwhile)"
        with monitor.sessions() as session:
            (gap,) = gaps.of_source(session, "btc-usd")
        assert (gap.polls_lost, gap.ended_at - gap.started_at) == (6, timedelta(seconds=150))
        listed = CliRunner().invoke(main, ["--config", str(config), "sources", "--format", "json"])
        monitor.close()
    (row,) = json.loads(listed.output)
    assert row["last_gap"].startswith("6 polls not stored, 2026-02-09 14:00:30 to 14:03:00 UTC")
