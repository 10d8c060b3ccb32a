"""Holdings in a call-highlights list: "Bitcoin Inventory: 2,270 Bitcoin as of end of July."

Real: v3-cifr-2024-q2-gurufocus-call-inventory, a "Label: value" list whose line "Bitcoin
Inventory: 2,270 Bitcoin as of end of July." -> btc_held 2270 at 2024-07-31 (README decided
cases 21/25: a line's own date wins; a month's end is its last day).

1. "Inventory" is a summary's word for the coins held (as "holdings", "treasury", "HODL").
2. "as of end of July", "as of the end of Q2": a period's close is its last day, as "as of
   July 31" is, with or without the article.
Look-alikes: an inventory in dollars or of machines is no bitcoin holding.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2024, 8, 13)


# The real list's lines (abridged): a long list of "Label: value" lines is read as a table.
_BEFORE = (
    "Cipher Mining Inc (CIFR) Q2 2024 Earnings Call Transcript Highlights\n\n"
    "  • Self-Mining Capacity: 8.7 exahash per second as of end of July 2024.\n"
    "  • Fleet Efficiency: 28.7 joules per terahash.\n"
)
_AFTER = (
    "  • All-In Weighted Average Power Price: $0.027 per kilowatt hour.\n"
    "  • GAAP Net Loss: $15 million for Q2 2024.\n"
    "  • Bitcoin Mined: 563 Bitcoin in Q2 2024.\n"
    "  • Revenue: $37 million for Q2 2024.\n"
    "  • Average Price per Bitcoin: $65,000 in Q2 2024.\n"
    "  • Total Current Assets: $309 million as of June 30, 2024.\n"
    "  • Cash Position: $123 million as of June 30, 2024.\n"
    "  • Bitcoin Holdings Value: $138 million as of June 30, 2024.\n"
    "  • Property and Equipment: $239 million as of June 30, 2024.\n\n"
    "Release Date: August 13, 2024\n"
)


def _held(line: str) -> set[tuple[str, str]]:
    return {
        (str(item.value), item.period)
        for item in extract_text(_BEFORE + line + _AFTER, published=_PUBLISHED, entity="CIFR")
        if item.metric == "btc_held"
    }


HELD = [
    # real: v3-cifr-2024-q2-gurufocus-call-inventory
    ("  • Bitcoin Inventory: 2,270 Bitcoin as of end of July.\n", ("2270", "2024-07-31")),
    ("  • BTC Inventory: 1,204 BTC as of end of July.\n", ("1204", "2024-07-31")),
    ("  • Bitcoin inventory: 2,100 bitcoin as of the end of Q2 2024.\n", ("2100", "2024-06-30")),
    ("  • Bitcoin Holdings: 2,270 BTC as of end of July.\n", ("2270", "2024-07-31")),
    ("  • Bitcoin Treasury: 2,270 Bitcoin as of the end of July.\n", ("2270", "2024-07-31")),
]


@pytest.mark.parametrize(("line", "held"), HELD)
def test_a_holdings_line_dated_by_a_periods_end(line: str, held: tuple[str, str]) -> None:
    assert _held(line) == {held}


NOT_HELD = [
    "  • Inventory: $12 million as of end of July.\n",
    "  • Miner Inventory: 2,270 units as of end of July.\n",
]


@pytest.mark.parametrize("line", NOT_HELD)
def test_an_inventory_of_money_or_machines_is_none(line: str) -> None:
    assert _held(line) == set()
