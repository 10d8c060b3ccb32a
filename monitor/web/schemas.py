"""The JSON API's shapes, so /openapi.json documents every route's answer."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class AlertOut(BaseModel):
    id: int
    rule_id: str
    entity: str
    dedup_key: str
    severity: str
    title: str
    body: str
    reason: str
    fired_at: datetime
    values: dict[str, Any]
    evidence: list[dict[str, Any]]
    event_ids: list[int]
    state: str
    deliveries: dict[str, str] = Field(description="channel → delivery status")
    url: str = Field(description="the alert's page")


class AlertList(BaseModel):
    items: list[AlertOut]
    total: int = Field(description="alerts matching the filters, all pages")
    limit: int
    offset: int


class AttemptOut(BaseModel):
    attempted_at: datetime
    outcome: str = Field(description="sent | retry | failed")
    detail: str | None
    duration_ms: float


class DeliveryOut(BaseModel):
    channel: str
    status: str = Field(description="pending | sent | failed | dead | unknown | suppressed")
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
    last_error: str | None
    log: list[AttemptOut]


class EventOut(BaseModel):
    id: int
    kind: str
    entity: str
    subject: str
    source_id: str
    occurred_at: datetime
    observed_at: datetime
    payload: dict[str, Any]
    evidence: dict[str, Any]
    document_sha256: str | None = None


class AlertDetailOut(AlertOut):
    acknowledged_at: datetime | None
    delivery_log: list[DeliveryOut]
    events: list[EventOut] = Field(description="the events that triggered the alert")


class EventList(BaseModel):
    items: list[EventOut]
    limit: int


class SourceOut(BaseModel):
    id: str
    kind: str
    enabled: bool
    health: str = Field(description="ok | degraded | failing | stale | never polled | unconfigured")
    reason: str
    healthy: bool
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    polls_total: int
    errors_total: int
    events_total: int
    newest_item_at: datetime | None
    freshness_hours: float | None
    last_gap: str | None = Field(
        None, description="the latest polls whose data could not be stored (database away)"
    )
    last_gap_at: datetime | None = None


class EntityOut(BaseModel):
    entity: str
    events: int
    alerts: int
    last_event_at: datetime | None
    metrics: list[str] | None = None


class SeriesPointOut(BaseModel):
    period: str
    value: float
    unit: str | None
    figures: int = Field(description="figures stored for the period, repeats included")
    restated_from: float | None = Field(description="the earlier figure this one replaced")
    event_id: int
    occurred_at: datetime
    observed_at: datetime
    source_id: str


class SeriesOut(BaseModel):
    entity: str
    metric: str
    granularity: str | None
    points: list[SeriesPointOut]


class AckOut(BaseModel):
    id: int
    state: str
    acknowledged_at: datetime | None


class SilenceIn(BaseModel):
    rule_id: str | None = Field(None, description="silence this rule (empty: every rule)")
    entity: str | None = Field(None, description="silence this entity (empty: every entity)")
    reason: str = ""
    hours: float = Field(24.0, gt=0, le=366 * 24, description="how long, from now")


class SilenceOut(BaseModel):
    id: int
    rule_id: str | None
    entity: str | None
    reason: str
    created_at: datetime
    expires_at: datetime
    active: bool


class HealthOut(BaseModel):
    status: str = Field(description="ok | degraded (a source is unhealthy) | error (database)")
    database: str
    checked_at: datetime
    sources: dict[str, str] = Field(description="source id → health")
    unhealthy: list[str]
