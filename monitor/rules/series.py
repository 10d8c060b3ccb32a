"""A metric's values by period, as rules see them: the latest figure for each period wins,
so a restatement replaces the figure it restates instead of looking like a new period.

A series holds one unit: figures in another currency are a different series (a change is
never measured from CNY to USD). A balance-sheet date (an XBRL instant, `period_type:
instant`) is a period END, so a 52/53-week quarter ending on 1 July closes June's quarter."""

from __future__ import annotations

from collections.abc import Iterable

from monitor.model import Event
from monitor.vocabulary.payloads import MetricPayload
from monitor.vocabulary.periods import Granularity, Period, coarsen, rule_period

# A period end in the first days of a month closes the month before (52/53-week years).
_CLOSES_PREVIOUS_MONTH_UNTIL_DAY = 7


def period_of(event: Event, granularity: Granularity | None = None) -> Period | None:
    """The event's period at `granularity`: an exact label of that granularity, or an as-of
    date placed in its month/quarter/year. A month is never summed into a quarter."""
    payload = MetricPayload.from_event(event)
    label = payload.period
    exact = rule_period(label)
    if exact is None or granularity is None or exact.granularity == granularity:
        return exact
    day = Period.parse(label)
    if day is None or not day.is_date:
        return None
    month = day.as_month()
    instant = payload.details.get("period_type") == "instant"
    if instant and day.day_of_month <= _CLOSES_PREVIOUS_MONTH_UNTIL_DAY:
        month = month.previous()
    return coarsen(month, granularity)


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
