"""Source state: cursor, HTTP validators, last success/error, and failure backoff."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Update, bindparam, or_, select, update
from sqlalchemy.orm import Session

from monitor.store import tables
from monitor.store.upsert import insert_ignoring


def load(session: Session, source_id: str) -> tables.SourceState:
    """The row for this source, created empty on first use."""
    row = session.get(tables.SourceState, source_id)
    if row is None:
        row = tables.SourceState(source_id=source_id, cursor={}, http_cache={})
        session.add(row)
        session.flush()
    return row


def record_success(row: tables.SourceState, now: datetime, newest_item_at: datetime | None) -> None:
    """A poll that worked (its new events are counted by whoever stores them)."""
    row.last_poll_at = now
    row.last_success_at = now
    row.poll_lease_until = None
    row.consecutive_failures = 0
    row.next_poll_after = None
    row.polls_total += 1
    if newest_item_at and (row.newest_item_at is None or newest_item_at > row.newest_item_at):
        row.newest_item_at = newest_item_at


def record_failure(
    row: tables.SourceState, now: datetime, error: str, max_backoff: float, interval: float
) -> None:
    """Count the failure and back off exponentially (interval × 2^failures, capped)."""
    row.last_poll_at = now
    row.poll_lease_until = None
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
# work: most polls are a 304, and the ORM's flush and identity map cost three times the two
# statements themselves (benchmarks/poll.py). The row travels as a detached SourceState.
STATE = tables.SourceState.__table__


def _claim_statement(*, respect_backoff: bool) -> Update:
    conditions = [
        STATE.c.source_id == bindparam("claimed_id"),
        or_(STATE.c.poll_lease_until.is_(None), STATE.c.poll_lease_until < bindparam("now")),
    ]
    if respect_backoff:
        conditions.append(
            or_(STATE.c.next_poll_after.is_(None), STATE.c.next_poll_after <= bindparam("now"))
        )
    return (
        update(STATE)
        .where(*conditions)
        .values(poll_lease_until=bindparam("until"))
        .returning(*STATE.c)
    )


# Built once: building the statement on every poll cost more than running it.
_CLAIM = _claim_statement(respect_backoff=False)
_CLAIM_UNLESS_BACKING_OFF = _claim_statement(respect_backoff=True)
_BACKOFF = select(STATE.c.next_poll_after).where(STATE.c.source_id == bindparam("claimed_id"))


def claim_poll(
    connection: Connection,
    source_id: str,
    now: datetime,
    lease: timedelta,
    *,
    respect_backoff: bool = False,
) -> tables.SourceState | None:
    """Take the poll lease for this source and return its row, fresh and detached; None while
    another process holds the lease, when the row does not exist yet, or (with
    `respect_backoff`) while the source is backing off."""
    statement = _CLAIM_UNLESS_BACKING_OFF if respect_backoff else _CLAIM
    params = {"claimed_id": source_id, "now": now, "until": now + lease}
    row = connection.execute(statement, params).one_or_none()
    return None if row is None else tables.SourceState(**row._mapping)


def backing_off_until(connection: Connection, source_id: str) -> datetime | None:
    """When the source may be polled again after failures; creates its row on first use
    (two processes may race to: the loser's insert is ignored)."""
    found = connection.execute(_BACKOFF, {"claimed_id": source_id}).one_or_none()
    if found is not None:
        return found.next_poll_after
    statement = insert_ignoring(connection.dialect.name, STATE, ("source_id",))
    connection.execute(statement, {"source_id": source_id, "cursor": {}, "http_cache": {}})
    return None


def values(state: tables.SourceState) -> dict[str, Any]:
    """The row's columns as they are now: what `save` compares against."""
    return {column.name: getattr(state, column.name) for column in STATE.c}


def save(connection: Connection, state: tables.SourceState, claimed: dict[str, Any]) -> None:
    """Write the columns that changed since `claimed` (the values at the claim)."""
    changed = {
        name: value
        for name, value in values(state).items()
        if name != "source_id" and value != claimed[name]
    }
    if changed:
        params = {f"new_{name}": value for name, value in changed.items()}
        connection.execute(
            _save_statement(tuple(sorted(changed))), {"saved_id": state.source_id, **params}
        )


@functools.lru_cache(maxsize=256)
def _save_statement(names: tuple[str, ...]) -> Update:
    # One statement per set of changed columns, built once: a 304 changes the same few.
    return (
        update(STATE)
        .where(STATE.c.source_id == bindparam("saved_id"))
        .values({name: bindparam(f"new_{name}") for name in names})
    )
