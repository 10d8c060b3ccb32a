"""The entity resource: one entity's overview — its charts over time, latest figures, what
is mentioned without a figure, recent alerts and recent events."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from monitor import readable
from monitor.model import Alert, Event
from monitor.store import series
from monitor.store.alerts import AlertFilter, list_alerts
from monitor.store.events import EventFilter, list_events
from monitor.web.charts import PeriodChart
from monitor.web.entity_charts import entity_charts


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
