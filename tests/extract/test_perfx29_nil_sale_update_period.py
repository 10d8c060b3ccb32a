"""Decided case 46: a story that retells a month's update and names the period of its flows
has that period as its report period, and a holding it tells with no date of its own
("currently holds", "now holds") takes that period's label, not the publication month.

* a sale of none told in words ("did not sell any of its Bitcoin in June") is a flow of the
  month (README "Zero stated in words"; r-mara-2024-06, relabelled in the twenty-seventh
  session);
* a flow whose sentence names no period, right after a sentence that names the month ("In June,
  Bitfarms increased its online hashrate … The company mined 189 Bitcoin … and sold 134 of
  them"; batch am2's Bitfarms rewrite).

Near misses: a sale of none that is no bitcoin ("did not sell any shares in June"), a story
naming no month of a flow.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

# (text, entity, published, expected btc_held (value, period) pairs)
CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (
        "Marathon Digital Holdings did not sell any of its Bitcoin in June, reflecting a trend "
        "among miners. Khan highlighted the unique nature of Bitcoin. Marathon currently holds "
        "18,536 Bitcoin worth over $1 billion.",
        "MARA",
        "2024-07-10",
        {(18536, "2024-06")},
    ),
    (
        "CleanSpark sold no bitcoin in October, it said on Monday. The miner now holds 8,701 BTC.",
        "CLSK",
        "2024-11-05",
        {(8701, "2024-10")},
    ),
    (
        "Hut 8 did not liquidate any of its bitcoin in May. The company currently holds 9,102 BTC "
        "in reserve.",
        "HUT",
        "2023-06-08",
        {(9102, "2023-05")},
    ),
    (
        "Bitfarms didn't sell any BTC in August, executives told analysts. Bitfarms currently "
        "holds 800 BTC.",
        "BITF",
        "2023-09-06",
        {(800, "2023-08")},
    ),
    (
        "In June, Bitcoin miner Bitfarms increased its online hashrate to 10.4 exahashes per "
        "second (EH/s), marking a 39% month-on-month increase. The company mined 189 Bitcoin, a "
        "21% increase from the previous month, and sold 134 of them for $8.8 million. Bitfarms "
        "now holds 905 Bitcoin, valued at $57 million, in its treasury.",
        "BITF",
        "2024-07-03",
        {(905, "2024-06")},
    ),
    (
        "In October, CleanSpark energized new miners at its Georgia sites. The miner mined 660 "
        "BTC and sold 12 BTC. CleanSpark now holds 8,701 BTC.",
        "CLSK",
        "2024-11-05",
        {(8701, "2024-10")},
    ),
    (
        "In March, Riot Platforms expanded its fleet at Corsicana despite weather curtailments. "
        "The company produced 425 bitcoin. Riot currently holds 8,490 BTC.",
        "RIOT",
        "2024-04-05",
        {(8490, "2024-03")},
    ),
    # near misses: no bitcoin sold of none; no month of a flow named
    (
        "Bitfarms increased its online hashrate to 10.4 EH/s. The company mined 189 Bitcoin. "
        "Bitfarms now holds 905 Bitcoin.",
        "BITF",
        "2024-07-03",
        {(905, "2024-07")},
    ),
    (
        "Marathon did not sell any shares in June. Marathon currently holds 18,536 Bitcoin.",
        "MARA",
        "2024-07-10",
        {(18536, "2024-07")},
    ),
    (
        "Marathon has not sold any bitcoin this year. It currently holds 18,536 BTC.",
        "MARA",
        "2024-07-10",
        {(18536, "2024-07")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_holding_in_a_story_of_a_months_nil_sale(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    assert metric_found(text, entity, published, "btc_held") == expected
