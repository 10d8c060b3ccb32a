"""SQLAlchemy 2 typed tables. Unique keys carry the invariants: one event per fingerprint,
one alert per dedup key, one delivery per (alert, channel)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from monitor.clock import as_utc


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; always returns aware UTC datetimes, even from SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else as_utc(value)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else as_utc(value)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class SourceState(Base):
    """What a source remembers between polls, and how healthy it is."""

    __tablename__ = "source_state"

    source_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    cursor: Mapped[dict[str, Any]] = mapped_column(default=dict)
    http_cache: Mapped[dict[str, Any]] = mapped_column(default=dict)  # url -> validators
    last_poll_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    next_poll_after: Mapped[datetime | None]
    newest_item_at: Mapped[datetime | None]
    polls_total: Mapped[int] = mapped_column(default=0)
    errors_total: Mapped[int] = mapped_column(default=0)
    events_total: Mapped[int] = mapped_column(default=0)
    # Polls that started later than scheduler.late_after_seconds after their time, and
    # scheduled polls that never ran (the scheduler was too far behind to run them).
    polls_late: Mapped[int] = mapped_column(default=0, server_default="0")
    polls_missed: Mapped[int] = mapped_column(default=0, server_default="0")
    unhealthy_since: Mapped[datetime | None]


class Document(Base):
    """A fetched document, content-addressed by the SHA-256 of its raw body."""

    __tablename__ = "documents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime]
    content_type: Mapped[str] = mapped_column(String(200))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text)


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_entity_kind_subject", "entity", "kind", "subject"),
        Index("ix_events_occurred_at", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    source_id: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(500))
    occurred_at: Mapped[datetime]
    observed_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    document_sha256: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("documents.sha256"), nullable=True
    )


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_rule_entity", "rule_id", "entity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dedup_key: Mapped[str] = mapped_column(String(500), unique=True)
    rule_id: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    fired_at: Mapped[datetime] = mapped_column(index=True)
    values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    event_ids: Mapped[list[Any]] = mapped_column(default=list)
    state: Mapped[str] = mapped_column(String(16), default="open")
    acknowledged_at: Mapped[datetime | None]


class Delivery(Base):
    """One row per (alert, channel): its own attempts, its own error."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("alert_id", "channel"),
        Index("ix_deliveries_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"))
    channel: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    lease_token: Mapped[str | None] = mapped_column(String(32))  # who holds the lease
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]


class DeliveryAttempt(Base):
    """The delivery log: every try, its outcome and what the other side said."""

    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id"), index=True)
    attempted_at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(String(16))  # sent | retry | failed
    detail: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[float] = mapped_column(default=0.0)


class Silence(Base):
    """Suppresses deliveries for a rule and/or entity until it expires."""

    __tablename__ = "silences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rule_id: Mapped[str | None] = mapped_column(String(200))
    entity: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class SourceGap(Base):
    """A stretch of polls whose observations could not be stored (database away, disk full):
    whatever crossed a threshold then was never seen, and this says so."""

    __tablename__ = "source_gaps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(String(200), index=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]
    polls_lost: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)


class ThesisStateRow(Base):
    """The current state of a thesis (key ''), a pillar (its id) or a condition (pillar/id)."""

    __tablename__ = "thesis_states"

    thesis_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    scope: Mapped[str] = mapped_column(String(16), primary_key=True)  # thesis|pillar|condition
    key: Mapped[str] = mapped_column(String(250), primary_key=True)
    state: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    since: Mapped[datetime]
    seq: Mapped[int] = mapped_column(Integer, default=1)  # the change that set this state


class ThesisChange(Base):
    """The history of those states: every change, why, and the alert that announced it.

    `seq` numbers the changes of one state (1, 2, …): two processes (or a poll and the
    deadline job) that judge the same change both try to insert the same number, and only
    the first is kept, so a change is recorded and announced once."""

    __tablename__ = "thesis_changes"
    __table_args__ = (
        UniqueConstraint("thesis_id", "scope", "key", "seq"),
        Index("ix_thesis_changes_thesis", "thesis_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    thesis_id: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(250))
    seq: Mapped[int] = mapped_column(Integer)
    old_state: Mapped[str | None] = mapped_column(String(32))
    new_state: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime]
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"))


class ThesisEvidence(Base):
    """The evidence log: an alert a thesis condition used, linked once per condition."""

    __tablename__ = "thesis_evidence"
    __table_args__ = (
        UniqueConstraint("thesis_id", "condition_key", "alert_id"),
        Index("ix_thesis_evidence_thesis", "thesis_id", "linked_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    thesis_id: Mapped[str] = mapped_column(String(100))
    condition_key: Mapped[str] = mapped_column(String(250))
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    effect: Mapped[str] = mapped_column(String(16))
    linked_at: Mapped[datetime]


class ThesisReview(Base):
    """A review of a thesis (`monitor thesis review`), or its closing with a post-mortem."""

    __tablename__ = "thesis_reviews"
    __table_args__ = (Index("ix_thesis_reviews_thesis", "thesis_id", "reviewed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    thesis_id: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16), default="review")  # review | close
    reviewed_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
