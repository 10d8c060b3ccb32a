"""A stated sum of several debt flows whose parts are also given (README, decided cases 3
and 11): "reduced its debt by $267 million … The repayment includes $150 million in secured
notes, $61 million from an exit facility, and $56 million in equipment loans" → the three
parts, not the 267. Each instrument is what an analyst tracks; the sum is counted once through
them. A total alone (no parts found) stays.

A total is a flow of one metric, unit and period equal to the sum of two or three other flows
of the same metric, unit and period found in the document.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from itertools import combinations

from .model import DEBT_ISSUED, DEBT_REPAID, Extracted

_FLOWS = (DEBT_ISSUED, DEBT_REPAID)
_MOST_PARTS = 3
_MOST_ITEMS = 12  # a document with more flows than this is a table, not a deal's parts


def sums_of_parts(found: list[Extracted]) -> list[Extracted]:
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
    return totals


def _is_sum(total: Extracted, items: list[Extracted]) -> bool:
    others = [item.value for item in items if item is not total and item.value != total.value]
    value = total.value or Decimal(0)
    return any(
        sum(parts, Decimal(0)) == value
        for size in range(2, _MOST_PARTS + 1)
        for parts in combinations(others, size)
    )
