"""Source state: cursor, HTTP validators, last success/error, and failure backoff."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, Update, bindparam, select, update
from sqlalchemy.orm import Session

from monitor.store import tables
from monitor.store.upsert import insert_ignoring


class PollState(SimpleNamespace):
    """A source's row while it is polled: its columns as plain attributes. Building and
    reading an ORM object instead, with its attribute instrumentation, was a tenth of the
    CPU of an unchanged poll (benchmarks/poll.py)."""


# What the bookkeeping below and health judgements accept: a row read by the ORM (the web
# page, the CLI) or a poll's state.
StateRow = tables.SourceState | PollState


def load(session: Session, source_id: str) -> tables.SourceState:
    """The row for this source, created empty on first use."""
    row = session.get(tables.SourceState, source_id)
    if row is None:
        row = tables.SourceState(source_id=source_id, cursor={}, http_cache={})
        session.add(row)
        session.flush()
    return row


def record_success(row: StateRow, now: datetime, newest_item_at: datetime | None) -> None:
    """A poll that worked (its new events are counted by whoever stores them)."""
    row.last_poll_at = now
    row.last_success_at = now
    row.consecutive_failures = 0
    row.next_poll_after = None
    row.polls_total += 1
    if newest_item_at and (row.newest_item_at is None or newest_item_at > row.newest_item_at):
        row.newest_item_at = newest_item_at


def record_failure(
    row: StateRow, now: datetime, error: str, max_backoff: float, interval: float
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


def all_states(session: Session) -> dict[str, tables.SourceState]:
    return {row.source_id: row for row in session.scalars(select(tables.SourceState))}


# Polls read and write this row through Core statements on the table, not the ORM's unit of
# work: most polls are a 304, and the ORM's flush and identity map cost three times the
# statements themselves (benchmarks/poll.py). The row travels as a dict of its column values
# (what `save` compares against) and a PollState built from them.
STATE = tables.SourceState.__table__
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


def values(state: PollState) -> dict[str, Any]:
    """The row's columns as they are now: what `save` compares against."""
    return dict(vars(state))


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
