"""Source state: cursor, HTTP validators, last success/error, and failure backoff."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Update, bindparam, or_, select, update
from sqlalchemy.orm import Session

from monitor.store import tables


def load(session: Session, source_id: str) -> tables.SourceState:
    """The row for this source, created empty on first use."""
    row = session.get(tables.SourceState, source_id)
    if row is None:
        row = tables.SourceState(source_id=source_id, cursor={}, http_cache={})
        session.add(row)
        session.flush()
    return row


def record_success(
    row: tables.SourceState, now: datetime, new_events: int, newest_item_at: datetime | None
) -> None:
    row.last_poll_at = now
    row.last_success_at = now
    row.poll_lease_until = None
    row.consecutive_failures = 0
    row.next_poll_after = None
    row.polls_total += 1
    row.events_total += new_events
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


def _claim_statement(*, respect_backoff: bool) -> Update:
    state = tables.SourceState
    conditions = [
        state.source_id == bindparam("claimed_id"),
        or_(state.poll_lease_until.is_(None), state.poll_lease_until < bindparam("now")),
    ]
    if respect_backoff:
        conditions.append(
            or_(state.next_poll_after.is_(None), state.next_poll_after <= bindparam("now"))
        )
    return (
        update(state)
        .where(*conditions)
        .values(poll_lease_until=bindparam("until"))
        .returning(state)
        # The claimed row comes back (RETURNING); nothing else in the session to synchronise.
        .execution_options(synchronize_session=False)
    )


# Built once: building the statement on every poll cost more than running it.
_CLAIM = _claim_statement(respect_backoff=False)
_CLAIM_UNLESS_BACKING_OFF = _claim_statement(respect_backoff=True)


def claim_poll(
    session: Session,
    source_id: str,
    now: datetime,
    lease: timedelta,
    *,
    respect_backoff: bool = False,
) -> tables.SourceState | None:
    """Take the poll lease for this source and return its row, fresh; None while another
    process holds the lease, when the row does not exist yet, or (with `respect_backoff`)
    while the source is backing off."""
    statement = _CLAIM_UNLESS_BACKING_OFF if respect_backoff else _CLAIM
    params = {"claimed_id": source_id, "now": now, "until": now + lease}
    return session.execute(statement, params).scalar_one_or_none()
