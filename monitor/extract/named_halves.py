"""A half-year is read only when the text names one (README, decided case 42).

A quarterly report's "six months ended June 30, 2024" (a sentence, or a "Six Months" column
beside the quarter's), an interim table's bare "Period ended 30 June 2024", and a change
between 1 January and 30 June are year-to-date spans: their figures are cumulative beside the
quarter's and have no period a label knows. A half is labelled only when the document names it
as a half: "first half of 2024", "H1 2024", "half-year results", "during the half". The period
readers still give these spans their half (a document that names its half reports it in the
same words); this filter drops the half's figures from a document that names none.
"""

from __future__ import annotations

import re

from monitor.vocabulary.periods import Period

from .folded import Folded, lowered
from .model import Extracted

# How a text names a half: "first half of 2024", "the second half", "half-year", "half year",
# "halfyear"; "during the half", "ended the half"; "the first six months of 2024" (a half by
# its months, not "ended"); "H1 2024", "1H24", "H2'23", "H1 FY25" (a code with its year).
_NAMED = Folded(
    r"\b(?:first|second|1st|2nd|last|final)\s+half\b|\bhalf[- ]?years?\b|"
    r"\b(?:during|in|for|over|throughout|ended|ending|closed|closing)\s+the\s+half\b|"
    r"\b(?:first|second|1st|2nd|last|final)\s+(?:six|6)\s+months\s+of\b"
)
_CODE = re.compile(r"\b(?:H[12]|[12]H)\s?(?:FY\s?)?(?:'|’)?(?:20)?\d\d\b")


def names_half(text: str) -> bool:
    """Does `text` name a half-year as a half (see the module)?"""
    lower = lowered(text)  # often the whole document, kept lowercased by `folded`
    if ("half" in lower or "months of" in lower) and _NAMED.search(text):
        return True
    # (a substring test first: most texts hold no "h1"/"1h"/"h2"/"2h" at all)
    if "h1" in lower or "h2" in lower or "1h" in lower or "2h" in lower:
        return _CODE.search(text) is not None
    return False


def without_unnamed_halves(found: list[Extracted], text: str) -> list[Extracted]:
    """`found` without the figures dated by a half, when `text` names no half."""
    # (the period labels first: almost no document has a half's figure to judge)
    if not any(_dated_by_half(item) for item in found):
        return found
    if names_half(text):
        return found
    return [item for item in found if not _dated_by_half(item)]


def _dated_by_half(item: Extracted) -> bool:
    period = Period.parse(item.period)
    return period is not None and period.granularity == "half"
