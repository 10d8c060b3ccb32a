"""A stated sum of several debt flows whose parts are also given (README, decided cases 3
and 11): "reduced its debt by $267 million … The repayment includes $150 million in secured
notes, $61 million from an exit facility, and $56 million in equipment loans" → the three
parts, not the 267. Each instrument is what an analyst tracks; the sum is counted once through
them. A total alone (no parts found) stays.

A total is a flow of one metric, unit and period equal to the sum of two or three other flows
of the same metric, unit and period found in the document; or a total whose sentence names no
period (dated by publication) equal to the sum of parts the document dates to one earlier
month: "recently raised $2.25 million in debt financing" told in November, its parts "loans of
$250,000 and $2,000,000, respectively, on Sept. 2 and Sept. 15".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from itertools import combinations

from monitor.vocabulary.periods import Period

from .model import DEBT_ISSUED, DEBT_REPAID, Extracted
from .periods import find_mentions

_FLOWS = (DEBT_ISSUED, DEBT_REPAID)
_MOST_PARTS = 3
_MOST_ITEMS = 12  # a document with more flows than this is a table, not a deal's parts


def sums_of_parts(found: list[Extracted], published: dt.date | None = None) -> list[Extracted]:
    """The flows of `found` that are the sum of other flows of `found` (see the module)."""
    groups: dict[tuple[str, str, str | None], list[Extracted]] = defaultdict(list)
    for item in found:
        if item.metric in _FLOWS and item.value is not None and item.value > 0:
            groups[(item.metric, item.unit, item.period)].append(item)
    totals: list[Extracted] = []
    for items in groups.values():
        if len(items) < 3 or len(items) > _MOST_ITEMS:
            continue  # a sum needs two parts besides itself
        totals.extend(item for item in items if _is_sum(item, items))
    if published is not None:
        totals.extend(_undated_sums(groups, published))
    return totals


# How many months before publication the parts of an undated total may be dated.
_PARTS_BEHIND = 3


def _undated_sums(
    groups: dict[tuple[str, str, str | None], list[Extracted]], published: dt.date
) -> Iterator[Extracted]:
    """Totals dated by publication whose sentence names no period, summing the parts of one
    earlier month (see the module docstring)."""
    month = Period.of_month(published.year, published.month)
    for (metric, unit, period), items in groups.items():
        if period != month.label() or len(items) != 1:
            continue
        total = items[0]
        if find_mentions(total.evidence, published):
            continue  # the total names its own period
        for (other_metric, other_unit, other_period), parts in groups.items():
            earlier = Period.parse(other_period)
            if (other_metric, other_unit) != (metric, unit) or earlier is None:
                continue
            if not _months_before(earlier, month) or not 2 <= len(parts) <= _MOST_PARTS:
                continue
            if sum((part.value or Decimal(0) for part in parts), Decimal(0)) == total.value:
                yield total
                break


def _months_before(earlier: Period, month: Period) -> bool:
    """Is `earlier` a month ending within `_PARTS_BEHIND` months before `month`?"""
    if earlier.granularity != "month" or earlier.last_day() >= month.first_day():
        return False
    gap = (month.first_day().year - earlier.first_day().year) * 12
    return gap + month.first_day().month - earlier.first_day().month <= _PARTS_BEHIND


def _is_sum(total: Extracted, items: list[Extracted]) -> bool:
    others = [item.value for item in items if item is not total and item.value != total.value]
    value = total.value or Decimal(0)
    return any(
        sum(parts, Decimal(0)) == value
        for size in range(2, _MOST_PARTS + 1)
        for parts in combinations(others, size)
    )
