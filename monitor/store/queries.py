"""Read-only questions asked by the alert history (CLI, web page, JSON API, /metrics).

An alert with its delivery log and triggering events; a metric's series by period with
restatements applied; prices per time window; per-entity summaries; and the totals that
/metrics exposes. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from monitor import model
from monitor.clock import as_utc
from monitor.rules.series import period_of
from monitor.store import tables
from monitor.store.alerts import AlertFilter, alert_conditions, to_alert
from monitor.store.events import to_event
from monitor.vocabulary.kinds import METRIC_KINDS, PRICE
from monitor.vocabulary.payloads import MetricPayload, PricePayload
from monitor.vocabulary.periods import Granularity, period_sort_key

# --- alerts -------------------------------------------------------------------------------


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


# --- series -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesPoint:
    """A metric's figure for one period: the latest stored, with what it replaced."""

    period: str
    value: float
    unit: str | None
    figures: int  # how many figures were stored for the period (repeats included)
    restated_from: float | None  # the earlier, different figure this one replaced
    event_id: int
    occurred_at: datetime
    observed_at: datetime
    source_id: str

    @property
    def restated(self) -> bool:
        return self.restated_from is not None


def metric_events(session: Session, entity: str, metric: str) -> list[model.Event]:
    """Every stored figure of one metric for one entity, in the order they were stored."""
    prefix = f"{metric}:"
    query = (
        select(tables.Event)
        .where(
            tables.Event.entity == entity,
            tables.Event.kind.in_(METRIC_KINDS),
            # subject is "metric:period"; a range, not LIKE, since metric names contain "_"
            tables.Event.subject >= prefix,
            tables.Event.subject < f"{metric};",
        )
        .order_by(tables.Event.id)
    )
    events = [to_event(row) for row in session.scalars(query)]
    return [e for e in events if (MetricPayload.from_event(e).metric or metric) == metric]


def metric_series(
    session: Session, entity: str, metric: str, granularity: Granularity | None = None
) -> list[SeriesPoint]:
    """The metric by period, oldest period first; the last stored figure for a period wins.

    With a granularity, as-of dates fall into their month/quarter/year and figures of another
    granularity are left out (a month is never summed into a quarter)."""
    history: dict[str, list[model.Event]] = {}
    for event in metric_events(session, entity, metric):
        if not _numeric(MetricPayload.from_event(event).value):
            continue
        label = _label(event, granularity)
        if label is not None:
            history.setdefault(label, []).append(event)
    points = [_point(label, events) for label, events in history.items()]
    return sorted(points, key=lambda p: period_sort_key(p.period))


