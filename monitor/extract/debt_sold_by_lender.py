"""Loans a lender sells: the lender's assets, not the company's debt.

Reading rule: "the bankrupt crypto lender has reportedly been looking to sell around $160
million in debt" tells what a lender (or creditor, bank) does with its loan book; the amount is
what the lender holds and offers, neither the company's balance nor debt it took on or repaid.
A company "selling" notes is issuing them, so the seller must be named as a lender.
"""

from __future__ import annotations

from .folded import Folded
from .gates import Words
from .numbers import APPROX, Money

_WORDS = Words("lender", "creditor", "bank")


# The lender as the clause's subject, then a sale verb right before the amount.
_LENDER_SELLS = Folded(
    r"\b(?:lenders?|creditors?|banks?)\b[^.;$]{0,80}?\b(?:sell|sells|selling|sold|offload\w*|"
    rf"auction\w*|dispos(?:e|es|ed|ing)\s+of)\s+(?:(?:off|about|around|approximately|roughly|some|"
    rf"up\s+to|nearly)\s+)?{APPROX}$"
)
_DEBT_AFTER = Folded(r"\s+(?:(?:in|of|worth\s+of)\s+)?(?:[\w-]+\s+){0,2}?(?:debt|loans?)\b")
_REACH = 140


def sold_by_lender(text: str, money: Money) -> bool:
    """Is the amount debt a lender sells (module docstring)?"""
    head = text[max(0, money.start - _REACH) : money.start]
    if not _WORDS.found(head.lower()):
        return False  # cheap gate
    if _LENDER_SELLS.search(head) is None:
        return False
    return _DEBT_AFTER.match(text, money.end) is not None
