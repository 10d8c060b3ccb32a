"""Bitcoin holdings in news copy's wordings: the verb, the level a change reached, its date.

Classes (holdout open misses, round 18):
* a participle of the holding verb ("as of May, owning 2,832 BTC and 15,914 ETH"), also with
  the page's glued "BTCand";
* the level after a sale in the stash the story named ("that stash has fallen to about 3,349"),
  also past a turn of contrast after "Prior to the sale, … held 6,300, though …";
* bitcoin coordinated with another coin before "held" ("613.2 bitcoins and 11,738.8 ETH held
  as treasury assets");
* a change "from A to B" over a named period: B stands at the period's last day (decided case
  14);
* look-alikes that are not the company's bitcoin: other assets "equivalent to" N bitcoin, a
  "BTC equivalent" with a glued footnote digit, Strategy's holding in a story about a miner,
  coins held by clients, the balance before the sale.
Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

HELD = "btc_held"
Row = tuple[Decimal, str]
CASES: list[tuple[str, dt.date, str, set[Row]]] = [
    # a participle of the holding verb, dated by the month its sentence names
    (  # the real passage (u-hive-2022-04-block-roundup-paragraph)
        "Hive is keeping in line with its HODL strategy as of May, owning 2,832 BTCand 15,914 ETH.",
        dt.date(2022, 5, 6),
        "HIVE",
        {(Decimal(2832), "2022-05-31")},
    ),
    (
        "As of April 30, Hive reported owning 2,832 BTC, 15,914 ETH and cash.",
        dt.date(2022, 5, 6),
        "HIVE",
        {(Decimal(2832), "2022-04-30")},
    ),
    (
        "Hive ended the update owning approximately 2,832 BTC as of May 2, 2022.",
        dt.date(2022, 5, 6),
        "HIVE",
        {(Decimal(2832), "2022-05-02")},
    ),
    (
        "Owning 2,832 BTC and 15,914 ETH as of April 30, Hive kept its HODL strategy.",
        dt.date(2022, 5, 6),
        "HIVE",
        {(Decimal(2832), "2022-04-30")},
    ),
    # the level after the sale, past a turn of contrast, or in the stash the story named
    (  # the real sentence (o1-bitf-2022-06-newscryptonews-loan-66m), "units" given as BTC
        "Prior to the sale, Bit Farms held more than 6,300 bitcoin in its stash, though by "
        "parting with as many as it has, that stash has fallen to about 3,349 BTC.",
        dt.date(2022, 6, 22),
        "BITF",
        {(Decimal(3349), "2022-06")},
    ),
    (
        "Bitfarms sold 3,000 BTC this week. That stash has since shrunk to about 3,349 BTC.",
        dt.date(2022, 6, 22),
        "BITF",
        {(Decimal(3349), "2022-06")},
    ),
    # bitcoin coordinated with another coin before "held"
    (  # the real sentence (t2-btbt-2023-q2-filing-summary)
        "Mining Operations - The company earned 318.4 bitcoins during the quarter, with a total "
        "of 613.2 bitcoins and 11,738.8 ETH held as treasury assets.",
        dt.date(2023, 8, 14),
        "BTBT",
        {(Decimal("613.2"), "2023-06-30")},
    ),
    (
        "As of June 30, 2023, Bit Digital had 613.2 BTC and 11,738.8 ETH held in its treasury.",
        dt.date(2023, 8, 14),
        "BTBT",
        {(Decimal("613.2"), "2023-06-30")},
    ),
    (
        "The miner reported 1,038 BTC and 20,508 Ether held on its balance sheet at the end of "
        "May.",
        dt.date(2024, 6, 10),
        "BTBT",
        {(Decimal(1038), "2024-05-31")},
    ),
    # a change from a stated level over a named period: the period's last day
    (  # the real sentence (u-dmgi-2025-04-holdings-cut-rewrite), its period in the one before
        "DMG Blockchain mined 30 Bitcoin (BTC) in April 2024. DMG’s total BTC reserves declined "
        "from 458 BTC to 351 BTC during the period.",
        dt.date(2025, 5, 6),
        "DMGI",
        {(Decimal(351), "2024-04-30")},
    ),
    (
        "DMG Blockchain mined 30 BTC in April 2024. DMG's total BTC reserves declined from 458 "
        "BTC to 351 BTC over the period.",
        dt.date(2025, 5, 6),
        "DMGI",
        {(Decimal(351), "2024-04-30")},
    ),
    (
        "DMG Blockchain mined 30 BTC in April 2024. Its bitcoin treasury went from 458 BTC to 351 "
        "BTC in the period, after the sale.",
        dt.date(2025, 5, 6),
        "DMGI",
        {(Decimal(351), "2024-04-30")},
    ),
    # look-alikes: not the company's bitcoin
    (  # the real sentence (t-arbk-2023-12-binance-flash-held-9): 18 is other assets in BTC terms
        "As of December 31, 2023, Argo Blockchain held 9 BTC and other digital assets "
        "equivalent to 18 Bitcoins on its balance sheet.",
        dt.date(2024, 1, 8),
        "ARBK",
        {(Decimal(9), "2023-12-31")},
    ),
    (
        "Argo held digital assets worth the equivalent of 18 BTC on its balance sheet.",
        dt.date(2024, 1, 8),
        "ARBK",
        set(),
    ),
    (  # the real sentence (t-btbt-2022-q3-exhibit-treasury): a footnote digit glued to the noun
        "The BTC equivalent2 of our digital asset holdings as of September 30, 2022 (defined as if "
        "all ETH and USDC holdings were converted into BTC as of that date) was approximately "
        "1,768.8 BTC.",
        dt.date(2022, 12, 7),
        "BTBT",
        set(),
    ),
    (  # the real sentence (u2-riot-2025-04-first-sale-in-a-year): Strategy's, in a Riot story
        "Although this was Strategy’s smallest weekly purchase of 2025, the company now holds "
        "555,450 BTC, purchased at an average price of $68,550.",
        dt.date(2025, 5, 5),
        "RIOT",
        set(),
    ),
    (
        "Strategy's treasury now holds 555,450 BTC, dwarfing the miner's 19,211.",
        dt.date(2025, 5, 5),
        "RIOT",
        set(),
    ),
    (
        "Its custody clients had 613.2 BTC and 11,738.8 ETH held by the platform.",
        dt.date(2023, 8, 14),
        "BTBT",
        set(),
    ),
    (  # the balance before the sale, with no turn to the level after it
        "Prior to the sale, Bitfarms held more than 6,300 bitcoin in its stash.",
        dt.date(2022, 6, 22),
        "BITF",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), CASES)
def test_holding_level_wordings(
    text: str, published: dt.date, entity: str, expected: set[Row]
) -> None:
    found = {
        (item.value, item.period)
        for item in extract_text(text, published=published, entity=entity)
        if item.metric == HELD
    }
    assert found == expected
