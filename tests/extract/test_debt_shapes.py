"""Debt read from sentence shape: a debt instrument, an amount and a verb class bound together.

Each sentence is written fresh (not taken from the dev corpus) so that a rule tuned to one
phrasing fails here; expected values are read off the sentences themselves.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]


def _facts(text: str, published: dt.date) -> set[Fact]:
    found = extract_text(text, published=published)
    return {(item.metric, item.value, item.period) for item in found}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Passive retirement with the amount as subject, dated by the clause.
        (
            "The company said that $4.2 million of the equipment loan was repaid in June 2024.",
            dt.date(2024, 8, 1),
            {("debt_repaid_usd", Decimal("4200000"), "2024-06")},
        ),
        # Notes named between the amount and a passive "were retired".
        (
            "In May 2025, $21.0 million of the 2026 senior notes were retired.",
            dt.date(2025, 6, 2),
            {("debt_repaid_usd", Decimal("21000000"), "2025-05")},
        ),
        # A payment "to retire" a named loan, the verb some words after the amount.
        (
            "A payment of roughly $12.3 million was made in March 2025 to retire the bridge loan.",
            dt.date(2025, 4, 10),
            {("debt_repaid_usd", Decimal("12300000"), "2025-03")},
        ),
        # Principal converted into shares is principal retired.
        (
            "During March 2025, holders converted the remaining principal amount of $6.4 million "
            "of the convertible notes into common shares.",
            dt.date(2025, 4, 10),
            {("debt_repaid_usd", Decimal("6400000"), "2025-03")},
        ),
        # "settled $X of the principal of its debentures", in a dollar named by a bracket.
        (
            "In April 2024 the company settled $3.1-million (Canadian) of the outstanding "
            "principal of its convertible debentures for shares.",
            dt.date(2024, 5, 15),
            {("debt_repaid_usd", Decimal("3100000"), "2024-04")},
        ),
        # A singular "note" issued: new debt in the month it was issued.
        (
            "The company issued a $15.0 million promissory note on March 3, 2025.",
            dt.date(2025, 5, 1),
            {("debt_issued_usd", Decimal("15000000"), "2025-03")},
        ),
        # An offering closed: the offering noun sits between the verb and the amount.
        (
            "In June 2025 the company closed its private offering of $250 million aggregate "
            "principal amount of convertible senior notes due 2030.",
            dt.date(2025, 6, 20),
            {("debt_issued_usd", Decimal("250000000"), "2025-06")},
        ),
        # A named debt the company owes is its balance (month of publication: no date given).
        (
            "The lender agreed to restructure a $7.5 million term loan the company owes.",
            dt.date(2024, 9, 12),
            {("debt_total_usd", Decimal("7500000"), "2024-09")},
        ),
        # A future payment's resulting balance is a forecast, not a balance.
        (
            "The company will make a $2.0 million principal payment on the term loan, bringing "
            "the balance down to about $8 million.",
            dt.date(2025, 2, 1),
            set(),
        ),
        # "settled" without a debt instrument after the amount is not a repayment.
        (
            "In April 2024 the company settled $3.1 million of legal claims with a supplier.",
            dt.date(2024, 5, 15),
            set(),
        ),
    ],
)
def test_debt_shape(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected
