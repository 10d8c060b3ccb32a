"""A tranche of a loan told as paid out: new debt at the tranche's amount.

A loan or facility released in stages is new debt only for what was drawn (README, decided
case 19), and news tells the draw as a tranche received or disbursed: "With a first financing
tranche of US$5.6 million already disbursed", "received the first tranche of $50 million", "the
initial tranche of €20 million was funded in March". A tranche still to come ("is expected to
be disbursed", "will receive the second tranche", "remains undrawn") is a plan (decided case 6)
and is left alone: only a past verb of paying out, before or after the amount, makes it done.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX

# The amount named as a tranche: "a first financing tranche of", "the initial tranche of".
_TRANCHE_OF = Folded(
    r"\b(?:first|second|third|initial|final|next|another|an?|the|its)\s+(?:[\w-]+\s+){0,2}?"
    rf"tranches?\s+(?:of|worth|totall?ing|amounting\s+to)\s+{APPROX}$"
)
# Paid out, told before the tranche: "received the first tranche of", "drew a second tranche
# of" (a past verb only; "to receive", "will receive" are not).
_DONE_BEFORE = Folded(
    r"\b(?<!to\s)(?:received|got|drew|(?:has|have|had)\s+(?:now\s+|already\s+)?(?:drawn|received)|"
    r"obtained|collected|took\s+down)\s+(?:[\w-]+\s+){0,3}?$"
)
# Paid out, told after the amount: "… already disbursed", "… was funded in March", "… has been
# drawn" (not "to be disbursed", "is expected to be drawn", "remains undrawn"); or the bare
# participle right after it, as summary lines tell it: "Initial tranche of $50 million drawn
# for development costs" (not a condition: "drawn upon reaching milestones", "funded if …").
_DONE_AFTER = Folded(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:already\s+|now\s+|fully\s+)?|already\s+)"
    r"(?:disbursed|drawn(?:\s+down)?|funded|advanced|received|released|paid\s+out)\b"
    r"|^\s*(?:fully\s+)?(?:drawn|disbursed|funded)(?:\s+down)?\b"
    r"(?!\s+(?:upon|on\s+(?:reaching|achiev\w*|meeting|the\s+achievement)|when|if|once|subject|"
    r"as\s+(?:and|milestones|certain)|following\s+(?:the\s+)?(?:achievement|completion)))"
)
# A head only the tranche's own words fit (cheap gate before the patterns).
_GATE = "tranche"


def tranche_paid_out(before: str, after: str) -> bool:
    """Is the amount between `before` and `after` a tranche the text says was paid out?"""
    if _GATE not in before[-60:].lower():
        return False
    tranche = _TRANCHE_OF.search(before[-80:])
    if tranche is None:
        return False
    head = before[-80:][: tranche.start()]
    return _DONE_BEFORE.search(head) is not None or _DONE_AFTER.match(after) is not None
