"""Treasury facts in wording first met in blind batches g and h, each in several variants.

Production: "minted", a passive "were generated" (with another coin coordinated), "allowed us
to produce"; a semicolon list of periods sharing one verb. Holdings: a level after a change
whose earlier level has decimals ("from 311.2 … to 304.5"), "reach record-high N", "N BTC now
on the books", "the number of bitcoins held … reached". Sales: "Bitcoin sold increased from …
to …". Proceeds: the money, then its source ("the $172 million obtained from its Bitcoin
sales"), not money from selling shares ("raised $28 million from the sale of shares"). Each
class also meets a near-miss (a forecast, a cumulative item of the list).

Expected sets follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. Published 6 May 2025, entity RIOT; "in April" is April 2025; a balance with
no date takes the publication month, one "in April" the month's last day.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"}
Fact = tuple[str, Decimal | None, str | None]
_MINED = {("btc_produced", Decimal("450"), "2025-04")}
_HELD_NOW = {("btc_held", Decimal("19000"), "2025-05")}

CASES = [
    ("Riot minted a total of 450 bitcoins during the month of April.", _MINED),
    ("In April, the company minted 450 new bitcoin.", _MINED),
    ("450 bitcoin were minted in April.", _MINED),
    ("A total of 450 BTC were generated in April.", _MINED),
    ("A total of 450 Bitcoin (BTC) and 5,031 Ethereum (ETH) were generated in April 2025.", _MINED),
    ("The increase in hash rate allowed us to produce 450 Bitcoin in April.", _MINED),
    ("The new fleet enabled Riot to mine 450 BTC in April.", _MINED),
    ("Riot expects the new fleet to allow it to mine 450 BTC in June.", set()),
    (
        "Mined 1,434 BTC in Q4 2024; 5,167 BTC in 2024; and 20,000+ BTC since inception.",
        {
            ("btc_produced", Decimal("1434"), "2024-Q4"),
            ("btc_produced", Decimal("5167"), "2024"),
        },
    ),
    (
        "Riot sold 300 BTC in April; 200 BTC were held in cold storage.",
        {("btc_sold", Decimal("300"), "2025-04")},
    ),
    (
        "The company's Bitcoin holdings decreased from 19,311.2 Bitcoin in March to 19,304.5 "
        "Bitcoin in April.",
        {("btc_held", Decimal("19304.5"), "2025-04-30")},
    ),
    (
        "Bitcoin holdings rose from 18,000.5 BTC in March to 19,000 BTC in April.",
        {("btc_held", Decimal("19000"), "2025-04-30")},
    ),
    (
        "The number of Bitcoins held by the Company surpassed 18,000 for the first time to reach "
        "record-high 19,000 Bitcoins.",
        _HELD_NOW,
    ),
    ("The number of bitcoins held by Riot reached 19,000.", _HELD_NOW),
    ("Riot's number of bitcoins held is expected to reach 25,000 by year-end.", set()),
    ("Riot, with 19,000 BTC now on the books, is one of the largest holders.", _HELD_NOW),
    ("Riot has 19,000 BTC on its books.", _HELD_NOW),
    (
        "Bitcoin sold increased from 9.0 Bitcoin in March to 12.5 Bitcoin in April.",
        {("btc_sold", Decimal("12.5"), "2025-04")},
    ),
    (
        "Riot decided to use the $172 million obtained from its Bitcoin sales in April to buy "
        "Ethereum.",
        {("btc_sale_proceeds_usd", Decimal("172000000"), "2025-04")},
    ),
    (
        "The $28 million generated from the sale of bitcoin in April funded new miners.",
        {("btc_sale_proceeds_usd", Decimal("28000000"), "2025-04")},
    ),
    (
        "Riot raised $28 million from the sale of shares in April and sold 300 BTC.",
        {("btc_sold", Decimal("300"), "2025-04")},
    ),
    (
        "Riot raised $28 million through its ATM program and sold 300 BTC in April.",
        {("btc_sold", Decimal("300"), "2025-04")},
    ),
    (
        "Bitcoin sales fell from 300 BTC in March to 250 BTC in April.",
        {("btc_sold", Decimal("250"), "2025-04")},
    ),
]


def _facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_new_wording(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected
