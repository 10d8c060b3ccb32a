"""AI capex precision: a site bought for a use still open, and a construction balance, are not
AI capex (`ai_site_use`).

Class of the w1 and f1 misses (UNSEEN_MISSES.md, class (f)): a miner's site purchase, the site
"suited for either hosting a large HPC customer or mining bitcoin", read as AI capex because its
story speaks of data centres and HPC; a construction-in-progress amount recorded as of a date
read as a period's spend. A site bought for the AI build, in a story naming no second use, is
still capex.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

# (text, entity, expected ai_capex_usd values)
CASES: list[tuple[str, str, set[int]]] = [
    (
        "Riot closed the purchase of a 400 MW data center site in Texas. Riot bought the site for "
        "$52 million in cash. Management said the site is well suited to either a hyperscale HPC "
        "tenant or bitcoin mining.",
        "RIOT",
        set(),
    ),
    (
        "IREN bought a 600 MW data center property in Oklahoma for A$90 million. The property "
        "offers flexibility for bitcoin mining or AI workloads, the company said.",
        "IREN",
        set(),
    ),
    (
        "Bitfarms acquired the Panther Creek site for $35 million. The data center site is "
        "ideal for HPC and bitcoin mining alike.",
        "BITF",
        set(),
    ),
    (
        "CleanSpark agreed to purchase a data center campus in Georgia for $28.5 million, a site "
        "it described as suitable for either mining or HPC.",
        "CLSK",
        set(),
    ),
    # a construction balance recorded to a date
    (
        "The AI campus is on schedule; Hut 8 has recorded about $75 million of "
        "construction-in-progress costs for the HPC data center as of September 30.",
        "HUT",
        set(),
    ),
    # the site bought for the AI build, in a story naming no second use: an acquisition's price
    # is no AI capex either (README decided case 43, eighteenth session; both read it before)
    (
        "Bit Digital acquired the site for $40 million to build an HPC data center for its AI "
        "cloud customers.",
        "BTBT",
        set(),
    ),
    (
        "Hut 8 purchased the River Bend campus for $100 million. The HPC data center will serve "
        "an AI cloud tenant under a 15-year lease.",
        "HUT",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_site_use_and_balances(text: str, entity: str, expected: set[int]) -> None:
    found = extract_text(text, published=dt.date(2025, 10, 8), entity=entity)
    capex = {int(item.value) for item in found if item.metric == "ai_capex_usd"}
    assert capex == expected
