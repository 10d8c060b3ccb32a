"""Bitcoin sold, produced and held in wordings first met in blind batches s and s2, each as a
class: the real passage's wording, variants another company or year would use, and look-alikes
that must not be read.

* A sale told as the means of a deed ("prepaid its US$2.56 million loan by liquidating
  approximately 21.5 bitcoin") or as seen done ("saw the company offload 1,818 BTC in December
  and an additional 383 BTC in November"). Not the practice of decided case 18 ("by liquidating
  a portion of BTC production": no figure), not a plan (decided case 6: `intent`), not the
  industry's ("saw miners collectively offload"), not a sale avoided ("refrained from
  liquidating 500 BTC", "rather than by selling").
* Production beside another coin ("produced 779 ethereum and 79 bitcoins") and a spun copy's
  unit ("produced 616 in bitcoin in Q3"); not money or revenue "in bitcoin".
* A holding pushed beyond a threshold named as a noun ("pushing its Bitcoin treasury beyond the
  5,193.4 Bitcoin threshold", decided case 20: a bound keeps its number; decided case 14: the
  month's flow names the day); not a goal, a hash rate, a level below the threshold, or the
  industry's total.

Expected sets follow tests/extract/real/README.md, never the extractor's output. Published
6 January 2026 (entity RIOT) unless a case says otherwise: a month named without a year is the
latest such month not after publication; a one-off flow with no period named takes the
publication month; a holding with no date takes the publication month.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2026, 1, 6)
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "intent"}
Fact = tuple[str, Decimal | None, str | None]


def _sold(qty: str, period: str = "2026-01") -> Fact:
    return ("btc_sold", Decimal(qty), period)


def _produced(qty: str, period: str) -> Fact:
    return ("btc_produced", Decimal(qty), period)


def _held(qty: str, period: str) -> Fact:
    return ("btc_held", Decimal(qty), period)


_INTENT = ("intent", None, "2026-01")

SALES = [
    # the real passages (s2-cbit-2025-q2-results-stacker-loan-prepaid, s-riot-2026-01-barid)
    (
        "Debt Repayment: The Company successfully prepaid its US$2.56 million loan by "
        "liquidating approximately 21.5 bitcoin, capitalizing on favorable bitcoin price "
        "appreciation at the time of liquidation.",
        {_sold("21.5")},
    ),
    (
        "This substantial sale, which saw the company offload 1,818 BTC in December and an "
        "additional 383 BTC in November, has drawn keen attention from market analysts, who "
        "suggest it underscores a growing trend: the convergence of Bitcoin mining capital and "
        "the burgeoning artificial intelligence industry.",
        {_sold("1818", "2025-12"), _sold("383", "2025-11")},
    ),
    # variants: other means words, other gerunds, "N of its bitcoin", another seer
    (
        "Riot cut its Coinbase loan by half through monetizing 300 BTC in December.",
        {_sold("300", "2025-12")},
    ),
    ("Riot lowered the loan balance after offloading 1,500 of its bitcoin.", {_sold("1500")}),
    ("The company funded the land purchase via disposing of 1,080 bitcoin.", {_sold("1080")}),
    (
        "December saw Riot Platforms sell 1,818 BTC to fund its Corsicana build.",
        {_sold("1818", "2025-12")},
    ),
    ("The sell-off saw the miner liquidate 2,201 BTC.", {_sold("2201")}),
    # look-alikes: a plan (intent, no figure), the practice, a crowd, an analyst's guess
    ("Riot plans to repay the loan by liquidating 500 BTC.", {_INTENT}),
    ("Riot intends to fund the build by selling 1,000 BTC.", {_INTENT}),
    (
        "The company's strategy to self-fund energy costs by liquidating a portion of BTC "
        "production continued in December.",
        set(),
    ),
    ("December saw miners collectively offload 15,000 BTC.", set()),
    # a sale avoided, told with the same words
    ("The company refrained from liquidating 500 BTC during the downturn.", set()),
    ("The company avoided selling 500 BTC by drawing on its credit line.", set()),
    ("Riot funded the build with a loan rather than by selling 500 BTC.", set()),
    ("The quarter saw public miners sell 15,000 BTC.", set()),
]

PRODUCTION = [
    # the real passages (s2-btcm-2021-q3-stocktitan-79-btc, s2-mara-2022-q3-cryptoandcoin)
    (
        "The company produced 779 ethereum and 79 bitcoins in the third quarter, generating "
        "revenue of approximately US$2.5 million and US$3.4 million respectively.",
        {_produced("79", "2025-Q3")},
    ),
    (
        "The corporate produced 616 in bitcoin in Q3 in comparison with the 707 bitcoin within "
        "the second quarter .",
        {_produced("616", "2025-Q3")},
    ),
    # variants: a list of other coins, tickers in brackets, "mined … in BTC"
    (
        "In December the company mined 1,200 ETH, 40,000 DOGE and 79 BTC.",
        {_produced("79", "2025-12")},
    ),
    (
        "The firm mined 12,000 litecoin (LTC) and 41 bitcoin in December.",
        {_produced("41", "2025-12")},
    ),
    ("Riot mined 616 in BTC during the third quarter.", {_produced("616", "2025-Q3")}),
    # look-alikes: money or revenue in bitcoin, another coin alone, bitcoin cash
    ("The company generated 616 in bitcoin revenue in Q3.", set()),
    ("The company produced $616 million in bitcoin in Q3.", set()),
    ("The company mined 12,000 litecoin and 600 bitcoin cash in December.", set()),
    ("The company produced 779 ethereum in the third quarter.", set()),
    # the same words for a cumulative total, a year-to-date one, a forecast, a fleet
    ("Since inception the company has mined 120,000 ETH and 5,810 BTC.", set()),
    ("Year to date, the company produced 2,457 in bitcoin.", set()),
    ("The company expects to mine 1,200 ETH and 80 BTC next quarter.", set()),
    ("The company's fleet of 1,200 ETH miners and 800 BTC miners ran all month.", set()),
]

HOLDINGS = [
    # the real passage (s-cang-2025-08-ainvest-august-production), published 3 Sep 2025
    (
        "The firm mined 663.7 Bitcoins in August, pushing its Bitcoin treasury beyond the "
        "5,193.4 Bitcoin threshold [1].",
        {_produced("663.7", "2025-08"), _held("5193.4", "2025-08-31")},
    ),
    # variants: "past the … mark", a compound unit, a bare "beyond N BTC"
    (
        "In March the company added 700 BTC, lifting its bitcoin holdings past the 10,000 BTC "
        "mark.",
        {_held("10000", "2025-03-31")},
    ),
    (
        "Production of 450 BTC in July pushed the company's bitcoin reserves over the "
        "2,000-bitcoin milestone.",
        {_produced("450", "2025-07"), _held("2000", "2025-07-31")},
    ),
    ("The miner's BTC treasury moved beyond 8,000 BTC in April.", {_held("8000", "2025-04-30")}),
    # look-alikes: a goal, a hash rate, below a threshold, the industry's, a percentage change
    ("The company aims to push its treasury beyond the 10,000 BTC threshold by year-end.", set()),
    ("Its hash rate pushed beyond the 50 EH/s threshold in August.", set()),
    ("Its bitcoin treasury has stayed below the 5,000 BTC threshold since March.", set()),
    (
        "Public miners' combined treasuries pushed beyond the 100,000 BTC threshold in May.",
        set(),
    ),
    (
        "The Company mined 7,391 bitcoins in 2024, while bitcoin holdings grew over 1,200% to "
        "3,002 BTC.",
        {_produced("7391", "2024"), _held("3002", "2024-12-31")},
    ),
]


def _facts(text: str, published: dt.date = PUBLISHED) -> set[Fact]:
    found = extract_text(text, published=published, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


@pytest.mark.parametrize(("text", "expected"), SALES)
def test_sale_as_a_means_or_seen_done(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), PRODUCTION)
def test_production_beside_other_coins_or_in_bitcoin(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2025, 12, 6)) == expected


@pytest.mark.parametrize(("text", "expected"), HOLDINGS)
def test_holding_pushed_beyond_a_threshold(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2025, 9, 3)) == expected
