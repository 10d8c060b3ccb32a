"""Results-release summary lines: coins beside cash, a holding's coins beside its value, a
draw named by its ordinal.

Three classes of af1's misses, written for these tests in their shapes (not their text):
"$7.7 million in cash plus 39 Bitcoin as of March 28, 2023" holds the coins (as "cash and 39
Bitcoin" does); "Book Value of Digital Currency: $23.6 million, or 627 bitcoins" under "Balance
Sheet Highlights as of …" and an "Assets" sub-heading is the holding's coin count at that day;
"the drawdown of the 4th and final US$5.0 million tranche" is new debt of the quarter (decided
case 19), a draw still to come is not (decided case 6). Expected values by the labelling
convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]


def _facts(text: str, published: dt.date, metric: str) -> set[Fact]:
    found = extract_text(text, published=published, entity="MINER")
    return {(item.metric, item.value, item.period) for item in found if item.metric == metric}


HELD = [
    pytest.param(
        "• Total liquidity of about $14.2 million, comprising $11.9 million in cash plus 61 "
        "Bitcoin as of May 14, 2024",
        dt.date(2024, 5, 15),
        {("btc_held", Decimal("61"), "2024-05-14")},
        id="cash-plus-coins-as-of",
    ),
    pytest.param(
        "Balance Sheet Highlights as of June 30, 2022\n\nAssets\n\n·Cash: $9.4 Million\n"
        "·Carrying Value of Digital Currency: $31.2 million, or 1,540 bitcoins\n",
        dt.date(2022, 8, 10),
        {("btc_held", Decimal("1540"), "2022-06-30")},
        id="holding-value-or-coins-under-as-of-heading",
    ),
    pytest.param(
        "The Company held digital assets of $8.3 million, or 410 BTC, as of March 31, 2023.",
        dt.date(2023, 5, 12),
        {("btc_held", Decimal("410"), "2023-03-31")},
        id="held-digital-assets-or-coins",
    ),
]

HELD_LOOK_ALIKES = [
    pytest.param(
        # a charge on the holding, not the holding
        "Impairment of digital currency of $2.9 million, or 140 bitcoins, as of June 30, 2022.",
        dt.date(2022, 8, 10),
        id="impairment-or-coins",
    ),
    pytest.param(
        # sales of the coins, not the coins held
        "Balance Sheet Highlights as of June 30, 2022\n\nAssets\n\n"
        "·Sales of digital currency: $5.0 million, or 120 bitcoins\n",
        dt.date(2022, 8, 10),
        id="sales-or-coins",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), HELD)
def test_coins_held_beside_cash_or_value(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published, "btc_held") == expected


@pytest.mark.parametrize(("text", "published"), HELD_LOOK_ALIKES)
def test_coins_not_held(text: str, published: dt.date) -> None:
    assert _facts(text, published, "btc_held") == set()


_Q3 = (
    "Miner Co. Reports Financial Results for the Three and Nine Months Ended September 30, 2020\n\n"
)

DRAWS = [
    pytest.param(
        _Q3 + "  • Completed the drawdown of the 3rd and final US$4.0 million tranche of a "
        "US$12.0 million loan to fund its expansion;",
        {("debt_issued_usd", Decimal("4000000"), "2020-Q3")},
        id="ordinal-and-final-tranche-drawn",
    ),
    pytest.param(
        _Q3 + "  • Completed the drawdown of the second US$2.5 million tranche of the loan;",
        {("debt_issued_usd", Decimal("2500000"), "2020-Q3")},
        id="ordinal-tranche-drawn",
    ),
]

DRAW_LOOK_ALIKES = [
    pytest.param(
        _Q3 + "  • The drawdown of the final US$4.0 million tranche is expected in December;",
        id="final-tranche-still-to-come",
    ),
    pytest.param(
        _Q3 + "  • The drawdown of a US$4.0 million tranche is expected in January;",
        id="a-tranche-still-to-come",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DRAWS)
def test_ordinal_draw_is_new_debt(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2020, 11, 25), "debt_issued_usd") == expected


@pytest.mark.parametrize("text", DRAW_LOOK_ALIKES)
def test_draw_to_come_is_no_debt(text: str) -> None:
    assert _facts(text, dt.date(2020, 11, 25), "debt_issued_usd") == set()
