"""A balance a story states again at a later date: the earlier one is background.

A news story about one company tells its debt now and, as background, what it was before:
"the remaining balance of the Galaxy loan is $5.7 million as of June 30 … the debt owed to
Galaxy was $12.8 million as of March 31", "by the end of June 30, Argo had an outstanding
balance of $22 million … As of July 31, … $6.72 million is owed". The careful reader records
the latest balance; the earlier one is a recalled figure of an earlier period (README, decided
case 1). A periodic report is left alone: its quarter-end and its latest month-end are both
its own subjects ("As of March 31, 2024, held 163.4 Bitcoin … As of April 30, 2024, held
155.1 Bitcoin"). Holdings are left alone too: a story may report two months as its own
subject (a "November and December update"), each with its holding.
"""

from __future__ import annotations

from collections import defaultdict

from .model import DEBT_TOTAL, Extracted
from .periods import Period

_BALANCES = (DEBT_TOTAL,)


def without_superseded(found: list[Extracted], report: Period | None) -> list[Extracted]:
    """`found` without balances dated before a later balance of the same metric and unit, in
    a document that reports no period of its own."""
    if report is not None:
        return found
    days: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in found:
        if item.metric in _BALANCES and _is_day(item.period):
            days[(item.metric, item.unit)].append(item.period)  # type: ignore[arg-type]
    if not any(len(set(dates)) > 1 for dates in days.values()):
        return found  # one date per balance kind (the common case)
    latest = {key: max(dates) for key, dates in days.items()}
    return [item for item in found if not _superseded(item, latest)]


def _is_day(label: str | None) -> bool:
    return label is not None and len(label) == 10  # YYYY-MM-DD


def _superseded(item: Extracted, latest: dict[tuple[str, str], str]) -> bool:
    last = latest.get((item.metric, item.unit))
    return last is not None and _is_day(item.period) and item.period < last  # type: ignore[operator]
