"""Domain types that flow through the pipeline: observations, events, alerts, deliveries."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

JSON = dict[str, Any]


def fingerprint(*parts: object) -> str:
    """A stable identity hash; the store's unique key that makes re-polls harmless."""
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class Document:
    """A fetched document kept content-addressed so extraction can run again without refetch."""

    url: str
    fetched_at: datetime
    content_type: str
    body: bytes
    text: str

    @property
    def sha256(self) -> str:
        return content_hash(self.body)


@dataclass(frozen=True)
class Observation:
    """Something a source saw, before storage.

    `identity` names the fact (for a price: symbol and quote time; for a filing: the accession);
    the fingerprint does not include the source id, so two sources that see the same filing
    store it once.
    """

    kind: str
    entity: str
    subject: str
    occurred_at: datetime
    identity: tuple[object, ...]
    payload: JSON = field(default_factory=dict)
    evidence: JSON = field(default_factory=dict)
    document: Document | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.kind, self.entity, *self.identity)


@dataclass(frozen=True)
class Event:
    """A stored observation."""

    id: int
    fingerprint: str
    source_id: str
    kind: str
    entity: str
    subject: str
    occurred_at: datetime
    observed_at: datetime
    payload: JSON
    evidence: JSON
    document_sha256: str | None = None

    def document(self) -> str | None:
        """The document the event was read from, if any: the stored column, or the payload's
        record of it (extracted figures and replayed events keep it there)."""
        recorded = self.payload.get("document_sha256")
        return self.document_sha256 or (str(recorded) if recorded else None)

    def brief(self) -> JSON:
        """What an alert keeps of a triggering event."""
        return {
            "id": self.id,
            "kind": self.kind,
            "entity": self.entity,
            "subject": self.subject,
            "occurred_at": self.occurred_at.isoformat(),
            "payload": self.payload,
            "evidence": self.evidence,
        }


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class AlertState(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # due now or at next_attempt_at (retries stay pending)
    SENT = "sent"
    FAILED = "failed"  # permanent failure (e.g. HTTP 4xx, SMTP 5xx)
    DEAD = "dead"  # retried until max age, then given up
    UNKNOWN = "unknown"  # timed out after sending: may have arrived, so not sent again
    SUPPRESSED = "suppressed"  # silenced before it was sent


@dataclass(frozen=True)
class AlertDraft:
    """An alert a rule wants to raise; the store makes it real once per dedup key."""

    rule_id: str
    entity: str
    dedup_key: str
    severity: str
    title: str
    body: str
    reason: str
    fired_at: datetime
    values: JSON = field(default_factory=dict)
    evidence: list[JSON] = field(default_factory=list)
    event_ids: tuple[int, ...] = ()
    channels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alert:
    """A raised alert as stored, with what a channel needs to render it."""

    id: int
    rule_id: str
    entity: str
    dedup_key: str
    severity: str
    title: str
    body: str
    reason: str
    fired_at: datetime
    values: JSON
    evidence: list[JSON]
    event_ids: list[int]
    state: str


def to_json(value: Any) -> str:
    return json.dumps(value, default=str, sort_keys=True)
