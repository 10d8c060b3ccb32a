"""A month a headline names as its report's, not as the date of a balance beside it.

"Acme Maintains Debt-Free Operations and Reports April 2025 Production Results": "April 2025"
names the update the headline announces; the nil debt has no date of its own, so it takes the
report's period label (README "Periods": a stock with no date at all takes the report's label),
not the month's last day (which a balance "stated for a month" takes).
"""

from __future__ import annotations

from .folded import MONTH_WORD, Folded

_REPORT_NAMED = Folded(
    r"\b(?:reports?|reporting|announces?|releases?|publishes?|posts?)\s+(?:its\s+|the\s+)?"
    rf"{MONTH_WORD}\.?\s+\d{{4}}\s+(?:(?:production|operational|operations|operating|monthly|"
    r"bitcoin|mining)\s+){0,2}(?:results|update|report|figures)\b"
)


def month_names_report(text: str) -> bool:
    """Does `text` name a month only as the report it announces (see the docstring)?"""
    return _REPORT_NAMED.search(text) is not None
