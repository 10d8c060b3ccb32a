"""A metric's values by period, as rules see them: the latest figure for each period wins,
so a restatement replaces the figure it restates instead of looking like a new period.

One document may state several figures of a metric for the same period: a balance sheet's
"Short-term borrowings 15.0" beside the release's "total debt was US$420.0 million", each named
loan beside the stated total (the extractor reports every stated balance). They are parts and
their total, not a restatement, so within one document the largest stands for the period: no
part of a total exceeds it, and a rule must never read a part as the whole ("debt fell from
$420 million to $15 million").

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
        if period is None or not isinstance(MetricPayload.from_event(event).value, int | float):
            continue
        earlier = latest.get(period)
        if earlier is not None and _part_of(event, earlier):
            continue  # the same document's total for the same period stands
        latest[period] = event
    return latest


def _part_of(event: Event, earlier: Event) -> bool:
    """`event` is a smaller figure than `earlier` for the same period, from the same document."""
    document = event.document()
    if document is None or document != earlier.document():
        return False
    mine, theirs = MetricPayload.from_event(event), MetricPayload.from_event(earlier)
    return mine.period == theirs.period and value(event) < value(earlier)


def value(event: Event) -> float:
    """The figure of an event known to carry one (see `latest_by_period`)."""
    figure = MetricPayload.from_event(event).value
    if figure is None:
        raise ValueError(f"event {event.id} has no figure")
    return float(figure)
