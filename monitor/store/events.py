"""Storing observations as events, idempotently, and reading them back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from monitor import model
from monitor.store import tables
from monitor.store.upsert import insert_many_ignoring_conflict


def save_documents(session: Session, documents: Iterable[model.Document]) -> None:
    """Keep each document once, by the hash of its raw body."""
    rows = {
        doc.sha256: {
            "sha256": doc.sha256,
            "url": doc.url,
            "fetched_at": doc.fetched_at,
            "content_type": doc.content_type,
            "body": doc.body,
            "text": doc.text,
        }
        for doc in documents
    }
    insert_many_ignoring_conflict(
        session, tables.Document, list(rows.values()), ["sha256"], ["sha256"]
    )


def insert_observations(
    session: Session,
    source_id: str,
    observations: Iterable[model.Observation],
    observed_at: datetime,
) -> list[model.Event]:
    """Insert each observation unless its fingerprint is known; return only the new events,
    in the order given. One statement for the whole batch."""
    batch = list(observations)
    save_documents(session, [obs.document for obs in batch if obs.document])
    rows = {}
    for obs in batch:
        rows.setdefault(obs.fingerprint, _row(source_id, obs, observed_at))
    inserted = insert_many_ignoring_conflict(
        session, tables.Event, list(rows.values()), ["fingerprint"], ["id", "fingerprint"]
    )
    ids = {fingerprint: event_id for event_id, fingerprint in inserted}
    return sorted(
        (model.Event(id=ids[fp], **row) for fp, row in rows.items() if fp in ids),
        key=lambda event: event.id,
    )


def _row(source_id: str, obs: model.Observation, observed_at: datetime) -> dict[str, Any]:
    return {
        "fingerprint": obs.fingerprint,
        "source_id": source_id,
        "kind": obs.kind,
        "entity": obs.entity,
        "subject": obs.subject,
        "occurred_at": obs.occurred_at,
        "observed_at": observed_at,
        "payload": obs.payload,
        "evidence": obs.evidence,
        "document_sha256": obs.document.sha256 if obs.document else None,
    }


def known_fingerprints(session: Session, fingerprints: Sequence[str]) -> set[str]:
    """Which of these fingerprints are already stored (lets sources skip refetching)."""
    if not fingerprints:
        return set()
    query = select(tables.Event.fingerprint).where(tables.Event.fingerprint.in_(fingerprints))
    return set(session.scalars(query))


def to_event(row: tables.Event | Row[Any]) -> model.Event:
    """An event from its stored row (an ORM object or a plain row of the events table)."""
    return model.Event(
        id=row.id,
        fingerprint=row.fingerprint,
        source_id=row.source_id,
        kind=row.kind,
        entity=row.entity,
        subject=row.subject,
        occurred_at=row.occurred_at,
        observed_at=row.observed_at,
        payload=row.payload,
        evidence=row.evidence,
        document_sha256=row.document_sha256,
    )


@dataclass(frozen=True)
class EventFilter:
    kind: str | None = None
    entity: str | None = None
    source_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 100


def list_events(session: Session, where: EventFilter) -> list[model.Event]:
    """Events matching the filter, newest first."""
    query: Select[tuple[tables.Event]] = select(tables.Event)
    if where.kind:
        query = query.where(tables.Event.kind == where.kind)
    if where.entity:
        query = query.where(tables.Event.entity == where.entity)
    if where.source_id:
        query = query.where(tables.Event.source_id == where.source_id)
    if where.since:
        query = query.where(tables.Event.occurred_at >= where.since)
    if where.until:
        query = query.where(tables.Event.occurred_at < where.until)
    query = query.order_by(tables.Event.occurred_at.desc(), tables.Event.id.desc())
    return [to_event(row) for row in session.scalars(query.limit(where.limit))]


def events_in_order(
    session: Session, since: datetime | None, until: datetime | None
) -> list[model.Event]:
    """All events in a window, oldest first by the time they were stored (replay order)."""
    query = select(tables.Event)
    if since:
        query = query.where(tables.Event.observed_at >= since)
    if until:
        query = query.where(tables.Event.observed_at < until)
    query = query.order_by(tables.Event.id)
    return [to_event(row) for row in session.scalars(query)]
