"""The total a tenant deal brings the company's capacity to, told in the next sentence.

Real: v2-apld-2025-10-polaris-forge-2-lease, "Applied Digital just landed a huge 15-year, $5
billion lease with a U.S.-based hyperscaler for 200MW at its Polaris Forge 2 campus in North
Dakota. This move bumps the total capacity at their Polaris campuses to 600MW …" ->
ai_capacity_mw 600 (and 200) in 2025-10 was read as the deal's total; decided case 30
(seventeenth session) relabelled it: a total is read only when its own words tie it to the deals
("total leased capacity", "total capacity under lease"). Look-alikes: a bare campus total, no
tenant deal before the total, a campus's power total.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 10, 22)


def _capacity(text: str, entity: str) -> set[float]:
    found = extract_text(text, published=_PUBLISHED, entity=entity)
    return {float(item.value) for item in found if item.metric == "ai_capacity_mw"}


TOTALS = [
    (
        "Hut 8 inked a lease with Fluidstack for 245 MW at River Bend. The transaction takes the "
        "company's total capacity under lease to 400 megawatts.\n",
        "HUT",
        400.0,
    ),
    (
        "IREN signed a $9.7 billion contract with Microsoft for 200 MW at Childress. The "
        "agreement lifts the total contracted capacity across its Texas campuses to 750 MW.\n",
        "IREN",
        750.0,
    ),
    (
        "Cipher signed a lease with AWS for 300 MW in Texas.\nThe deal brings its total leased "
        "capacity to 500 MW across two sites.\n",
        "CIFR",
        500.0,
    ),
]


@pytest.mark.parametrize(("text", "entity", "total"), TOTALS)
def test_the_total_a_deal_brings_capacity_to(text: str, entity: str, total: float) -> None:
    assert total in _capacity(text, entity)


NOT_TOTALS = [
    (  # real: v2-apld-2025-10 (relabelled, decided case 30): a campus total with no tie of its own
        "Applied Digital just landed a huge 15-year, $5 billion lease with a U.S.-based "
        "hyperscaler for 200MW at its Polaris Forge 2 campus in North Dakota.\nThis move bumps "
        "the total capacity at their Polaris campuses to 600MW and sent Applied Digital's stock "
        "up 4% in premarket trading.\n",
        "APLD",
        600.0,
    ),
    (  # decided case 30: the campuses' total, not tied to the deal by its own words
        "IREN signed a $9.7 billion contract with Microsoft for 200 MW at Childress. The "
        "agreement lifts the total capacity across its Texas campuses to 750 MW.\n",
        "IREN",
        750.0,
    ),
    (
        "Cipher signed a lease with AWS for 300 MW in Texas.\nThe deal brings its total "
        "capacity to 500 MW across two sites.\n",
        "CIFR",
        500.0,
    ),
    (  # no tenant deal before: a mining portfolio's total
        "Bitfarms bought a site in Pennsylvania. This move brings the total capacity of its "
        "portfolio to 600 MW.\n",
        "BITF",
        600.0,
    ),
    (  # a campus's power total after a deal
        "Applied Digital signed a lease with a hyperscaler for 200MW. The deal brings the total "
        "power capacity of the campus to 1,000 MW.\n",
        "APLD",
        1000.0,
    ),
]


@pytest.mark.parametrize(("text", "entity", "total"), NOT_TOTALS)
def test_no_deal_or_a_power_total_is_none(text: str, entity: str, total: float) -> None:
    assert total not in _capacity(text, entity)
