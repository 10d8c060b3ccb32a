"""Data behind the pages, shared by the HTML and the JSON routes (one query, two shapes)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from monitor import readable
from monitor.model import Alert, Event
from monitor.store import alert_views, gaps, series, source_state
from monitor.store.alerts import AlertFilter, delivery_summary, list_alerts
from monitor.store.events import EventFilter, list_events
from monitor.web.charts import PeriodChart
from monitor.web.context import WebContext
from monitor.web.entity_charts import entity_charts
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
        total=alert_views.count_alerts(session, where),
    )


def alert_json(alert: Alert, deliveries: dict[str, str]) -> dict[str, Any]:
    return {**asdict(alert), "deliveries": deliveries, "url": f"/alerts/{alert.id}"}


def detail_json(detail: alert_views.AlertDetail) -> dict[str, Any]:
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
    latest: series.SeriesPoint
    periods: int

    @property
    def shown(self) -> str:
        """The figure in its unit, as people read it ("$488.5 million", "7,474.7 BTC")."""
        return readable.metric_amount(self.metric, self.latest.value, self.latest.unit)

    @property
    def was(self) -> str | None:
        restated = self.latest.restated_from
        if restated is None:
            return None
        return readable.metric_amount(self.metric, restated, self.latest.unit)


@dataclass(frozen=True)
class EntityOverview:
    entity: str
    charts: list[PeriodChart]
    metrics: list[MetricLatest]
    mentioned: list[str]  # metrics stored without a figure (an intent, a milestone)
    alerts: list[Alert]
    events: list[Event]


def entity_overview(session: Session, entity: str) -> EntityOverview:
    metrics, mentioned = [], []
    for metric in series.entity_metrics(session, entity):
        points = series.metric_series(session, entity, metric)
        label = readable.metric_label(metric)
        if points:  # the latest period is the last: series are ordered by period end
            metrics.append(
                MetricLatest(metric, label[:1].upper() + label[1:], points[-1], len(points))
            )
        else:
            mentioned.append(label)
    return EntityOverview(
        entity=entity,
        charts=entity_charts(session, entity),
        metrics=metrics,
        mentioned=mentioned,
        alerts=list_alerts(session, AlertFilter(entity=entity, limit=20)),
        events=list_events(session, EventFilter(entity=entity, limit=20)),
    )
