"""A month or quarter named without its year, then "next year": the year after publication.

Reading rule: "to bring 8 MW online by the end of Q2 next year" in a story published in October
2024 is 2025-Q2, not the latest Q2 before publication (2024-Q2, which a bare "Q2" is read as).
"March of next year", "the second quarter of next year" the same. A phrase that prints its year
("Q2 2025") is read as written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from monitor.vocabulary.periods import Period

_NEXT_YEAR_AFTER = re.compile(r"\s{1,3}(?:of\s{1,3})?next\s{1,3}year\b")
_YEAR_TOLD = re.compile(r"\d{4}|['’]\d\d")
_SPANS = frozenset({"month", "quarter", "half"})


def in_next_year(
    text: str, start: int, end: int, period: Period | None, reference: dt.date | None
) -> Period | None:
    """`period` moved to the year after `reference` when `text[start:end]` names it without a
    year and "next year" follows; else `period`."""
    if (
        period is None
        or reference is None
        or period.granularity not in _SPANS
        or _NEXT_YEAR_AFTER.match(text, end) is None
        or _YEAR_TOLD.search(text, start, end) is not None
    ):
        return period
    return dataclasses.replace(period, year=reference.year + 1)
