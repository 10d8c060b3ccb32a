"""A span of months named in words: "from April to June", "between April and June 2024",
"April–June 2024", "January through December".

The span is one period phrase. A careful reader records a figure of a span that is a whole
calendar quarter, half or year with that period ("from April to June" → the second quarter,
README: a quarter is labelled `YYYY-Qn`, a half `YYYY-Hn`, a year `YYYY`), never with one of
its months. A span that is no calendar period ("between April and July") names no period the
labels know: the phrase still stands as one, so neither of its months is read alone.

Months named without a year: the last month is the latest such month not after the reference
date (publication), as for a single month; the first month is the one before it ("from
October to December", published in January 2025 → 2024-Q4). A year after either month fixes
it ("April 2024 to June" → 2024).
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period, month_number

_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_Y = r"(?:19|20)\d{2}"
# The first month, an optional year, the joint, the last month, an optional year. "and" joins
# a span only after "between" ("sold in April and June" names two months).
MONTH_SPAN = (
    rf"(?:(?<=[Bb]etween\s)(?P<b1>{_M})(?:,?\s+(?:of\s+)?(?P<by1>{_Y}))?\s+and\s+|"
    rf"(?P<a1>{_M})(?:,?\s+(?:of\s+)?(?P<ay1>{_Y}))?(?:\s+(?:to|through|thru|until)\s+|"
    r"\s?[-–—]\s?))"
    rf"(?P<m2>{_M})(?!\s*\d{{1,2}}\b)(?:,?\s+(?:of\s+)?(?P<y2>{_Y})\b)?"
)
_SPANS = {3: "quarter", 6: "half", 12: "year"}


def month_span(m: re.Match[str], reference: dt.date | None) -> Period | None:
    """The calendar quarter, half or year the span names, or None (see the module)."""
    first = month_number(m["a1"] or m["b1"])
    last = month_number(m["m2"])
    first_year = m["ay1"] or m["by1"]
    if m["y2"]:
        end_year = int(m["y2"])
    elif first_year:
        end_year = int(first_year) + (1 if last < first else 0)
    elif reference is not None:
        end_year = reference.year if last <= reference.month else reference.year - 1
    else:
        return None
    start_year = int(first_year) if first_year else end_year - (1 if last < first else 0)
    months = (end_year - start_year) * 12 + last - first + 1
    kind = _SPANS.get(months)
    if kind is None or (first - 1) % months:
        return None
    if kind == "quarter":
        return Period.of_quarter(start_year, (first - 1) // 3 + 1)
    if kind == "half":
        return Period.of_half(start_year, (first - 1) // 6 + 1)
    return Period.of_year(start_year)


_SPAN_PHRASE = re.compile(MONTH_SPAN)


def names_partial_span(sentence: str, reference: dt.date | None) -> bool:
    """Does the sentence name a span of months that is no calendar quarter, half or year
    ("in November-December", "between March 2024 and March 2025")? A flow of such a span has
    no period a label knows (README, What is NOT labelled)."""
    return any(
        month_span(found, reference) is None and not _ends_later(found, reference)
        for found in _SPAN_PHRASE.finditer(sentence)
    )


def _ends_later(found: re.Match[str], reference: dt.date | None) -> bool:
    """ "… signed a lease, planning to deploy 25 MW between January and May 2026", published in
    January 2026: a span ending after publication is a schedule, and no flow the sentence reports
    done can be that span's (a done flow's period has ended)."""
    if reference is None or not found["y2"]:
        return False  # (a span with no year of its own ends by publication: see `month_span`)
    return (int(found["y2"]), month_number(found["m2"])) > (reference.year, reference.month)


def is_partial_span(text: str, pos: int, reference: dt.date | None) -> bool:
    """Does a span of months that is no calendar period start at `text[pos]` (its first
    month)?"""
    found = _SPAN_PHRASE.match(text, pos)
    return found is not None and month_span(found, reference) is None
