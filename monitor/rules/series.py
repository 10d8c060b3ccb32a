"""A metric's values by period, as rules see them: the latest figure for each period wins,
so a restatement replaces the figure it restates instead of looking like a new period."""

from __future__ import annotations

from collections.abc import Iterable

from monitor.model import Event
from monitor.periods import Granularity, Period, parse


def period_of(event: Event, granularity: Granularity | None = None) -> Period | None:
    """The event's period at `granularity`: an exact label of that granularity, or an as-of
    date placed in its month/quarter/year. A month is never summed into a quarter."""
    label = event.payload.get("period")
    exact = parse(label)
    if exact is None or granularity is None or exact.granularity == granularity:
        return exact
    is_day = isinstance(label, str) and len(label) == 10
    return parse(label, granularity) if is_day else None


def latest_by_period(events: Iterable[Event], granularity: Granularity) -> dict[Period, Event]:
    """{period: the last stored event for it} among events with a numeric value."""
    latest: dict[Period, Event] = {}
    for event in events:
        period = period_of(event, granularity)
        if period is not None and isinstance(event.payload.get("value"), int | float):
            latest[period] = event
    return latest


def value(event: Event) -> float:
    return float(event.payload["value"])
