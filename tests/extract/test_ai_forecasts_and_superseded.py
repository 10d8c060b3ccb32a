"""An analyst's forecast, a site's energy portfolio and a superseded scope are no AI capacity.

Sentences written for this test (not copied from the corpus), in the shapes batch z2's first
run read wrongly: a bank's forecast of the sector's critical IT capacity (an estimate, not a
level the company states), a deal that grows the company's energy portfolio (power owned, not
critical IT), and a building's scope in a term sheet later upsized (an earlier figure, decided
case 1). Kept: the company's own capacity an analyst cites.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 11, 20)

# (text, entity, values that must not be read)
NOT_READ: list[tuple[str, str, float]] = [
    (
        "JPMorgan now expects miners to allocate 2.1 gigawatts of critical IT capacity to HPC "
        "by the end of 2027, about 40% of their power.",
        "CIFR",
        2100.0,
    ),
    (
        "Cipher signed a 15-year AI hosting lease with AWS. JPMorgan now projects roughly 2.1 "
        "gigawatts of IT capacity across the sector by late 2026.",
        "CIFR",
        2100.0,
    ),
    (
        "Hut 8 develops AI data centers for hyperscale tenants.\n\nThe acquisition of four power "
        "plants expands Hut 8's energy portfolio to approximately 1.5GW of capacity under the "
        "deal.",
        "HUT",
        1500.0,
    ),
    (
        "Hut 8 signed a 15-year lease with an AI hyperscaler. The first building was originally "
        "scoped at 180 MW of IT capacity in the term sheet but was upsized to 250 MW.",
        "HUT",
        180.0,
    ),
]


def _capacity(text: str, entity: str) -> set[float]:
    found = extract_text(text, published=_PUBLISHED, entity=entity)
    return {float(item.value or 0) for item in found if item.metric == "ai_capacity_mw"}


@pytest.mark.parametrize(("text", "entity", "value"), NOT_READ)
def test_forecast_portfolio_or_superseded_scope_is_not_read(
    text: str, entity: str, value: float
) -> None:
    assert value not in _capacity(text, entity)


def test_the_company_capacity_an_analyst_cites_is_read() -> None:
    text = (
        "JPMorgan upgraded Cipher to overweight. The firm cited the company's 410 MW of HPC "
        "contracts and a 45% pullback in the shares."
    )
    assert _capacity(text, "CIFR") == {410.0}
