"""A loan document's principal in its own unit: dollars, or a number of bitcoin.

A loan can be denominated in bitcoin ("a single advance in the amount of 933.333333 Bitcoin",
"a loan in the amount of 30 Bitcoins"): that is borrowed money like any other, kept in its own
unit and never converted (README decided case 47), the way a loan in CAD keeps CAD. A balance
printed with no unit word ("the aggregate principal amount outstanding is 463.636365") takes the
unit the document's loan is in throughout. An amount after "up to" or "not to exceed" is a
facility's ceiling, not a sum lent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .numbers import find_money, parse_decimal

# "933.333333 Bitcoin", "30 Bitcoins", "150 BTC" (a unit word right after the number; the
# whole number: not the tail of a longer one, "…3456789 BTC" out of "0.123456789 BTC")
# A legal draft writes the number in words, then in digits: "Thirty (30) Bitcoin", "One
# Hundred Fifty (150) BTC" (the digits in brackets are the number; README decided case 47).
_IN_WORDS = r"(?:[A-Za-z][A-Za-z-]{1,15}(?:\s{1,2}[A-Za-z][A-Za-z-]{1,15}){0,5}\s{0,2}\(\s{0,2})?"
_CLOSED = r"(?:\s{0,2}\))?"
BTC_AMOUNT = (
    _IN_WORDS + r"(?<![\d.,])\d[\d,]{0,12}(?:\.\d{1,8})?" + _CLOSED + r"\s{0,2}(?:bitcoins?|btc)\b"
)
_BTC = re.compile(
    _IN_WORDS
    + r"(?<![\d.,])(?P<qty>\d[\d,]{0,12}(?:\.\d{1,8})?)"
    + _CLOSED
    + r"\s{0,2}(?:bitcoins?|btc)\b",
    re.I,
)
# A bare number, whole, with no unit word or sign after it ("463 million", "12%", "5 years" are
# not balances); a sentence's or clause's punctuation after it ends the number ("is
# 463.636365. The Borrower …", "463.636365, and …").
_BARE = re.compile(r"(?P<qty>\d[\d,]{0,12}(?:\.\d{1,8})?)(?!,?\d|\.\d|\s{0,2}[%$A-Za-z])")
# a ceiling, not a sum lent: "in an aggregate principal amount of up to $10,000,000", "up to
# TEN MILLION DOLLARS ($10,000,000)", "not exceeding $10,000,000" (words may stand between)
_CEILING = re.compile(
    r"\b(?:up\s+to|not\s+to\s+exceed|not\s+exceeding|maximum(?:\s+of)?)\b[^$.;\n]{0,40}$", re.I
)
_CEILING_REACH = 60
# "the U.S. dollar equivalent of 100 BTC": a dollar loan sized by bitcoin, not a bitcoin loan
_DOLLAR_VALUE = re.compile(r"\bdollar\s+(?:equivalent|value|amount)\s+of\s{0,3}$", re.I)


@dataclass(frozen=True, slots=True)
class Principal:
    """An amount borrowed, its unit, and where its figure ends in the text."""

    amount: Decimal
    unit: str  # a currency code, or "BTC"
    end: int


def at(head: str, end: int) -> Principal | None:
    """The dollar or bitcoin amount right at `end` (a "US" prefix may precede the "$")."""
    if _CEILING.search(head, max(0, end - _CEILING_REACH), end):
        return None
    btc = _BTC.match(head, end)
    if btc is not None:
        if _DOLLAR_VALUE.search(head, max(0, end - 40), end):
            return None
        amount = parse_decimal(btc["qty"])
        return None if amount is None else Principal(amount, "BTC", btc.end())
    for money in find_money(head, max(0, end - 3), end + 40):
        if money.end > end and money.currency == "USD":
            return Principal(money.amount, money.currency, money.end)
        break
    return None


def balance_at(head: str, end: int) -> Principal | None:
    """A balance right at `end`: with its own unit, else a bare number in the unit of the
    loan the document states before it, when all its loan amounts are in bitcoin."""
    found = at(head, end)
    if found is not None:
        return found
    bare = _BARE.match(head, end)
    if bare is None or (amount := parse_decimal(bare["qty"])) is None:
        return None
    before = head[:end]
    in_btc = _BTC.search(before) is not None and next(find_money(before), None) is None
    return Principal(amount, "BTC", bare.end()) if in_btc else None
