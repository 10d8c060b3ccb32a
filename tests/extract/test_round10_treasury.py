"""Round 10 treasury classes (misses of blind batch p, each rule written for its family).

Proceeds: "sold over $160 million worth of its Bitcoin holdings" (a bound or hedge before the
money of a sale told in dollars). Holdings: "bringing the total number of Bitcoins it holds to
about 7,035" (the holder as a clause, the unit in the noun), "had 2,128 BTC, roughly $142
million, on its balance sheet as of October 31" (the value as an aside), "finishing the year
with 18,005 BTC", "It was left with 9,242 BTC at February's end" (passive, and the month's end
said with a possessive); one holding told twice, dated once, keeps its date. Sales: "was forced
to sell off 188 bitcoins" (a particle). Zero sales: a streak in the past perfect ("had not sold
any … since January of 2021") ended before the news; what a thing allows ("allows Argo to expand
… while refraining from selling any of its bitcoin") is a capability. Intent: a move to a model
of selling production; an intention "previously stated" is recalled. Production: a share of a
larger total, then the coins ("mined nearly 40% of its quarterly load, with 825 BTC"); a
reported sentence's backshifted "had mined" is no recall; a statement dated days before
publication ("On Dec. 1, the company said it mined 339 bitcoins in November") is; a headline's
round figure that the body hedges gives way to the exact one. Spans: a flow told "between
November and December" is no period's figure, nor its restatement in a TL;DR. Tables: a filing
note's continuity table (coins rolled forward between two balance dates). Layout: markdown bold
around a figure, a hard-wrapped fragment ("…\\n, mined\\n478 Bitcoin in August").

Expected sets follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. "real (case id)" marks a corpus sentence; the rest are variants written for
the class ("# variant") or near misses that must give nothing (or only what is listed).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text
from monitor.extract.model import Extracted
from monitor.extract.treasury_recalled import recalled
from monitor.vocabulary.periods import Period

Fact = tuple[str, Decimal | None, str | None]
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd", "intent"}


def _facts(text: str, published: dt.date, entity: str = "ACME") -> set[Fact]:
    # (a real sentence names its company: it is the case's entity, not a peer)
    for name, ticker in _NAMES.items():
        if entity == "ACME" and text.startswith(name):
            entity = ticker
    found = extract_text(text, published=published, entity=entity)
    return {(o.metric, o.value, o.period) for o in found if o.metric in _TREASURY}


_NAMES = {
    "Riot": "RIOT",
    "Argo": "ARBK",
    "CleanSpark": "CLSK",
    "Jaime Leverton": "HUT",
    "In March, Marathon": "MARA",
    "But perhaps": "ARBK",
    "Hut 8": "HUT",
    "The firm": "HUT",
}
_JAN_16_2026 = dt.date(2026, 1, 16)

# Proceeds of a sale told in dollars, with a bound or hedge before the money.
PROCEEDS: list[tuple[str, set[Fact]]] = [
    # real (p1-riot-2026-01-cointelegraph-rewrite-160m-sale)
    (
        "Riot Platforms, a notable player in the cryptocurrency sector, recently disclosed that "
        "it sold over $160 million worth of its Bitcoin holdings.",
        {("btc_sale_proceeds_usd", Decimal(160_000_000), "2026-01")},
    ),
    # variants: other hedges and verbs, "in" for "worth of"
    (
        "Acme offloaded more than $160 million worth of bitcoin this month.",
        {("btc_sale_proceeds_usd", Decimal(160_000_000), "2026-01")},
    ),
    (
        "The miner was liquidating roughly $45 million in BTC to fund its expansion.",
        {("btc_sale_proceeds_usd", Decimal(45_000_000), "2026-01")},
    ),
    (
        "Acme sold nearly $12.5 million of its bitcoin in January.",
        {("btc_sale_proceeds_usd", Decimal(12_500_000), "2026-01")},
    ),
    # near misses: things named after the coin, and other securities sold
    ("Acme sold over $160 million in bitcoin mining equipment.", set()),
    ("Acme sold over $160 million worth of shares under its ATM program.", set()),
    ("Acme sold over $160 million in Bitcoin-backed notes.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PROCEEDS)
def test_sale_told_in_dollars(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _JAN_16_2026) == expected


# Holdings: new wordings of a level (publication date with each).
HELD: list[tuple[str, set[Fact], dt.date]] = [
    # real (p2-mara-2021-10-ohnocrypto-q3-credit-line)
    (
        "In September 2021, it produced 340.6 BTC, bringing the total number of Bitcoins it "
        "holds to about 7,035.",
        {("btc_produced", Decimal("340.6"), "2021-09"), ("btc_held", Decimal(7035), "2021-09-30")},
        dt.date(2021, 10, 5),
    ),
    # variant: "coins held by the company", a unit after the figure
    (
        "Acme mined 340.6 BTC in September, taking the total number of coins held by the "
        "company to 7,035 BTC.",
        {("btc_produced", Decimal("340.6"), "2021-09"), ("btc_held", Decimal(7035), "2021-09-30")},
        dt.date(2021, 10, 5),
    ),
    # near miss: a number of machines, not coins
    (
        "Acme mined 340.6 BTC in September, bringing the total number of miners it owns to 7,035.",
        {("btc_produced", Decimal("340.6"), "2021-09")},
        dt.date(2021, 10, 5),
    ),
    # real (p1-arbk-2021-11-cointelegraph-copy-notes-filing-167-mined), verbatim machine copy
    (
        "Argo reported which had mined 167 BTC in October and had 2,128 BTC, roughly $ 142 "
        "million, on its balance sheet as of October 31.",
        {("btc_produced", Decimal(167), "2021-10"), ("btc_held", Decimal(2128), "2021-10-31")},
        dt.date(2021, 11, 9),
    ),
    # variant: "worth" before the value
    (
        "Acme had 2,128 BTC, worth about $142 million, as of October 31.",
        {("btc_held", Decimal(2128), "2021-10-31")},
        dt.date(2021, 11, 9),
    ),
    # real (p1-riot-2026-01-decrypt-rewrite-18005-held)
    (
        "Based out of Colorado, they’ve been stacking up Bitcoin like it’s Black Friday sales, "
        "finishing the year with 18,005 BTC.",
        {("btc_held", Decimal(18005), "2025-12-31")},
        dt.date(2026, 1, 7),
    ),
    # variant: another form of the verb
    (
        "Acme finishes the quarter with 1,204 BTC after a record month.",
        {("btc_held", Decimal(1204), "2025-12-31")},
        dt.date(2026, 1, 7),
    ),
    # real (p2-hut-2023-02-pegapool-sold-188): passive "left with", the month's end possessive
    (
        "It was left with 9,242 BTC at February’s end, after the sale.",
        {("btc_held", Decimal(9242), "2023-02-28")},
        dt.date(2023, 3, 13),
    ),
    # variants
    (
        "After the sale, the company is now left with just 3,000 BTC.",
        {("btc_held", Decimal(3000), "2023-03")},
        dt.date(2023, 3, 13),
    ),
    (
        "Acme held 9,242 BTC at January's end.",
        {("btc_held", Decimal(9242), "2023-01-31")},
        dt.date(2023, 3, 13),
    ),
    # near miss: left with no coins figure
    ("Miners were left with thin margins after the halving.", set(), dt.date(2023, 3, 13)),
]


@pytest.mark.parametrize(("text", "expected", "published"), HELD)
def test_holding_wordings(text: str, expected: set[Fact], published: dt.date) -> None:
    assert _facts(text, published) == expected


def test_one_holding_told_twice_keeps_its_date() -> None:
    # real (p1-riot-2026-01-decrypt-rewrite-18005-held): a TL;DR's dateless "still hold" and
    # the body's year-end are one holding, dated by the body
    text = (
        "- They still hold 18,005 BTC—worth about $1.65 billion.\n\n"
        "Riot has been stacking up Bitcoin, finishing the year with 18,005 BTC."
    )
    assert _facts(text, dt.date(2026, 1, 7), "RIOT") == {("btc_held", Decimal(18005), "2025-12-31")}


_MAR_13_2023 = dt.date(2023, 3, 13)

# Sales done under necessity, with a particle; zero sales that are not a period's zero.
SALES: list[tuple[str, set[Fact]]] = [
    # real (p2-hut-2023-02-pegapool-sold-188), with the story's opening sentence
    (
        "Hut 8 Mining was the last bitcoin miner publicly listed to have a 100% “HODL” strategy "
        "since the bull market began. The firm announced last week that it was forced to sell "
        "off 188 bitcoins in order to continue to fund its operations.",
        {("btc_sold", Decimal(188), "2023-03")},
    ),
    # variants
    ("Acme had to dispose of 500 BTC in February.", {("btc_sold", Decimal(500), "2023-02")}),
    (
        "The downturn forced the miner to sell off 1,500 BTC in February.",
        {("btc_sold", Decimal(1500), "2023-02")},
    ),
    # near miss: a necessity to come is no sale
    ("Acme may be forced to sell off 188 bitcoins.", set()),
    # real (p2-hut-2023-02-pegapool-sold-188): a streak in the past perfect ended before the news
    ("Hut 8 had not sold any of its bitcoin since January of 2021.", set()),
    # variant
    ("Until February, the company had never sold a single bitcoin since its listing.", set()),
    # near miss: the present perfect streak stands now (a zero for the period)
    (
        "Acme has not sold any of its bitcoin since January of 2021.",
        {("btc_sold", Decimal(0), "2023-03")},
    ),
    # near miss: reported speech of a month is that month's zero
    (
        "The company said it had not sold any bitcoin in February.",
        {("btc_sold", Decimal(0), "2023-02")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SALES)
def test_sales_and_zeros(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _MAR_13_2023) == expected


_JUN_29_2021 = dt.date(2021, 6, 29)

# What a thing makes possible is a practice or a capability, not a zero (decided case 18).
ENABLED: list[tuple[str, set[Fact]]] = [
    # real (p2-arbk-2021-06-bitcoinmagazine-galaxy-20m)
    (
        "But perhaps more importantly, this loan format allows Argo Blockchain to expand its "
        "mining operations while refraining from selling any of its bitcoin holdings.",
        set(),
    ),
    # variants
    ("The facility lets Acme fund its growth without having to sell any bitcoin.", set()),
    ("The credit line enables the miner to keep building while it did not sell any BTC.", set()),
    # near misses: the zero said of the company, with a clause before it
    (
        "Argo refrained from selling any of its bitcoin in June.",
        {("btc_sold", Decimal(0), "2021-06")},
    ),
    (
        "Despite a trend of miners selling coins to help fund costs, Acme continues to HODL, "
        "noting it hasn't sold any bitcoin since October 2020.",
        {("btc_sold", Decimal(0), "2021-06")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENABLED)
def test_enabled_practice_is_no_zero(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _JUN_29_2021) == expected


_APR_30_2025 = dt.date(2025, 4, 30)

INTENTS: list[tuple[str, set[Fact], dt.date]] = [
    # real (p1-clsk-2025-04-metablockx-self-funding-intent)
    (
        "CleanSpark’s move to a self-funding model, selling the Bitcoin they mined each month to "
        "pay expenses, seems simple in concept.",
        {("intent", None, "2025-04")},
        _APR_30_2025,
    ),
    # variants: other nouns of change and of the model
    (
        "The miner's shift toward a strategy of selling its monthly production marks a break.",
        {("intent", None, "2025-04")},
        _APR_30_2025,
    ),
    (
        "Acme is transitioning to an approach of selling newly mined bitcoin to cover costs.",
        {("intent", None, "2025-04")},
        _APR_30_2025,
    ),
    # near misses: a practice described as it stands; a move to selling a business
    (
        "The company's strategy to self-fund energy costs by liquidating a portion of BTC "
        "production.",
        set(),
        _APR_30_2025,
    ),
    (
        "Acme's move to a new model, selling bitcoin mining machines to hosts, was welcomed.",
        set(),
        _APR_30_2025,
    ),
    # real (p2-hut-2023-02-pegapool-sold-188): an intention told before is recalled
    (
        "Jaime Leverton, chief executive officer of Hut 8, previously stated that the company "
        "would sell Bitcoin in order to merge with the United States Bitcoin Corporation.",
        set(),
        _MAR_13_2023,
    ),
    # variant
    ("Acme had earlier said it would sell part of its bitcoin holdings.", set(), _MAR_13_2023),
    # near miss: said now
    (
        "Acme said it would sell part of its bitcoin holdings.",
        {("intent", None, "2023-03")},
        _MAR_13_2023,
    ),
]


@pytest.mark.parametrize(("text", "expected", "published"), INTENTS)
def test_intent_classes(text: str, expected: set[Fact], published: dt.date) -> None:
    assert _facts(text, published) == expected


_APR_4_2023 = dt.date(2023, 4, 4)

SHARES: list[tuple[str, set[Fact]]] = [
    # real (p1-mara-2023-q1-jordan720-2195-mined)
    (
        "In March, Marathon mined nearly 40% of its quarterly load, with 825 BTC.",
        {("btc_produced", Decimal(825), "2023-03")},
    ),
    # variants
    (
        "In March, the company produced about a third of its quarterly output, or 825 bitcoin.",
        {("btc_produced", Decimal(825), "2023-03")},
    ),
    (
        "Acme mined 35% of its quarterly production in March, totaling 825 BTC.",
        {("btc_produced", Decimal(825), "2023-03")},
    ),
    # near miss: a share of the network, not of its own total
    ("In March, Acme mined 4% of the network's blocks, with 825 BTC in fees.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_share_of_a_total_then_the_coins(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _APR_4_2023) == expected


def _recalled_ids(evidence: str, own: str) -> bool:
    item = Extracted(
        metric="btc_sold", value=Decimal(400), unit="BTC", currency=None, period="2021-10",
        evidence=evidence, start=0, end=len(evidence),
    )  # fmt: skip
    return id(item) in recalled([item], Period.parse(own))


def test_reported_speech_had_is_no_recall() -> None:
    # real (p1-arbk-2021-11-…): "reported which had mined" in a November story of October
    assert not _recalled_ids("Argo reported which had mined 167 BTC in October.", "2021-11")
    # variants: "that it had", "the company had"
    assert not _recalled_ids("Argo said that it had sold 400 BTC in October.", "2021-11")
    assert not _recalled_ids("Argo disclosed the company had sold 400 BTC in October.", "2021-11")
    # near misses: "had already sold", a bare past perfect, recall an earlier event
    assert _recalled_ids("The company said it had already sold 400 BTC in October.", "2021-11")
    assert _recalled_ids("By then the company had sold 400 BTC in October.", "2021-11")


def test_reported_speech_had_in_a_story() -> None:
    text = (
        "Argo plans to offer $57.5 million in senior unsecured notes.\n\n"
        "Argo reported that it had mined 167 BTC in October."
    )
    assert _facts(text, dt.date(2021, 11, 9), "ARBK") == {("btc_produced", Decimal(167), "2021-10")}


_FACILITY = (
    "Bitcoin miner Bitfarms secured a $100 million credit facility from blockchain and "
    "cryptocurrency financial services provider Galaxy Digital Holdings.\n"
    "The miner said it has more than 3,300 bitcoins in its treasury.\n"
)
STATED_ON_A_DAY: list[tuple[str, set[Fact]]] = [
    # real (p2-bitf-2021-12-bitcoinseats-galaxy-drawn-60m), published Dec 7
    (
        _FACILITY + "On Dec. 1, the company said it mined 339 bitcoins in November, down from "
        "343 in October, as network difficulty increased.",
        {("btc_held", Decimal(3300), "2021-12")},
    ),
    # real (p2-bitf-2022-06-pageone-3000btc-owed-38m) shape: an earlier balance, dated by the day
    # it was reported
    (
        _FACILITY + "On November 30, Bitfarms reported that it owned 6,075 BTC.",
        {("btc_held", Decimal(3300), "2021-12")},
    ),
    # near miss: a statement of the day before publication is the news
    (
        _FACILITY + "On Dec. 6, the company said it mined 339 bitcoins in November.",
        {("btc_held", Decimal(3300), "2021-12"), ("btc_produced", Decimal(339), "2021-11")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATED_ON_A_DAY)
def test_statement_dated_days_before(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2021, 12, 7), "BITF") == expected


def test_hedged_headline_figure_gives_way_to_exact() -> None:
    # real (p1-hut-2018-q1-coindesk-828-mined), headline and body
    text = (
        "Bitfury-Backed Group Mined 800 Bitcoins in Q1\n"
        "Hut 8 Mining Group raised $70 million CAD to invest in mining machines, and mined 828 "
        "bitcoins in the first quarter of 2018.\n\n"
        "The Bitfury-backed Hut 8 Mining Group mined more than 800 bitcoins in the first quarter "
        "of 2018, the company reported Thursday."
    )
    produced = {f for f in _facts(text, dt.date(2018, 5, 24), "HUT") if f[0] == "btc_produced"}
    assert produced == {("btc_produced", Decimal(828), "2018-Q1")}


LAYOUT: list[tuple[str, set[Fact], dt.date]] = [
    # real (p1-clsk-2025-q1-cryptonews-rewrite-1945-mined): markdown bold kept from the page
    (
        "The company mined **1,945 BTC** in Q1, a significant jump from **1,465 BTC** in the "
        "previous quarter.",
        {("btc_produced", Decimal(1945), "2025-Q1")},
        dt.date(2025, 2, 8),
    ),
    # variant
    (
        "Acme **sold 120 BTC** in January and held **2,000 BTC** as of January 31.",
        {("btc_sold", Decimal(120), "2025-01"), ("btc_held", Decimal(2000), "2025-01-31")},
        dt.date(2025, 2, 8),
    ),
    # real (p2-clsk-2024-08-wislabs-478-mined): a hard-wrapped fragment, its figure on the next
    # line
    (
        "CleanSpark,\nwhich describes itself as “America’s Bitcoin Miner,” and\nis one of the "
        "biggest publicly listed BTC companies by market cap\n, mined\n478 Bitcoin in August, "
        "down from 494 in July.",
        {("btc_produced", Decimal(478), "2024-08")},
        dt.date(2024, 9, 4),
    ),
    # near miss: a label line and its value on the next line are no wrapped sentence
    ("Bitcoin mined\n478", set(), dt.date(2024, 9, 4)),
]


@pytest.mark.parametrize(("text", "expected", "published"), LAYOUT)
def test_layout(text: str, expected: set[Fact], published: dt.date) -> None:
    assert _facts(text, published) == expected


def test_bold_evidence_is_quoted_as_given() -> None:
    text = "The company mined **1,945 BTC** in Q1."
    found = extract_text(text, published=dt.date(2025, 2, 8), entity="ACME")
    assert found and all(text[o.start : o.end] == o.evidence for o in found)
    assert "**1,945 BTC**" in found[0].evidence


# A filing note's continuity table: the last block's coins (README: the prior year's block is a
# comparative); the dollar column is carrying value, never proceeds.
_HIVE_NOTE = (
    "The continuity of digital currencies was as follows:\n"
    "|Bitcoin\n|\n|Amount\n|\n|\n|Number of coins\n|\n"
    "|Digital assets, March 31, 2020\n|$\n|867,430\n|\n|\n|135\n|\n"
    "| Digital currency mined\n|\n|13,729,050\n|\n|\n|595\n|\n"
    "| Digital currency sold\n|\n|(5,040,223\n|)\n|\n|(407\n|)\n"
    "| Revaluation adjustment\n|\n|9,302,730\n|\n|\n|-\n|\n"
    "|Digital assets, March 31, 2021\n|\n|18,858,987\n|\n|\n|322\n|\n"
    "| Digital currency mined\n|\n|109,289,154\n|\n|\n|2,368\n|\n"
    "| Digital currency sold\n|\n|(3,134,857\n|)\n|\n|(94\n|)\n"
    "| Revaluation adjustment\n|\n|(7,343,894\n|)\n|\n|-\n|\n"
    "|Digital currencies, March 31, 2022\n|$\n|117,669,390\n|\n|\n|2,596\n|\n"
)

CONTINUITY: list[tuple[str, set[Fact], dt.date]] = [
    # real (p2-hive-fy2022-40f-r15-continuity-table), one cell per line
    (
        _HIVE_NOTE,
        {
            ("btc_produced", Decimal(2368), "2022"),
            ("btc_sold", Decimal(94), "2022"),
            ("btc_held", Decimal(2596), "2022-03-31"),
        },
        dt.date(2022, 7, 19),
    ),
    # variant: " | "-joined rows, a calendar year, "Balance" rows
    (
        "The continuity of bitcoin was as follows:\n"
        "Bitcoin | Amount | Number of coins\n"
        "Balance, December 31, 2022 | $1,000,000 | 50\n"
        "Bitcoin mined | 2,000,000 | 120\n"
        "Bitcoin sold | (500,000) | (30)\n"
        "Balance, December 31, 2023 | $2,500,000 | 140\n",
        {
            ("btc_produced", Decimal(120), "2023"),
            ("btc_sold", Decimal(30), "2023"),
            ("btc_held", Decimal(140), "2023-12-31"),
        },
        dt.date(2024, 3, 1),
    ),
    # variant (ninth session): the opening balance dated the year's first day ("Balance as of
    # January 1, 2023", as Riot's 10-K note prints it) is the close of the day before: the
    # flows are the year's (one period rule with note_rollforward's one-cell-a-line layout)
    (
        "Bitcoin | Amount | Number of coins\n"
        "Balance as of January 1, 2023 | $1,000,000 | 50\n"
        "Bitcoin mined | 2,000,000 | 120\n"
        "Bitcoin sold | (500,000) | (30)\n"
        "Balance as of December 31, 2023 | $2,500,000 | 140\n",
        {
            ("btc_produced", Decimal(120), "2023"),
            ("btc_sold", Decimal(30), "2023"),
            ("btc_held", Decimal(140), "2023-12-31"),
        },
        dt.date(2024, 2, 22),
    ),
    # variant (round 11 review): a 10-Q's roll-forward, three months between two quarter ends,
    # is that quarter (as "three months ended September 30, 2023" is)
    (
        "Bitcoin | Amount | Number of coins\n"
        "Balance, June 30, 2023 | $1,000,000 | 50\n"
        "Bitcoin mined | 2,000,000 | 120\n"
        "Balance, September 30, 2023 | $2,500,000 | 170\n",
        {("btc_produced", Decimal(120), "2023-Q3"), ("btc_held", Decimal(170), "2023-09-30")},
        dt.date(2023, 11, 1),
    ),
    # variant: the issuer names the quarter both ways ("Q2 fiscal 2024", the three months ended
    # September 30, 2023: a year ending in March), so the quarter is its fiscal one, as the
    # report's period is (README: a fiscal quarter as the issuer names it)
    (
        "HIVE Reports Q2 Fiscal 2024 Results for the three months ended September 30, 2023\n"
        "The continuity of digital currencies was as follows:\n"
        "Bitcoin | Amount | Number of coins\n"
        "Digital assets, June 30, 2023 | $1,000,000 | 50\n"
        "Digital currency mined | 2,000,000 | 120\n"
        "Digital currency sold | (500,000) | (30)\n"
        "Digital currencies, September 30, 2023 | $2,500,000 | 140\n",
        {
            ("btc_produced", Decimal(120), "2024-Q2"),
            ("btc_sold", Decimal(30), "2024-Q2"),
            ("btc_held", Decimal(140), "2023-09-30"),
        },
        dt.date(2023, 11, 14),
    ),
    # near miss: three months that are no calendar quarter (January 31 to April 30) name no
    # period; only the closing holding is read
    (
        "Bitcoin | Amount | Number of coins\n"
        "Balance, January 31, 2024 | $1,000,000 | 50\n"
        "Bitcoin mined | 2,000,000 | 120\n"
        "Balance, April 30, 2024 | $2,500,000 | 170\n",
        {("btc_held", Decimal(170), "2024-04-30")},
        dt.date(2024, 6, 1),
    ),
    # near miss: two months (June 30 to August 31) are no period a label knows
    (
        "Bitcoin | Amount | Number of coins\n"
        "Balance, June 30, 2024 | $1,000,000 | 50\n"
        "Bitcoin mined | 2,000,000 | 120\n"
        "Balance, August 31, 2024 | $2,500,000 | 170\n",
        {("btc_held", Decimal(170), "2024-08-31")},
        dt.date(2024, 10, 1),
    ),
    # near miss: three months between mid-month days (June 15 to September 15)
    (
        "Bitcoin | Amount | Number of coins\n"
        "Balance, June 15, 2024 | $1,000,000 | 50\n"
        "Bitcoin mined | 2,000,000 | 120\n"
        "Balance, September 15, 2024 | $2,500,000 | 170\n",
        {("btc_held", Decimal(170), "2024-09-15")},
        dt.date(2024, 10, 1),
    ),
]


@pytest.mark.parametrize(("text", "expected", "published"), CONTINUITY)
def test_continuity_table(text: str, expected: set[Fact], published: dt.date) -> None:
    assert _facts(text, published, "HIVE") == expected


def test_continuity_day_first_and_units_header() -> None:
    # variant: a day-first balance date, a "Bitcoin (units)" column
    text = (
        "Bitcoin | Carrying amount | Bitcoin (units)\n"
        "Balance, 31 December 2023 | £1,000,000 | 50\n"
        "Bitcoin mined | 2,000,000 | 120\n"
        "Bitcoin sold | (500,000) | (30)\n"
        "Balance, 31 December 2024 | £2,500,000 | 140\n"
    )
    assert _facts(text, dt.date(2025, 3, 1)) == {
        ("btc_produced", Decimal(120), "2024"),
        ("btc_sold", Decimal(30), "2024"),
        ("btc_held", Decimal(140), "2024-12-31"),
    }


_JAN_7_2026 = dt.date(2026, 1, 7)

# Flows told for a span of months that is no whole period (README: not labelled).
SPANS: list[tuple[str, set[Fact]]] = [
    # real (p1-riot-2026-01-decrypt-rewrite-18005-held)
    (
        "Here’s the scoop: Riot Platforms, a major player in the Bitcoin mining scene, recently "
        "sold off 2,201 BTC between November and December.",
        set(),
    ),
    # variants
    ("Riot mined 1,100 BTC from August through September.", set()),
    ("Riot sold off 2,201 BTC over the weeks between November and December.", set()),
    # near misses: a whole quarter is that quarter; a comparison's span is not the figure's
    ("Riot sold 2,201 BTC between October and December.", {("btc_sold", Decimal(2201), "2025-Q4")}),
    (
        "Riot sold 2,201 BTC in December, up from 1,000 BTC between October and November.",
        {("btc_sold", Decimal(2201), "2025-12")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_flow_of_a_partial_span(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _JAN_7_2026, "RIOT") == expected


def test_span_figure_restated_in_a_summary() -> None:
    # real (p1-riot-2026-01-decrypt-rewrite-18005-held): the TL;DR restates the span's sale
    text = (
        "- Riot sold 2,201 BTC for nearly $200 million!\n\n"
        "Riot Platforms recently sold off 2,201 BTC between November and December."
    )
    assert _facts(text, _JAN_7_2026, "RIOT") == set()
    # near miss: another figure of the summary stays
    text = (
        "- Riot sold 1,500 BTC in December for nearly $140 million!\n\n"
        "Riot Platforms sold off 2,201 BTC between November and December."
    )
    assert _facts(text, _JAN_7_2026, "RIOT") == {
        ("btc_sold", Decimal(1500), "2025-12"),
        ("btc_sale_proceeds_usd", Decimal(140_000_000), "2025-12"),
    }


_JUL_10_2025 = dt.date(2025, 7, 10)

# More of the same families, as news copy words them (variants written for the classes above).
MORE: list[tuple[str, set[Fact]]] = [
    # variant: the money first, the coins sold in the passive
    (
        "About $45 million worth of bitcoin was sold by Acme in June.",
        {("btc_sale_proceeds_usd", Decimal(45_000_000), "2025-06")},
    ),
    ("About $45 million worth of shares were sold by Acme in June.", set()),
    ("About $45 million in bitcoin mining equipment was sold by Acme in June.", set()),
    # variant: another verb of selling
    (
        "Acme cashed out around $45 million of bitcoin in June.",
        {("btc_sale_proceeds_usd", Decimal(45_000_000), "2025-06")},
    ),
    # variant: "wrapped up" a period with a holding; near miss: wrapped up a deal
    ("Acme wrapped up June with 2,000 BTC.", {("btc_held", Decimal(2000), "2025-06-30")}),
    (
        "Acme wrapped up the second quarter with 2,000 BTC.",
        {("btc_held", Decimal(2000), "2025-06-30")},
    ),
    ("Acme wrapped up the decision with 2,000 BTC pledged.", set()),
    # variant: the holding's value in brackets before its place and date
    (
        "Acme had 2,000 BTC (worth $220 million) on its balance sheet as of June 30.",
        {("btc_held", Decimal(2000), "2025-06-30")},
    ),
    # variant: the share's period between the share and the coins
    (
        "Acme mined roughly a third of its quarterly total in June, or 150 BTC.",
        {("btc_produced", Decimal(150), "2025-06")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_wordings_of_the_families(text: str, expected: set[Fact]) -> None:
    assert _facts(text, _JUL_10_2025) == expected
