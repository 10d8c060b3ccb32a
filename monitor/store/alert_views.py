"""An alert as the history explains it (CLI, web page, JSON API): its delivery log with every
attempt, and the events that triggered it; counts and filter choices for the alert list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor import model
from monitor.store import tables
from monitor.store.alerts import AlertFilter, alert_conditions, to_alert
from monitor.store.events import to_event


def count_alerts(session: Session, where: AlertFilter) -> int:
    """How many alerts match the filter, ignoring its limit and offset (for pagination)."""
    query = select(func.count(tables.Alert.id)).where(*alert_conditions(where))
    return int(session.scalar(query) or 0)


def alert_choices(session: Session) -> dict[str, list[str]]:
    """The rule ids and entities that have alerts, for filter suggestions."""
    rule, entity = tables.Alert.rule_id, tables.Alert.entity
    return {
        "rules": list(session.scalars(select(rule).distinct().order_by(rule))),
        "entities": list(session.scalars(select(entity).distinct().order_by(entity))),
    }


@dataclass(frozen=True)
class AttemptRecord:
    """One try at delivering: when, how it ended, how long it took, what the other side said."""

    attempted_at: datetime
    outcome: str
    detail: str | None
    duration_ms: float


@dataclass(frozen=True)
class DeliveryRecord:
    """An alert's delivery to one channel, with its attempt log (oldest first)."""

    id: int
    channel: str
    status: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
    last_error: str | None
    log: list[AttemptRecord]


@dataclass(frozen=True)
class AlertDetail:
    """Everything that explains one alert."""

    alert: model.Alert
    acknowledged_at: datetime | None
    deliveries: list[DeliveryRecord]
    events: list[model.Event]


def alert_detail(session: Session, alert_id: int) -> AlertDetail | None:
    row = session.get(tables.Alert, alert_id)
    if row is None:
        return None
    return AlertDetail(
        alert=to_alert(row),
        acknowledged_at=row.acknowledged_at,
        deliveries=delivery_log(session, alert_id),
        events=events_by_id(session, row.event_ids),
    )


def delivery_log(session: Session, alert_id: int) -> list[DeliveryRecord]:
    query = (
        select(tables.Delivery)
        .where(tables.Delivery.alert_id == alert_id)
        .order_by(tables.Delivery.channel)
    )
    deliveries = list(session.scalars(query))
    attempts = _attempts(session, [d.id for d in deliveries])
    return [
        DeliveryRecord(
            id=d.id,
            channel=d.channel,
            status=d.status,
            attempts=d.attempts,
            created_at=d.created_at,
            next_attempt_at=d.next_attempt_at,
            sent_at=d.sent_at,
            last_error=d.last_error,
            log=attempts.get(d.id, []),
        )
        for d in deliveries
    ]


def _attempts(session: Session, delivery_ids: Sequence[int]) -> dict[int, list[AttemptRecord]]:
    found: dict[int, list[AttemptRecord]] = {}
    if not delivery_ids:
        return found
    query = (
        select(tables.DeliveryAttempt)
        .where(tables.DeliveryAttempt.delivery_id.in_(delivery_ids))
        .order_by(tables.DeliveryAttempt.attempted_at, tables.DeliveryAttempt.id)
    )
    for row in session.scalars(query):
        record = AttemptRecord(row.attempted_at, row.outcome, row.detail, row.duration_ms)
        found.setdefault(row.delivery_id, []).append(record)
    return found


def events_by_id(session: Session, event_ids: Sequence[Any]) -> list[model.Event]:
    """The events with these ids, in the order given (unknown ids are skipped)."""
    ids = [int(i) for i in event_ids if isinstance(i, int | str) and str(i).isdigit()]
    if not ids:
        return []
    rows = {
        row.id: row for row in session.scalars(select(tables.Event).where(tables.Event.id.in_(ids)))
    }
    return [to_event(rows[i]) for i in ids if i in rows]
