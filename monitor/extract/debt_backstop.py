"""A backstop or an illustrative figure is no debt the company owes or has taken on.

A backstop is a party's promise to cover an obligation if it is not met ("Google will backstop
$1.4 billion of Fluidstack's lease obligations"): a summary that calls the covered amount
"backstop debt of $1.4B" or "a $3.2 billion backstop" states no borrowing and no balance of the
company (README decided case 6: what may be lent is not lent). An "illustrative" or
"hypothetical" debt amount is a modelling input of projected financials, not a debt either.
Debt that a third party backstops ("$1.4 billion of project debt backstopped by Google") is
still the debt it is: only the backstop itself, as the amount's own noun, is read here.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX, Money

# "Backstop debt of $1.4B amortizes over lease", "an illustrative $500 million term loan",
# "backstop financing of up to $1.8 billion"
# (after "backstop" only its own noun: "the backstop parties purchased $150 million of notes"
# is a purchase of notes, not the backstop's amount)
_MODELLED_BEFORE = Folded(
    r"\b(?:backstop\s+(?:(?:debt|financing|commitment|amount|obligations?)\s+)?|"
    r"(?:illustrative|hypothetical)\s+(?:[\w-]+\s+){0,2}?)(?:(?:of|at|for|totall?ing)"
    rf"\s+)?(?:up\s+to\s+)?(?:an?\s+)?{APPROX}$"
)
# "a $3.2 billion backstop from Google", "$1.4 billion financial backstop"; not a loan drawn
# "on the backstop facility", "to backstop the repayment" or "backstop-supported notes"
_BACKSTOP_AFTER = Folded(
    r"^\s*(?:[\w-]+\s+){0,2}?(?<!\bto )backstop\b(?!-)(?!\s+(?:facility|facilities|loans?|"
    r"term|line|credit|notes?|lenders?)\b)"
)
_REACH = 60


def backstop_or_illustrative(text: str, money: Money) -> bool:
    """Is `money` a backstop's amount or an illustrative debt figure (see the docstring)?"""
    before = text[max(0, money.start - _REACH) : money.start].lower()
    after = text[money.end : money.end + _REACH].lower()
    if (
        "backstop" not in before
        and "backstop" not in after
        and "illustrat" not in before
        and ("hypothetical" not in before)
    ):
        return False  # cheap gate
    return bool(_MODELLED_BEFORE.search(before) or _BACKSTOP_AFTER.match(after))
