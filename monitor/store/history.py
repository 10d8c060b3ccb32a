"""History questions asked by rule conditions, answered from the database."""

from __future__ import annotations

import bisect
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor import model
from monitor.metrics import METRIC_OBSERVED, METRIC_RESTATED
from monitor.store import alerts, tables
from monitor.store.events import to_event

METRIC_KINDS = (METRIC_OBSERVED, METRIC_RESTATED)
# History is read as plain rows, not ORM objects: rules ask for many events per batch and
# loading each as an entity was a fifth of the pipeline's time (benchmarks/pipeline.py).
EVENT = tables.Event.__table__


class AlertLog(Protocol):
    def last_alert(self, rule_id: str, entity: str) -> model.Alert | None: ...

    def alerts_for(self, rule_id: str, entity: str) -> list[model.Alert]: ...


class StoredAlerts:
    """Alerts as stored (the live service)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def last_alert(self, rule_id: str, entity: str) -> model.Alert | None:
        return alerts.last_alert(self.session, rule_id, entity)

    def alerts_for(self, rule_id: str, entity: str) -> list[model.Alert]:
        where = alerts.AlertFilter(rule_id=rule_id, entity=entity, limit=10_000)
        return alerts.list_alerts(self.session, where)


class StoredHistory:
    """Implements monitor.rules.base.History over a session (inside the caller's transaction,
    so events inserted earlier in the same transaction are visible). A replay passes its own
    alert log, since a dry run stores no alerts."""

    def __init__(self, session: Session, alert_log: AlertLog | None = None) -> None:
        self.session = session
        self.alert_log = alert_log or StoredAlerts(session)
        self._batch: dict[tuple[str, str, str], list[model.Event]] = {}

    def remember(self, events: list[model.Event]) -> None:
        """The batch just stored: `previous` answers from it without a query when it can
        (a backfill or a busy feed stores many events of one subject at once)."""
        for event in events:
            self._batch.setdefault((event.kind, event.entity, event.subject), []).append(event)
        for batch in self._batch.values():
            batch.sort(key=lambda e: e.id)

    def previous(
        self, kind: str, entity: str, subject: str, before: model.Event
    ) -> model.Event | None:
        batch = self._batch.get((kind, entity, subject), [])
        # The batch is in id order: the last event before `before` is found by bisection
        # (scanning it for every event was quadratic in a big batch).
        earlier = bisect.bisect_left(batch, before.id, key=lambda e: e.id)
        if earlier:
            return batch[earlier - 1]
        query = (
            select(*EVENT.c)
            .where(
                EVENT.c.kind == kind,
                EVENT.c.entity == entity,
                EVENT.c.subject == subject,
                EVENT.c.id < before.id,
            )
            .order_by(EVENT.c.id.desc())
            .limit(1)
        )
        row = self.session.execute(query).first()
        return to_event(row) if row else None

    def metric_events(
        self, entity: str, metric: str, upto: model.Event | None
    ) -> list[model.Event]:
        query = select(*EVENT.c).where(
            EVENT.c.kind.in_(METRIC_KINDS),
            EVENT.c.entity == entity,
            EVENT.c.subject.startswith(f"{metric}:", autoescape=True),
        )
        if upto is not None:
            query = query.where(EVENT.c.id <= upto.id)
        return [to_event(row) for row in self.session.execute(query.order_by(EVENT.c.id))]

    def window(
        self, kind: str, entity: str, subject: str, since: datetime, before: model.Event
    ) -> list[model.Event]:
        query = (
            select(*EVENT.c)
            .where(
                EVENT.c.kind == kind,
                EVENT.c.entity == entity,
                EVENT.c.subject == subject,
                EVENT.c.id < before.id,
                EVENT.c.occurred_at >= since,
                EVENT.c.occurred_at <= before.occurred_at,
            )
            .order_by(EVENT.c.occurred_at)
        )
        return [to_event(row) for row in self.session.execute(query)]

    def same_document(self, event: model.Event, metric: str) -> list[model.Event]:
        document = event.payload.get("document_sha256") or event.document_sha256
        if not document:
            return []
        query = select(*EVENT.c).where(
            EVENT.c.kind.in_(METRIC_KINDS),
            EVENT.c.entity == event.entity,
            EVENT.c.subject.startswith(f"{metric}:", autoescape=True),
        )
        return [
            found
            for found in map(to_event, self.session.execute(query))
            if (found.payload.get("document_sha256") or found.document_sha256) == document
        ]

    def last_alert(self, rule_id: str, entity: str) -> model.Alert | None:
        return self.alert_log.last_alert(rule_id, entity)

    def alerts_for(self, rule_id: str, entity: str) -> list[model.Alert]:
        return self.alert_log.alerts_for(rule_id, entity)
