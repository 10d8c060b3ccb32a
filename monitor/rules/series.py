"""A metric's values by period, as rules see them: the latest figure for each period wins,
so a restatement replaces the figure it restates instead of looking like a new period.

A series holds one unit: figures in another currency are a different series (a change is
never measured from CNY to USD). A balance-sheet date (an XBRL instant, `period_type:
instant`) is a period END, so a 52/53-week quarter ending on 1 July closes June's quarter."""

from __future__ import annotations

from collections.abc import Iterable

from monitor.model import Event
from monitor.periods import Granularity, Period, period_of


def unit_of(event: Event) -> object:
    return event.payload.get("unit")


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
        if period is not None and isinstance(event.payload.get("value"), int | float):
            latest[period] = event
    return latest


def value(event: Event) -> float:
    return float(event.payload["value"])
