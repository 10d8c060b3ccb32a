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

from .debt_superseded import reached_by_reduction
from .folded import Folded
from .model import DEBT_REPAID, DEBT_TOTAL, Extracted
from .numbers import find_money

# The amount the payoff sentence gives the loan: "repaid in full the $5 million note", "paid
# off its $35 million loan", "settle all outstanding principal and interest due totaling $21
# million" (not "closed a $35 million loan": a loan taken).
_PAID_OFF_AMOUNT = re.compile(  # run at each payoff word (not over the whole document)
    r"(?:(?:settled|retired|repaid|paid\s+off)\s+(?:in\s+full\s+)?(?:the|its)\s+"
    r"(?P<amount>(?:us)?\$\s?[\d.,]{1,12}\s*(?:million|billion)?)\s*(?:[\w-]+\s+){0,2}"
    r"(?:loan|notes?|debt)|settle\w*\s+(?:all\s+)?(?:the\s+)?outstanding\s+(?:principal|debt|"
    r"balance|loan)[^.$]{0,40}?\b(?:totall?ing|of)\s+(?P<settled>(?:us)?\$\s?[\d.,]{1,12}\s*"
    r"(?:million|billion)?))",
    re.IGNORECASE,
)
# Told as what is left after the payoff, or the company's whole debt.
_KEPT = Folded(
    r"\b(?:remaining\s+after|after\s+the|following\s+the|now|currently|total\s+debt|"
    r"total\s+(?:outstanding\s+)?borrowings|no\s+(?:other\s+)?(?:debt|borrowings))\b"
)


def paid_off_balances(found: list[Extracted], text: str) -> list[Extracted]:
    """The balances of `found` that are a paid-off loan's starting point (module docstring),
    and the sizes of loans told paid off while still owed (`sizes_still_owed`)."""
    paid = "paid" in text or "settle" in text or "retired" in text
    reduced = any(word in text for word in _REDUCING_WORDS)
    if not paid and not reduced:
        return []  # cheap gate: no payoff or reduction told
    balances = [item for item in found if item.metric == DEBT_TOTAL and item.value]
    if not balances:
        return []
    amounts = _paid_off_amounts(text) if paid else set()
    if reduced:
        amounts |= _reduced_from_amounts(text)
    starts = [
        item for item in balances if item.value in amounts and not _KEPT.search(item.evidence)
    ]
    return starts + (sizes_still_owed(found, balances) if paid else [])


# A repayment whose amount is the loan's size: "paid off a $100 million debt backed by bitcoin",
# "To pay off a $100 million debt from Galaxy Digital".
_PAID_OFF_A = r"\b(?:paid|pays?|paying)\s+off\s+(?:an?|the|its|their)\s"
_SIZE_PAID_OFF = Folded(_PAID_OFF_A + r"+$")
_SIZE_PAID_OFF_ANYWHERE = Folded(_PAID_OFF_A)  # the cheap question asked first
_SIZE_NOUN_AFTER = Folded(r"\s*(?:[\w-]+\s+){0,2}?(?:debt|loan|credit\s+facility|facility)\b")


def sizes_still_owed(found: list[Extracted], balances: list[Extracted]) -> list[Extracted]:
    """Repayments told as paying off a loan named by its size while the same story states a
    lower level the loan was brought down to: "paid off a $100 million debt backed by bitcoin"
    over "reduce the loan by $34 million, bringing it down to $66 million … reduced to $38
    million". Money is still owed, so the loan was not paid off: the $100 million is its size
    (README decided case 1: the starting point of the change), the steps are the repayments."""
    owed = [item for item in balances if reached_by_reduction(item)]
    if not owed:
        return []
    return [
        item
        for item in found
        if item.metric == DEBT_REPAID
        and item.value
        and any(
            (level.unit, level.period) == (item.unit, item.period)
            and 0 < level.value < item.value
            and _lenders(level.evidence) <= _lenders(item.evidence)
            for level in owed
        )
        and _names_size_paid_off(item)
    ]


# A lender named by the debt's words: "debt to NYDIG", "a loan from Galaxy Digital", "the
# Galaxy loan" (a level owed to a lender the payoff does not name is another loan's).
_LENDER = re.compile(
    r"\b(?:from|to|with|under)\s+([A-Z][\w-]+)|\b([A-Z][\w-]+)\s+(?:loan|debt|facility|notes?)\b"
)


def _lenders(quote: str) -> set[str]:
    """The lenders a quote names (see `_LENDER`)."""
    return {name for match in _LENDER.finditer(quote) for name in match.groups() if name}


def _names_size_paid_off(item: Extracted) -> bool:
    """Is the repayment's amount, in its quote, a loan's size after "paid off a"?"""
    evidence = item.evidence
    if _SIZE_PAID_OFF_ANYWHERE.search(evidence) is None:
        return False  # cheap gate: no "paid off a" in the quote
    return any(
        money.amount == item.value
        and _SIZE_PAID_OFF.search(evidence, max(0, money.start - 40), money.start) is not None
        and _SIZE_NOUN_AFTER.match(evidence, money.end) is not None
        for money in find_money(evidence)
    )


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


# A debt named by its size, then told brought down to a lower level: "its $21 million debt
# obligation was reduced down to $7.75 million", "the $50 million loan has been cut to $30
# million". The size is where the change started (README decided case 1), read back from the
# reducing verb.
_REDUCED_FROM = re.compile(
    r"\b(?:its|the|their)\s+(?P<amount>(?:us)?\$\s?[\d.,]{1,12}\s*(?:million|billion)?)\s*"
    r"(?:[\w-]+\s+){0,2}(?:debt|loans?|notes|obligations?|facility)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+$",
    re.IGNORECASE,
)
_REDUCING_WORDS = ("reduced", "cut ", "lowered", "brought down")
_REDUCED_TO = re.compile(r"(?:reduced|cut|lowered|brought)\s+(?:down\s+)?to\b", re.IGNORECASE)


def _reduced_from_amounts(text: str) -> set[Decimal]:
    """The sizes of debts a sentence tells brought down to a lower level (`_REDUCED_FROM`)."""
    amounts: set[Decimal] = set()
    for word in _REDUCING_WORDS:
        position = text.find(word)
        while position >= 0:
            if _REDUCED_TO.match(text, position, position + 30):
                named = _REDUCED_FROM.search(text, max(0, position - 100), position)
                if named is not None:
                    amounts.update(money.amount for money in find_money(named.group("amount")))
            position = text.find(word, position + 1)
    return amounts
