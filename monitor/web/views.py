"""Data behind the pages, shared by the HTML and the JSON routes (one query, two shapes)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from monitor.model import Alert, Event
from monitor.store import gaps, queries, source_state
from monitor.store.alerts import AlertFilter, delivery_summary, list_alerts
from monitor.store.events import EventFilter, list_events
from monitor.web.charts import PeriodChart
from monitor.web.context import WebContext
from monitor.web.entity_charts import entity_charts, label_of
from monitor.web.sources_view import SourceView, source_views


@dataclass(frozen=True)
class AlertListing:
    alerts: list[Alert]
    deliveries: dict[int, dict[str, str]]
    total: int


def alert_listing(session: Session, where: AlertFilter) -> AlertListing:
    found = list_alerts(session, where)
    return AlertListing(
        alerts=found,
        deliveries=delivery_summary(session, [a.id for a in found]),
        total=queries.count_alerts(session, where),
    )


def alert_json(alert: Alert, deliveries: dict[str, str]) -> dict[str, Any]:
    return {**asdict(alert), "deliveries": deliveries, "url": f"/alerts/{alert.id}"}


def detail_json(detail: queries.AlertDetail) -> dict[str, Any]:
    statuses = {d.channel: d.status for d in detail.deliveries}
    return {
        **alert_json(detail.alert, statuses),
        "acknowledged_at": detail.acknowledged_at,
        "delivery_log": [asdict(d) for d in detail.deliveries],
        "events": [asdict(e) for e in detail.events],
    }


def sources(ctx: WebContext, session: Session) -> list[SourceView]:
    states = source_state.all_states(session)
    return source_views(ctx.sources, states, ctx.clock.now(), gaps.latest_by_source(session))


@dataclass(frozen=True)
class MetricLatest:
    metric: str
    label: str
    latest: queries.SeriesPoint | None
    periods: int


@dataclass(frozen=True)
class EntityOverview:
    entity: str
    charts: list[PeriodChart]
    metrics: list[MetricLatest]
    alerts: list[Alert]
    events: list[Event]


def entity_overview(session: Session, entity: str) -> EntityOverview:
    metrics = []
    for metric in queries.entity_metrics(session, entity):
        points = queries.metric_series(session, entity, metric)
        metrics.append(
            MetricLatest(metric, label_of(metric)[0], points[-1] if points else None, len(points))
        )
    return EntityOverview(
        entity=entity,
        charts=entity_charts(session, entity),
        metrics=metrics,
        alerts=list_alerts(session, AlertFilter(entity=entity, limit=20)),
        events=list_events(session, EventFilter(entity=entity, limit=20)),
    )
