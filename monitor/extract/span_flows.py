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

import bisect
import datetime as dt
import functools
import re
from decimal import Decimal

from monitor.vocabulary.periods import Period

from .folded import Folded
from .model import BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD, DEBT_ISSUED, DEBT_REPAID, Extracted
from .month_spans import names_partial_span
from .numbers import NUMBER, parse_decimal, tidy
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
    """`found` without the flows a sentence sums over two months ("combined production during
    April and May reached 954.5 BTC"): neither month dates them (`is_summed_month`), and the
    sum is no period a label knows. The sentence's other figures ("mined 480 BTC in May,
    bringing combined …") stay: only the figure in the sum's clause is dropped."""
    return [
        item
        for item in found
        if not (
            item.metric in _FLOWS
            and item.value is not None
            and " and " in item.evidence
            and item.value in _summed_values(item.evidence)
        )
    ]


_SCALES = (Decimal(1), Decimal(1_000), Decimal(1_000_000), Decimal(1_000_000_000))
_NUMBER = re.compile(NUMBER)
_CLAUSE_END = re.compile(r"[,;:]")
_CLAUSE_REACH = 160  # (a clause's figure lies near its months; bounded on a 50 KB line)


@functools.lru_cache(maxsize=64)
def _summed_values(text: str) -> frozenset[Decimal]:
    """The amounts (at each scale a figure may print: "954.5", "$4 million") of the clause
    around each summed pair of months in `text`: inside the phrase, and up to a comma either
    side ("954.5 BTC in April and May combined", "during April and May to 954.5 BTC")."""
    values: set[Decimal] = set()
    for start, end in _summed_spans(text):
        head = max(0, start - _CLAUSE_REACH)
        tail = text[end : end + _CLAUSE_REACH]
        cut = max(text.rfind(mark, head, start) for mark in ",;:")
        after = _CLAUSE_END.search(tail)
        clause = text[max(cut + 1, head) : end + (after.start() if after else len(tail))]
        for number in _NUMBER.finditer(clause):
            value = parse_decimal(number.group())
            if value is not None:
                values.update(tidy(value * scale) for scale in _SCALES)
    return frozenset(values)


@functools.lru_cache(maxsize=64)
def _summed_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where `text` sums two months (`_COMBINED_MONTHS`), in order: found once a sentence,
    asked by each of its month mentions."""
    if " and " not in text:
        return ()
    return tuple((found.start(), found.end()) for found in _COMBINED_MONTHS.finditer(text))


def is_summed_month(text: str, mention: Mention) -> bool:
    """Is the period phrase at `mention` one of two months `text` sums ("combined production
    during April and May", "in April and May combined")? It dates no figure of the sentence."""
    if " and " not in text[max(0, mention.start - 12) : mention.end + 12]:
        return False  # cheap gate: the two months are joined by "and"
    spans = _summed_spans(text)
    at = bisect.bisect_right(spans, (mention.start, len(text) + 1)) - 1
    return at >= 0 and mention.end <= spans[at][1]
