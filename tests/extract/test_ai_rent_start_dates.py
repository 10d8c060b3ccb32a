"""A lease's rent start named beside its capacity is when the tenant pays, not the capacity's
period.

Real: v2-cifr-2025-q3-earnings-summary, "Q3 was “truly transformative,” with the pivot to HPC
solidified by a 15‑year, ~$5.5B AWS campus lease for 300 MW (rent starts Aug 2026) …" ->
ai_capacity_mw 300 in 2025-Q3 (the summary's quarter), not 2026-08: a date after publication
that says when rent or revenue begins is a schedule, as a delivery date is (`ai_periods`).
Look-alikes: a capacity's own date before publication stays.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text


def _capacity(text: str, published: str, entity: str) -> set[tuple[float, str]]:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    return {(float(item.value), item.period) for item in found if item.metric == "ai_capacity_mw"}


# (text, published, entity, expected capacity)
CASES = [
    (  # real: v2-cifr-2025-q3-earnings-summary (abridged)
        "Cipher Mining Inc. (CIFR)·Q3 2025 Earnings Summary\n\nExecutive Summary\n\n"
        "  • Q3 was “truly transformative,” with the pivot to HPC solidified by a 15‑year, ~$5.5B "
        "AWS campus lease for 300 MW (rent starts Aug 2026) and a 10‑year Barber Lake lease with "
        "Fluidstack backstopped by Google’s $1.4B commitment .\n",
        "2025-11-04",
        "CIFR",
        {(300.0, "2025-Q3")},
    ),
    (
        "IREN signed a 10-year lease with Microsoft for 200 MW of critical IT load, with rent "
        "commencement in March 2027.\n",
        "2025-11-05",
        "IREN",
        {(200.0, "2025-11")},
    ),
    (
        "TeraWulf signed a lease for 72 MW of critical IT load (revenue begins in Q2 2026).\n",
        "2025-10-20",
        "WULF",
        {(72.0, "2025-10")},
    ),
    (
        "Core Scientific signed a lease with CoreWeave for 200 MW of critical IT load (lease "
        "payments start in January 2027).\n",
        "2025-09-15",
        "CORZ",
        {(200.0, "2025-09")},
    ),
    # look-alikes: the capacity's own date, before publication, stands
    (
        "Cipher had 300 MW of critical IT load under lease at the end of September 2025.\n",
        "2025-11-04",
        "CIFR",
        {(300.0, "2025-09")},
    ),
    (
        "Cipher signed a lease for 300 MW of critical IT load in September 2025; rent starts in "
        "August 2026.\n",
        "2025-11-04",
        "CIFR",
        {(300.0, "2025-09")},
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), CASES)
def test_a_rent_start_does_not_date_the_capacity(
    text: str, published: str, entity: str, expected: set[tuple[float, str]]
) -> None:
    assert _capacity(text, published, entity) == expected
