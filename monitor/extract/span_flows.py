"""Flows of a span of months that is no calendar period are not a period's figures.

"Bitfarms mined 500 BTC in November-December", "In April-May, Hut 8 repaid $20 million":
a span of two months (or of thirteen) is no quarter, half or year, so its flow has no period a
label knows (README, What is NOT labelled). The span's phrase names no period, so such a flow
falls back to the publication month, which would be wrong: it is dropped instead. A flow the
sentence dates otherwise (its own month, before publication) keeps that date.
"""

from __future__ import annotations

import datetime as dt
import functools

from monitor.vocabulary.periods import Period

from .model import BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD, DEBT_ISSUED, DEBT_REPAID, Extracted
from .month_spans import names_partial_span

_FLOWS = frozenset({BTC_SOLD, BTC_PRODUCED, BTC_SALE_PROCEEDS, DEBT_ISSUED, DEBT_REPAID})


def without_partial_span_flows(
    found: list[Extracted], published: dt.date | None
) -> list[Extracted]:
    """`found` without the flows dated by the publication month fallback in a sentence that
    names a span of months that is no calendar period."""
    if published is None:
        return found
    fallback = Period.of_month(published.year, published.month).label()
    # (asked once per sentence: the flows of one sentence share its evidence)
    partial = functools.cache(functools.partial(names_partial_span, reference=published))
    return [
        item
        for item in found
        if not (item.metric in _FLOWS and item.period == fallback and partial(item.evidence))
    ]