def _numeric(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _label(event: model.Event, granularity: Granularity | None) -> str | None:
    if granularity is None:
        label = MetricPayload.from_event(event).period
        return label if isinstance(label, str) and label else None
    period = period_of(event, granularity)
    return str(period) if period is not None else None


def _point(label: str, events: list[model.Event]) -> SeriesPoint:
    latest = events[-1]
    value = float(MetricPayload.from_event(latest).value or 0)  # numeric: see metric_series
    earlier = [float(MetricPayload.from_event(e).value or 0) for e in events[:-1]]
    replaced = next((v for v in reversed(earlier) if v != value), None)
    return SeriesPoint(
        period=label,
        value=value,
        unit=MetricPayload.from_event(latest).unit,
        figures=len(events),
        restated_from=replaced,
        event_id=latest.id,
        occurred_at=latest.occurred_at,
        observed_at=latest.observed_at,
        source_id=latest.source_id,
    )


def entity_metrics(session: Session, entity: str) -> list[str]:
    """The names of the metrics stored for an entity."""
    query = (
        select(tables.Event.subject)
        .where(tables.Event.entity == entity, tables.Event.kind.in_(METRIC_KINDS))
        .distinct()
    )
    return sorted({subject.partition(":")[0] for subject in session.scalars(query)})


# --- prices -------------------------------------------------------------------------------


def price_closes(
    session: Session, symbol: str, windows: Sequence[tuple[datetime, datetime]]
) -> list[float | None]:
    """For each [start, end) window, the last price quoted in it (None when there was none)."""
    return [_last_price(session, symbol, start, end) for start, end in windows]


def _last_price(session: Session, symbol: str, start: datetime, end: datetime) -> float | None:
    query = (
        select(tables.Event.payload)
        .where(
            tables.Event.entity == symbol,
            tables.Event.kind == PRICE,
            tables.Event.occurred_at >= start,
            tables.Event.occurred_at < end,
        )
        .order_by(tables.Event.occurred_at.desc(), tables.Event.id.desc())
        .limit(1)
    )
    payload = session.scalar(query)
    price = PricePayload.from_payload(payload).price if isinstance(payload, dict) else None
    return float(price) if _numeric(price) else None


def has_prices(session: Session, symbol: str) -> bool:
    query = select(tables.Event.id).where(tables.Event.entity == symbol, tables.Event.kind == PRICE)
    return session.scalar(query.limit(1)) is not None


def price_range(session: Session, symbol: str) -> tuple[datetime, datetime] | None:
    """When the first and the last price of a symbol were quoted (None: no prices)."""
    query = select(func.min(tables.Event.occurred_at), func.max(tables.Event.occurred_at)).where(
        tables.Event.entity == symbol, tables.Event.kind == PRICE
    )
    first, last = session.execute(query).one()
    if first is None or last is None:
        return None
    return _aware(first), _aware(last)  # type: ignore[return-value]


# --- entities -----------------------------------------------------------------------------


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
    alerts = dict(_grouped(session, tables.Alert.entity))
    names = sorted(set(events) | set(alerts))
    return [
        EntitySummary(
            entity=name,
            events=events.get(name, (0, None))[0],
            last_event_at=_aware(events.get(name, (0, None))[1]),
            alerts=alerts.get(name, 0),
        )
        for name in names
    ]


def _aware(moment: datetime | None) -> datetime | None:
    """Aggregates bypass the column type, so SQLite hands back naive datetimes (or text)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return as_utc(moment) if moment is not None else None


# --- silences -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SilenceRecord:
    id: int
    rule_id: str | None
    entity: str | None
    reason: str
    created_at: datetime
    expires_at: datetime
    active: bool


def list_silences(session: Session, now: datetime, limit: int = 200) -> list[SilenceRecord]:
    """Silences, those still active first (soonest to expire first), then the most recently
    expired."""
    rows = session.scalars(
        select(tables.Silence).order_by(tables.Silence.expires_at.desc()).limit(limit)
    )
    found = [_silence(row, now) for row in rows]
    active = sorted((s for s in found if s.active), key=lambda s: s.expires_at)
    return active + [s for s in found if not s.active]


def get_silence(session: Session, silence_id: int, now: datetime) -> SilenceRecord | None:
    row = session.get(tables.Silence, silence_id)
    return _silence(row, now) if row is not None else None


def _silence(row: tables.Silence, now: datetime) -> SilenceRecord:
    return SilenceRecord(
        row.id,
        row.rule_id,
        row.entity,
        row.reason,
        row.created_at,
        row.expires_at,
        row.expires_at > now,
    )


# --- totals for /metrics ------------------------------------------------------------------


def _grouped(session: Session, *columns: Any) -> list[tuple[Any, int]]:
    """[(key, count)] grouped by the columns; key is a value, or a tuple for several."""
    query = select(*columns, func.count()).group_by(*columns)
    rows = session.execute(query)
    if len(columns) == 1:
        return [(row[0], int(row[1])) for row in rows]
    return [(tuple(row[:-1]), int(row[-1])) for row in rows]


def events_by_kind(session: Session) -> dict[str, int]:
    return dict(_grouped(session, tables.Event.kind))


def alerts_by_rule(session: Session) -> dict[tuple[str, str], int]:
    """{(rule id, severity): count}"""
    return dict(_grouped(session, tables.Alert.rule_id, tables.Alert.severity))


def alerts_by_state(session: Session) -> dict[str, int]:
    return dict(_grouped(session, tables.Alert.state))


def deliveries_by_status(session: Session) -> dict[tuple[str, str], int]:
    """{(channel, status): count}"""
    return dict(_grouped(session, tables.Delivery.channel, tables.Delivery.status))


def attempts_by_outcome(session: Session) -> dict[tuple[str, str], int]:
    """{(channel, outcome): count}"""
    query = (
        select(tables.Delivery.channel, tables.DeliveryAttempt.outcome, func.count())
        .join(tables.Delivery, tables.Delivery.id == tables.DeliveryAttempt.delivery_id)
        .group_by(tables.Delivery.channel, tables.DeliveryAttempt.outcome)
    )
    return {(channel, outcome): int(n) for channel, outcome, n in session.execute(query)}


@dataclass(frozen=True)
class Histogram:
    """Cumulative counts of observations at or under each bound, plus their count and sum."""

    bounds: tuple[float, ...]
    cumulative: tuple[int, ...]
    count: int
    total: float


def attempt_durations(session: Session, bounds_ms: Sequence[float]) -> dict[str, Histogram]:
    """Delivery attempt durations per channel as a histogram with the given bounds (ms)."""
    duration = tables.DeliveryAttempt.duration_ms
    buckets = [func.sum(case((duration <= bound, 1), else_=0)) for bound in bounds_ms]
    query = (
        select(tables.Delivery.channel, func.count(), func.sum(duration), *buckets)
        .join(tables.Delivery, tables.Delivery.id == tables.DeliveryAttempt.delivery_id)
        .group_by(tables.Delivery.channel)
    )
    return {
        channel: Histogram(
            bounds=tuple(bounds_ms),
            cumulative=tuple(int(n or 0) for n in counts),
            count=int(count),
            total=float(total or 0.0),
        )
        for channel, count, total, *counts in session.execute(query)
    }


# --- names as stored ----------------------------------------------------------------------


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
