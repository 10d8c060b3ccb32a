"""Net debt is debt less cash: neither its level nor its change is debt owed or repaid.

"Stronghold reduced its net debt by $79 million", "a reduction in net debt of $59.7 million",
"net debt fell by $60 million", "cut net borrowings by C$12 million": the amount moves a
difference of debt and cash, which cash alone can move (README: what is tracked is what is
owed; `h-wulf-2023-fy-prelim-8k-futu-net-debt` "net debt from $144.7 million to $85.0 million"
is no figure). Balances already leave net debt out (`debt_balance`); this reads the amount
bound to net debt before any repayment pattern claims it.
"""

from __future__ import annotations

from .debt_words import Window
from .folded import Folded

# "net debt" (or indebtedness, borrowings) with no other debt noun, no amount and no clause
# break between it and the amount: "reduced its net debt by", "net debt reduction of",
# "reduction in net debt of approximately". Bounded: at most 50 characters of gap.
_NET_DEBT_THEN_AMOUNT = Folded(
    r"\bnet\s+(?:debt|indebtedness|borrowings)\b"
    r"(?:(?!\b(?:debt|loans?|notes|borrowings)\b)[^.;$\d]){0,50}$"
)
_REACH = 80


def bound_to_net_debt(window: Window) -> bool:
    """Is the amount in `window` a level or change of net debt (not debt owed or repaid)?"""
    before = window.before_lower[-_REACH:]
    if "net " not in before:
        return False  # cheap gate
    return _NET_DEBT_THEN_AMOUNT.search(window.before[-_REACH:]) is not None
