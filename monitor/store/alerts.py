"""Raising alerts (once per dedup key, with their outbox rows) and reading them back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Text, and_, cast, func, select
from sqlalchemy.orm import Session

from monitor import model
from monitor.store import tables
from monitor.store.upsert import insert_ignoring_conflict


def raise_alerts(
    session: Session, drafts: Iterable[model.AlertDraft], now: datetime
) -> list[model.Alert]:
    """Raise each draft on its own channels; the alerts that were new, in the drafts' order.
    Polls, deadlines and source health all raise their alerts here."""
    raised = (raise_alert(session, draft, draft.channels, now) for draft in drafts)
    return [alert for alert in raised if alert is not None]


def raise_alert(
    session: Session, draft: model.AlertDraft, channels: Sequence[str], now: datetime
) -> model.Alert | None:
    """Insert the alert and one pending delivery per channel, in the caller's transaction.

    Returns None when the dedup key already exists: one alert per key, ever.
    """
    values = {
        "dedup_key": draft.dedup_key,
        "rule_id": draft.rule_id,
        "entity": draft.entity,
        "severity": draft.severity,
        "title": draft.title,
        "body": draft.body,
        "reason": draft.reason,
        "fired_at": draft.fired_at,
        "values": draft.values,
        "evidence": draft.evidence,
        "event_ids": list(draft.event_ids),
        "state": model.AlertState.OPEN.value,
    }
    alert_id = insert_ignoring_conflict(session, tables.Alert, values, ["dedup_key"])
    if alert_id is None:
        return None
    for channel in channels:
        session.add(
            tables.Delivery(
                alert_id=alert_id,
                channel=channel,
                status=model.DeliveryStatus.PENDING.value,
                attempts=0,
                created_at=now,
                next_attempt_at=now,
            )
        )
    session.flush()
    return to_alert(session.get_one(tables.Alert, alert_id))


def dedup_key_exists(session: Session, dedup_key: str) -> bool:
    query = select(tables.Alert.id).where(tables.Alert.dedup_key == dedup_key)
    return session.scalar(query) is not None


def last_alert(session: Session, rule_id: str, entity: str) -> model.Alert | None:
    query = (
        select(tables.Alert)
        .where(tables.Alert.rule_id == rule_id, tables.Alert.entity == entity)
        .order_by(tables.Alert.fired_at.desc(), tables.Alert.id.desc())
        .limit(1)
    )
    row = session.scalar(query)
    return to_alert(row) if row else None


def to_alert(row: tables.Alert) -> model.Alert:
    return model.Alert(
        id=row.id,
        rule_id=row.rule_id,
        entity=row.entity,
        dedup_key=row.dedup_key,
        severity=row.severity,
        title=row.title,
        body=row.body,
        reason=row.reason,
        fired_at=row.fired_at,
        values=row.values,
        evidence=row.evidence,
        event_ids=row.event_ids,
        state=row.state,
    )


@dataclass(frozen=True)
class AlertFilter:
    rule_id: str | None = None
    entity: str | None = None
    severity: str | None = None
    state: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 100
    offset: int = 0
    text: str | None = None  # words in the title, reason or quoted evidence, any case


def alert_conditions(where: AlertFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of an alert filter (listing and counting alike)."""
    conditions: list[ColumnElement[bool]] = []
    for column, wanted in (
        (tables.Alert.rule_id, where.rule_id),
        (tables.Alert.entity, where.entity),
        (tables.Alert.severity, where.severity),
        (tables.Alert.state, where.state),
    ):
        if wanted:
            conditions.append(column == wanted)
    if where.since:
        conditions.append(tables.Alert.fired_at >= where.since)
    if where.until:
        conditions.append(tables.Alert.fired_at < where.until)
    if where.text and where.text.strip():
        conditions.append(_text_matches(where.text.strip()))
    return conditions


def _text_matches(text: str) -> ColumnElement[bool]:
    """Case-insensitive: every word of `text` in the title, the reason or the evidence (where
    the quotes are). Wildcards in the words are matched literally."""
    haystack = func.lower(
        tables.Alert.title
        + " "
        + tables.Alert.reason
        + " "
        + func.coalesce(cast(tables.Alert.evidence, Text), "")
    )
    words = [w.lower() for w in text.split()][:10]
    return and_(*(haystack.contains(word, autoescape=True) for word in words))


def list_alerts(session: Session, where: AlertFilter) -> list[model.Alert]:
    """Alerts matching the filter, newest first."""
    query = select(tables.Alert).where(*alert_conditions(where))
    query = query.order_by(tables.Alert.fired_at.desc(), tables.Alert.id.desc())
    rows = session.scalars(query.offset(where.offset).limit(where.limit))
    return [to_alert(row) for row in rows]


def delivery_summary(session: Session, alert_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """{alert id: {channel: status}} for listing."""
    summary: dict[int, dict[str, str]] = {alert_id: {} for alert_id in alert_ids}
    if not alert_ids:
        return summary
    query = select(tables.Delivery).where(tables.Delivery.alert_id.in_(alert_ids))
    for row in session.scalars(query):
        summary[row.alert_id][row.channel] = row.status
    return summary
