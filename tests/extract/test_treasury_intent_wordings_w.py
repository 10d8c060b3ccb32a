"""BTC sales, holdings and intent in new wordings (class (c) of batches w1/w2, UNSEEN_MISSES.md).

* a treasury policy that now permits selling: intent (decided case 29, `intent_permitted`);
* an intention told twice in one story keeps the date of its first telling (decided case 2);
* a holding of zero in plain words: "at zero BTC", "left with zero bitcoin" (a treasury sold
  whole, "liquidated all of its bitcoin holdings", is a zero holding too since decided case 34,
  which relabelled q-crkr);
* a coordinated cash balance between the coins and their date ("had 1,959 bitcoins and about
  $132 million in cash as of June 30");
* production kept, the share in words: "hodl one hundred percent of the bitcoin that they mine";
* proceeds the sale is "raising";
* a treasury's change ("a net treasury increase of 60 bitcoin") and the base of a share sold
  ("40% of its total holdings of 5,000 BTC, were sold") are no holding; coins "currently held"
  by the company are.
Near-misses keep the old readings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text


def _found(text: str, entity: str, published: str) -> set[tuple[str, object, str | None]]:
    day = dt.date.fromisoformat(published)
    return {
        (item.metric, None if item.value is None else float(item.value), item.period)
        for item in extract_text(text, published=day, entity=entity)
    }


# (text, entity, published, metric, expected (value, period) pairs of that metric)
CASES: list[tuple[str, str, str, str, set[tuple[object, str]]]] = [
    # a policy that permits selling
    (
        "Riot revised its bitcoin treasury policy this week to permit the sale of its BTC "
        "holdings.",
        "RIOT",
        "2025-09-10",
        "intent",
        {(None, "2025-09")},
    ),
    (
        "CleanSpark's board adopted a new framework enabling management to sell part of its "
        "bitcoin treasury.",
        "CLSK",
        "2025-04-02",
        "intent",
        {(None, "2025-04")},
    ),
    # a policy that does not permit the sale: no intention (the negation stands before the verb)
    (
        "The miner's treasury framework does not allow the sale of its bitcoin reserves, the "
        "company said.",
        "MARA",
        "2025-09-10",
        "intent",
        set(),
    ),
    (
        "Hut 8's board policy doesn't authorize management to sell its BTC holdings.",
        "HUT",
        "2025-09-10",
        "intent",
        set(),
    ),
    (
        "The loan agreement permits the lender to sell the pledged bitcoin if the collateral "
        "ratio is breached.",
        "CLSK",
        "2025-04-02",
        "intent",
        set(),
    ),
    # the industry's selling is not the company's intention
    (
        "Bitcoin miners are selling their bitcoin reserves to cover rising power costs, and "
        "Riot is among the names analysts watch.",
        "RIOT",
        "2022-06-12",
        "intent",
        set(),
    ),
    (
        "Public miners are now offloading their BTC holdings as hashprice slumps.",
        "MARA",
        "2022-06-12",
        "intent",
        set(),
    ),
    (
        "Many public miners plan to sell part of their bitcoin production this summer.",
        "CLSK",
        "2022-06-12",
        "intent",
        set(),
    ),
    (
        "The miners said they are liquidating their entire BTC treasury this month.",
        "CLSK",
        "2022-06-12",
        "intent",
        {(None, "2022-06")},
    ),
    (
        "Riot, one of the largest bitcoin miners, is selling its bitcoin holdings to fund the "
        "Corsicana build.",
        "RIOT",
        "2025-06-12",
        "intent",
        {(None, "2025-06")},
    ),
    # one intention told twice
    (
        "Bitfarms said it sold 3,000 BTC last month and will keep selling its bitcoin to fund "
        "operations. The company had 3,349 BTC at the end of June.\nIt will keep selling "
        "self-mined bitcoin to repay debt.",
        "BITF",
        "2022-07-08",
        "intent",
        {(None, "2022-06")},
    ),
    # a holding of zero in plain words
    (
        "Argo at zero BTC: the miner sold the last of its reserves in December 2022.",
        "ARBK",
        "2023-01-20",
        "btc_held",
        {(0.0, "2022-12-31")},
    ),
    (
        "After the March sale, Stronghold was left with zero bitcoin on its balance sheet.",
        "SDIG",
        "2023-04-05",
        "btc_held",
        {(0.0, "2023-04")},
    ),
    (
        "The company reported zero BTC sales in March.",
        "SDIG",
        "2023-04-05",
        "btc_held",
        set(),
    ),
    (
        "In May 2022 the company liquidated all of its bitcoin holdings.",
        "SDIG",
        "2022-06-14",
        "btc_held",
        {(0.0, "2022-05-31")},  # decided case 34
    ),
    # a cash balance between the coins and their date
    (
        "The company had 2,480 bitcoin and roughly $95 million in cash as of September 30.",
        "HIVE",
        "2022-10-06",
        "btc_held",
        {(2480.0, "2022-09-30")},
    ),
    (
        "Stronghold had 12 bitcoins and approximately $13.1 million of cash as of December 31.",
        "SDIG",
        "2023-01-20",
        "btc_held",
        {(12.0, "2022-12-31")},
    ),
    # a change of the treasury is no level; the base a share sold is told against is the level
    # before the sale; coins "currently held" are a level
    (
        "Cipher mined 210 bitcoin and sold 150 in March, a net treasury increase of 60 bitcoin.",
        "CIFR",
        "2025-04-03",
        "btc_held",
        set(),
    ),
    (
        "Roughly 2,000 BTC, about 40% of Argo's total holdings of 5,000 BTC, were sold last week.",
        "ARBK",
        "2022-07-01",
        "btc_held",
        set(),
    ),
    (
        "Hut 8's bitcoin treasury grew to 9,300 BTC after the month's production.",
        "HUT",
        "2023-04-05",
        "btc_held",
        {(9300.0, "2023-04")},
    ),
    (
        "The other 1,150 BTC are currently held by the company in cold storage.",
        "HIVE",
        "2023-04-05",
        "btc_held",
        {(1150.0, "2023-04")},
    ),
    (
        "Some 4,000 BTC are currently held by its clients on the platform.",
        "HIVE",
        "2023-04-05",
        "btc_held",
        set(),
    ),
    # production kept, the share in words
    (
        "The miners hodl one hundred percent of the bitcoin that they produce.",
        "HIVE",
        "2021-07-02",
        "btc_sold",
        {(0.0, "2021-07")},
    ),
    (
        "Bitfarms keeps 100 percent of the BTC it mines in cold storage.",
        "BITF",
        "2021-07-02",
        "btc_sold",
        {(0.0, "2021-07")},
    ),
    # proceeds the sale is raising
    (
        "Riot sold most of its bitcoin stash in April at an average price of $40,000 per coin, "
        "raising roughly $90 million.",
        "RIOT",
        "2022-05-04",
        "btc_sale_proceeds_usd",
        {(90_000_000.0, "2022-04")},
    ),
    (
        "Marathon is raising $250 million through a share sale after it sold bitcoin in May.",
        "MARA",
        "2022-06-04",
        "btc_sale_proceeds_usd",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "metric", "expected"), CASES)
def test_treasury_and_intent_wordings(
    text: str, entity: str, published: str, metric: str, expected: set[tuple[object, str]]
) -> None:
    found = _found(text, entity, published)
    assert {(value, period) for name, value, period in found if name == metric} == expected
