"""Source state: cursor, HTTP validators, last success/error, and failure backoff.

A source's row has one type, `SourceRow`: its columns as a plain dataclass. Polls, health
judgements, the web page and the CLI all read it. Polls read and write it through Core
statements on the table, not the ORM's unit of work: most polls are a 304, and the ORM's
flush, identity map and attribute instrumentation cost three times the statements themselves
(benchmarks/poll.py).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Update, bindparam, select, update
from sqlalchemy.orm import Session

from monitor.store import tables
from monitor.store.upsert import insert_ignoring

STATE = tables.SourceState.__table__


@dataclass(slots=True)
class SourceRow:
    """A source's state row, column for column (see `tables.SourceState`)."""

    source_id: str
    cursor: dict[str, Any] = field(default_factory=dict)
    http_cache: dict[str, Any] = field(default_factory=dict)  # url -> validators
    last_poll_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    consecutive_failures: int = 0
    next_poll_after: datetime | None = None
    newest_item_at: datetime | None = None
    polls_total: int = 0  # also the row's version: every save moves it on
    errors_total: int = 0
    events_total: int = 0
    polls_late: int = 0
    polls_missed: int = 0
    unhealthy_since: datetime | None = None


# The older name of the row type, which the poll path's tests still use.
PollState = SourceRow
COLUMNS = tuple(SourceRow.__dataclass_fields__)


def values(row: SourceRow) -> dict[str, Any]:
    """The row's columns as they are now: what `save` compares against."""
    return {name: getattr(row, name) for name in COLUMNS}


def load(session: Session, source_id: str) -> tables.SourceState:
    """The row for this source as an ORM object, created empty on first use (for tests and
    tools that change a row in a session)."""
    row = session.get(tables.SourceState, source_id)
    if row is None:
        row = tables.SourceState(source_id=source_id, cursor={}, http_cache={})
        session.add(row)
        session.flush()
    return row


def record_success(row: SourceRow, now: datetime, newest_item_at: datetime | None) -> None:
    """A poll that worked (its new events are counted by whoever stores them)."""
    row.last_poll_at = now
    row.last_success_at = now
    row.consecutive_failures = 0
    row.next_poll_after = None
    row.polls_total += 1
    if newest_item_at and (row.newest_item_at is None or newest_item_at > row.newest_item_at):
        row.newest_item_at = newest_item_at


def record_failure(
    row: SourceRow, now: datetime, error: str, max_backoff: float, interval: float
) -> None:
    """Count the failure and back off exponentially (interval × 2^failures, capped)."""
    row.last_poll_at = now
    row.last_error = error[:2000]
    row.last_error_at = now
    row.consecutive_failures += 1
    row.polls_total += 1
    row.errors_total += 1
    delay = min(max_backoff, interval * (2 ** (row.consecutive_failures - 1)))
    row.next_poll_after = now + timedelta(seconds=delay)


def all_states(session: Session) -> dict[str, SourceRow]:
    """Every stored row, by source id."""
    rows = session.connection().execute(select(STATE))
    return {row.source_id: SourceRow(**row._mapping) for row in rows}


_LOAD = select(STATE).where(STATE.c.source_id == bindparam("loaded_id"))


def load_values(connection: Connection, source_id: str) -> dict[str, Any]:
    """The source's row as column values; created empty on first use (two processes may race
    to: the loser's insert is ignored)."""
    row = connection.execute(_LOAD, {"loaded_id": source_id}).one_or_none()
    if row is None:
        statement = insert_ignoring(connection.dialect.name, STATE, ("source_id",))
        connection.execute(statement, {"source_id": source_id, "cursor": {}, "http_cache": {}})
        row = connection.execute(_LOAD, {"loaded_id": source_id}).one()
    return dict(row._mapping)


def changes(values: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """The columns whose values differ from `base`."""
    return {name: value for name, value in values.items() if value != base[name]}


def save(connection: Connection, values: dict[str, Any], base: dict[str, Any]) -> bool:
    """Write the columns whose `values` differ from `base` (the row as the poll found it)
    unless another poll of this source was saved since: then write nothing, return False.

    Every save counts a poll, so `polls_total` is the row's version: a poll that started
    from another count than the stored one was overtaken.
    """
    # Nothing changed: the statement still checks the version.
    changed = changes(values, base) or {"polls_total": base["polls_total"]}
    params = {f"new_{name}": value for name, value in changed.items()}
    statement = _save_statement(tuple(sorted(changed)))
    result = connection.execute(
        statement,
        {"saved_id": values["source_id"], "claimed_polls": base["polls_total"], **params},
    )
    return result.rowcount == 1


@functools.lru_cache(maxsize=256)
def _save_statement(names: tuple[str, ...]) -> Update:
    # One statement per set of changed columns, built once: a 304 changes the same few.
    where = (
        STATE.c.source_id == bindparam("saved_id"),
        STATE.c.polls_total == bindparam("claimed_polls"),
    )
    return update(STATE).where(*where).values({name: bindparam(f"new_{name}") for name in names})
