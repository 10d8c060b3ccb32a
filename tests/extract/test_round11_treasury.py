"""Round 11 treasury classes (first-run misses, each rule written for its family).

Glued tables: a page that runs a table's cells together may still keep one space between the
glued values and their change columns ("Bitcoin Held17,2757,2656,696 0%9%"); the cut checked by
the change arithmetic is the same with or without it. Rows with prose: a release's flattened
bullet block is one "Label: value" row whose tail is prose with other figures ("Bitcoin
production in August 2022: 216 (+5% month-on-month) … 434 BTC were sold at …, generating EUR 9.4
million in cash"): the row gives its metric, the prose the metrics the row did not.

Expected sets follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. "real (case id)" marks a corpus passage; the rest are variants written for
the class ("# variant") or near misses that must give nothing (or only what is listed).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from monitor.extract import extract_text
from monitor.extract.periods import find_mentions

_HOLDOUT_P2 = Path(__file__).parent / "real" / "holdout" / "p2.yaml"
Fact = tuple[str, Decimal | None, str | None, str | None]
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd", "intent"}


def _facts(text: str, published: dt.date, entity: str = "ACME") -> set[Fact]:
    found = extract_text(text, published=published, entity=entity)
    return {(o.metric, o.value, o.unit, o.period) for o in found if o.metric in _TREASURY}


_RIOT_HEAD = (
    "Riot Announces July 2023 Production and Operations Updates\n\n"
    "Bitcoin Production and Operations Updates for July 2023\n\n"
    "     Comparison (%)\n"
)
_ACME_Q_HEAD = (
    "Acme Mining Reports Third Quarter 2024 Operating Results\n\n"
    "Operating Updates for the Third Quarter of 2024\n\n"
)

# A glued table whose values keep one space before their change columns.
GLUED: list[tuple[str, str, dt.date, set[Fact]]] = [
    # real (g-riot-2023-07-stocktitan-glued-table)
    (
        _RIOT_HEAD + "MetricJuly 2023June 2023July 2022 Month/MonthYear/Year\n"
        "Bitcoin Produced410460318 -11%29%\n"
        "Average Bitcoin Produced per Day13.215.310.2 -14%29%\n"
        "Bitcoin Held17,2757,2656,696 0%9%\n"
        "Bitcoin Sold400400275 0%45%\n"
        "Bitcoin Sales - Net Proceeds$12.1 million$10.6 million$5.6 million 15%117%\n"
        "Average Net Price per Bitcoin Sold$30,293$26,456$20,262 15%50%\n",
        "RIOT",
        dt.date(2023, 8, 3),
        {
            ("btc_produced", Decimal(410), "BTC", "2023-07"),
            ("btc_held", Decimal(7275), "BTC", "2023-07-31"),
            ("btc_sold", Decimal(400), "BTC", "2023-07"),
            ("btc_sale_proceeds_usd", Decimal(12_100_000), "USD", "2023-07"),
        },
    ),
    # variant: quarterly columns, a footnote marker before the holding, no space before one row
    (
        _ACME_Q_HEAD + "MetricQ3 2024Q2 2024Q3 2023 Quarter/QuarterYear/Year\n"
        "Bitcoin Produced900850600 6%50%\n"
        "Bitcoin Held21,5001,4001,000 7%50%\n"
        "Bitcoin Sold1,2001,000800 20%50%\n",
        "ACME",
        dt.date(2024, 10, 8),
        {
            ("btc_produced", Decimal(900), "BTC", "2024-Q3"),
            ("btc_held", Decimal(1500), "BTC", "2024-09-30"),
            ("btc_sold", Decimal(1200), "BTC", "2024-Q3"),
        },
    ),
    # variant: a monthly table with two spaces' worth of layout lost, one change column
    (
        "Acme Announces May 2025 Production Update\n\n"
        "MetricMay 2025April 2025 Month/Month\n"
        "Bitcoin Produced220200 10%\n"
        "Bitcoin Sold150120 25%\n",
        "ACME",
        dt.date(2025, 6, 4),
        {
            ("btc_produced", Decimal(220), "BTC", "2025-05"),
            ("btc_sold", Decimal(150), "BTC", "2025-05"),
        },
    ),
    # near miss: the printed changes are no changes between the values -> no cut, no figure
    (
        "Acme Announces May 2025 Production Update\n\n"
        "MetricMay 2025April 2025 Month/Month\n"
        "Bitcoin Produced220200 40%\n"
        "Bitcoin Sold150120 90%\n",
        "ACME",
        dt.date(2025, 6, 4),
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), GLUED)
def test_glued_values_spaced_from_changes(
    text: str, entity: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published, entity) == expected


_NB2_TITLE = (
    "Northern Data reports on August 2022 performance in mining business\n\n"
    "08.09.2022 / 07:30 CET/CEST\n\n"
)

# A "Label: value" row whose tail is prose with other treasury figures.
ROW_PROSE: list[tuple[str, str, dt.date, set[Fact]]] = [
    # real (k2-nb2-2022-08-mining-performance)
    (
        _NB2_TITLE + "Bitcoin production in August 2022: 216 (+5% month-on-month) 33,600 connected "
        "ASIC systems with a maximum available computing power of 3.08 exahash per second "
        "(EH/s) of which 20,300 were online with a hashrate of 1.81 (as of end of August) 434 "
        "BTC were sold at an average price of 21,761 EUR/BTC, generating EUR 9.4 million in "
        "cash\n\n"
        "Ethereum production in August 2022: 3,875 223,000 connected GPU cards with maximum "
        "available computing power of 12.7 terahash per second (TH/s) of which 8.74 TH/s were "
        "online (as of end of August) 3,875 ETH were sold at an average price of EUR 1,692/ETH, "
        "generating cash of EUR 6.6 million\n",
        "NB2",
        dt.date(2022, 9, 8),
        {
            ("btc_produced", Decimal(216), "BTC", "2022-08"),
            ("btc_sold", Decimal(434), "BTC", "2022-08"),
            ("btc_sale_proceeds_usd", Decimal(9_400_000), "EUR", "2022-08"),
        },
    ),
    # variant: another month, dollars, "were liquidated"
    (
        "Acme reports on May 2023 performance in mining business\n\n"
        "Bitcoin production in May 2023: 180 (-3% month-on-month) 12,000 connected ASIC "
        "systems (as of end of May) 120 BTC were sold at an average price of USD 27,000/BTC, "
        "generating USD 3.2 million in cash\n",
        "ACME",
        dt.date(2023, 6, 7),
        {
            ("btc_produced", Decimal(180), "BTC", "2023-05"),
            ("btc_sold", Decimal(120), "BTC", "2023-05"),
            ("btc_sale_proceeds_usd", Decimal(3_200_000), "USD", "2023-05"),
        },
    ),
    # variant: the row gives the sale, its prose the production
    (
        "Acme reports on March 2024 performance in mining business\n\n"
        "Bitcoin sold in March 2024: 60 (+10% month-on-month) 8,000 connected ASIC systems "
        "online (as of end of March) 75 BTC were mined in the month\n",
        "ACME",
        dt.date(2024, 4, 5),
        {
            ("btc_sold", Decimal(60), "BTC", "2024-03"),
            ("btc_produced", Decimal(75), "BTC", "2024-03"),
        },
    ),
    # near miss: the prose restates the row's own metric -> the row's figure only, once
    (
        "Acme reports on May 2023 performance in mining business\n\n"
        "Bitcoin production in May 2023: 180 (-3% month-on-month) 12,000 connected ASIC "
        "systems (as of end of May) 180 BTC were mined in the month\n",
        "ACME",
        dt.date(2023, 6, 7),
        {("btc_produced", Decimal(180), "BTC", "2023-05")},
    ),
    # near miss: the prose sells another coin -> no bitcoin sale
    (
        "Acme reports on May 2023 performance in mining business\n\n"
        "Ethereum production in May 2023: 3,100 90,000 connected GPU cards (as of end of May) "
        "3,100 ETH were sold at an average price of USD 1,800/ETH, generating USD 5.6 million\n",
        "ACME",
        dt.date(2023, 6, 7),
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), ROW_PROSE)
def test_row_prose_gives_the_metrics_the_row_did_not(
    text: str, entity: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published, entity) == expected


# A comparison's period phrase just before the figure dates the comparative, not the figure.
COMPARED_BEFORE: list[tuple[str, dt.date, set[Fact]]] = [
    # real (k3-dghi-2022-q2-results)
    (
        "Digihost Reports Positive Second Quarter 2022 Results\n"
        "Digihost Technology Inc. (Nasdaq: DGHI; TSXV: DGHI) reported robust second-quarter "
        "results for 2022, marking a 129% increase in Bitcoins mined compared to Q2 2021, "
        "totaling 251.68 BTC.",
        dt.date(2022, 8, 16),
        {("btc_produced", Decimal("251.68"), "BTC", "2022-Q2")},
    ),
    # variant: "versus" and another change verb, in a monthly update
    (
        "Acme Announces June 2023 Production Update\n"
        "Acme said its bitcoin production rose 12% versus May 2023, reaching 310 BTC.",
        dt.date(2023, 7, 5),
        {("btc_produced", Decimal(310), "BTC", "2023-06")},
    ),
    # variant: "vs." before a quarter, then the level
    (
        "Acme Reports Third Quarter 2024 Results\n"
        "The company posted a 40% increase in bitcoin mined vs. Q3 2023, totaling 1,050 BTC.",
        dt.date(2024, 11, 12),
        {("btc_produced", Decimal(1050), "BTC", "2024-Q3")},
    ),
    # near miss: the figure names its own period after it -> that period
    (
        "Acme Reports Third Quarter 2024 Results\n"
        "Compared to Q3 2023, the company mined 1,050 BTC in the second quarter of 2024.",
        dt.date(2024, 11, 12),
        {("btc_produced", Decimal(1050), "BTC", "2024-Q2")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), COMPARED_BEFORE)
def test_comparison_period_before_the_figure(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    entity = "DGHI" if text.startswith("Digihost") else "ACME"
    assert _facts(text, published, entity) == expected


# A month with its year cut to two digits ("Sep'21", "Dec '23", "Sept. ’21"), as quarters are.
SHORT_YEAR_MONTHS: list[tuple[str, str | None]] = [
    # real (p2-gda-2023-01-blocksbridge-alameda-negative)
    (
        "The only monthly production GDA ever disclosed was mining 662 BTC in Sep'21, which",
        "2021-09",
    ),
    ("As of Oct '21, GDA said it was operating a capacity of 170 MW", "2021-10"),
    # variants
    ("The miner sold 120 BTC in Dec '22 to pay for rigs.", "2022-12"),
    ("In Sept. ’21 the company mined 450 bitcoin.", "2021-09"),
    ("Holdings reached 2,000 BTC at the end of Jan'23.", "2023-01"),
    # near misses: an apostrophe that is no year
    ("March's output was strong.", "2022-03"),  # (the month alone: the latest March)
    ("Sep's figures are due.", None),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_YEAR_MONTHS)
def test_month_with_a_two_digit_year(text: str, expected: str | None) -> None:
    mentions = [m for m in find_mentions(text, dt.date(2023, 1, 13)) if m.period is not None]
    assert (mentions[0].period.label() if mentions else None) == expected


def test_a_production_recalled_by_its_short_year_month_is_not_the_story_s() -> None:
    # real (p2-gda-2023-01-blocksbridge-alameda-negative): a figure of September 2021 told in
    # a January 2023 newsletter is recalled background (decided case 1), not January's
    text = next(
        case["text"]
        for case in yaml.safe_load(_HOLDOUT_P2.read_text())
        if case["id"] == "p2-gda-2023-01-blocksbridge-alameda-negative"
    )
    assert "Sep'21" in text
    assert _facts(text, dt.date(2023, 1, 13), "GDA") == set()


_IREN_SEP = (
    "Iris Energy Announces Monthly Investor Update for September 2022\n\n"
    "SYDNEY, Australia, Oct. 07, 2022 (GLOBE NEWSWIRE) -- Iris Energy Limited (NASDAQ: IREN) "
    "today published a monthly investor update for September 2022.\n\n"
    "Key Highlights1\n\n"
)

# A glued table's cell whose first digit is its label's footnote marker, the prose stating the
# value: the prose's figure only.
FOOTNOTE_COPIES: list[tuple[str, set[Fact]]] = [
    # real (h-iren-2022-09-update-globenewswire)
    (
        _IREN_SEP + "Key metricsSep-22\n"
        "Average operating hashrate (PH/s)2,729\n"
        "Bitcoin mined2325\n"
        "Mining revenue (US$’000)6,224\n"
        "  • Operations:\n"
        "    • Average operating hashrate of 2,729 PH/s (+24% vs. August)\n"
        "    • 325 Bitcoin mined (+8% vs. August)\n",
        {("btc_produced", Decimal(325), "BTC", "2022-09")},
    ),
    # variant: another marker digit, the prose in a sentence
    (
        _IREN_SEP + "Key metricsSep-22\n"
        "Average operating hashrate (PH/s)2,729\n"
        "Bitcoin mined4318\n"
        "Mining revenue (US$’000)6,224\n\n"
        "The Company mined 318 Bitcoin in September.\n",
        {("btc_produced", Decimal(318), "BTC", "2022-09")},
    ),
    # near miss: the cell carries no marker (the prose states the same value) -> once
    (
        _IREN_SEP + "Key metricsSep-22\n"
        "Average operating hashrate (PH/s)2,729\n"
        "Bitcoin mined325\n"
        "Mining revenue (US$’000)6,224\n\n"
        "The Company mined 325 Bitcoin in September.\n",
        {("btc_produced", Decimal(325), "BTC", "2022-09")},
    ),
    # near miss: the prose states a figure of another metric -> the cell stands
    (
        _IREN_SEP + "Key metricsSep-22\n"
        "Average operating hashrate (PH/s)2,729\n"
        "Bitcoin held2325\n"
        "Mining revenue (US$’000)6,224\n\n"
        "The Company mined 325 Bitcoin in September.\n",
        {
            ("btc_held", Decimal(2325), "BTC", "2022-09-30"),
            ("btc_produced", Decimal(325), "BTC", "2022-09"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOOTNOTE_COPIES)
def test_footnote_marker_run_into_a_cell(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2022, 10, 7), "IREN") == expected


# The bitcoin among the crypto holdings the company names as a class.
CRYPTO_HOLDINGS_INCLUDING: list[tuple[str, set[Fact]]] = [
    # real (f-btcm-2025-07-solana-pivot-coinlaw)
    (
        "- Convert all existing crypto holdings (including approximately 19 BTC worth around "
        "$2.1 million) into Solana.",
        {("btc_held", Decimal(19), "BTC", "2025-07")},
    ),
    # variants: a comma, other class nouns, "of which"
    (
        "Acme reported digital asset holdings, including 1,200 BTC and 5,000 ETH, at the end of "
        "June.",
        {("btc_held", Decimal(1200), "BTC", "2025-06-30")},
    ),
    (
        "The miner's cryptocurrency reserves (of which 310.5 bitcoin) back its credit line.",
        {("btc_held", Decimal("310.5"), "BTC", "2025-07")},
    ),
    (
        "Its crypto treasury, including about 75 BTC, is kept with a qualified custodian.",
        {("btc_held", Decimal(75), "BTC", "2025-07")},
    ),
    # near misses: the coins are what the holdings were spent on or a peer's
    ("Acme used its crypto holdings to buy 40 BTC worth of miners.", set()),
    ("Industry crypto holdings, including 600,000 BTC held by ETFs, rose in June.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CRYPTO_HOLDINGS_INCLUDING)
def test_bitcoin_among_crypto_holdings(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2025, 7, 11)) == expected


_MAY_UPDATE = "Acme Announces May 2025 Production and Operations Update\n\n"

# The company's own machines and stack, named with a possessive (no corpus sentence: variants
# of "its miners" and "its stack", which the corpus has, found by probing the class). A
# miner's name owns its machines; a place's ("Texas's miners") does not.
_RIOT_MAY = "Riot Announces May 2025 Production and Operations Update\n\n"

POSSESSIVE_OWNERS: list[tuple[str, str, set[Fact]]] = [
    # variants: a miner's machines by its name, its stack by its name
    (
        "RIOT",
        "Riot's miners produced 450 bitcoins in May.",
        {("btc_produced", Decimal(450), "BTC", "2025-05")},
    ),
    (
        "CORZ",
        "Core Scientific’s miners produced 450 bitcoins in May.",
        {("btc_produced", Decimal(450), "BTC", "2025-05")},
    ),
    (
        "ACME",
        "Acme's stack grew to 5,000 BTC by May 31.",
        {("btc_held", Decimal(5000), "BTC", "2025-05-31")},
    ),
    (
        "ACME",
        "Acme’s stash reached 5,000 BTC at the end of May.",
        {("btc_held", Decimal(5000), "BTC", "2025-05-31")},
    ),
    # near misses: everyone's miners, a place's, a peer's stack
    ("RIOT", "The world's miners produced 13,500 BTC in May.", set()),
    ("RIOT", "Texas's miners produced 2,000 BTC in May.", set()),
    ("RIOT", "Public miners produced 13,500 BTC in May.", set()),
    ("ACME", "Riot's stack grew to 19,000 BTC by May 31.", set()),
]


@pytest.mark.parametrize(("entity", "text", "expected"), POSSESSIVE_OWNERS)
def test_possessive_owner_of_miners_and_stack(entity: str, text: str, expected: set[Fact]) -> None:
    head = _RIOT_MAY if entity != "ACME" else _MAY_UPDATE
    assert _facts(head + text, dt.date(2025, 6, 5), entity) == expected


# A sale told as a share of the production just named, the share's unit the production's; a
# sale told in money with its coins after it.
SALE_SHARES: list[tuple[str, set[Fact]]] = [
    # real (i1 Bitfarms September 2023 rewrite): the share with its unit
    (
        "Out of the 411 BTC mined in May, Acme sold 362 BTC, generating total proceeds of "
        "$9.5 million.",
        {
            ("btc_produced", Decimal(411), "BTC", "2025-05"),
            ("btc_sold", Decimal(362), "BTC", "2025-05"),
            ("btc_sale_proceeds_usd", Decimal(9_500_000), "USD", "2025-05"),
        },
    ),
    # variants: the share without its unit, passive or with a subject
    (
        "Of the 450 BTC mined in May, 300 were sold.",
        {
            ("btc_produced", Decimal(450), "BTC", "2025-05"),
            ("btc_sold", Decimal(300), "BTC", "2025-05"),
        },
    ),
    (
        "Of the 450 bitcoin it produced in May, Acme sold 300.",
        {
            ("btc_produced", Decimal(450), "BTC", "2025-05"),
            ("btc_sold", Decimal(300), "BTC", "2025-05"),
        },
    ),
    (
        "Of the 450 BTC mined in May, the company sold 300 to cover power costs.",
        {
            ("btc_produced", Decimal(450), "BTC", "2025-05"),
            ("btc_sold", Decimal(300), "BTC", "2025-05"),
        },
    ),
    # variants: the coins after the money
    (
        "Acme sold $30 million worth of bitcoin (300 BTC) in May.",
        {
            ("btc_sold", Decimal(300), "BTC", "2025-05"),
            ("btc_sale_proceeds_usd", Decimal(30_000_000), "USD", "2025-05"),
        },
    ),
    (
        "Acme sold $30 million of its BTC, or 300 coins, in May.",
        {
            ("btc_sold", Decimal(300), "BTC", "2025-05"),
            ("btc_sale_proceeds_usd", Decimal(30_000_000), "USD", "2025-05"),
        },
    ),
    # near misses: a percentage share, a share kept, coins bought
    (
        "Of the 450 BTC mined in May, 20% were sold.",
        {("btc_produced", Decimal(450), "BTC", "2025-05")},
    ),
    (
        "Of the 450 BTC mined in May, 300 were held in custody.",
        {("btc_produced", Decimal(450), "BTC", "2025-05")},
    ),
    ("Acme bought $30 million worth of bitcoin (300 BTC) in May.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SALE_SHARES)
def test_sale_as_a_share_of_production_or_in_money(text: str, expected: set[Fact]) -> None:
    assert _facts(_MAY_UPDATE + text, dt.date(2025, 6, 5)) == expected


_NEWS = "Acme stock jumps\n\n"

# An intention to sell a bare share of coins the sentence named before it; a holding told as a
# compound adjective. (Variants of corpus wordings: "intends to sell a portion of its
# production", "Riot's 19,223 BTC holdings", found by probing the class.)
BARE_SHARES_AND_COMPOUNDS: list[tuple[str, set[Fact]]] = [
    # variants: the share after the modal, the coins before it
    (
        "Acme said it will no longer hold all of its mined bitcoin and will sell a portion.",
        {("intent", None, "BTC", "2025-06")},
    ),
    (
        "Acme mines about 15 BTC a day and plans to sell half going forward.",
        {("intent", None, "BTC", "2025-06")},
    ),
    (
        "Acme holds 5,000 BTC and may sell some to fund growth.",
        {("btc_held", Decimal(5000), "BTC", "2025-06"), ("intent", None, "BTC", "2025-06")},
    ),
    # variants: a compound adjective before the holdings noun
    (
        "Acme's 5,000-BTC treasury is among the largest.",
        {("btc_held", Decimal(5000), "BTC", "2025-06")},
    ),
    (
        "The 1,250-bitcoin holdings of Acme back its loan.",
        {("btc_held", Decimal(1250), "BTC", "2025-06")},
    ),
    # near misses: no coins before the share, a share of something else, a mining business
    ("Acme, a bitcoin miner, plans to sell some shares.", set()),
    ("Acme, a bitcoin miner, plans to sell a portion to a partner.", set()),
    ("Acme mines bitcoin and will sell a portion of its hosting business.", set()),
    ("Acme's 5,000-BTC target is years away.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BARE_SHARES_AND_COMPOUNDS)
def test_bare_share_intentions_and_compound_holdings(text: str, expected: set[Fact]) -> None:
    assert _facts(_NEWS + text, dt.date(2025, 6, 5)) == expected


# A list of "Label<tab or spaces>value" lines is a table's rows: each row's value is its own
# (not the unit of the row above: "Bitcoin sold  300\nBitcoin held  5,000" holds 5,000, not 300).
SPACED_ROWS: list[tuple[str, set[Fact]]] = [
    # variant: tabs, one value column, under a monthly update's title
    (
        "Production Summary\nBitcoin mined\t450\nBitcoin sold\t300\n"
        "Bitcoin held at month-end\t5,000\n",
        {
            ("btc_produced", Decimal(450), "BTC", "2025-05"),
            ("btc_sold", Decimal(300), "BTC", "2025-05"),
            ("btc_held", Decimal(5000), "BTC", "2025-05-31"),
        },
    ),
    # variant: runs of spaces
    (
        "Operating summary\nBitcoin held  5,000\nBitcoin mined  450\nBitcoin sold  300\n",
        {
            ("btc_produced", Decimal(450), "BTC", "2025-05"),
            ("btc_sold", Decimal(300), "BTC", "2025-05"),
            ("btc_held", Decimal(5000), "BTC", "2025-05-31"),
        },
    ),
    # variant: a header of periods, the current column first
    (
        "Metric\tMay 2025\tApril 2025\nBitcoin mined\t450\t480\nBitcoin sold\t300\t200\n",
        {
            ("btc_produced", Decimal(450), "BTC", "2025-05"),
            ("btc_sold", Decimal(300), "BTC", "2025-05"),
        },
    ),
    # near miss: hard-wrapped prose keeps its figure's unit on the next line
    (
        "In May the company sold a total of 300\nbitcoin to fund its expansion plans.\n",
        {("btc_sold", Decimal(300), "BTC", "2025-05")},
    ),
    # near miss: a row of hash rate, not bitcoin
    ("Operating summary\nHash rate  20 EH/s\nMiners  30,000\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_ROWS)
def test_spaced_label_value_rows(text: str, expected: set[Fact]) -> None:
    assert _facts(_MAY_UPDATE + text, dt.date(2025, 6, 5)) == expected


# A headline's infinitive ("Acme to sell 1,000 BTC") is an intention; a bracketed comparative
# with a colon ("(April: 480 BTC)") is prose, not a "Label: value" row; "treasury hits N BTC".
HEADLINES_AND_ASIDES: list[tuple[str, str, set[Fact]]] = [
    # variants (headline wordings of the corpus's intentions and holdings)
    ("ACME", "Acme to sell 1,000 BTC to fund expansion", {("intent", None, "BTC", "2025-06")}),
    (
        "HUT",
        "Hut 8 to Liquidate Part of Its Bitcoin Treasury",
        {("intent", None, "BTC", "2025-06")},
    ),
    ("ACME", "Acme's treasury hits 5,000 BTC", {("btc_held", Decimal(5000), "BTC", "2025-06")}),
    (
        "ACME",
        "Acme produced 450 BTC in May (April: 480 BTC).",
        {("btc_produced", Decimal(450), "BTC", "2025-05")},
    ),
    # near misses: a headline selling no coins, a negated one, another's intention
    ("ACME", "Acme to sell bitcoin mining rigs to Beta", set()),
    ("ACME", "Acme Not to Sell Any Bitcoin", set()),
    ("ACME", "Analysts expect Acme to sell 1,000 BTC.", set()),
    ("ACME", "Key metrics: hash rate 20 EH/s (April: 19 EH/s)", set()),
]


@pytest.mark.parametrize(("entity", "text", "expected"), HEADLINES_AND_ASIDES)
def test_headline_intentions_and_colon_asides(entity: str, text: str, expected: set[Fact]) -> None:
    assert _facts(_NEWS + text, dt.date(2025, 6, 5), entity) == expected
