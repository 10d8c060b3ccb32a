"""Bitcoin holdings told as the level a change reached, in news copy's words.

Class: the balance after "to" ("reduced holdings to 18,005 BTC", "holdings dropped by about
60% to just over 3,000 BTC", "BTC inventory increased by 13% since March 31, 2020, to 929 BTC")
and a balance-sheet summary's coins in brackets after the holding's value ("Bitcoin with a
carrying value of $1.11 billion (16,331 Bitcoin)"). The change itself ("reduced its holdings by
1,363 BTC"), a share ("to 5% of total assets") and another measure ("hashrate fell by 40% to
30 EH/s") are no holding. Real passages from holdout batch u2/u; expected sets read from the
sentences by tests/extract/real/README.md (a bound keeps its number, decided case 20; a holding
"as of April 30, 2020" takes that day).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

HELD = "btc_held"
Row = tuple[Decimal, str]
CASES: list[tuple[str, dt.date, str, set[Row]]] = [
    # a deed acting on the holdings as its object
    (  # real passage's sentence (u2-riot-2025-12-record-sale-superex), the sale in its own one
        "The liquidation marked the miner's largest single-month Bitcoin sale and reduced "
        "holdings to 18,005 BTC from 19,368.",
        dt.date(2026, 1, 7),
        "RIOT",
        {(Decimal(18005), "2026-01")},
    ),
    (
        "The sale cut Riot's bitcoin treasury to 18,005 BTC.",
        dt.date(2026, 1, 7),
        "RIOT",
        {(Decimal(18005), "2026-01")},
    ),
    (
        "The purchases lifted its bitcoin reserves to 18,005 BTC.",
        dt.date(2026, 1, 7),
        "RIOT",
        {(Decimal(18005), "2026-01")},
    ),
    ("The sale reduced its holdings by 1,363 BTC.", dt.date(2026, 1, 7), "RIOT", set()),
    ("The sale reduced holdings to 5% of total assets.", dt.date(2026, 1, 7), "RIOT", set()),
    # a hedged change, its starting date between the change and the level
    (  # the real passage (u2-cang-2026-02-grafa-just-over-3000)
        "Cango sold 4,451 bitcoin over Feb. 7–8. Following the transaction, Cango’s bitcoin "
        "holdings dropped by about 60% to just over 3,000 BTC.",
        dt.date(2026, 2, 9),
        "CANG",
        {(Decimal(3000), "2026-02")},
    ),
    (  # the real passage (u-riot-2020-04-production-blockcast)
        "Riot noted, “BTC inventory increased by 13% since March 31, 2020, to 929 BTC as of April "
        "30, 2020.”",
        dt.date(2020, 5, 6),
        "RIOT",
        {(Decimal(929), "2020-04-30")},
    ),
    (
        "Riot's holdings rose by 13% since March 31 to 929 BTC as of April 30, 2020.",
        dt.date(2020, 5, 6),
        "RIOT",
        {(Decimal(929), "2020-04-30")},
    ),
    (
        "Cango's reserves fell by roughly 40% to 3,000 BTC.",
        dt.date(2026, 2, 9),
        "CANG",
        {(Decimal(3000), "2026-02")},
    ),
    ("Cango's hashrate fell by roughly 40% to 30 EH/s.", dt.date(2026, 2, 9), "CANG", set()),
    (
        "Marathon's holdings dropped by about 10% to 3,000 BTC.",
        dt.date(2026, 2, 9),
        "CANG",
        set(),
    ),
    # the coins in brackets after a holding's value
    (  # the real passage's sentence (u2-hut-2026-q1-10q-summary-16331), no period named
        "Hut 8 held substantial digital assets, including Bitcoin with a carrying value of $1.11 "
        "billion (16,331 Bitcoin) and Investment Tokens of $9.9 million.",
        dt.date(2026, 5, 7),
        "HUT",
        {(Decimal(16331), "2026-05")},
    ),
    (
        "Hut 8 holds Bitcoin with a fair value of approximately $1.1 billion (16,331 BTC).",
        dt.date(2026, 5, 7),
        "HUT",
        {(Decimal(16331), "2026-05")},
    ),
    (
        "Hut 8 sold Bitcoin with a carrying value of $1.1 billion (16,331 BTC).",
        dt.date(2026, 5, 7),
        "HUT",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), CASES)
def test_holding_reached_by_a_change(
    text: str, published: dt.date, entity: str, expected: set[Row]
) -> None:
    found = extract_text(text, published=published, entity=entity)
    assert {(item.value, item.period) for item in found if item.metric == HELD} == expected
