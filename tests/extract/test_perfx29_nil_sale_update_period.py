"""A story that retells a month's update by its sale of none ("did not sell any of its Bitcoin
in June") has that month as its report period: the zero is a flow of the period (README "Zero
stated in words"), and decided case 46 gives a holding the story tells with no date of its own
("currently holds") that period's label, not the publication month (r-mara-2024-06, relabelled
in the twenty-seventh session). Near misses: a sale of none that is no bitcoin ("did not sell any
shares in June"), a story naming no month of a flow.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

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
    # near misses: no bitcoin sold of none; no month of a flow named
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
    day = dt.date.fromisoformat(published)
    found = {
        (float(item.value), item.period)
        for item in extract_text(text, published=day, entity=entity)
        if item.metric == "btc_held" and item.value is not None
    }
    assert found == expected
