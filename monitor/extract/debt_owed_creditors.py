"""What a company "owes its creditors" is liabilities, not borrowed money (README decided
case 36).

"Owes its creditors $57.4 million", "owes $500 million to around 200 creditors": a bankruptcy
or restructuring total of what is owed, trade payables and all (case 33: debt is borrowed
money). Unless the text calls the amount debt, loans, notes or borrowings ("owes its creditors
$20 million in loans"), it is no `debt_total_usd`.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX, Money

# "owes its creditors $57.4 million", "owed to creditors about $80 million"
_OWES_CREDITORS_BEFORE = Folded(
    r"\b(?:owes|owed|owing)\s+(?:to\s+)?(?:its|their|the|some|various)?\s*(?:\w+\s+)?"
    rf"creditors\s+{APPROX}$"
)
# "owes $500 million to around 200 creditors"
_OWES_BEFORE = Folded(rf"\b(?:owes|owed|owing)\s+{APPROX}$")
_TO_CREDITORS_AFTER = Folded(
    r"\s+to\s+(?:its\s+|their\s+|the\s+)?(?:(?:around|about|some|roughly|more\s+than|over|"
    r"nearly)\s+)?(?:[\d,]+\s+)?(?:\w+\s+)?creditors\b"
)
# The amount called debt after all: "$20 million in loans", "$20 million of debt".
_DEBT_NOUN_AFTER = Folded(
    r"\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:debt|loans?|notes|borrowings|bonds|debentures)\b"
)
_REACH = 80


def owed_to_creditors(text: str, money: Money) -> bool:
    """Is `money` what the company owes its creditors, not called debt (see the docstring)?"""
    before = text[max(0, money.start - _REACH) : money.start]
    if "ow" not in before.lower():
        return False  # cheap gate
    after = text[money.end : money.end + _REACH]
    if _DEBT_NOUN_AFTER.match(after):
        return False
    if _OWES_CREDITORS_BEFORE.search(before):
        return True
    return _OWES_BEFORE.search(before) is not None and _TO_CREDITORS_AFTER.match(after) is not None
