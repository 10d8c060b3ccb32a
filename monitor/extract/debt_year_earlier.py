"""A debt figure in a sentence that opens with the prior period: a comparative, not labelled.

"Riot had total debt of $20 million at the end of 2024. A year earlier, its debt stood at $35
million." The second sentence's opener ("A year earlier,", "A year ago,", "At the same time last
year,") dates all of it a year back: the balance is the prior-year comparative (README "What is NOT
labelled"), and dating it at the story's period would make it a second, wrong balance. A
prior-year balance gets the prior-year date or nothing; the opener names no date, so nothing.
(The figure after it, "… compared with $35 million a year earlier", is `guards.is_prior_period`.)
"""

from __future__ import annotations

from .folded import Folded

_PRIOR_OPENING = Folded(
    r"\s*(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|"
    r"(?:at\s+)?(?:the\s+)?same\s+(?:time|point|date)\s+(?:last|a)\s+year(?:\s+(?:earlier|ago))?)"
    r"\s*,"
)


def opens_with_prior_period(text: str) -> bool:
    """Does the sentence open with the prior period ("A year earlier, …")?"""
    if "year" not in text[:40]:
        return False  # cheap gate
    # (not "At the end of the previous month, Argo owed $22 million": a month-end, a balance
    # date; nor "During the previous month, …": last month's flows)
    return _PRIOR_OPENING.match(text) is not None
