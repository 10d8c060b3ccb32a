"""AI capacity: a site's gross size beside its critical IT, and a known capacity being funded.

t-cifr-2025-11-blockspace-fitch-notes: "… signed deals with both Amazon Web Services (AWS) and
Fluidstack as major tenants at the 244 megawatt (MW) facility. Cipher intends to use the debt
instruments to fund development of the 168 megawatts (MW) of critical IT load for Fluidstack,
per Fitch." -> ai_capacity_mw 168 only (README: the convention records critical IT; the site's
size is its gross MW).

1. A site named by its size ("the 244 MW facility", "its 300 MW data center") where the
   document states a smaller critical-IT figure is the site's gross size, not read. A second
   building or a new site is another part, and stays.
2. "intends to use the … proceeds to fund development of the 168 MW": the intent is the money's
   use, the capacity a known one ("the 168 MW"); "to fund construction of a new 8 MW center" and
   "intends to develop 200 MW" stay goals.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_CIFR = (  # t-cifr-2025-11-blockspace-fitch-notes (verbatim paragraphs, abridged)
    "Cipher expects its tenants to move in the summer of 2026.\n\n"
    "The proceeds will fund part of the construction of its Barber Lake Facility, a "
    "high-performance computing data center near Colorado City, Texas, which just signed deals "
    "with both Amazon Web Services (AWS) and Fluidstack as major tenants at the 244 megawatt (MW) "
    "facility.\n\n"
    "Cipher intends to use the debt instruments to fund development of the 168 megawatts (MW) of "
    "critical IT load for Fluidstack, per Fitch.\n"
)

# (text, entity, published, expected ai_capacity_mw {(MW, period)})
CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (_CIFR, "CIFR", "2025-11-06", {(168, "2025-11")}),
    # variants: a site's size beside its critical IT, a known capacity funded
    (
        "Hut 8 is constructing its 300 MW data center at River Bend for an AI tenant under a "
        "15-year lease.\n"
        "The company plans to use the loan proceeds to finance construction of the 245 MW of "
        "critical IT capacity leased to Fluidstack.\n",
        "HUT",
        "2025-12-17",
        {(245, "2025-12")},
    ),
    (
        "TeraWulf expects to use the notes' net proceeds to fund the build-out of the 200 MW of "
        "critical IT load at CB-5 for Fluidstack.\n"
        "Construction is under way at the 320 MW facility, leased to Fluidstack for HPC.\n",
        "WULF",
        "2025-10-20",
        {(200, "2025-10")},
    ),
    (
        "Galaxy signed a lease with CoreWeave for AI workloads at the 800 MW data center it is "
        "building at Helios.\n"
        "The lease covers 526 MW of critical IT load.\n",
        "GLXY",
        "2025-08-20",
        {(526, "2025-08")},
    ),
    # hard negatives: a new project funded, a goal to develop; another building kept
    (
        "Cipher intends to use the proceeds to fund construction of a new 150 MW HPC data "
        "center.\n",
        "CIFR",
        "2025-11-06",
        set(),
    ),
    (
        "Cipher intends to develop 200 MW of critical IT load for AI tenants at Barber Lake.\n",
        "CIFR",
        "2025-11-06",
        set(),
    ),
    (
        "Building 1 (100 MW critical IT load) was handed over to CoreWeave.\n"
        "A second 150 MW building is already under construction for CoreWeave's AI workloads.\n",
        "APLD",
        "2025-11-06",
        {(100, "2025-11"), (150, "2025-11")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_site_size_and_funded_capacity(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    levels = {(float(o.value or 0), o.period or "") for o in found if o.metric == "ai_capacity_mw"}
    assert levels == {(float(mw), period) for mw, period in expected}
