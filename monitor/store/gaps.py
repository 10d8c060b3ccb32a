"""Source gaps: stretches of polls whose observations could not be stored."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.store import tables


def record(
    session: Session,
    source_id: str,
    started_at: datetime,
    ended_at: datetime,
    polls_lost: int,
    reason: str,
) -> None:
    session.add(
        tables.SourceGap(
            source_id=source_id,
            started_at=started_at,
            ended_at=ended_at,
            polls_lost=polls_lost,
            reason=reason,
        )
    )


def latest_by_source(session: Session) -> dict[str, tables.SourceGap]:
    """Each source's most recent gap."""
    newest = (
        select(tables.SourceGap.source_id, func.max(tables.SourceGap.id).label("id"))
        .group_by(tables.SourceGap.source_id)
        .subquery()
    )
    rows = session.scalars(
        select(tables.SourceGap).join(newest, tables.SourceGap.id == newest.c.id)
    )
    return {row.source_id: row for row in rows}


def describe(gap: tables.SourceGap) -> str:
    """One line for people: how many polls, when, why."""
    span = f"{gap.started_at:%Y-%m-%d %H:%M:%S} to {gap.ended_at:%H:%M:%S} UTC"
    return f"{gap.polls_lost} polls not stored, {span} ({gap.reason})"


def of_source(session: Session, source_id: str, limit: int = 20) -> list[tables.SourceGap]:
    query = (
        select(tables.SourceGap)
        .where(tables.SourceGap.source_id == source_id)
        .order_by(tables.SourceGap.id.desc())
        .limit(limit)
    )
    return list(session.scalars(query))
