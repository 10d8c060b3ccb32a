"""A debt balance set against the cash beside it is no comparison with an earlier period.

"With $90M cash vs. $500M debt", "$404 million of cash versus $120 million of borrowings",
"cash of $30 million against debt of $187 million": the two sides of "vs." are two different
quantities of the same date (cash and debt), so the debt is a balance stated, not the prior
period's figure the comparison guard drops ("$500 million of debt vs. $300 million a year
earlier" is still a comparison: its other side is debt, not cash).
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX, Money

# The cash side before the comparison word ("$90M cash vs.", "cash of $90 million versus",
# "liquidity stands at $90 million against"), the debt amount right after it. Bounded: at most
# 40 characters between the cash word and "vs.", with no debt or earlier-period word in them.
_CASH_THEN_VERSUS = Folded(
    r"\b(?:cash|liquidity)\b(?:(?!\b(?:debt|borrowings|prior|previous|earlier|last|ago|year|"
    r"quarter|month)\b)[^;!?]){0,40}?\b(?:vs\.?|versus|against)\s+(?:(?:total|its|a)\s+)?"
    rf"(?:debt\s+(?:of\s+)?)?{APPROX}$"
)
# The amount's own noun after it is debt ("$500M debt", "$500 million of convertible notes").
_DEBT_AFTER = Folded(
    r"\s*(?:(?:of|in)\s+)?(?:total\s+|outstanding\s+|convertible\s+)?(?:debt|borrowings|"
    r"indebtedness|notes|loans)\b"
)
_REACH = 60


def against_cash(text: str, money: Money) -> bool:
    """Is `money` the debt side of "cash vs. debt" (a balance, not a comparative)?"""
    before = text[max(0, money.start - _REACH) : money.start]
    lower = before.lower()
    if "cash" not in lower and "liquidity" not in lower:
        return False  # cheap gate
    if not _CASH_THEN_VERSUS.search(before):
        return False
    return "debt" in before[-20:].lower() or bool(_DEBT_AFTER.match(text, money.end))
