"""What is stored, by name: every entity with its counts, and the event kinds, entities and
sources as spelled in the database (for choices and for checking a filter)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.store import tables
from monitor.store.db import aggregated_moment


@dataclass(frozen=True)
class EntitySummary:
    entity: str
    events: int
    last_event_at: datetime | None
    alerts: int


def entity_summaries(session: Session) -> list[EntitySummary]:
    """Every entity with events or alerts, with counts."""
    events = {
        entity: (count, last)
        for entity, count, last in session.execute(
            select(
                tables.Event.entity, func.count(tables.Event.id), func.max(tables.Event.occurred_at)
            ).group_by(tables.Event.entity)
        )
    }
    per_entity = select(tables.Alert.entity, func.count()).group_by(tables.Alert.entity)
    alerts = {entity: int(count) for entity, count in session.execute(per_entity)}
    names = sorted(set(events) | set(alerts))
    return [
        EntitySummary(
            entity=name,
            events=events.get(name, (0, None))[0],
            last_event_at=aggregated_moment(events.get(name, (0, None))[1]),
            alerts=alerts.get(name, 0),
        )
        for name in names
    ]


def event_names(session: Session) -> dict[str, list[str]]:
    """The event kinds, entities and sources stored, for choices and for checking a filter."""
    event = tables.Event
    return {
        "kinds": list(session.scalars(select(event.kind).distinct().order_by(event.kind))),
        "entities": list(session.scalars(select(event.entity).distinct().order_by(event.entity))),
        "sources": list(
            session.scalars(select(event.source_id).distinct().order_by(event.source_id))
        ),
    }


def stored_spelling(name: str, stored: Sequence[str]) -> str | None:
    """`name` as stored, compared without regard to case ("cang" → "CANG"); None if absent."""
    if name in stored:
        return name
    folded = name.casefold()
    return next((s for s in stored if s.casefold() == folded), None)
