"""Flows of a span of months that is no calendar period are not a period's figures.

"Bitfarms mined 500 BTC in November-December", "In April-May, Hut 8 repaid $20 million":
a span of two months (or of thirteen) is no quarter, half or year, so its flow has no period a
label knows (README, What is NOT labelled). The span's phrase names no period, so such a flow
falls back to the publication month, which would be wrong: it is dropped instead. A flow the
sentence dates otherwise (its own month, before publication) keeps that date.

Two months joined by "and" name two periods ("sold in April and June"), except when the
sentence sums them: "Combined Bitcoin production during April and May reached approximately
954.5 BTC", "in April and May combined": the figure is the two months' sum, no period a label
knows, and neither month dates it.
"""

from __future__ import annotations

import datetime as dt
import functools

from monitor.vocabulary.periods import Period

from .folded import Folded
from .model import BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD, DEBT_ISSUED, DEBT_REPAID, Extracted
from .month_spans import names_partial_span
from .periods import Mention

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


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# "combined production during April and May", "April and May combined", "in total in January
# and February": a sum word before the joined months (within the clause) or right after them.
_COMBINED_MONTHS = Folded(
    r"\b(?:combined|together|in\s+total|cumulative)\b[^.;]{0,60}?\b(?:in|during|for|over|across)\s+"
    rf"{_MONTH}(?:\s+(?:19|20)\d\d)?\s+and\s+{_MONTH}\b(?:\s+(?:of\s+)?(?:this\s+year|(?:19|20)\d\d))?|"
    rf"\b{_MONTH}\s+and\s+{_MONTH}(?:\s+(?:19|20)\d\d)?,?\s+(?:combined|together)\b"
)


def without_combined_month_flows(found: list[Extracted]) -> list[Extracted]:
    """`found` without the flows of a sentence that sums two months ("combined production
    during April and May reached 954.5 BTC"): neither month dates them (`is_summed_month`),
    and the sum is no period a label knows."""
    return [
        item
        for item in found
        if not (
            item.metric in _FLOWS
            and " and " in item.evidence
            and _COMBINED_MONTHS.search(item.evidence) is not None
        )
    ]


def is_summed_month(text: str, mention: Mention) -> bool:
    """Is the period phrase at `mention` one of two months `text` sums ("combined production
    during April and May", "in April and May combined")? It dates no figure of the sentence."""
    if " and " not in text[max(0, mention.start - 12) : mention.end + 12]:
        return False  # cheap gate: the two months are joined by "and"
    return any(
        found.start() <= mention.start and mention.end <= found.end()
        for found in _COMBINED_MONTHS.finditer(text)
    )
