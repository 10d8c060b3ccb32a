"""Decided case 46: a news story that retells a company's update takes the update's period.

i-cang-2025-07-production-news: "Cango produced 650.5 Bitcoin (BTC) in July … Cango now holds
4,529.7 BTC" (published 6 August) → btc_held 2025-07, not 2025-08: the story states a flow of
July with its number, so July is its report period and a holding told with no date of its own
("now holds", "currently holds", "now stand at") takes July's label. Near misses keep the
publication month: a story that names no flow period. (r-mara-2024-06, whose June is a sale it
did not make, was relabelled to June in the twenty-seventh session and left this file.) A
holding whose own sentence names the period keeps its last day (case 14). The foreign reader
(Spanish here) already gives the update's period; its rows guard the same rule there.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

# (text, entity, published, expected btc_held {(value, period)})
CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (  # i-cang-2025-07 wording
        "Cango produced 650.5 Bitcoin (BTC) in July, a sharp increase from 450 BTC in June, "
        "according to data from Farside Investors. Cango now holds 4,529.7 BTC, worth "
        "approximately $512 million.",
        "CANG",
        "2025-08-06",
        {(4529.7, "2025-07")},
    ),
    (  # y2-riot-2022-07 wording
        "Riot Blockchain said it produced 318 bitcoins in July, 28% fewer than a year earlier. "
        "Riot sold 275 bitcoins in July, generating $5.6 million. The miner currently holds "
        "about 6,696 bitcoins.",
        "RIOT",
        "2022-08-03",
        {(6696, "2022-07")},
    ),
    (  # a-riot-2025-12 wording: a sale, the holding "now stands at"
        "In the quiet desperation of year-end planning, Riot Platforms chose to liquidate 1,818 "
        "bitcoin in December and 383 in November, netting roughly $200 million. Their BTC "
        "balance now stands at 18,005 coins, a number that likely haunts them.",
        "RIOT",
        "2026-01-06",
        {(18005, "2025-12")},
    ),
    # near misses: the publication month stays
    (  # no flow period named
        "Riot Platforms closed a $200 million credit facility with Coinbase. The company "
        "currently holds 19,223 BTC.",
        "RIOT",
        "2025-04-24",
        {(19223, "2025-04")},
    ),
    (  # case 14: the holding's own sentence names the month
        "Riot produced 406 bitcoin in September, ending the month with 3,534 BTC.",
        "RIOT",
        "2021-10-07",
        {(3534, "2021-09-30")},
    ),
    # Spanish (the foreign reader): the update's month for "ahora", the publication's without
    (
        "La minera de bitcoin Cango produjo 650,5 bitcoins en julio, frente a 450 BTC en junio, "
        "según los datos de Farside Investors. La empresa ahora tiene 4.529,7 BTC, con un valor "
        "aproximado de 512 millones de dólares.",
        "CANG",
        "2025-08-06",
        {(4529.7, "2025-07")},
    ),
    (
        "La minera de bitcoin Riot Platforms cerró una línea de crédito de 200 millones de "
        "dólares con Coinbase, según la empresa. La empresa ahora tiene 19.223 BTC, con un valor "
        "aproximado de 1.800 millones de dólares.",
        "RIOT",
        "2025-04-24",
        {(19223, "2025-04")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_retold_update_holding_period(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    held = {(float(item.value), item.period) for item in found if item.metric == "btc_held"}
    assert held == {(float(value), period) for value, period in expected}


def test_retold_update_intent_period() -> None:
    """m2-mara-2023-01: a rewrite of the December 2022 update; its intention is December's."""
    text = (
        "Marathon Digital Holdings, one of the leading digital asset mining companies, "
        "announced yesterday that it has fully repaid the $30 million loan it received from "
        "Silvergate Bank in December 2022.\nMarathon has recently taken steps to reduce its debt "
        "obligations through payments or restructurings, following similar actions by other "
        "bitcoin miners as the ongoing bear market continues to affect the industry. The "
        "company currently holds a total of 12,232 bitcoins, with 7,815 of those being "
        "unrestricted and available for sale.\nIn December 2022, Marathon mined an additional "
        "475 bitcoins. While Marathon has suggested that it may sell some of its mined bitcoins "
        "in the future, it has not yet done so.\n"
    )
    found = extract_text(text, published=dt.date(2023, 1, 6), entity="MARA")
    periods = {item.metric: item.period for item in found}
    assert (periods["btc_held"], periods["intent"]) == ("2022-12", "2022-12")
