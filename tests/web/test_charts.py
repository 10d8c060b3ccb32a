"""The SVG charts and the periods they are drawn over; the unit an entity chart takes."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from monitor.metrics import metric_observation
from monitor.model import Alert
from monitor.store.events import insert_observations
from monitor.vocabulary.periods import Period
from monitor.web.charts import Marker, PeriodChart, Series, nice_scale, render_chart
from monitor.web.entity_charts import bounds, entity_charts, markers, period_at, span


def months(*labels: str) -> list[Period]:
    return [Period("month", int(label[:4]), int(label[5:])) for label in labels]


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 7528.3, (0, 8000, 2000)),
        (0, 4451, (0, 6000, 2000)),
        (62_700, 96_700, (60_000, 100_000, 10_000)),
        (0, 500_000_000, (0, 600_000_000, 200_000_000)),
        (-3, 7, (-5, 7.5, 2.5)),
        (5, 5, (5, 5.6, 0.2)),  # a flat series still gets an axis
    ],
)
def test_nice_scale(low: float, high: float, expected: tuple[float, float, float]) -> None:
    scale = nice_scale(low, high, top=0, bottom=100)
    assert (scale.low, scale.high, scale.step) == pytest.approx(expected)
    assert scale.y(scale.low) == 100 and scale.y(scale.high) == 0
    assert scale.ticks()[0] == scale.low and scale.ticks()[-1] == pytest.approx(scale.high)
    assert 4 <= len(scale.ticks()) <= 6


def chart(**overrides: object) -> PeriodChart:
    fields: dict[str, object] = {
        "key": "treasury",
        "title": "BTC",
        "categories": ("2026-01", "2026-02", "2026-03"),
        "bars": (
            Series("BTC held", (7474.7, 3313.4, None), "BTC"),
            Series("BTC sold", (550.03, 4451.0, None), "BTC"),
        ),
        "line": Series("BTC-USD close", (84_200.0, None, 71_500.0), "USD"),
        "markers": (Marker(1, "sale", "/alerts/7", "critical"),),
    }
    fields.update(overrides)
    return PeriodChart(**fields)  # type: ignore[arg-type]


def test_bars_line_points_and_markers() -> None:
    svg = str(render_chart(chart()))
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" class="chart"')
    assert len(re.findall(r'<rect class="bar"', svg)) == 4  # None draws nothing
    assert len(re.findall(r"<polyline", svg)) == 2  # the gap splits the line
    assert len(re.findall(r'<circle class="point"', svg)) == 2
    assert '<a class="marker" href="/alerts/7">' in svg
    assert "<title>BTC sold, 2026-02: 4,451 BTC</title>" in svg
    assert ">2026-03</text>" in svg
    assert ">8k</text>" in svg  # left axis
    assert ">USD</text>" in svg  # right axis unit


def test_taller_bars_for_bigger_values() -> None:
    svg = str(render_chart(chart()))
    heights = [float(h) for h in re.findall(r'class="bar"[^>]*height="([\d.]+)"', svg)]
    held_jan, held_feb, sold_jan, sold_feb = heights
    assert held_jan > held_feb > sold_jan and sold_feb > held_feb


def test_empty_chart() -> None:
    empty = chart(bars=(Series("x", (None, None, None)),), line=None, markers=())
    assert empty.empty
    assert not chart().empty
    assert "<rect class" not in str(render_chart(empty))


def test_many_markers_in_one_period_are_capped() -> None:
    many = tuple(Marker(0, f"a{i}", f"/alerts/{i}", "info") for i in range(6))
    svg = str(render_chart(chart(markers=many)))
    assert svg.count('class="marker"') == 4
    assert ">+2</text>" in svg


def test_span_fills_gaps_and_keeps_the_latest_periods() -> None:
    assert [str(p) for p in span(months("2026-03", "2025-12"))] == [
        "2025-12",
        "2026-01",
        "2026-02",
        "2026-03",
    ]
    long = span(months("2020-01", "2026-04"))
    assert len(long) == 24 and str(long[-1]) == "2026-04" and str(long[0]) == "2024-05"
    assert span([]) == []


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        (Period("month", 2026, 2), "2026-02-01", "2026-03-01"),
        (Period("month", 2025, 12), "2025-12-01", "2026-01-01"),
        (Period("quarter", 2025, 4), "2025-10-01", "2026-01-01"),
        (Period("quarter", 2026, 1), "2026-01-01", "2026-04-01"),
        (Period("year", 2026, 1), "2026-01-01", "2027-01-01"),
    ],
)
def test_bounds(period: Period, start: str, end: str) -> None:
    assert [d.date().isoformat() for d in bounds(period)] == [start, end]
    assert period_at(bounds(period)[0], period.granularity) == period


def alert(alert_id: int, fired: str, values: dict[str, object]) -> Alert:
    return Alert(
        id=alert_id,
        rule_id="r",
        entity="CANG",
        dedup_key=str(alert_id),
        severity="warning",
        title="t",
        body="",
        reason="",
        fired_at=datetime.fromisoformat(fired).replace(tzinfo=UTC),
        values=values,
        evidence=[],
        event_ids=[],
        state="open",
    )


def test_markers_sit_at_the_period_an_alert_is_about() -> None:
    periods = months("2026-01", "2026-02", "2026-03")
    found = markers(
        [
            alert(1, "2026-03-03", {"metric": "btc_held", "period": "2026-02"}),  # about Feb
            alert(2, "2026-02-10", {"pattern": "loan"}),  # no metric: when it fired
            alert(3, "2026-02-10", {"metric": "debt_total_usd", "period": "2026-01"}),  # other
            alert(4, "2025-06-01", {}),  # before the chart
        ],
        periods,
        ("btc_held", "btc_sold"),
    )
    assert [(m.index, m.href) for m in found] == [(1, "/alerts/1"), (1, "/alerts/2")]


def test_a_price_alert_is_marked_on_the_price_chart_only() -> None:
    periods = months("2026-01", "2026-02", "2026-03")
    move = alert(5, "2026-02-10", {"price": 1.36, "reference_price": 1.17})
    deadline = alert(6, "2026-03-01", {"state": "breached"})
    treasury = markers([move, deadline], periods, ("btc_held", "btc_sold"))
    price = markers([move, deadline], periods, prices=True)
    assert [m.href for m in treasury] == ["/alerts/6"]
    assert [m.href for m in price] == ["/alerts/5", "/alerts/6"]


def test_the_legend_shows_each_marker_colour_drawn() -> None:
    drawn = (
        Marker(0, "a", "/alerts/1", "critical"),
        Marker(1, "b", "/alerts/2", "info"),
        Marker(2, "c", "/alerts/3", "info"),
    )
    svg = str(render_chart(chart(markers=drawn)))
    marker_fills = set(re.findall(r'<path d="[^"]+" fill="(#\w+)" data-severity', svg))
    legend = dict(
        re.findall(r'class="legend-marker" data-severity="(\w+)" d="[^"]+" fill="(#\w+)"', svg)
    )
    assert set(legend) == {"critical", "info"}
    assert set(legend.values()) == marker_fills
    assert "critical alert" in svg and "info alert" in svg and "warning alert" not in svg


def test_a_metric_chart_is_labelled_in_the_figures_own_currency(
    sessions: sessionmaker[Session],
) -> None:
    """A CNY filer's debt is drawn as CNY, never labelled USD."""
    with sessions.begin() as session:
        observations = [
            metric_observation(
                entity="CNYCO",
                metric="debt_total_usd",
                value=value,
                unit="CNY",
                period=period,
                occurred_at=datetime(2026, 3, 1, tzinfo=UTC),
                identity=("xbrl", period),
                evidence={},
            )
            for period, value in [("2025-09-30", 7.1e9), ("2025-12-31", 6.9e9)]
        ]
        insert_observations(session, "xbrl", observations, datetime(2026, 3, 1, tzinfo=UTC))
    with sessions() as session:
        (debt,) = [c for c in entity_charts(session, "CNYCO") if c.key == "debt"]
    assert [(s.name, s.unit, s.values) for s in debt.bars] == [
        ("Total debt", "CNY", (7.1e9, 6.9e9))
    ]
