"""The entity page's charts, built from stored events: BTC held and sold per month against
BTC-USD, debt and interest expense by quarter, and an entity's own price — each with
markers where alerts for the entity fired (see `markers`).

A metric's figure per period is the latest stored (restatements applied); an as-of date
counts in its month or quarter. Prices are the last quote within each period.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from monitor.model import Alert
from monitor.store import prices, series
from monitor.store.alerts import AlertFilter, list_alerts
from monitor.vocabulary import metrics as metric_names
from monitor.vocabulary.periods import Granularity, Period, rule_period
from monitor.web.charts import Marker, PeriodChart, Series

MAX_PERIODS = 24
MAX_ALERTS = 1000


@dataclass(frozen=True)
class ChartSpec:
    """Which metrics one chart shows: bars on the left axis, a line on the right."""

    key: str
    title: str
    granularity: Granularity
    bars: tuple[str, ...]
    line_metric: str | None = None
    line_price: str | None = None  # a symbol whose last price per period draws the line


CHART_SPECS = (
    ChartSpec(
        "treasury",
        "Bitcoin held and sold per month, against BTC-USD",
        "month",
        (metric_names.BTC_HELD, metric_names.BTC_SOLD),
        line_price="BTC-USD",
    ),
    ChartSpec(
        "debt",
        "Total debt and interest expense by quarter",
        "quarter",
        (metric_names.DEBT_TOTAL,),
        line_metric=metric_names.INTEREST_EXPENSE,
    ),
)

LABELS = {
    metric_names.BTC_HELD: ("BTC held", "BTC"),
    metric_names.BTC_SOLD: ("BTC sold", "BTC"),
    metric_names.DEBT_TOTAL: ("Total debt", "USD"),
    metric_names.INTEREST_EXPENSE: ("Interest expense", "USD"),
}


def label_of(metric: str) -> tuple[str, str]:
    return LABELS.get(metric, (metric.replace("_", " "), ""))


def entity_charts(session: Session, entity: str) -> list[PeriodChart]:
    """The charts that have data for this entity, in a fixed order."""
    alerts = list_alerts(session, AlertFilter(entity=entity, limit=MAX_ALERTS))
    charts = [metric_chart(session, entity, spec, alerts) for spec in CHART_SPECS]
    charts.append(price_chart(session, entity, alerts))
    return [chart for chart in charts if chart is not None and not chart.empty]


def metric_chart(
    session: Session, entity: str, spec: ChartSpec, alerts: Sequence[Alert]
) -> PeriodChart | None:
    bars = {m: _values(session, entity, m, spec.granularity) for m in spec.bars}
    line = (
        _values(session, entity, spec.line_metric, spec.granularity)
        if spec.line_metric
        else _Figures({}, None)
    )
    labels = [*line.values, *(p for figures in bars.values() for p in figures.values)]
    periods = span(_parsed(labels))
    if not periods:
        return None
    categories = tuple(str(p) for p in periods)
    return PeriodChart(
        key=spec.key,
        title=spec.title,
        categories=categories,
        bars=tuple(_series(m, figures, categories) for m, figures in bars.items()),
        line=_line(session, spec, line, periods),
        markers=markers(alerts, periods, (*spec.bars, *filter(None, [spec.line_metric]))),
    )


@dataclass(frozen=True)
class _Figures:
    """A metric's values by period, and the unit they share (None: none, or several)."""

    values: dict[str, float]
    unit: str | None


def _values(session: Session, entity: str, metric: str, granularity: Granularity) -> _Figures:
    points = series.metric_series(session, entity, metric, granularity)
    units = {point.unit for point in points if point.unit}
    return _Figures({p.period: p.value for p in points}, units.pop() if len(units) == 1 else None)


def _series(metric: str, figures: _Figures, categories: Sequence[str]) -> Series:
    # The figures' own unit (a CNY filer's debt is CNY), else the metric's usual one.
    name, unit = label_of(metric)
    values = tuple(figures.values.get(c) for c in categories)
    return Series(name, values, figures.unit or unit)


