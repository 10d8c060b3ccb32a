"""Debt as one side of a deal's mix with equity is no balance.

"Financing of up to $500 million, consisting of $400 million in shares and $100 million in
convertible debt", "a $1.4 billion package — a mix of $350 million in equity and $1.05 billion
in debt", "$125 million in equity value and the assumption of $50 million in debt": the debt
amount splits a financing or a deal's price between equity and debt. It says what the deal is
made of, not what the company owes at a date (a facility's debt side counts when drawn, README
decided case 19; a merger's assumed debt is the target's). A balance sheet's "$X of debt"
stands alone or beside cash (`debt_against_cash`), never beside an amount of equity.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import Money

# An amount of equity, then "and" (optionally "the assumption of"), right before the debt
# amount: "$400 million in Class A ordinary shares and ", "$125 million in equity value and the
# assumption of ". Bounded: an amount's noun within three words, 40 characters to "and".
_EQUITY_THEN = Folded(
    r"\$\s?[\d.,]{1,12}\s*(?:million|billion|m|bn|mn)?\s+(?:in|of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:equity|shares|stock)\b[^.;$]{0,40}?\band\s+(?:the\s+assumption\s+of\s+)?$"
)
# The debt amount's own noun right after it: "$100 million in convertible debt".
_DEBT_NOUN = Folded(r"\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:debt|notes|loans?)\b")
# The reverse order: "$1.05 billion in debt and $350 million in equity".
_AND_EQUITY = Folded(
    r"\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:debt|notes|loans?)\s+and\s+\$\s?[\d.,]{1,12}\s*"
    r"(?:million|billion|m|bn|mn)?\s+(?:in|of)\s+(?:[\w-]+\s+){0,3}?(?:equity|shares|stock)\b"
)
_REACH = 120


def beside_equity(text: str, money: Money) -> bool:
    """Is `money` the debt side of an equity-and-debt mix (see the module docstring)?"""
    before = text[max(0, money.start - _REACH) : money.start]
    lower = before.lower()
    if "equity" not in lower and "share" not in lower and "stock" not in lower:
        return _AND_EQUITY.match(text, money.end, money.end + _REACH) is not None
    if _EQUITY_THEN.search(before) is None:
        return False
    return _DEBT_NOUN.match(text, money.end, money.end + _REACH) is not None
