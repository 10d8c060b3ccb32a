"""A loan's balance that the document then reports paid off is the change's starting point.

A story about a loan settled or paid off tells the amount it was paid off from: "closed the $21
million loan with BlockFi by paying $7.75 million … the company has reduced its debt to $21
million to date". After the payoff the loan owes nothing, so a balance of the amount the payoff
sentence gives the loan ("closed the $21 million loan", "repaid in full the $5 million note")
is the starting point of the change the document reports (README, decided case 1), not a
balance at its date; the payment is the document's figure. A balance the quote tells as left
after the payoff ("remaining after", "now") or the company's total debt stays.

(A dated balance of the paid-off loan stated beside the payoff, "the loan balance as at June
30, 2024 was approximately $5.7 million", is left alone: the corpus labels it both ways.)
"""

from __future__ import annotations

import re
from decimal import Decimal

from .folded import Folded
from .model import DEBT_TOTAL, Extracted
from .numbers import find_money

# The amount the payoff sentence gives the loan: "repaid in full the $5 million note", "paid
# off its $35 million loan", "settle all outstanding principal and interest due totaling $21
# million" (not "closed a $35 million loan": a loan taken).
_PAID_OFF_AMOUNT = re.compile(  # run at each payoff word (not over the whole document)
    r"(?:(?:settled|retired|repaid|paid\s+off)\s+(?:in\s+full\s+)?(?:the|its)\s+"
    r"(?P<amount>(?:us)?\$[\d.,]{1,12}\s*(?:million|billion)?)\s*(?:[\w-]+\s+){0,2}"
    r"(?:loan|notes?|debt)|settle\w*\s+(?:all\s+)?(?:the\s+)?outstanding\s+(?:principal|debt|"
    r"balance|loan)[^.$]{0,40}?\b(?:totall?ing|of)\s+(?P<settled>(?:us)?\$[\d.,]{1,12}\s*"
    r"(?:million|billion)?))",
    re.IGNORECASE,
)
# Told as what is left after the payoff, or the company's whole debt.
_KEPT = Folded(
    r"\b(?:remaining\s+after|after\s+the|following\s+the|now|currently|total\s+debt|"
    r"total\s+(?:outstanding\s+)?borrowings|no\s+(?:other\s+)?(?:debt|borrowings))\b"
)


def paid_off_balances(found: list[Extracted], text: str) -> list[Extracted]:
    """The balances of `found` that are a paid-off loan's starting point (module docstring)."""
    if "paid" not in text and "settle" not in text and "retired" not in text:
        return []  # cheap gate: no payoff told
    balances = [item for item in found if item.metric == DEBT_TOTAL and item.value]
    if not balances:
        return []
    amounts = _paid_off_amounts(text)
    return [item for item in balances if item.value in amounts and not _KEPT.search(item.evidence)]


_PAYOFF_WORDS = ("settle", "retired", "repaid", "paid off")
_REACH = 160


def _paid_off_amounts(text: str) -> set[Decimal]:
    """The amounts payoff sentences give their loans, read where a payoff word stands (a
    substring scan of the text as printed: lowering a whole filing costs more than the scan)."""
    amounts: set[Decimal] = set()
    for word in _PAYOFF_WORDS:
        position = text.find(word)
        while position >= 0:
            match = _PAID_OFF_AMOUNT.match(text, position, position + _REACH)
            if match is not None:
                amount = match.group("amount") or match.group("settled")
                amounts.update(money.amount for money in find_money(amount))
            position = text.find(word, position + 1)
    return amounts
