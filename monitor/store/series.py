"""A metric's stored figures by period, as the history shows them: the latest figure for a
period wins and records the figure it restated; periods in the order they end."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor import model
from monitor.metrics import METRIC_OBSERVED, METRIC_RESTATED
from monitor.periods import Granularity, parse, period_of
from monitor.store import tables
from monitor.store.events import to_event

METRIC_KINDS = (METRIC_OBSERVED, METRIC_RESTATED)


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
    return [e for e in events if e.payload.get("metric", metric) == metric]


def metric_series(
    session: Session, entity: str, metric: str, granularity: Granularity | None = None
) -> list[SeriesPoint]:
    """The metric by period, oldest period first; the last stored figure for a period wins.

    With a granularity, as-of dates fall into their month/quarter/year and figures of another
    granularity are left out (a month is never summed into a quarter)."""
    history: dict[str, list[model.Event]] = {}
    for event in metric_events(session, entity, metric):
        if not _numeric(event.payload.get("value")):
            continue
        label = _label(event, granularity)
        if label is not None:
            history.setdefault(label, []).append(event)
    points = [_point(label, events) for label, events in history.items()]
    return sorted(points, key=lambda p: period_sort_key(p.period))


def _label(event: model.Event, granularity: Granularity | None) -> str | None:
    if granularity is None:
        label = event.payload.get("period")
        return label if isinstance(label, str) and label else None
    period = period_of(event, granularity)
    return str(period) if period is not None else None


def _point(label: str, events: list[model.Event]) -> SeriesPoint:
    latest = events[-1]
    value = float(latest.payload["value"])
    earlier = [float(e.payload["value"]) for e in events[:-1]]
    replaced = next((v for v in reversed(earlier) if v != value), None)
    return SeriesPoint(
        period=label,
        value=value,
        unit=latest.payload.get("unit"),
        figures=len(events),
        restated_from=replaced,
        event_id=latest.id,
        occurred_at=latest.occurred_at,
        observed_at=latest.observed_at,
        source_id=latest.source_id,
    )


_YEAR_TO_DATE = re.compile(r"^(\d{4})-(H1|H2|9M)$")
_SPAN_END_MONTH = {"H1": 6, "9M": 9, "H2": 12}
# For figures ending on the same day, the shorter span is the more current one: a quarter
# ending 31 December is shown over the year, an as-of date over both.
_SPAN_RANK = {"year": 0, "9M": 1, "H1": 2, "H2": 2, "quarter": 3, "month": 4, "day": 5}


def period_sort_key(label: str) -> tuple[int, int, int, int, str]:
    """Orders period labels by the day they end (then shorter spans last): 2025-H1 comes
    before 2025-Q4, an as-of date 2025-12-31 after 2025-Q4; unknown labels last."""
    if m := _YEAR_TO_DATE.match(label):
        return (int(m[1]), _SPAN_END_MONTH[m[2]], 31, _SPAN_RANK[m[2]], label)
    period = parse(label)
    if period is None:
        return (9999, 99, 99, 0, label)
    if len(label) == 10:  # an as-of date, YYYY-MM-DD
        return (period.year, period.index, int(label[8:]), _SPAN_RANK["day"], label)
    last_month = {"month": period.index, "quarter": 3 * period.index, "year": 12}
    return (period.year, last_month[period.granularity], 31, _SPAN_RANK[period.granularity], label)


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
