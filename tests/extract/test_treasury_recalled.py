"""Recalled BTC figures of an earlier period (README, decided case 1), in whole documents.

A document reports its own period; a figure it recalls from an earlier one ("also sold 250
bitcoins in April" in a May update, "it previously said it held …", the prior-year quarter "where
the Company mined approximately 178 BTC") is background or a comparative, whatever the words.
The document's own figures are never dropped, and a sentence stating two months side by side as
its subject ("sold 400 bitcoin in April and 383 in March") keeps both.

Each expected set is worked out by the labelling convention (tests/extract/real/README.md), never
copied from the extractor's output. Published 6 May 2025, entity RIOT.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"}
Fact = tuple[str, Decimal | None, str | None]

_UPDATE = "Riot Platforms Announces April 2025 Production and Operations Updates\n"
_MINED = ("btc_produced", Decimal("450"), "2025-04")
_SOLD = ("btc_sold", Decimal("300"), "2025-04")

CASES = [
    # Recall words: "also sold", "previously said", "in its March update", "had sold",
    # "consecutive".
    (
        _UPDATE + "Riot mined 450 BTC in April and sold 300 BTC in April.\n"
        "The company also sold 200 bitcoins in March and 150 in February.",
        {_MINED, _SOLD},
    ),
    (
        _UPDATE + "Riot mined 450 BTC in April.\n"
        "It previously said the company held 19,000 bitcoins in March.",
        {_MINED},
    ),
    (
        _UPDATE + "Riot mined 450 BTC in April.\n"
        "It is the third consecutive month of sales: Riot sold 200 BTC in March.",
        {_MINED},
    ),
    (
        _UPDATE + "Riot mined 450 BTC in April.\n"
        "In its March update, Riot reported that it mined 420 bitcoin in March.",
        {_MINED},
    ),
    # No recall word, but the document states its own month's figure of the same metric
    # elsewhere: the earlier month's is background.
    (
        _UPDATE + "Riot mined 450 BTC in April and sold 300 BTC in April.\n"
        "Looking back, the miner sold 200 bitcoin in February, bringing in $18 million.",
        {_MINED, _SOLD},
    ),
    (
        _UPDATE + "Riot sold 300 BTC in April for $28 million.\n"
        "Riot sold 250 BTC in March for $21 million, as bitcoin's price slid.",
        {_SOLD, ("btc_sale_proceeds_usd", Decimal("28000000"), "2025-04")},
    ),
    # A revision of an earlier month is the document's own news: kept.
    (
        _UPDATE + "Riot mined 450 BTC in April.\n"
        "Riot's March 2025 production has been revised to 420 BTC from the previously reported "
        "418 BTC.",
        {_MINED, ("btc_produced", Decimal("420"), "2025-03")},
    ),
    # Two months side by side as the sentence's subject: both kept.
    (
        "Riot chose to liquidate 400 bitcoin in April and 383 in March.",
        {("btc_sold", Decimal("400"), "2025-04"), ("btc_sold", Decimal("383"), "2025-03")},
    ),
    # The document's own figures stay, with no earlier figure at all.
    (
        _UPDATE + "Riot mined 450 BTC in April and sold 300 BTC in April.",
        {_MINED, _SOLD},
    ),
    # An earlier month with no figure of the document's own period and no recall word: kept
    # (nothing says it is not the document's news).
    (
        "Riot said on Tuesday that it mined 420 bitcoin in March.",
        {("btc_produced", Decimal("420"), "2025-03")},
    ),
]


def _facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recalled_earlier_figures(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected
