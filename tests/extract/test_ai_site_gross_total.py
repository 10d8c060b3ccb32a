"""A site's total MW where the text counts critical IT and gross MW apart is not AI capacity.

u2-cifr-2025-11-barber-lake-39mw-rewrite and q-cifr-2025-11-globenewswire-fluidstack-39mw:
"committed 39 megawatts of critical IT load, supported by an additional 56 megawatts of gross
capacity, bringing the total leased at the site to 300 megawatts"; "… will lease the entire
300 MW of capacity at Cipher's Barber Lake site". The writer sizes the site in gross MW beside
the critical IT it states: the 300 MW is the site's total (README decided case 5), only the
39 MW is AI capacity. Hard negatives: the same total called critical IT or AI capacity, and a
total leased with no gross count near ("total leased capacity … rises to 600 MW").
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_GLOBE = (
    "Under the agreement, Cipher will deliver an additional 39 MW of critical IT load, "
    "supported by a maximum of 56 MW of additional gross capacity, at its Barber Lake site in "
    "Colorado City, Texas, for Fluidstack, an AI cloud platform. With these newly contracted "
    "megawatts, Fluidstack will increase the size of its original transaction and will lease "
    "the entire 300 MW of capacity at Cipher's Barber Lake site."
)

# (text, entity, published, expected AI capacity {(MW, period)})
CASES: list[tuple[str, str, str, set[tuple[int, str]]]] = [
    (
        "Cipher Mining signed a ten-year HPC agreement with Fluidstack. The company committed 39 "
        "megawatts of critical IT load, supported by an additional 56 megawatts of gross "
        "capacity, bringing the total leased at the site to 300 megawatts.",
        "CIFR",
        "2025-11-21",
        {(39, "2025-11")},
    ),
    (_GLOBE, "CIFR", "2025-11-20", {(39, "2025-11")}),
    # variants: other words for the same total
    (
        "TeraWulf signed an AI hosting lease for 60 MW of critical IT load, backed by 80 MW of "
        "gross power, taking the total contracted at the site to 200 MW.",
        "WULF",
        "2025-09-10",
        {(60, "2025-09")},
    ),
    (
        "IREN signed an AI cloud contract for 50 MW of critical IT load (about 75 MW gross). "
        "Microsoft will now lease all 150 MW of capacity at IREN's Childress site.",
        "IREN",
        "2025-11-03",
        {(50, "2025-11")},
    ),
    # hard negatives: the total called critical IT or AI capacity is kept; no gross count near
    (
        "Cipher will deliver 39 MW of critical IT load, supported by 56 MW of gross capacity. "
        "Fluidstack will lease the entire 244 MW of critical IT capacity at the Barber Lake site.",
        "CIFR",
        "2025-11-20",
        {(39, "2025-11"), (244, "2025-11")},
    ),
    (
        "Applied Digital signed a 15-year lease for AI compute capacity. With the deal, total "
        "leased capacity at its Polaris Forge 1 and Polaris Forge 2 campuses rises to 600 MW.",
        "APLD",
        "2025-10-22",
        {(600, "2025-10")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_site_gross_total(
    text: str, entity: str, published: str, expected: set[tuple[int, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    capacity = {(int(x.value), x.period) for x in found if x.metric == "ai_capacity_mw"}
    assert capacity == expected
