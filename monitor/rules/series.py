"""A metric's values by period, as rules see them: the latest figure for each period wins,
so a restatement replaces the figure it restates instead of looking like a new period.

A series holds one unit: figures in another currency are a different series (a change is
never measured from CNY to USD). A balance-sheet date (an XBRL instant, `period_type:
instant`) is a period END, so a 52/53-week quarter ending on 1 July closes June's quarter."""

from __future__ import annotations

from collections.abc import Iterable

from monitor.model import Event
from monitor.vocabulary.event_periods import period_of
from monitor.vocabulary.payloads import MetricPayload
from monitor.vocabulary.periods import Granularity, Period


def unit_of(event: Event) -> object:
    return MetricPayload.from_event(event).unit


def latest_by_period(
    events: Iterable[Event], granularity: Granularity, unit: object = None
) -> dict[Period, Event]:
    """{period: the last stored event for it} among events with a numeric value (and, when
    `unit` is given, in that unit only)."""
    latest: dict[Period, Event] = {}
    for event in events:
        if unit is not None and unit_of(event) != unit:
            continue
        period = period_of(event, granularity)
        if period is not None and isinstance(MetricPayload.from_event(event).value, int | float):
            latest[period] = event
    return latest


def value(event: Event) -> float:
    """The figure of an event known to carry one (see `latest_by_period`)."""
    figure = MetricPayload.from_event(event).value
    if figure is None:
        raise ValueError(f"event {event.id} has no figure")
    return float(figure)
