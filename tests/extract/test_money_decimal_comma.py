"""Money printed with a decimal comma, as European news copy prints it ("$127,9 million"):
one or two digits after the comma, then a scale word, is a decimal fraction of that scale.
A thousands comma ("$1,250 million") and a per-unit price ("$12,50 per share") are unchanged.

Sentences are written for these tests in the style of translated wire copy; expected values
follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from debt_facts import debt_facts, total

from monitor.extract.numbers import find_money

AUG = dt.date(2022, 8, 18)

CASES: list[tuple[str, str, set]] = [
    (
        "total-debt-as-of",
        "The miner reported that as of June 30, 2022, it had total debt of $98,6 million, "
        "according to its quarterly filing.",
        {total("98600000", "2022-06-30")},
    ),
    (
        "euro-two-digits",
        "At the end of July the group had outstanding loans of €41,25 million.",
        {("debt_total_usd", Decimal("41250000"), "EUR", "2022-07-31")},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_decimal_comma_balance(name: str, text: str, expected: set) -> None:
    assert debt_facts(text, published=AUG) == expected


def test_decimal_comma_amounts() -> None:
    """Decimal commas read as fractions of the scale, beside a thousands comma and a price
    that keep their reading."""
    text = "$127,9 million, $0,4 million in cryptocurrencies, $2,5 billion, $1,250 million and "
    text += "shares at $12,50 each"
    assert [money.amount for money in find_money(text)] == [
        Decimal("127900000"),
        Decimal("400000"),
        Decimal("2500000000"),
        Decimal("1250000000"),
    ]
