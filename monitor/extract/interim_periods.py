"""An interim statement's "Period ended 30 June": the first half-year, when no report names it.

A half-yearly reporter's interim statements (an LSE-listed miner's "Interim Results", its 6-K
exhibit) head their columns "Period ended | 30 June 2025" and nothing else: the period is the
six months from the start of the year, which the issuer reports as its interim (README: the
report's own period; the half is its H1 label). A flow under that head (interest expense) is the
half's. Only 30 June is read so: "period ended" at another day may close a quarter or a
fiscal year, and a document that names quarters ("three months ended", "second quarter") or a
fiscal year ending 30 June is not a half-year report. A document that names no half keeps no
such figure (`named_halves`, README decided case 42: "Period ended" alone is year to date).
"""

from __future__ import annotations

from .context import DocContext
from .folded import Folded
from .periods import Period

# The bare head: "Period ended", "period ending" (not "three months ended", "the year ended").
_PERIOD_ENDED = Folded(r"\bperiod\s+end(?:ed|ing)\b")
# A document that reports quarters, or a year closing in June, is no half-year interim.
_NOT_INTERIM = Folded(
    r"\b(?:three|3)\s+months\s+end|\bquarter(?:ly)?\b|\bQ[1-4]\b|"
    r"\byear\s+end(?:ed|ing)\s+(?:30\s+june|june\s+30)\b"
)
_JUNE = 6
_LAST_DAY_OF_JUNE = 30


def half_year_ended(date: Period, ctx: DocContext) -> Period | None:
    """The first half of `date`'s year, when `date` is 30 June under a bare "Period ended"
    head of a document that reports no quarter (see the module); else None."""
    if date.month != _JUNE or date.day != _LAST_DAY_OF_JUNE:
        return None
    text = ctx.text or ""
    if "eriod end" not in text:
        return None  # cheap gate: the head is not printed
    if not _PERIOD_ENDED.search(text) or _NOT_INTERIM.search(text):
        return None
    return Period.of_half(date.year, 1)
