"""What an event's row shows as its figure: a metric's value for its period, a price, or
the title of a release or filing — read through the event kind's payload type."""

from __future__ import annotations

from dataclasses import dataclass

from monitor.model import Event
from monitor.vocabulary.kinds import METRIC_KINDS, PRICE
from monitor.vocabulary.payloads import PRICE_FIELD, MetricPayload, PricePayload


@dataclass(frozen=True)
class FigureView:
    """`lead <strong>amount</strong> unit` when there is an amount, else `text`."""

    text: str
    lead: str = ""
    amount: float | None = None
    unit: str = ""


def figure_of(event: Event) -> FigureView:
    if event.kind in METRIC_KINDS:
        metric = MetricPayload.from_event(event)
        if metric.metric is not None and metric.value is not None:
            lead = f"{metric.metric} {metric.period or ''} ="
            return FigureView(event.subject, lead, metric.value, metric.unit or "")
    if event.kind == PRICE:
        quote = PricePayload.from_event(event)
        if quote.price is not None:
            return FigureView(event.subject, PRICE_FIELD, quote.price, quote.currency or "")
    title = event.payload.get("title")
    return FigureView(str(title) if title else event.subject)
