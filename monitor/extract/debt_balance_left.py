"""A balance named by the bare noun "balance" as what a repayment or a cut left.

"Reduced its debt by $2 million, leaving a balance of $19 million as of April 30", "paid down
the loan to a balance of $19 million", "cut its Galaxy loan by $2 million to a remaining
balance of $19 million": the amount is the debt still owed after the change (README
`debt_total_usd`; the repayment itself is read elsewhere). The noun "balance" alone names no
debt, so the clause before it must name one (a loan, notes, debt) and the amount must not be
another balance (cash, an ATM programme's, a purchase price's) or capacity still available.
"""

from __future__ import annotations

from .debt_words import DEBT_NEAR, Window
from .folded import Folded
from .numbers import APPROX

# The balance noun after "leaving" or "to": "leaving a balance of", "leaving the remaining
# principal balance at", "to a balance of", "down to an outstanding balance of".
_BALANCE_LEFT_BEFORE = Folded(
    r"\b(?:leaving|leaves|left|to|with)\s+(?:(?:a|an|the|its|their|our)\s+)?"
    r"(?:(?:remaining|outstanding|principal|loan|debt|unpaid|new)\s+){0,2}"
    rf"balance\s+(?:of|at)\s+{APPROX}$"
)
# What the balance is not: cash, an ATM or equity programme, a purchase price or deposit, or
# capacity still to be drawn ("leaving a balance of $50 million available under the line").
_OTHER_BALANCE = Folded(
    r"\b(?:cash|atm|at-the-market|equity|shares?|purchase\s+price|consideration|deposits?|"
    r"prepayments?|escrow|bitcoin|btc|treasury|capacity|commitments?)\b"
)
_UNDRAWN_AFTER = Folded(
    r"^\s*(?:(?:still|yet)\s+)?(?:available|undrawn|unused|to\s+(?:be\s+)?(?:draw|drawn|borrow)|"
    r"(?:in|of)\s+(?:cash|liquidity|availability|capacity))\b"
)
# How far back in the sentence the change and its debt noun may stand.
_CLAUSE_REACH = 120


def balance_left(window: Window) -> bool:
    """Is the amount the debt balance a repayment or cut left (see the module)?"""
    if "balance" not in window.before[-40:]:
        return False  # cheap gate
    match = _BALANCE_LEFT_BEFORE.search(window.before)
    if match is None:
        return False
    clause = window.before[max(0, match.start() - _CLAUSE_REACH) : match.start()]
    if DEBT_NEAR.search(clause) is None or _OTHER_BALANCE.search(clause[-60:]):
        return False
    return _UNDRAWN_AFTER.match(window.after) is None
