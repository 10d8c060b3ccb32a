"""Flows told for a span of months that is no whole period: not a period's figure.

"Riot … sold off 2,201 BTC between November and December" states two months' sales together,
like a year-to-date total (README, "What is NOT labelled": a total that is not a whole named
period). A span that is a whole quarter, half or year ("between October and December") is that
period and is read as such by the resolver. The same figure told again without the span (a
TL;DR's "Riot sold 2,201 BTC for nearly $200 million!") is the same two months' sales, so
`without_span_restatements` drops it, with the proceeds its sentence gives.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .folded import Folded
from .model import BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD, Extracted
from .month_spans import is_partial_span

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_SPAN = Folded(
    rf"\b(?:between|from)\s+(?P<first>{_MONTH})(?:\s+(?:19|20)\d\d)?\s+(?:and|to|through|thru|"
    rf"until|till)\s+(?P<last>{_MONTH})"
)
_REACH = 60  # the span stands right after the figure it dates
# Between the figure and its span: no other figure, period or clause.
_GAP_STOP = Folded(rf"\d|[,;:]|\b(?:in|during|for|of)\s+{_MONTH}")


def in_partial_span(text: str, start: int, end: int, reference: dt.date | None) -> bool:
    """Does a span of months that is no whole quarter, half or year date the figure at
    `text[start:end]`? (`month_spans` decides what the span is; `reference`: publication.)"""
    span = _SPAN.search(text, end, min(len(text), end + _REACH))
    if span is None or _GAP_STOP.search(text, end, span.start()):
        return False  # (only the figure's own span: "… in December, up from 1,000 BTC between …")
    return is_partial_span(text, span.start("first"), reference)


def without_span_restatements(
    found: list[Extracted], spans: set[tuple[str, Decimal | None]]
) -> list[Extracted]:
    """`found` without the flows a span-dated figure restates, and their sentences' proceeds."""
    if not spans:
        return found
    dropped = [
        item
        for item in found
        if item.metric in (BTC_SOLD, BTC_PRODUCED) and (item.metric, item.value) in spans
    ]
    starts = {item.start for item in dropped if item.metric == BTC_SOLD}
    dropped += [item for item in found if item.metric == BTC_SALE_PROCEEDS and item.start in starts]
    ids = {id(item) for item in dropped}
    return [item for item in found if id(item) not in ids]
