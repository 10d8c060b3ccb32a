"""Where the demo keeps its results: $MONITOR_DATABASE_URL when set (and empty: no events,
alerts, source state or silences), else a fresh demo.db in the user data directory,
recreated on every run. A monitor.yaml is never read, so its database_url is never used."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from monitor.config import ENV_DATABASE_URL, default_data_dir
from monitor.store import tables
from monitor.store.db import make_engine

DEMO_DB = "demo.db"
_SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


class DemoError(Exception):
    """The demo cannot run; the message says why and what to do."""


@dataclass(frozen=True)
class DemoDatabase:
    url: str
    from_environment: bool  # the user chose it: hints need no URL prefix

    @property
    def display_url(self) -> str:
        return make_engine(self.url).url.render_as_string(hide_password=True)


def choose_database() -> DemoDatabase:
    url = os.environ.get(ENV_DATABASE_URL)
    if url:
        refuse_if_used(url)
        return DemoDatabase(url, from_environment=True)
    path = default_data_dir() / DEMO_DB
    remove_sqlite(path)
    return DemoDatabase(f"sqlite:///{path}", from_environment=False)


# What a real monitor leaves behind, even when nothing was found yet: a failed poll writes
# only a source_state row, and its back-off would keep the demo's source of the same name
# from polling.
_HELD = (
    (tables.Event, "events"),
    (tables.Alert, "alerts"),
    (tables.SourceState, "source states"),
    (tables.Silence, "silences"),
)


def refuse_if_used(url: str) -> None:
    """The demo writes a made-up Cango history: never into a database that holds anything."""
    engine = make_engine(url)
    shown = engine.url.render_as_string(hide_password=True)
    held = []
    try:
        with engine.connect() as connection:
            for table, name in _HELD:
                if not inspect(connection).has_table(table.__tablename__):
                    continue
                count = connection.scalar(select(func.count()).select_from(table)) or 0
                if count:
                    held.append(f"{count} {name}")
    except SQLAlchemyError as exc:
        raise DemoError(f"cannot open ${ENV_DATABASE_URL} ({shown}): {exc}") from exc
    finally:
        engine.dispose()
    if held:
        raise DemoError(
            f"${ENV_DATABASE_URL} ({shown}) already holds {', '.join(held)}; the demo writes "
            f"a simulated history and needs an empty database. Point ${ENV_DATABASE_URL} at a "
            f"new one, or unset it to use a fresh {DEMO_DB} in {default_data_dir()}."
        )


def remove_sqlite(path: Path) -> None:
    """Delete a previous demo.db with its WAL and journal files."""
    for suffix in _SQLITE_COMPANIONS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
