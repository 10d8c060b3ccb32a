"""Round 18, AI capacity: a sentence with no AI word that continues a bitcoin-mining sentence
tells a mining site's power, in a document about AI too (decided case 5).

k2-wulf-2025-q1-10q-mining-mw-negative: after a paragraph on WULF Compute's HPC plans, "TeraWulf
owned and operated bitcoin mining activities at the Lake Mariner Facility … Currently, the
Company has energized 245 MW of capacity across five buildings and supporting infrastructure at
the site" -> no ai_capacity_mw. The document's AI context let the capacity through; the
sentence before it, about mining and naming no AI, says whose power it is. Look-alikes: the
capacity of a lease, after an AI sentence or named in its own sentence, stays.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_WULF_LEAD = (  # k2-wulf-2025-q1-10q-mining-mw-negative (verbatim)
    "In 2024, the Company launched WULF Compute, which is focused on development and deployment "
    "of scalable digital infrastructure to support a broader HPC strategy. This business aims to "
    "diversify revenue by offering HPC hosting and colocation, cloud, and connectivity services "
    "for GPU-based workloads (see Note 6).\n"
)
_WULF_K2 = _WULF_LEAD + (
    "As of March 31, 2025, TeraWulf owned and operated bitcoin mining activities at the Lake "
    "Mariner Facility in upstate New York (the “Lake Mariner Facility”), which began operations "
    "in March 2022. Currently, the Company has energized 245 MW of capacity across five "
    "buildings and supporting infrastructure at the site."
)

# (text, expected ai_capacity_mw values; published 2025-05-09)
CASES: list[tuple[str, set[str]]] = [
    (_WULF_K2, set()),
    # variants: other sites, verbs and mining words
    (
        "Riot is converting part of its Corsicana site into an AI/HPC data center campus for "
        "hyperscale tenants.\nAt the Rockdale Facility, Riot operates bitcoin miners with about "
        "30 EH/s of hash rate. The Company has energized 700 MW of capacity at the site.",
        set(),
    ),
    (
        "Core Scientific's HPC business hosts CoreWeave GPUs under long-term leases.\nThe "
        "Company self-mines bitcoin at its Marble, North Carolina facility. The facility has "
        "104 MW of energized capacity.",
        set(),
    ),
    # look-alikes: a lease's capacity after an AI sentence, or named after mining news
    (
        _WULF_LEAD + "The company signed a 15-year lease with Fluidstack for AI workloads. The "
        "lease covers 168 MW of critical IT load.",
        {"168"},
    ),
    (
        _WULF_LEAD + "Bitcoin mining revenue fell 10% in the quarter. The Fluidstack lease covers "
        "168 MW of capacity at Lake Mariner.",
        {"168"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_capacity_after_mining(text: str, expected: set[str]) -> None:
    found = extract_text(text, published=dt.date(2025, 5, 9), entity="WULF")
    assert {str(o.value) for o in found if o.metric == "ai_capacity_mw"} == expected
