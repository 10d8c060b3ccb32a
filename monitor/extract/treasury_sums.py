"""A stated sum of flows told again as its parts, each with its own period.

"The company sold 2,201 Bitcoins, generating approximately $200 million … these sales were
conducted in two phases: 383 Bitcoins were sold in November, followed by a larger sale of
1,818 Bitcoins in December." The 2,201 covers two months and so no single period; its parts
are each a month's flow. README decided case 3 (a stated sum of several items is labelled only
when the parts are not given) reads the same way for bitcoin flows: the parts are labelled,
the sum is not, and neither is money the sum's sentence says the whole sale brought.

The rule is gated so that a whole period's figure beside its months stays: a sum whose period
holds every part's month ("sold 500 BTC in Q1: 200 in January and 300 in February") is the
quarter's own figure, and a sum whose sentence names a period of its own ("sold 100 BTC in May"
beside "50 in April" and "50 in March") is that period's figure, equal to the sum by chance.
Only prose figures are judged as sums (a table's columns name their periods); a row's figure
may be a part.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from monitor.vocabulary.periods import Period

from .model import BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD, Extracted
from .periods import find_mentions

_FLOWS = (BTC_SOLD, BTC_PRODUCED)
# Parts are few ("in two phases", "three tranches"); more figures than this in one document
# are a table's months, read elsewhere, and would make the subset search costly.
_MAX_PARTS = 3
_MAX_FIGURES = 12


def without_period_sums(found: list[Extracted]) -> list[Extracted]:
    """`found` without prose flows that are the sum of other flows of distinct periods."""
    dropped: set[int] = set()
    sums: list[Extracted] = []
    for metric in _FLOWS:
        items = [item for item in found if item.metric == metric and item.value is not None]
        if len(items) < 3 or len(items) > _MAX_FIGURES:
            continue
        for item in items:
            if item.row_label is not None:
                continue  # (a row's figure may be a part, never the judged sum)
            if _is_sum_of_parts(item, [other for other in items if other is not item]):
                dropped.add(id(item))
                sums.append(item)
    if not dropped:
        return found
    # the money the whole sale brought, told in the sum's own sentence
    for item in found:
        if item.metric == BTC_SALE_PROCEEDS and any(_same_sentence(item, s) for s in sums):
            dropped.add(id(item))
    return [item for item in found if id(item) not in dropped]


def _is_sum_of_parts(whole: Extracted, others: list[Extracted]) -> bool:
    """Two or three other figures, each of its own period, that add up to `whole`."""
    assert whole.value is not None
    candidates = [
        other
        for other in others
        if other.value is not None and other.value < whole.value and other.period is not None
    ]
    for size in range(2, _MAX_PARTS + 1):
        for parts in itertools.combinations(candidates, size):
            periods = {part.period for part in parts}
            if len(periods) < size:
                continue
            if sum((part.value or Decimal(0) for part in parts), Decimal(0)) != whole.value:
                continue
            if not _holds_all(whole.period, periods) and not _names_own_period(whole, parts):
                return True
    return False


def _names_own_period(whole: Extracted, parts: tuple[Extracted, ...]) -> bool:
    """The sum's sentence names a period besides its parts' ("sold 100 BTC in May" beside "50
    in April" and "50 in March"): a figure of that period whose value happens to be the sum."""
    shared = sum(1 for part in parts if part.start == whole.start)
    return len(find_mentions(whole.evidence, None)) > shared


def _holds_all(period: str | None, parts: set[str | None]) -> bool:
    """`period` (a quarter or a year) contains every part's month: the sum is its own figure."""
    whole = Period.parse(period)
    if whole is None or whole.granularity not in ("quarter", "year"):
        return False  # a month, a date or a year-to-date span cannot hold two other periods
    return all(_within(Period.parse(part), whole) for part in parts)


def _within(part: Period | None, whole: Period) -> bool:
    """A month or a date inside a quarter, or any period of a year inside that year."""
    if part is None:
        return False
    if whole.granularity == "year":
        return part.year == whole.year
    return part.granularity in ("month", "date") and (
        whole.first_day() <= part.first_day() and part.last_day() <= whole.last_day()
    )


def _same_sentence(item: Extracted, whole: Extracted) -> bool:
    return item.start < whole.end and whole.start < item.end
