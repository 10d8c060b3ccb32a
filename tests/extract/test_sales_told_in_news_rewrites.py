"""Bitcoin sales and their proceeds as news rewrites tell them (the product's core signal).

Class: a rewrite or summary of a miner's release states a sale in words the readers missed.
- A share of the production sold, its coins named before the figure ("Of the mined BTC, the
  miner sold 349 units of the assets to generate $10.1 million"): the figure's unit is the
  production's.
- A sale avoided while something else was done ("Instead of selling the primary
  cryptocurrency, the firm acquired 183.5 BTC"): 0 sold (README, "Zero stated in words").
- A sale in a sentence that also tells a future schedule ("… the sale of 1,080 bitcoins,
  cashing out approximately $96 million …, planning to complete the initial deployment …
  between January and May 2026"): the span ending after publication dates the plan, not the
  sale, so the sale keeps its month.
- A synonym-spun copy's "offered" for "sold" beside its proceeds, with an abbreviated month
  between them ("offered 1,755 BTC throughout Dec. 2022 for complete proceeds of $29.9 million").
Each group: the real passage (holdout batch u/u2), variants in other wordings, look-alikes that
must not match. Expected sets are read from the sentences by tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

SOLD, PROCEEDS = "btc_sold", "btc_sale_proceeds_usd"
Row = tuple[str, Decimal, str]


def _sales(text: str, published: dt.date, entity: str) -> set[Row]:
    found = extract_text(text, published=published, entity=entity)
    return {
        (item.metric, item.value, item.period) for item in found if item.metric in (SOLD, PROCEEDS)
    }


# --- a share of the production sold, the coins named before the figure (BITF, May 2023) ---
BITF = dt.date(2023, 5, 1)
LEAD = "Bitfarms said its production decreased 10.6% to 379 BTC in April. "
SHARE_CASES: list[tuple[str, set[Row]]] = [
    (  # the real passage (u-bitf-2023-04-cryptoslate)
        LEAD + "Of the mined BTC, the miner sold 349 units of the assets to generate $10.1 "
        "million, adding that it reduced its debt by $2 million.",
        {(SOLD, Decimal(349), "2023-04"), (PROCEEDS, Decimal(10_100_000), "2023-04")},
    ),
    (
        LEAD + "Of the bitcoin it produced in April, Bitfarms sold 349, generating $10.1 million.",
        {(SOLD, Decimal(349), "2023-04"), (PROCEEDS, Decimal(10_100_000), "2023-04")},
    ),
    (
        LEAD + "Out of its newly mined coins, the company sold off approximately 349.",
        {(SOLD, Decimal(349), "2023-04")},
    ),
    (LEAD + "Of its April production, Bitfarms sold 349 BTC.", {(SOLD, Decimal(349), "2023-04")}),
    # look-alikes: a share in percent, money, no sale, no bitcoin
    (LEAD + "Of the mined BTC, the company sold 92% to cover costs.", set()),
    (LEAD + "Of the mined BTC, the company sold $10 million worth.", set()),
    (LEAD + "Of the mined BTC, the company held 30 and kept the rest.", set()),
    ("Of the 2,000 ASICs it produced in April, the company sold 349.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_CASES)
def test_share_of_production_sold(text: str, expected: set[Row]) -> None:
    assert _sales(text, BITF, "BITF") == expected


# --- a sale avoided while something else was done: 0 sold (MARA, February 2024) ---
MARA = dt.date(2024, 2, 5)
JAN = "In January, Marathon Digital Holdings produced 1084 BTC. "
ZERO = {(SOLD, Decimal(0), "2024-01")}
AVOIDED_CASES: list[tuple[str, set[Row]]] = [
    (  # the real passage (u2-mara-2024-01-forklog-instead-of-selling)
        JAN + "As of January 31, 2024, Marathon held 15,741 BTC. Instead of selling the primary "
        "cryptocurrency, the firm acquired 183.5 BTC at an average price of $39,738.",
        ZERO,
    ),
    (JAN + "Instead of selling its bitcoin, the company bought 183.5 BTC.", ZERO),
    (JAN + "Marathon borrowed $50 million rather than selling its bitcoin.", ZERO),
    (JAN + "Rather than selling any of its BTC, Marathon kept its entire production.", ZERO),
    # look-alikes: a plan, another thing avoided, a crowd, a capability
    (JAN + "Rather than selling its bitcoin, the company plans to borrow against it.", set()),
    (
        JAN + "Instead of selling shares, the company sold 300 BTC.",
        {(SOLD, Decimal(300), "2024-01")},
    ),
    (JAN + "Instead of selling their bitcoin, miners borrowed heavily.", set()),
    (
        JAN + "The loan allows Marathon to fund growth instead of selling its bitcoin, and it "
        "added 50 MW of capacity.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AVOIDED_CASES)
def test_sale_avoided_is_zero_sold(text: str, expected: set[Row]) -> None:
    assert _sales(text, MARA, "MARA") == expected


# --- a sale beside a future schedule's span of months (RIOT, January 2026) ---
RIOT = dt.date(2026, 1, 17)
SALE_96 = {(SOLD, Decimal(1080), "2026-01"), (PROCEEDS, Decimal(96_000_000), "2026-01")}
SPAN_CASES: list[tuple[str, set[Row]]] = [
    (  # the real passage (u2-riot-2026-01-amd-lease-cashing-out-96m)
        "On January 16, 2026, Eastern Standard Time, the Nasdaq-listed mining company Riot "
        "Platforms announced the sale of 1,080 bitcoins, cashing out approximately $96 million to "
        "acquire land in Rockdale, Texas, and signed a data center leasing agreement with AMD, "
        "planning to complete the initial deployment of 25 megawatts of critical IT load capacity "
        "between January and May 2026.",
        SALE_96,
    ),
    (
        "Riot sold 1,080 bitcoins for $96 million to buy land, and expects to deliver 25 MW to "
        "AMD from January 2026 to May 2026.",
        SALE_96,
    ),
    (
        "Riot sold 1,080 BTC for about $96 million; AMD's first phases follow between February "
        "and April 2026.",
        SALE_96,
    ),
    # look-alikes: a span that has ended is the sale's own (two months' sales, no period)
    ("Riot sold 1,080 bitcoins between November and December 2025.", set()),
    ("Riot sold 1,080 bitcoins between November 2025 and January 2026.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_CASES)
def test_sale_beside_future_span(text: str, expected: set[Row]) -> None:
    assert _sales(text, RIOT, "RIOT") == expected


# --- a spun copy's "offered" with its proceeds after an abbreviated month (BITF, Jan 2023) ---
BITF_JAN = dt.date(2023, 1, 5)
DEC_SALE = {(SOLD, Decimal(1755), "2022-12"), (PROCEEDS, Decimal(29_900_000), "2022-12")}
SPUN_CASES: list[tuple[str, set[Row]]] = [
    (  # the real passage (u-bitf-2022-12-debt-paydown-rewrite)
        "On Jan 3, Bitfarms introduced that the corporate offered 1,755 BTC throughout Dec. 2022 "
        "for complete proceeds of $29.9 million.",
        DEC_SALE,
    ),
    ("Bitfarms offered 1,755 BTC in Dec. 2022 for proceeds of $29.9 million.", DEC_SALE),
    ("Bitfarms offered 1,755 BTC during Dec. 2022 for about $29.9 million.", DEC_SALE),
    (
        "Bitfarms offered 1,755 BTC throughout Dec. 2022 to repay its loan.",
        {(SOLD, Decimal(1755), "2022-12")},
    ),
    # look-alikes: coins offered as collateral or rewards are no sale
    ("Bitfarms offered 1,755 BTC as collateral in Dec. 2022 for a loan of $29.9 million.", set()),
    ("The exchange offered 1,755 BTC in rewards to users in Dec. 2022.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPUN_CASES)
def test_spun_offered_sale_with_abbreviated_month(text: str, expected: set[Row]) -> None:
    assert _sales(text, BITF_JAN, "BITF") == expected


# --- a spun copy's table: "Bitcoin Offered" is its row of bitcoin sold (ANY, January 2024) ---
ANY = dt.date(2024, 1, 4)
ANY_HEAD = "Metrics1 | Dec 2022 | Nov 2023 | Dec 2023 |\nBitcoin Mined | 17.9 | 71.7 | 73.5 |\n"
ROW_CASES: list[tuple[str, set[Row]]] = [
    ("Bitcoin Offered | 4.3 | 65.0 | 50.4 |\n", {(SOLD, Decimal("50.4"), "2023-12")}),  # real
    ("BTC Offered | 4.3 | 65.0 | 50.4 |\n", {(SOLD, Decimal("50.4"), "2023-12")}),
    ("Bitcoin Sold | 4.3 | 65.0 | 50.4 |\n", {(SOLD, Decimal("50.4"), "2023-12")}),
    # look-alikes: coins put up as collateral or to lenders are not sold
    ("Bitcoin offered as collateral | 4.3 | 65.0 | 50.4 |\n", set()),
    ("Bitcoin offered to lenders | 4.3 | 65.0 | 50.4 |\n", set()),
]


@pytest.mark.parametrize(("row", "expected"), ROW_CASES)
def test_spun_offered_row(row: str, expected: set[Row]) -> None:
    assert _sales(ANY_HEAD + row, ANY, "ANY") == expected
