"""An instrument named to tell its terms is no balance stated.

"CleanSpark's $650 million convertible note features a 0% coupon rate", "its $300 million
notes carry a 2.75% coupon": the amount names the instrument (the deal's size) whose terms the
sentence describes; it does not state what is owed at a date (README decided case 1: a balance
needs to be stated as current, "has $1.4 billion of notes outstanding").
"""

from __future__ import annotations

from .folded import Folded
from .numbers import Money

# After the amount: the instrument, then a verb of its terms and a term noun within a few words.
_TERMS_AFTER = Folded(
    r"\s*(?:[\w%.-]+\s+){0,3}?(?:notes?|bonds?|debentures?|loans?)\s+"
    r"(?:features?|featuring|carr(?:y|ies)|bears?|offers?|pays?|comes\s+with|has|have)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w%.-]+\s+){0,3}?(?:coupon|interest\s+rate|conversion\s+(?:price|"
    r"premium|rate)|maturity|structure|terms?)\b"
)
_REACH = 100


def terms_told(text: str, money: Money) -> bool:
    """Is `money` the size of an instrument whose terms the sentence tells (see docstring)?"""
    after = text[money.end : money.end + _REACH]
    return _TERMS_AFTER.match(after) is not None