def _line(
    session: Session, spec: ChartSpec, figures: _Figures, periods: Sequence[Period]
) -> Series | None:
    if spec.line_metric:
        return _series(spec.line_metric, figures, [str(p) for p in periods])
    if spec.line_price:
        return price_series(session, spec.line_price, periods)
    return None


def price_series(session: Session, symbol: str, periods: Sequence[Period]) -> Series:
    closes = prices.price_closes(session, symbol, [bounds(p) for p in periods])
    currency = symbol.rpartition("-")[2] if "-" in symbol else ""
    return Series(f"{symbol} close", tuple(closes), currency)


def price_chart(session: Session, symbol: str, alerts: Sequence[Alert]) -> PeriodChart | None:
    """The entity's own price (a ticker or a pair such as BTC-USD), closing price per month."""
    found = prices.price_range(session, symbol)
    if found is None:
        return None
    periods = span([period_at(found[0], "month"), period_at(found[1], "month")])
    return PeriodChart(
        key="price",
        title=f"{symbol}: last price per month",
        categories=tuple(str(p) for p in periods),
        line=price_series(session, symbol, periods),
        markers=markers(alerts, periods, prices=True),
    )


def markers(
    alerts: Iterable[Alert],
    periods: Sequence[Period],
    metrics: Sequence[str] = (),
    *,
    prices: bool = False,
) -> tuple[Marker, ...]:
    """One marker per alert that concerns this chart.

    An alert about a metric (its values name `metric` and `period`) is marked on the charts
    showing that metric, at the period it is about; an alert about a price (a cross, a move)
    only on the price chart (`prices`); an alert about neither (a deadline) on every chart,
    at the period when it fired."""
    if not periods:
        return ()
    index = {p: i for i, p in enumerate(periods)}
    granularity = periods[0].granularity
    found = []
    for alert in alerts:
        if _about_a_price(alert) and not prices:
            continue
        period = _marked_period(alert, granularity, metrics)
        i = index.get(period) if period is not None else None
        if i is not None:
            label = f"{alert.fired_at:%Y-%m-%d} {alert.rule_id}: {alert.title}"
            found.append(Marker(i, label, f"/alerts/{alert.id}", alert.severity))
    return tuple(sorted(found, key=lambda m: m.index))


def _about_a_price(alert: Alert) -> bool:
    return "metric" not in alert.values and "price" in alert.values


def _marked_period(alert: Alert, granularity: Granularity, metrics: Sequence[str]) -> Period | None:
    metric = alert.values.get("metric")
    if not isinstance(metric, str):
        return period_at(alert.fired_at, granularity)
    if metric not in metrics:
        return None
    label = alert.values.get("period")
    about = rule_period(label, granularity) if isinstance(label, str) else None
    return about or period_at(alert.fired_at, granularity)


# --- periods as time ------------------------------------------------------------------------


def _parsed(labels: Iterable[str]) -> list[Period]:
    return [p for p in (rule_period(label) for label in labels) if p is not None]


def span(periods: Iterable[Period]) -> list[Period]:
    """Every period from the earliest to the latest given, gaps filled; the last MAX_PERIODS."""
    given = sorted(set(periods))
    if not given:
        return []
    first, current = given[0], given[-1]
    filled = [current]
    while current != first and len(filled) < MAX_PERIODS:
        current = current.previous()
        filled.append(current)
    return filled[::-1]


def period_at(moment: datetime, granularity: Granularity) -> Period:
    if granularity == "month":
        return Period("month", moment.year, moment.month)
    if granularity == "quarter":
        return Period("quarter", moment.year, (moment.month - 1) // 3 + 1)
    return Period("year", moment.year, 1)


def bounds(period: Period) -> tuple[datetime, datetime]:
    """[start, end) of a period, in UTC."""
    months = {"month": 1, "quarter": 3, "year": 12}[period.granularity]
    first = {"month": period.index, "quarter": 3 * period.index - 2, "year": 1}
    start_month = first[period.granularity]
    start = datetime(period.year, start_month, 1, tzinfo=UTC)
    end_index = period.year * 12 + start_month - 1 + months
    return start, datetime(end_index // 12, end_index % 12 + 1, 1, tzinfo=UTC)
