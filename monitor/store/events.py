"""Storing observations as events, idempotently, and reading them back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from monitor import model
from monitor.store import tables
from monitor.store.upsert import insert_ignoring_conflict


def save_document(session: Session, document: model.Document) -> str:
    """Keep a document once, by the hash of its raw body."""
    insert_ignoring_conflict(
        session,
        tables.Document,
        {
            "sha256": document.sha256,
            "url": document.url,
            "fetched_at": document.fetched_at,
            "content_type": document.content_type,
            "body": document.body,
            "text": document.text,
        },
        ["sha256"],
    )
    return document.sha256


def insert_observations(
    session: Session,
    source_id: str,
    observations: Iterable[model.Observation],
    observed_at: datetime,
) -> list[model.Event]:
    """Insert each observation unless its fingerprint is known; return only the new events."""
    new_events = []
    for obs in observations:
        document_sha = save_document(session, obs.document) if obs.document else None
        values = {
            "fingerprint": obs.fingerprint,
            "source_id": source_id,
            "kind": obs.kind,
            "entity": obs.entity,
            "subject": obs.subject,
            "occurred_at": obs.occurred_at,
            "observed_at": observed_at,
            "payload": obs.payload,
            "evidence": obs.evidence,
            "document_sha256": document_sha,
        }
        event_id = insert_ignoring_conflict(session, tables.Event, values, ["fingerprint"])
        if event_id is not None:
            new_events.append(model.Event(id=event_id, **values))
    return new_events


def known_fingerprints(session: Session, fingerprints: Sequence[str]) -> set[str]:
    """Which of these fingerprints are already stored (lets sources skip refetching)."""
    if not fingerprints:
        return set()
    query = select(tables.Event.fingerprint).where(tables.Event.fingerprint.in_(fingerprints))
    return set(session.scalars(query))


def to_event(row: tables.Event) -> model.Event:
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
