"""Treasury figures in wording classes left by the holdout's first run (GAPS25).

A change told with a hedged size before its level ("bitcoin production fell about 10% to 276",
holdout y1-clsk-2022-02); production told by a participle that hangs on a done clause
("September saw a production increase of 7.3%, allowing the firm to mine a total of 411 BTC",
x1-bitf-2023-09; "generating 1,426 Bitcoins during this quarter", v3-riot-2025-q2), not on a
plan's or a start's clause; and one day's coins, which are no period's production ("generating
approximately 34 Bitcoin on the first day of December", e-mara-2021-11). A synonym-spun copy's
"bought" for "sold" where buying cannot be meant: the company's own mined coins ("bought about
396 of the 399 Bitcoin mined throughout the second quarter", s2-hut-2023-q2).

Expected sets follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. Published 6 May 2025, entity RIOT: "in April" is April 2025, a holding "in
April" the month's last day.
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

HEDGED_CHANGE = [
    ("Riot's bitcoin production fell about 10% to 450 in April.", _MINED),
    ("Bitcoin output rose roughly 12% to 450 in April.", _MINED),
    ("Bitcoin production climbed by nearly 8% to 450 in April.", _MINED),
    (
        "Riot's bitcoin holdings rose by roughly 8% to 19,000 in April.",
        {("btc_held", Decimal("19000"), "2025-04-30")},
    ),
    (
        "Bitcoin sales climbed nearly 20% to 300 in April.",
        {("btc_sold", Decimal("300"), "2025-04")},
    ),
    # near misses: another quantity, a forecast, a daily rate
    ("Riot's hashrate rose about 10% to 5.2 EH/s in April.", set()),
    ("Bitcoin production could rise about 10% to 500 in June.", set()),
    ("Bitcoin production fell about 10% to 15 per day in April.", set()),
]

PARTICIPLES = [
    ("In April, production rose 7.3%, allowing the firm to mine a total of 450 BTC.", _MINED),
    ("The new miners came online in April, enabling Riot to produce 450 BTC.", _MINED),
    ("Production numbers witnessed a boost, generating 450 Bitcoins in April.", _MINED),
    # near misses: the clause the participle hangs on is a plan, or a start the coins run from
    ("The expansion is expected to come online in 2026, allowing the firm to mine 600 BTC.", set()),
    ("Once energized, the site will run 20,000 machines, generating 150 BTC.", set()),
    ("Riot began operations in March, generating 450 bitcoins.", set()),
    ("The fleet is capable of generating 15 BTC per day.", set()),
]

ONE_DAY = [
    ("The Hardin facility produced 34 bitcoins on the first day of April.", set()),
    ("Riot mined 40 BTC in a single day last week.", set()),
    # near misses: a whole period is still one
    ("Riot mined 450 BTC in April.", _MINED),
    ("Riot mined 1,530 BTC in the first quarter.", {("btc_produced", Decimal("1530"), "2025-Q1")}),
]

SPUN_BOUGHT = [
    (
        "Notably, the corporate introduced that it bought about 450 of the 500 Bitcoin mined "
        "throughout April and acquired proceeds of about $38.8 million.",
        {
            ("btc_sold", Decimal("450"), "2025-04"),
            ("btc_produced", Decimal("500"), "2025-04"),
            ("btc_sale_proceeds_usd", Decimal("38800000"), "2025-04"),
        },
    ),
    (
        "Riot bought 450 of the 500 bitcoin it mined in April.",
        {("btc_sold", Decimal("450"), "2025-04"), ("btc_produced", Decimal("500"), "2025-04")},
    ),
    # near misses: a purchase, coins others held or offered
    ("Riot bought 1,000 BTC for $95 million in April.", set()),
    ("Riot bought 300 of the 500 BTC the fund had held since 2021.", set()),
    ("Riot bought 1,000 of the 5,000 BTC offered by the fund.", set()),
]


def _facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


@pytest.mark.parametrize(("text", "expected"), HEDGED_CHANGE)
def test_hedged_change_size_before_the_level(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_production_told_by_a_participle(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), ONE_DAY)
def test_one_day_is_no_period(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPUN_BOUGHT)
def test_spun_bought_of_its_own_mined_coins(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected
