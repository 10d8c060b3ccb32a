"""The period a stored figure belongs to, as rules and series views group figures.

An XBRL instant (`period_type: instant`) is a period END, so a 52/53-week quarter ending on
1 July closes June's quarter. Lives beside the payload types because it reads one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.vocabulary.payloads import MetricPayload
from monitor.vocabulary.periods import Granularity, Period, coarsen, rule_period

if TYPE_CHECKING:
    from monitor.model import Event

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
