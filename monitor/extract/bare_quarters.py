"""A quarter named without its year in a document reporting the issuer's quarter of that number.

Reading rule: "165 BTC mined in Q3" in a story about HIVE's "fiscal third quarter, ended Dec.
31" is that fiscal quarter (2021-Q3 as the issuer names it), not the latest calendar Q3 before
publication (2020-Q3). A reader takes a bare "Q3" to be the quarter the document reports when
the document names its own quarter by that number; with a year printed ("Q3 2020", "Q3 FY20")
or another number ("Q2"), the phrase is read as written.
"""

from __future__ import annotations

import re

from .periods import Mention, Period

_YEAR_TOLD = re.compile(r"\d{4}|['’]\d\d|\bFY\s?\d\d\b|\b(?:fiscal|FY)\b")
_NEAR_YEARS = 1  # a fiscal year runs at most a year ahead of the calendar one


def own_quarter(
    period: Period | None, own: Period | None, text: str, mention: Mention
) -> Period | None:
    """`own` (the document's quarter) when `period` is a quarter of the same number read
    without a year from `text[mention.start:mention.end]`; else `period`."""
    if (
        period is None
        or own is None
        or period.quarter is None
        or own.quarter != period.quarter
        or own == period
        or abs(own.year - period.year) > _NEAR_YEARS
        or period.is_date
    ):
        return period  # (cheap tests first: most quarters are the document's or another's)
    if _YEAR_TOLD.search(text, mention.start, mention.end) is not None:
        return period  # "Q3 2020", "Q3'20": the year is printed
    return own
