"""History questions asked by rule conditions, answered from the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor import model
from monitor.store import alerts, tables
from monitor.store.events import to_event


class StoredHistory:
    """Implements monitor.rules.base.History over a session (inside the caller's transaction,
    so events inserted earlier in the same transaction are visible)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def previous(
        self, kind: str, entity: str, subject: str, before: model.Event
    ) -> model.Event | None:
        query = (
            select(tables.Event)
            .where(
                tables.Event.kind == kind,
                tables.Event.entity == entity,
                tables.Event.subject == subject,
                tables.Event.id < before.id,
            )
            .order_by(tables.Event.id.desc())
            .limit(1)
        )
        row = self.session.scalar(query)
        return to_event(row) if row else None

    def last_alert(self, rule_id: str, entity: str) -> model.Alert | None:
        return alerts.last_alert(self.session, rule_id, entity)
