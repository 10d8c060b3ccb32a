"""Silences: suppress deliveries for a rule and/or an entity until they expire."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from monitor.model import Alert
from monitor.store import tables


def add(
    session: Session,
    rule_id: str | None,
    entity: str | None,
    reason: str,
    now: datetime,
    expires_at: datetime,
) -> tables.Silence:
    if rule_id is None and entity is None:
        raise ValueError("a silence needs a rule, an entity, or both")
    silence = tables.Silence(
        rule_id=rule_id, entity=entity, reason=reason, created_at=now, expires_at=expires_at
    )
    session.add(silence)
    session.flush()
    return silence


def active(session: Session, now: datetime) -> list[tables.Silence]:
    query = select(tables.Silence).where(tables.Silence.expires_at > now)
    return list(session.scalars(query.order_by(tables.Silence.expires_at)))


def all_silences(session: Session) -> list[tables.Silence]:
    return list(session.scalars(select(tables.Silence).order_by(tables.Silence.id)))


def expire(session: Session, silence_id: int, now: datetime) -> bool:
    silence = session.get(tables.Silence, silence_id)
    if silence is None or silence.expires_at <= now:
        return False
    silence.expires_at = now
    return True


def silencing(session: Session, alert: Alert, now: datetime) -> tables.Silence | None:
    """The active silence that covers this alert, if any (a field left empty matches all)."""
    query = select(tables.Silence).where(
        tables.Silence.expires_at > now,
        or_(tables.Silence.rule_id.is_(None), tables.Silence.rule_id == alert.rule_id),
        or_(tables.Silence.entity.is_(None), tables.Silence.entity == alert.entity),
    )
    return session.scalars(query.limit(1)).first()


@dataclass(frozen=True)
class SilenceRecord:
    id: int
    rule_id: str | None
    entity: str | None
    reason: str
    created_at: datetime
    expires_at: datetime
    active: bool


def list_silences(session: Session, now: datetime, limit: int = 200) -> list[SilenceRecord]:
    """Silences, those still active first (soonest to expire first), then the most recently
    expired."""
    rows = session.scalars(
        select(tables.Silence).order_by(tables.Silence.expires_at.desc()).limit(limit)
    )
    found = [_silence(row, now) for row in rows]
    active = sorted((s for s in found if s.active), key=lambda s: s.expires_at)
    return active + [s for s in found if not s.active]


def get_silence(session: Session, silence_id: int, now: datetime) -> SilenceRecord | None:
    row = session.get(tables.Silence, silence_id)
    return _silence(row, now) if row is not None else None


def _silence(row: tables.Silence, now: datetime) -> SilenceRecord:
    return SilenceRecord(
        row.id,
        row.rule_id,
        row.entity,
        row.reason,
        row.created_at,
        row.expires_at,
        row.expires_at > now,
    )
