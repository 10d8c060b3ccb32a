"""Bitcoin treasury figures in prose: one wording class per case, variants written from the rule.

Each expected set is worked out from the sentence by the labelling convention
(tests/extract/real/README.md): the figures a careful reader records for the document's entity,
with their periods; nothing else (peers' figures, aggregates, cumulative totals, plans, prior
periods, rounded restatements). Published 6 May 2025 unless said.
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


def _facts(text: str, entity: str = "RIOT", published: dt.date = PUBLISHED) -> set[Fact]:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found}


def _d(value: str) -> Decimal:
    return Decimal(value)


# Holdings: the level after a change, nouns and verbs releases and rewrites use.
HOLDINGS = [
    (
        "Riot mined 212 Bitcoins during the period, increasing its total holdings by 4% to "
        "2,377 Bitcoins.",
        {(MINED, _d("212"), "2025-05"), (HELD, _d("2377"), "2025-05")},
    ),
    (
        "The company's Bitcoin holdings grew modestly from approximately 1,034 BTC in Q1 2025 to "
        "1,063 BTC by the end of Q2 2025.",
        {(HELD, _d("1063"), "2025-06-30")},
    ),
    (
        "Its end-of-month holdings plummeted to just 171 BTC.",
        {(HELD, _d("171"), "2025-05")},
    ),
    (
        "The company ended April with $4.0 million of cash and 11 bitcoin.",
        {(HELD, _d("11"), "2025-04-30")},
    ),
    (
        "Riot exited the quarter with approximately $124.9 million in unrestricted cash and cash "
        "equivalents and 11,466 bitcoin as of March 31, 2025.",
        {(HELD, _d("11466"), "2025-03-31")},
    ),
    (
        "9,106 Bitcoin held in reserve with a market value of $576.5 million.",
        {(HELD, _d("9106"), "2025-05")},
    ),
    (
        "Riot holds a substantial Bitcoin treasury, with 19,287 BTC valued at approximately $2.2 "
        "billion.",
        {(HELD, _d("19287"), "2025-05")},
    ),
    (
        "As of April 30, 2025, Riot had a total of 1,295 BTC.",
        {(HELD, _d("1295"), "2025-04-30")},
    ),
    (
        "Riot's bitcoin balance as of Apr. 30, 2025 was 362 bitcoin.",
        {(HELD, _d("362"), "2025-04-30")},
    ),
    (
        "Riot still retains possession of 703 BTC.",
        {(HELD, _d("703"), "2025-05")},
    ),
    (
        "Bitcoin holdings ~6,400 BTC as of April 30, 2025",
        {(HELD, _d("6400"), "2025-04-30")},
    ),
    ("The company's treasury now totals 1,200 BTC.", {(HELD, _d("1200"), "2025-05")}),
    # A one-sided bound keeps its number, a threshold crossed too (README, decided case 20;
    # before it, these two were expected to give nothing).
    ("Riot's Bitcoin holdings surpassed 12,000 BTC.", {(HELD, _d("12000"), "2025-05")}),
    ("Bitcoin holdings grew 62% to over 13,000 BTC.", {(HELD, _d("13000"), "2025-05")}),
    ("Riot sold more than 2,000 BTC during April.", {(SOLD, _d("2000"), "2025-04")}),
    ("Its bitcoin stack grew to 500 BTC at the end of April.", {(HELD, _d("500"), "2025-04-30")}),
    # A balance, not production; a flow after "with", not the balance.
    (
        "As of April 30, 2025, Riot held 9,618 bitcoins produced from operations.",
        {(HELD, _d("9618"), "2025-04-30")},
    ),
    ("Riot's treasury, with 500 BTC sold in April, shrank.", {(SOLD, _d("500"), "2025-04")}),
]

# Production: verbs, nominal phrasings, subjects without a unit, shared units.
PRODUCTION = [
    (
        "Riot produces 425 Bitcoin in April 2025 and 1,812 Bitcoin in Q1 2025.",
        {
            (MINED, _d("425"), "2025-04"),
            (MINED, _d("1812"), "2025-Q1"),
        },
    ),
    ("Riot mined a company-record 825 bitcoins in April.", {(MINED, _d("825"), "2025-04")}),
    (
        "Riot generated 599 Bitcoin during the first quarter of 2025.",
        {(MINED, _d("599"), "2025-Q1")},
    ),
    ("The company mined total of 212 bitcoin in April.", {(MINED, _d("212"), "2025-04")}),
    (
        "These moves contributed to the mining of 4,828 Bitcoin in 2024.",
        {(MINED, _d("4828"), "2024")},
    ),
    (
        "Bitcoin mining production of 124 in April increased 10% from March.",
        {(MINED, _d("124"), "2025-04")},
    ),
    (
        "The number of bitcoins earned from bitcoin mining business was 739.51 in Q1 2025.",
        {(MINED, _d("739.51"), "2025-Q1")},
    ),
    (
        "The number of bitcoin mined in the quarter tumbled to 330 from 982 in Q1 2025.",
        {(MINED, _d("330"), "2025-Q1")},
    ),
    (
        "Revenue fell, driven by a decrease in Bitcoin earned (974 Bitcoin vs. 3,042 a year ago).",
        {(MINED, _d("974"), "2025-05")},
    ),
    # Clients' coins, a forecast, a cumulative total, a prior period, a per-day average.
    (
        "Riot produced approximately 167 bitcoin in Q1 2025, of which 54 bitcoin were produced "
        "by proprietary mining and 113 bitcoin were produced for datacenter hosting clients.",
        {(MINED, _d("167"), "2025-Q1"), (MINED, _d("54"), "2025-Q1")},
    ),
    ("Despite this, expected production was approximately 660 Bitcoin in April.", set()),
    ("By the end of April, we produced 2,945 Bitcoins from the inception of our business.", set()),
    # This year so far (year-to-date) and last year's same months: neither is labelled.
    (
        "The firm has mined 3,692 BTC this year, while last year it generated 3,733 BTC over the "
        "same period.",
        set(),
    ),
    (
        "Self-mining is expected to run at about 1.8 EH/s, producing approximately 8.0 bitcoins "
        "per day1",
        set(),
    ),
]

# Sales, zero sales in words and proceeds bound to the sale.
SALES = [
    ("Riot sold another 887 Bitcoin in April.", {(SOLD, _d("887"), "2025-04")}),
    (
        "Riot chose to liquidate 1,818 bitcoin in April and 383 in March, netting roughly $200 "
        "million.",
        {(SOLD, _d("1818"), "2025-04"), (SOLD, _d("383"), "2025-03")},
    ),
    (
        "Riot said it produced 1,221 bitcoins in April while selling 1,975 to pay for expenses.",
        {(MINED, _d("1221"), "2025-04"), (SOLD, _d("1975"), "2025-04")},
    ),
    (
        "Out of the 411 BTC mined in April, Riot managed to sell 362 BTC, generating a total of "
        "$9.5 million in revenue.",
        {
            (MINED, _d("411"), "2025-04"),
            (SOLD, _d("362"), "2025-04"),
            (PROCEEDS, _d("9500000"), "2025-04"),
        },
    ),
    (
        "The company produced 705 BTC last month but sold none, according to its update of May 2.",
        {
            (MINED, _d("705"), "2025-04"),
            (SOLD, _d("0"), "2025-04"),
        },
    ),
    (
        "All of the 450 BTC produced in April were held.",
        {
            (MINED, _d("450"), "2025-04"),
            (SOLD, _d("0"), "2025-04"),
        },
    ),
    # "450 bitcoin it produced in April" states the production too (as "the 450 BTC produced
    # in April were held" above).
    (
        "The company kept all 450 bitcoin it produced in April.",
        {(MINED, _d("450"), "2025-04"), (SOLD, _d("0"), "2025-04")},
    ),
    (
        "Riot increased its total bitcoin holdings to 5,810 as of April 30, up from 5,193.4 at "
        "the end of March, as it continues its strategy of holding all mined bitcoin.",
        {(HELD, _d("5810"), "2025-04-30"), (SOLD, _d("0"), "2025-04")},
    ),
    (
        "100% of the self-mined Bitcoin for the month of April were deposited into custody.",
        {(SOLD, _d("0"), "2025-04")},
    ),
    ("Riot sold none of its shares in April.", set()),
    # News rewrites' verbs and sales stated with the unit in the subject.
    ("The company offloaded 1,000 BTC in April.", {(SOLD, _d("1000"), "2025-04")}),
    (
        "Riot parted ways with 4,451 BTC in April, raising approximately $305 million.",
        {(SOLD, _d("4451"), "2025-04"), (PROCEEDS, _d("305000000"), "2025-04")},
    ),
    ("BTC sales totaled 475 in April.", {(SOLD, _d("475"), "2025-04")}),
    (
        "Riot sold 475 of its bitcoin in April for $45 million.",
        {
            (SOLD, _d("475"), "2025-04"),
            (PROCEEDS, _d("45000000"), "2025-04"),
        },
    ),
    ("During April, Riot did not sell bitcoin.", {(SOLD, _d("0"), "2025-04")}),
    ("Riot continued to HODL, selling no bitcoin in April.", {(SOLD, _d("0"), "2025-04")}),
    ("Riot held onto all of its production in April.", {(SOLD, _d("0"), "2025-04")}),
    ("Riot has sold 3,000 BTC so far this year.", set()),
    # An earlier report or sale recalled as background.
    (
        "Riot reported two months ago that its output fell in February, with 147 BTC mined.",
        set(),
    ),
    (
        "The sale comes after the miner offloaded 7,202 bitcoins in March to raise about $167 "
        "million.",
        set(),
    ),
    (
        "Riot sold 171 bitcoin in Q1 2025 at an average bitcoin price of C$38,934 generating "
        "$6.7M of cash.",
        {(SOLD, _d("171"), "2025-Q1"), (PROCEEDS, _d("6700000"), "2025-Q1")},
    ),
    (
        "Riot sold almost half its stash of the cryptocurrency in the past week for about $62 "
        "million to reduce debt as miners feel the squeeze.",
        {(PROCEEDS, _d("62000000"), "2025-05")},
    ),
]

# Other companies' figures, aggregates and stories about the industry.
PEERS = [
    ("Cleanspark (CLSK) saw a 6% drop, mining 626 BTC.", "RIOT", set()),
    (
        "Cleanspark (CLSK) saw a 6% drop, mining 626 BTC in April.",
        "CLSK",
        {(MINED, _d("626"), "2025-04")},
    ),
    (
        "Public miners collectively sold 4,000 BTC in April, while Riot sold 475 BTC.",
        "RIOT",
        {(SOLD, _d("475"), "2025-04")},
    ),
    ("It previously said the company held 6,695 bitcoins in April.", "INDUSTRY", set()),
    ("Argo held 1,659 BTC at the end of April.", "RIOT", set()),
    # A name in brackets closed before the verb is an aside, not its subject.
    (
        "Riot (unlike Marathon, which held 47,531 BTC) sold none of its bitcoin in April.",
        "RIOT",
        {(SOLD, _d("0"), "2025-04")},
    ),
    (
        "Riot (unlike Marathon, which held 47,531 BTC) sold none of its bitcoin in April.",
        "MARA",
        {(HELD, _d("47531"), "2025-04-30")},
    ),
]

# Parts give way to the whole; rounded restatements to the exact figure.
WHOLES = [
    (
        "Self-mined 539 bitcoin at the Lake Mariner Facility in Q1 2025.\n"
        "Self-mined 699 bitcoin across the Lake Mariner and Nautilus facilities in Q1 2025.",
        {(MINED, _d("699"), "2025-Q1")},
    ),
    (
        "Unrestricted bitcoin holdings were approximately 3,464 BTC as of April 30, 2025.\n"
        "Total bitcoin holdings were 10,127 BTC as of April 30, 2025.",
        {(HELD, _d("10127"), "2025-04-30")},
    ),
    (
        "Riot reports 616.6 bitcoin mined in April, holds over 5,800 BTC\n"
        "Riot increased its total bitcoin holdings to 5,810 as of April 30.",
        {(MINED, _d("616.6"), "2025-04"), (HELD, _d("5810"), "2025-04-30")},
    ),
]


# A zero said as a standing fact ("has not sold any bitcoin since 2020") or as the fate of the
# month's production ("mined 31.7 bitcoin, choosing to hold them"): none sold in the report month.
_APRIL_UPDATE = "Riot Platforms Announces April 2025 Production and Operations Updates\n"
STANDING_ZERO = [
    (_APRIL_UPDATE + text, expected)
    for text, expected in [
        (
            "Riot mined 450 BTC in April. The company has not sold any bitcoin since October 2020.",
            {(MINED, _d("450"), "2025-04"), (SOLD, _d("0"), "2025-04")},
        ),
        (
            "Riot mined 450 BTC in April. Riot hasn't sold a single BTC since 2020.",
            {(MINED, _d("450"), "2025-04"), (SOLD, _d("0"), "2025-04")},
        ),
        (
            "Riot mined 450 BTC in April. It has not sold any of its bitcoin since it began.",
            {(MINED, _d("450"), "2025-04"), (SOLD, _d("0"), "2025-04")},
        ),
        (
            "Riot mined 450 BTC in April and continues to HODL all of its mined bitcoin.",
            {(MINED, _d("450"), "2025-04"), (SOLD, _d("0"), "2025-04")},
        ),
        (
            "Riot mined 450 BTC in April, holding all of its self-mined bitcoin.",
            {(MINED, _d("450"), "2025-04"), (SOLD, _d("0"), "2025-04")},
        ),
        (
            "Riot mined 31.7 bitcoin in April, choosing to hold them for future appreciation.",
            {(MINED, _d("31.7"), "2025-04"), (SOLD, _d("0"), "2025-04")},
        ),
        (
            "Riot produced 31.7 BTC in April and elected to retain it.",
            {(MINED, _d("31.7"), "2025-04"), (SOLD, _d("0"), "2025-04")},
        ),
        (
            "Riot mined 450 BTC in April, all of which were held.",
            {(MINED, _d("450"), "2025-04"), (SOLD, _d("0"), "2025-04")},
        ),
        # A balance on the 1st closes the month before.
        (
            "Riot held 9,941 bitcoin as of May 1, holding all of its mined bitcoin.",
            {(HELD, _d("9941"), "2025-05-01"), (SOLD, _d("0"), "2025-04")},
        ),
        # Near-misses: bought (not mined) coins kept, a peer's streak, a plan, other assets.
        ("Riot bought 500 BTC in April and chose to hold them.", set()),
        (
            "Riot mined 450 BTC in April. Marathon has not sold any bitcoin since October 2020.",
            {(MINED, _d("450"), "2025-04")},
        ),
        (
            "Riot mined 450 BTC in April. Riot plans to hold all of its mined bitcoin.",
            {(MINED, _d("450"), "2025-04")},
        ),
        (
            "Riot mined 450 BTC in April. Riot has not sold any shares since October 2020.",
            {(MINED, _d("450"), "2025-04")},
        ),
        (
            "Riot mined 450 BTC in April. Riot may choose to hold them.",
            {(MINED, _d("450"), "2025-04")},
        ),
    ]
]


# A balance said through a running total, a closing balance, or a plain "had N BTC" with its
# date; and coins that are machines or percentages, which are no balance.
BALANCES = [
    (_APRIL_UPDATE + text, expected)
    for text, expected in [
        (
            "Riot added 416 BTC in the week ending April 28, bringing its total to 4,783 BTC.",
            {(HELD, _d("4783"), "2025-04-28")},
        ),
        (
            "Riot mined 318 BTC in April, bringing the total number of bitcoins held by the "
            "company to 6,696 BTC.",
            # at the month's end: reached by April's flows (README decided case 14; was 2025-04)
            {(MINED, _d("318"), "2025-04"), (HELD, _d("6696"), "2025-04-30")},
        ),
        (
            "Riot sold 228 BTC in April and ended the month with a balance of 796 BTC.",
            {(SOLD, _d("228"), "2025-04"), (HELD, _d("796"), "2025-04-30")},
        ),
        ("Riot had 115 bitcoin as of April 30, 2025.", {(HELD, _d("115"), "2025-04-30")}),
        (
            "Riot had 115 Bitcoin or Bitcoin-related assets as of April 30, 2025.",
            {(HELD, _d("115"), "2025-04-30")},
        ),
        (
            "The company accumulated 3,418 bitcoin as a standalone entity as of April 30, 2025.",
            {(HELD, _d("3418"), "2025-04-30")},
        ),
        ("  • 6,696 total BTC held as of April 2025", {(HELD, _d("6696"), "2025-04-30")}),
        (
            "This growing inventory, now at approximately 1,741 BTC, is a bullish signal.",
            {(HELD, _d("1741"), "2025-04")},
        ),
        # Near-misses: a cumulative production total, a flow, machines, a percentage.
        (
            "Riot mined 318 BTC in April, bringing its total production for the year to 1,200 BTC.",
            {(MINED, _d("318"), "2025-04")},
        ),
        ("Riot accumulated 300 bitcoin in April.", set()),
        ("The Company owned 27,744 bitcoin miners as of April 30, 2025.", set()),
        ("Riot had 5,000 Bitcoin mining machines as of April 30, 2025.", set()),
        ("Riot expanded its bitcoin mining portfolio from 3% to 45% in one year.", set()),
    ]
]


# Rewrites' verbs and adjectives, and figures that are someone else's or from an earlier report.
REWRITES = [
    (_APRIL_UPDATE + text, expected)
    for text, expected in [
        (
            "In April alone, Riot ramped up its Bitcoin production, churning out 687 BTC.",
            {(MINED, _d("687"), "2025-04")},
        ),
        ("Riot cranked out 687 BTC in April.", {(MINED, _d("687"), "2025-04")}),
        (
            "Riot sold 1,500 BTC in April for a whopping $35.3 million.",
            {(SOLD, _d("1500"), "2025-04"), (PROCEEDS, _d("35300000"), "2025-04")},
        ),
        (
            "Riot sold 212 BTC, raising an estimated $9.5 million.",
            {(SOLD, _d("212"), "2025-04"), (PROCEEDS, _d("9500000"), "2025-04")},
        ),
        (
            "  - The company sold 212 Bitcoins, resulting in net proceeds of -$9.5 million.",
            {(SOLD, _d("212"), "2025-04"), (PROCEEDS, _d("9500000"), "2025-04")},
        ),
        (
            "Riot resumed selling in April. Offloading 178 BTC at an average price of $104,000 "
            "proved a smart move.",
            {(SOLD, _d("178"), "2025-04")},
        ),
        # A plan about coins already mined: the production is a fact, the sale only an intent.
        (
            "Riot said it plans to sell the 156 BTC mined during the month to fund its costs.",
            {(MINED, _d("156"), "2025-04")},
        ),
        ("Riot may sell 500 BTC mined in May.", set()),
        # A part of a figure already given is no production of its own.
        (
            "Riot holds 19.5 BTC. This includes 0.9 Bitcoin acquired in the open market and "
            "18.6 Bitcoin earned through mining operations.",
            {(HELD, _d("19.5"), "2025-04")},
        ),
        (
            "Riot produced 1,202 bitcoin in April, which includes 18 BTC mined at its Abu Dhabi "
            "site.",
            {(MINED, _d("1202"), "2025-04")},
        ),
        # Near-misses: a price, the network's or a venture's coins, an earlier update's sale.
        ("Riot sold 212 BTC at an average price of $45,000.", {(SOLD, _d("212"), "2025-04")}),
        ("The network churned out 13,500 BTC in April.", set()),
        ("Riot's joint venture in Abu Dhabi mined 50 bitcoins in April.", set()),
        (
            "In a prior update from March, it was reported that Riot generated $60.7 million "
            "from the sale of 533.5 BTC.",
            set(),
        ),
        ("According to its previous monthly report, Riot sold 400 BTC in March.", set()),
        (
            "Riot sold 400 BTC in April, according to its monthly report.",
            {(SOLD, _d("400"), "2025-04")},
        ),
    ]
]


@pytest.mark.parametrize(
    ("text", "expected"),
    HOLDINGS + PRODUCTION + SALES + WHOLES + STANDING_ZERO + BALANCES + REWRITES,
)
def test_treasury_prose(text: str, expected: set[Fact]) -> None:
    assert _facts(text) - {item for item in _facts(text) if item[0] == INTENT} == expected


@pytest.mark.parametrize(("text", "entity", "expected"), PEERS)
def test_figures_belong_to_the_entity(text: str, entity: str, expected: set[Fact]) -> None:
    assert _facts(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A strategy that consists of selling production is an intention.
        (
            "While Riot states it will continue mining, the strategic pivot involves selling "
            "newly mined btc as well.",
            {(INTENT, None, "2025-05")},
        ),
        (
            "Riot frames the pivot as a self-sustaining model where operations are funded by "
            "selling a portion of monthly Bitcoin production.",
            {(INTENT, None, "2025-05")},
        ),
        # An announcement reported as made last month is dated to that month.
        (
            "Riot announced last month that it would begin selling monthly production to cover "
            "operational expenses.",
            {(INTENT, None, "2025-04")},
        ),
        # Present practice and an analyst's description are not intentions.
        ("Riot continues to sell its Bitcoin holdings to reduce its debt.", set()),
        ("Riot is now funding its operation by selling a portion of its production.", set()),
        ("Riot has used a balanced approach, selling production to fund operations.", set()),
        # A practice announced from now on is an intention ("this month" is when it was said).
        (
            '"Starting this month, we are selectively selling mined Bitcoin to support the '
            'expansion of our inference platform," said the CEO.',
            {(INTENT, None, "2025-05")},
        ),
        (
            "Beginning this month, the company is selling a portion of its production.",
            {(INTENT, None, "2025-05")},
        ),
        ("Going forward, Riot will be selling part of its mined BTC.", {(INTENT, None, "2025-05")}),
        (
            "From next quarter, Riot is selling a share of its production.",
            {(INTENT, None, "2025-05")},
        ),
        ("Starting last month, Riot has been selling part of its bitcoin.", set()),
        ("Going forward, Marathon is selling part of its bitcoin, while Riot holds.", set()),
        # Selling the company, not bitcoin.
        (
            "Riot is planning to sell itself as the economics of bitcoin mining turns difficult.",
            set(),
        ),
    ],
)
def test_intentions(text: str, expected: set[Fact]) -> None:
    assert {item for item in _facts(text) if item[0] == INTENT} == expected


def test_a_cumulative_list_heading_governs_its_bullets() -> None:
    text = (
        "Financial Highlights for the Third Quarter 2024\n"
        "- Total bitcoin production of 166 BTC.\n"
        "Year to Date 2024 Financial Results:\n"
        "- Revenue of $44.7 million;\n"
        "- Total bitcoin production of 793 BTC.\n"
    )
    assert _facts(text, published=dt.date(2024, 11, 12)) == {(MINED, _d("166"), "2024-Q3")}


def test_may_the_month_is_not_a_modal() -> None:
    text = "The company saw positive production figures in May with Riot mining 119 Bitcoin."
    assert _facts(text, published=dt.date(2025, 6, 10)) == {(MINED, _d("119"), "2025-05")}


def test_list_items_whose_bullets_were_lost_stay_apart() -> None:
    text = (
        "Mined 423.4 Bitcoin in 2024, which generated approximately $12.3 million in revenue\n"
        "As of December 31, 2024, held 95.1 Bitcoin valued at approximately $3.4 million\n"
        "As of February 28, 2025, held 153.6 Bitcoin valued at approximately $10.8 million\n"
    )
    assert _facts(text, published=dt.date(2025, 4, 1)) == {
        (MINED, _d("423.4"), "2024"),
        (HELD, _d("95.1"), "2024-12-31"),
        (HELD, _d("153.6"), "2025-02-28"),
    }


def test_a_plain_dollar_beside_canadian_dollars_is_canadian() -> None:
    text = (
        "Riot sold 171 bitcoin in Q1 2025 at an average bitcoin price of C$38,934 generating "
        "$6.7M of cash."
    )
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    assert {(item.value, item.unit) for item in found if item.metric == PROCEEDS} == {
        (_d("6700000"), "CAD")
    }


def test_a_sentence_restating_a_table_figure_takes_the_column_period() -> None:
    text = (
        "Metric | May 2024 | April 2024\n"
        "Bitcoin produced | 184 | 292\n"
        "\n"
        "Analysis, June 11, 2024. Bitdeer reported a 37% drop in monthly mined Bitcoin, producing "
        "184 BTC compared to its pre-halving average of around 292 BTC."
    )
    assert _facts(text, "BTDR", dt.date(2024, 6, 11)) == {(MINED, _d("184"), "2024-05")}
