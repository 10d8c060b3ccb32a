"""Source state: cursor, HTTP validators, last success/error, and failure backoff."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
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


def claim_poll(session: Session, source_id: str, now: datetime, lease: timedelta) -> bool:
    """Take the poll lease for this source; False while another process holds it."""
    load(session, source_id)  # make sure the row exists before the conditional update
    statement = (
        update(tables.SourceState)
        .where(
            tables.SourceState.source_id == source_id,
            or_(
                tables.SourceState.poll_lease_until.is_(None),
                tables.SourceState.poll_lease_until < now,
            ),
        )
        .values(poll_lease_until=now + lease)
    )
    return session.execute(statement).rowcount == 1
