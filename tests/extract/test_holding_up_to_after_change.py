"""A holding told after its change with ", up to": "expanded its holdings by 5 %, up to 10,928 BTC".

Class (holdout first-run miss of batch z2, a news rewrite of Riot's October 2024 update: "Riot
expanded its holdings by 5 %, up to 10,928 BTC in October" -> btc_held 10928 at 2024-10-31,
README decided case 14). "increased its holdings by 5% to …" was read; the comma and "up"
between the change and its level were not. Not a holding: the change alone ("by 500 BTC"), a
share of something else, a level still to come ("could grow … up to").
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

HELD = "btc_held"
PUBLISHED = "2024-11-05"

CASES: list[tuple[str, set[tuple[object, str | None]]]] = [
    (
        "Moreover, due to the increased Bitcoin production, Riot expanded its holdings by 5 %, "
        "up to 10,928 BTC in October.",
        {(10928.0, "2024-10-31")},
    ),
    ("In October Riot's bitcoin holdings rose by 5%, up to 10,928 BTC.", {(10928.0, "2024-10-31")}),
    ("In October the miner grew its BTC treasury by 5%, to 10,928 BTC.", {(10928.0, "2024-10-31")}),
    # not a level
    ("In October Riot expanded its holdings by 500 BTC, up 5% from September.", set()),
    ("Riot said its holdings could grow by 5%, up to 11,500 BTC, by year end.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_holding_up_to_after_change(text: str, expected: set[tuple[object, str | None]]) -> None:
    assert metric_found(text, "RIOT", PUBLISHED, HELD) == expected
