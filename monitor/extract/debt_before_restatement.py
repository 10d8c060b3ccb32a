"""A restated note's old balance: what was owed before the restatement, not a balance now.

An amended and restated note recalls the note it replaces: "This Note amends and restates the
Original Note, under which the outstanding principal balance was $900,000 immediately before
this Note", "… the Promissory Note dated March 1, 2023, which had an outstanding principal
balance of $900,000 prior to the date hereof". The restated note's own principal is the balance
(`debt_instrument`); the old one, told as before it, is superseded (README decided case 1: the
starting point of a change is background), not a second balance at the document's date.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import Money

# The sentence names the instrument replaced.
_RESTATES = Folded(
    r"\b(?:amends?\s+and\s+restates?|amended\s+and\s+restated|original\s+(?:note|loan|agreement)|"
    r"(?:supersedes?|replaces?)\s+(?:in\s+its\s+entirety\s+)?(?:the|that)\b)"
)
# The balance told as it stood before the new note: "immediately before this Note", "prior to
# the date hereof", "before giving effect to this Amendment".
_BEFORE_AFTER = Folded(
    r"[^.;$]{0,30}?\b(?:immediately\s+)?(?:before|prior\s+to)\s+(?:giving\s+effect\s+to\s+)?"
    r"(?:this\s+(?:note|agreement|amendment|restatement)|the\s+date\s+hereof|the\s+(?:amendment|"
    r"restatement|effective)\b|the\s+amendment\s+(?:and\s+restatement\s+)?effective\s+date)"
)


def before_restatement(text: str, money: Money) -> bool:
    """Is the balance the replaced note's, told as it stood before the restatement?"""
    if "restate" not in text and "original" not in text.lower() and "supersede" not in text:
        return False  # cheap gate
    return _RESTATES.search(text) is not None and _BEFORE_AFTER.match(text, money.end) is not None
