"""Treasury facts in new wording: each family's verbs and nouns, and the false-positive classes.

One known fact is written the way other writers would put it (a company release, wire copy, a
crypto-news rewrite): production ("churned out", "self-mining contributed", "added N BTC from
mining"), holdings ("sits on", "kept N BTC on its balance sheet", "($810 million) 9,000 BTC"),
sales ("converted N BTC to cash", "cashed in"), zero sales ("refrained from selling", "none of
the N BTC … were sold") and intentions ("decided to sell", "the decision to sell"). Each family
also meets its near-misses: machines ("bitcoin miners"), percentages, goals, per-day rates,
cumulative totals, peers and the industry, comparatives and recalled earlier periods (README,
decided case 1).

Each expected set is worked out from the sentence by the labelling convention
(tests/extract/real/README.md), never copied from the extractor's output. Published 6 May 2025,
entity RIOT: "in April" is April 2025; a balance with no date takes the publication month.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
Fact = tuple[str, Decimal | None, str | None]
HELD, SOLD, MINED, PROCEEDS, INTENT = (
    "btc_held",
    "btc_sold",
    "btc_produced",
    "btc_sale_proceeds_usd",
    "intent",
)
_TREASURY = {HELD, SOLD, MINED, PROCEEDS, INTENT}


def _facts(text: str, entity: str = "RIOT") -> set[Fact]:
    found = extract_text(text, published=PUBLISHED, entity=entity)
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


def _d(value: str) -> Decimal:
    return Decimal(value)


_APRIL_MINED = {(MINED, _d("450"), "2025-04")}

# Production: the verbs and nouns writers use for coins the company mined in a period.
PRODUCTION = [
    ("Riot generated 450 BTC in April.", _APRIL_MINED),
    ("Riot earned 450 bitcoin from its mining operations in April.", _APRIL_MINED),
    ("Riot churned out 450 BTC in April.", _APRIL_MINED),
    ("Riot's self-mining operations contributed 450 BTC in April.", _APRIL_MINED),
    ("Self-mining contributed 450 BTC to the total in April.", _APRIL_MINED),
    ("Riot added 450 BTC from mining in April.", _APRIL_MINED),
    ("Riot added 450 self-mined bitcoin to its treasury in April.", _APRIL_MINED),
    ("Production came in at 450 BTC in April.", _APRIL_MINED),
    ("Bitcoin production for April stood at 450 BTC.", _APRIL_MINED),
    ("April production came to 450 BTC.", _APRIL_MINED),
    ("Riot reported 450 BTC of production in April.", _APRIL_MINED),
    ("Riot posted 450 bitcoin in production for April.", _APRIL_MINED),
    ("Riot's mining fleet yielded 450 BTC in April.", _APRIL_MINED),
    ("Its miners produced 450 BTC in April.", _APRIL_MINED),
    ("Our machines mined 450 bitcoin in April.", _APRIL_MINED),
    ("Riot's monthly haul came to 450 BTC in April.", _APRIL_MINED),
    ("Riot brought in 450 BTC from mining in April.", _APRIL_MINED),
    ("Riot mined 450 coins in April.", _APRIL_MINED),
    ("Bitcoin mined — 450 BTC in April", _APRIL_MINED),
    ("Riot mined 450 new bitcoin in April.", _APRIL_MINED),
    ("Riot's production dipped 5% to 450 BTC in April.", _APRIL_MINED),
    ("Riot's output edged up to 450 BTC in April.", _APRIL_MINED),
    ("Riot ramped production to 450 BTC in April.", _APRIL_MINED),
    ("Riot increased its production to 450 BTC in April.", _APRIL_MINED),
    ("Riot brought its output to 450 BTC in April.", _APRIL_MINED),
    (
        "The 450 BTC Riot mined in April brought its holdings to 9,000 BTC as of April 30.",
        _APRIL_MINED | {(HELD, _d("9000"), "2025-04-30")},
    ),
    (
        "Riot mined 450 BTC in April, a 10% increase over the 409 BTC mined in March.",
        _APRIL_MINED,
    ),
    (
        "Riot mined 450 BTC in April, bringing its total mined for the year to 1,800 BTC.",
        _APRIL_MINED,
    ),
    (
        "Riot's production totaled 1,350 BTC in the first quarter of 2025.",
        {(MINED, _d("1350"), "2025-Q1")},
    ),
    (
        "Riot mined 450 BTC in March. This brings its first quarter total to 1,350 BTC.",
        {(MINED, _d("450"), "2025-03"), (MINED, _d("1350"), "2025-Q1")},
    ),
    (
        "Riot mined 450 BTC in March for a first quarter total of 1,350 BTC.",
        {(MINED, _d("450"), "2025-03"), (MINED, _d("1350"), "2025-Q1")},
    ),
    (
        "Riot earned 906 self-mined bitcoin and its customers earned an estimated 309 bitcoin at "
        "its data centers in March for a first quarter total of 2,825 self-mined bitcoin.",
        {(MINED, _d("906"), "2025-03"), (MINED, _d("2825"), "2025-Q1")},
    ),
    (
        "The company's self-mining operations contributed 43 BTC, while cloud-mining clients "
        "accounted for 357 BTC.",
        {(MINED, _d("43"), "2025-05")},
    ),
    # One company's two figures "respectively": each with its period, or each with its metric.
    (
        "Riot mined 450 BTC and 1,350 BTC in April and the first quarter, respectively.",
        _APRIL_MINED | {(MINED, _d("1350"), "2025-Q1")},
    ),
    (
        "Riot produced and sold 450 BTC and 400 BTC in April, respectively.",
        _APRIL_MINED | {(SOLD, _d("400"), "2025-04")},
    ),
    (
        "Riot's production and holdings were 450 BTC and 9,000 BTC, respectively, as of April 30.",
        _APRIL_MINED | {(HELD, _d("9000"), "2025-04-30")},
    ),
    (
        "Riot expects to mine and sell 500 BTC and 450 BTC in May, respectively.",
        {(INTENT, None, "2025-05")},  # a plan: no figure, but an intention to sell
    ),
    # Near-misses: machines, a goal, a per-day rate, cumulative totals, peers, the industry,
    # a forecast, a recalled earlier month.
    ("Riot added 5,000 bitcoin miners in April.", set()),
    ("Riot's 30,000 bitcoin miners produced 450 BTC in April.", _APRIL_MINED),
    ("Riot targets production of 600 BTC per month by year-end.", set()),
    ("Riot mined 15 BTC per day in April.", set()),
    ("Riot has mined 5,000 BTC since inception.", set()),
    ("Riot has produced 1,800 BTC year-to-date.", set()),
    ("Riot expects to mine 500 BTC in May.", set()),
    ("Riot mined 450 BTC in April, while Marathon mined 700 BTC.", _APRIL_MINED),
    ("Public bitcoin miners produced 3,000 BTC in April.", set()),
    ("The world's bitcoin miners produced 13,500 BTC in April.", set()),
    ("Texas's miners produced 2,000 BTC in April.", set()),
    ("Riot added 1,000 BTC through open-market purchases in April.", set()),
    ("Production rose 12% in April.", set()),
    ("Riot mined 450 BTC in April. It had mined 409 BTC in March.", _APRIL_MINED),
    # One figure stated twice: the sentence that names its period dates it.
    (
        "In April, Riot mined 450 BTC. The company successfully mined 450 BTC during this month, "
        "a decrease from the 470 BTC mined in March.",
        _APRIL_MINED,
    ),
    (
        "Riot self-mined 450 BTC, up 10% from March.\nRiot self-mined 450 BTC in April, despite "
        "curtailment.",
        _APRIL_MINED,
    ),
]

_APRIL_HELD = {(HELD, _d("9000"), "2025-04-30")}

# Holdings: verbs, nouns and parentheticals for the balance at a date.
HOLDINGS = [
    ("Riot kept 9,000 BTC on its balance sheet as of April 30.", _APRIL_HELD),
    ("As of April 30, Riot sits on 9,000 BTC.", _APRIL_HELD),
    ("As of April 30, Riot was sitting on a stash of 9,000 BTC.", _APRIL_HELD),
    ("As of April 30, Riot maintained 9,000 BTC in its treasury.", _APRIL_HELD),
    ("Riot's inventory stood at 9,000 BTC as of April 30.", _APRIL_HELD),
    ("Riot's bitcoin reserves now total 9,000 BTC as of April 30.", _APRIL_HELD),
    ("Riot's BTC holdings came in at 9,000 as of April 30.", _APRIL_HELD),
    ("Bitcoin holdings as of April 30: 9,000 BTC.", _APRIL_HELD),
    ("As of April 30, Riot HODLs 9,000 BTC.", _APRIL_HELD),
    ("As of April 30, Riot had 9,000 BTC on hand.", _APRIL_HELD),
    ("As of April 30, Riot held $810 million (9,000 BTC) of bitcoin.", _APRIL_HELD),
    ("As of April 30, Riot held bitcoin worth $810 million (9,000 BTC).", _APRIL_HELD),
    (
        "Bitcoin holdings (US$810 million) 9,000 BTC as of April 30",
        _APRIL_HELD,
    ),
    ("As of April 30, Riot's hoard of 9,000 BTC was worth $810 million.", _APRIL_HELD),
    (
        "The disclosed increase in Bitcoin holdings by the company to 9,000 BTC as of April 30 "
        "is a bullish signal.",
        _APRIL_HELD,
    ),
    ("Riot's bitcoin position was 9,000 BTC as of April 30.", _APRIL_HELD),
    ("Riot now has 9,000 BTC.", {(HELD, _d("9000"), "2025-05")}),
    ("Riot held 9,000 coins as of April 30.", _APRIL_HELD),
    ("Total bitcoin held at April 30 was 9,000.", _APRIL_HELD),
    ("The number of bitcoin held as of April 30 was 9,000.", _APRIL_HELD),
    ("Bitcoin Holdings – 9,000 BTC as of April 30", _APRIL_HELD),
    ("Riot's balance sheet now includes 9,000 BTC.", {(HELD, _d("9000"), "2025-05")}),
    (
        "Riot is the ninth-largest public holder of bitcoin with 9,000 BTC.",
        {(HELD, _d("9000"), "2025-05")},
    ),
    ("Riot's bitcoin holdings swelled to 9,000 BTC as of April 30.", _APRIL_HELD),
    (
        "Riot's bitcoin holdings increased by 450 BTC to 9,000 BTC as of April 30.",
        _APRIL_HELD,
    ),
    # Near-misses: a change, a target, a percentage, machines, a peer, the industry, the
    # starting point of a change.
    ("Riot's treasury grew by 450 BTC in April.", set()),
    ("Riot's bitcoin holdings increased by 450 BTC in April.", set()),
    ("Riot sold half its stash of 6,000 BTC in April.", set()),
    # A whole number restating an exact balance is no second balance.
    (
        "The company holds 346.84 bitcoins. Riot boosted its bitcoin holdings by 180 to a total "
        "of 346 BTC.",
        {(HELD, _d("346.84"), "2025-05")},
    ),
    ("Riot aims to hold 10,000 BTC by year-end.", set()),
    ("Riot's goal is to hold 20,000 BTC.", set()),
    ("Riot is on track to hold 20,000 BTC by year-end.", set()),
    ("Riot's holdings target is 10,000 BTC.", set()),
    ("Riot holds 35% of its assets in bitcoin.", set()),
    ("Riot held 30,000 bitcoin miners as of April 30.", set()),
    ("As of April 30, Marathon holds 47,000 BTC.", set()),
    ("Marathon is the largest holder with 50,000 BTC.", set()),
    ("Bitcoin held by clients was 2,000 as of April 30.", set()),
    (
        "Riot's treasury bought $45 million (500 BTC) of bitcoin in April.",
        set(),
    ),
    # The starting point of a later sale, recalled (README, decided case 1).
    (
        "The sale comes after Riot had already reported a decline in its bitcoin reserves to "
        "7,474 BTC as of the end of March.",
        set(),
    ),
    ("Bitcoin holdings by public companies reached 1,000,000 BTC in April.", set()),
    ("Public miners hold 100,000 BTC in aggregate.", set()),
    (
        "Riot's holdings rose to 9,000 BTC as of April 30 from 8,550 BTC as of March 31.",
        _APRIL_HELD,
    ),
]

_APRIL_SOLD = {(SOLD, _d("500"), "2025-04")}

# Sales: the verbs for selling, the passive, and money bound to it.
SALES = [
    ("Riot converted 500 BTC to cash in April.", _APRIL_SOLD),
    ("Riot converted 500 bitcoin into US dollars in April.", _APRIL_SOLD),
    ("Riot cashed in 500 BTC in April.", _APRIL_SOLD),
    ("BTC sold – 500 BTC in April", _APRIL_SOLD),
    ("Bitcoin sold during April totaled 500.", _APRIL_SOLD),
    ("The number of bitcoin sold in April was 500.", _APRIL_SOLD),
    ("Riot's sales of self-mined bitcoin totaled 500 BTC in April.", _APRIL_SOLD),
    ("Riot sold approximately 500 of the bitcoin it mined in April.", _APRIL_SOLD),
    ("Riot sold 500 coins in April.", _APRIL_SOLD),
    ("Riot sold 500 stablecoins in April.", set()),
    ("Riot sold off 500 BTC in April.", _APRIL_SOLD),
    ("In April, 500 BTC were liquidated to fund operations.", _APRIL_SOLD),
    ("In April, 500 bitcoin were monetized.", _APRIL_SOLD),
    (
        "Riot sold 500 of the 600 BTC it mined in April.",
        _APRIL_SOLD | {(MINED, _d("600"), "2025-04")},
    ),
    ("Riot's bitcoin sales came in at 500 BTC in April.", _APRIL_SOLD),
    (
        "Riot raised $45 million by selling 500 BTC in April.",
        _APRIL_SOLD | {(PROCEEDS, _d("45000000"), "2025-04")},
    ),
    (
        "Riot sold 500 BTC in April, bringing in $45 million.",
        _APRIL_SOLD | {(PROCEEDS, _d("45000000"), "2025-04")},
    ),
    ("Riot sold 500 BTC in April at an average price of $90,000.", _APRIL_SOLD),
    ("Riot said it sold BTC 500 in April to reduce its loan.", _APRIL_SOLD),
    (
        "Sold 100% of April 2025 production (500 BTC)",
        _APRIL_SOLD | {(MINED, _d("500"), "2025-04")},
    ),
    (
        "Riot sold its entire April 2025 production of 500 BTC.",
        _APRIL_SOLD | {(MINED, _d("500"), "2025-04")},
    ),
    ("Riot sold $45 million worth of bitcoin in April.", {(PROCEEDS, _d("45000000"), "2025-04")}),
    (
        "Riot sold 500 BTC in April at an average price of $90,000, or about $45 million in total.",
        _APRIL_SOLD | {(PROCEEDS, _d("45000000"), "2025-04")},
    ),
    (
        "Riot sold 500 BTC in April. Net proceeds were approximately $45 million.",
        _APRIL_SOLD | {(PROCEEDS, _d("45000000"), "2025-04")},
    ),
    ("Riot sold $45 million worth of shares in April.", set()),
    # A gain on the sale is not its proceeds.
    ("Riot sold 500 BTC in April, realizing a gain of $5 million.", _APRIL_SOLD),
    ("Riot sold 500 BTC in April for a gain of $5 million.", _APRIL_SOLD),
    # Near-misses: machines, a share of production, cumulative, a peer, a plan, a recalled sale.
    ("Riot sold 2,000 bitcoin miners in April.", set()),
    ("Riot sold 20% of its production in April.", set()),
    ("Riot has sold 1,500 BTC year-to-date.", set()),
    ("Marathon sold 500 BTC in April.", set()),
    ("Public miners sold 5,000 BTC in April.", set()),
    (
        "Riot also sold 500 BTC in April, following its sale of 1,500 bitcoin in March.",
        _APRIL_SOLD,
    ),
    (
        "Riot sold 500 BTC on May 2. Last week, Riot said it had sold BTC 1,500 to reduce "
        "its loan.",
        {(SOLD, _d("500"), "2025-05")},
    ),
    (
        "Riot sold 500 BTC in April. The mining firm had sold 7,202 bitcoin in March.",
        _APRIL_SOLD,
    ),
]

_APRIL_ZERO = {(SOLD, _d("0"), "2025-04")}

# Zero sales in words.
ZERO_SALES = [
    ("Riot HODLed its entire April 2025 production.", _APRIL_ZERO),
    ("Riot chose to hold its production in April.", _APRIL_ZERO),
    ("Riot deposited all of its mined bitcoin into custody in April.", _APRIL_ZERO),
    ("Riot continued to HODL in April, selling none of its production.", _APRIL_ZERO),
    ("There were no bitcoin sales in April.", _APRIL_ZERO),
    ("Riot refrained from selling any bitcoin in April.", _APRIL_ZERO),
    ("Riot kept every bitcoin it mined in April.", _APRIL_ZERO),
    (
        "None of the 450 BTC mined in April were sold.",
        _APRIL_MINED | _APRIL_ZERO,
    ),
    (
        "Riot added all 450 BTC it mined in April to its treasury.",
        _APRIL_MINED | _APRIL_ZERO,
    ),
    ("No bitcoin was sold during April.", _APRIL_ZERO),
    ("Riot retained all of the bitcoin it produced in April.", _APRIL_ZERO),
    ("Zero bitcoin were sold in April.", _APRIL_ZERO),
    ("Riot's bitcoin sales were nil in April.", _APRIL_ZERO),
    ("There were no sales of bitcoin in April.", _APRIL_ZERO),
    ("Riot added all of its April 2025 production to its treasury.", _APRIL_ZERO),
    ("Riot's entire April 2025 production was retained.", _APRIL_ZERO),
    ("Riot kept 100% of the bitcoin it mined in April.", _APRIL_ZERO),
    ("Riot mined 450 BTC in April and did not sell any.", _APRIL_MINED | _APRIL_ZERO),
    (
        "Riot mined 450 BTC in April, adding every coin to its reserves.",
        _APRIL_MINED | _APRIL_ZERO,
    ),
    (
        "Riot continues to hold 100% of its bitcoin production, mining 450 BTC in April.",
        _APRIL_MINED | _APRIL_ZERO,
    ),
    ("Riot kept its entire April 2025 output.", _APRIL_ZERO),
    ("Riot did not liquidate any bitcoin in April.", _APRIL_ZERO),
    (
        "Riot continued its HODL strategy, adding all 450 BTC mined in April to its treasury.",
        _APRIL_MINED | _APRIL_ZERO,
    ),
    (
        "All 450 bitcoin mined in April were added to Riot's treasury.",
        _APRIL_MINED | _APRIL_ZERO,
    ),
    ("Riot held on to every bitcoin it mined in April.", _APRIL_ZERO),
    (
        "Riot mined 450 BTC in April and continues to hold all of the bitcoin it mines.",
        _APRIL_MINED | _APRIL_ZERO,
    ),
    # Near-misses: a plan, a peer, shares.
    ("Riot has no plans to sell its bitcoin.", set()),
    ("Riot will not sell any bitcoin this year.", set()),
    ("Marathon did not sell any bitcoin in April.", set()),
    ("Riot did not sell any shares in April.", set()),
    ("Riot intends to hold all of its mined bitcoin.", set()),
]

_INTENT_MAY = {(INTENT, None, "2025-05")}

# Intentions to sell.
INTENTS = [
    ("Riot decided to sell 34 BTC to cover power costs.", _INTENT_MAY),
    ("The board's decision to sell up to 1,000 BTC surprised analysts.", _INTENT_MAY),
    ("Riot is looking to sell part of its bitcoin holdings.", _INTENT_MAY),
    ("Riot is preparing to liquidate a portion of its bitcoin treasury.", _INTENT_MAY),
    ("Riot will convert part of its monthly bitcoin production into cash.", _INTENT_MAY),
    ("Riot announced a plan to sell up to 1,000 BTC over the coming months.", _INTENT_MAY),
    ("Riot is contemplating selling part of its treasury.", _INTENT_MAY),
    ("Riot's strategy calls for selling 50% of monthly production.", _INTENT_MAY),
    ("Riot could offload part of its BTC stash.", _INTENT_MAY),
    ("Riot said it will start monetizing a portion of its bitcoin.", _INTENT_MAY),
    # Near-misses: a decision carried out (a sale is reported), negated, forced, conditional,
    # a peer.
    (
        "Riot sold 500 BTC in April. We made the strategic decision to sell our monthly "
        "production of bitcoin to fund operations.",
        _APRIL_SOLD,
    ),
    (
        "To fund the shift, Riot opted to liquidate a portion of its bitcoin holdings. The "
        "decision to sell some bitcoin marks a commitment to AI.",
        set(),
    ),
    ("Riot has no plans to sell any bitcoin.", set()),
    ("Riot may be forced to sell bitcoin if prices fall.", set()),
    ("If prices fall, Riot may sell bitcoin.", set()),
    ("Marathon plans to sell 1,000 BTC.", set()),
    # A rewrite of April's update dates the intention by April (README, decided case 2).
    (
        "Riot mined 450 BTC in April despite curtailment.\n"
        '"Riot will continue to sell self-mined bitcoin to fund growth," the company said.',
        _APRIL_MINED | {(INTENT, None, "2025-04")},
    ),
    ("Riot will convert its bitcoin mining site into an AI data center.", set()),
    ("Riot plans to sell its bitcoin mining business in Canada.", set()),
    ("Riot could offload its bitcoin mining business.", set()),
    ("Riot has no intention of selling its bitcoin.", set()),
    ("Riot may need to sell bitcoin to meet its obligations.", set()),
    ("Riot is set to sell a production facility in Texas.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCTION)
def test_production_wording(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), HOLDINGS)
def test_holdings_wording(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), SALES)
def test_sales_wording(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), ZERO_SALES)
def test_zero_sales_wording(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), INTENTS)
def test_intent_wording(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected
