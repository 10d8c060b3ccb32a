"""A debt named as the object of a purpose ("in order to clear a €65 million debt") is no balance.

v3-sdig-2022-08-nydig-rigs-eur-neg headline: "returns 26,200 mining rigs to NYDIG in order to
clear a €65 million debt": what the deal aims to retire, not a balance stated at a date (nor a
repayment done: README decided case 6). The purpose reader knew "to clear the/its $X debt";
the indefinite article is the same purpose. A balance stated outright stays a balance.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2022, 8, 17)
Fact = tuple[str, Decimal, str | None]
TOTAL = "debt_total_usd"

CASES = [
    # v3-sdig-2022-08-nydig-rigs-eur-neg (holdout), verbatim headline
    (
        "A Bitcoin miner firm returns 26,200 mining rigs to NYDIG in order to clear a "
        "\u20ac65 million debt",
        set(),
    ),
    # variants: other purpose verbs and wordings with the indefinite article
    ("Stronghold hands back 26,200 rigs to clear a $67 million debt with NYDIG.", set()),
    ("Stronghold returned rigs in a bid to clear a $40 million debt.", set()),
    ("The firm is selling bitcoin to service a $20 million debt.", set()),
    ("The company transferred miners to the lender to clear a 65 million euro debt.", set()),
    # near-misses: a balance stated, with an article, beside a purpose of another thing
    ("Stronghold has a $65 million debt to NYDIG.", {(TOTAL, Decimal("65000000"), "2022-08")}),
    (
        "The company carries a $65 million debt and returned rigs to clear space.",
        {(TOTAL, Decimal("65000000"), "2022-08")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_debt_purpose_object(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="SDIG")
    assert {(item.metric, item.value, item.period) for item in found} == expected
