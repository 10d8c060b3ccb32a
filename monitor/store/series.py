"""A metric's stored figures by period, as the history shows them: the latest figure for a
period wins and records the figure it restated; periods in the order they end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor import model
from monitor.store import tables
from monitor.store.events import to_event
from monitor.vocabulary.event_periods import period_of
from monitor.vocabulary.kinds import METRIC_KINDS
from monitor.vocabulary.payloads import MetricPayload
from monitor.vocabulary.periods import Granularity, period_sort_key


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


def _numeric(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
