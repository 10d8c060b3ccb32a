"""Loans the company made to another party: "Company lent additional $0.7M to seller at
signing; aggregate loans total $3.7M".

The company as lender holds a receivable, not debt (README `debt_*`: the company's own
borrowing). When a sentence tells the company lending an amount to someone else, the loan
amounts after it in the sentence ("aggregate loans total $3.7M") are that lending's, not the
company's borrowing. A loan made to the company ("NYDIG lent $37 million to Bitfarms", "lent $20
million to the Company") is the company's debt and stays (`debt_lent_to`).
"""

from __future__ import annotations

from .entities import names_of
from .folded import Folded
from .gates import Words

_LENT_OUT = Folded(
    r"\b(?:lent|loaned|advanced|lends|loans)\s+(?:an?\s+)?(?:additional\s+|further\s+|another\s+)?"
    r"(?:approximately\s+|about\s+|~)?(?:us)?\$\s?\d[\d.,]{0,12}\s*(?:million|billion|[mbk]n?)?\s+"
    r"to\s+(?:the\s+|its\s+|a\s+)?(?P<who>[\w'’.&-]{1,30})"
)
_LENDING = Words("lent ", "loaned ", "advanced ", "lends ", "loans ")
_SELF = frozenset({"company", "us", "it", "issuer", "borrower", "group"})


def lent_out_before(text: str, start: int, entity: str | None) -> bool:
    """Does the sentence before `start` tell the company lending money to another party?"""
    before = text[:start]
    if not _LENDING.found(before.lower()):
        return False  # cheap gate
    names = {name.lower() for name in names_of(entity)}
    for match in _LENT_OUT.finditer(before):
        who = match["who"].lower().rstrip(".")
        if who not in _SELF and who not in names:
            return True
    return False
