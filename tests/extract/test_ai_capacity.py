"""Round 15, AI capacity: a critical-IT term set off in quotes; the size of a deal recalled.

1. f-riot-2026-01-amd-lease-binance-square-it (an Italian post keeping the English term):
   "L’accordo prevede una capacità iniziale di 25 MW di “critical IT load” al Rockdale Site"
   -> ai_capacity_mw 25 (README decided case 5: critical IT). A rewrite sets the data-centre
   term off in quotes ("25 MW of “critical IT load”", "‘critical IT’ capacity"); the reader
   now lets a quote stand before the term, and "di" stand for "of".
2. k2-wulf-2025-11-hpc-contracted (published November): "In August, the company entered into
   two noteworthy HPC leasing agreements with Fluidstack, collectively totaling 360 MW" -> no
   label: the deal is recalled background (decided case 1), and so is its size. The size of a
   deal signed two months or more before publication (the milestone reader's event window) is
   left out; a level stated as of an earlier date ("fully leased 400 MW by August 2025") is a
   state and stays.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_RIOT_F1 = (  # f-riot-2026-01-amd-lease-binance-square-it (fourth paragraph, verbatim)
    "Parallelamente, Riot ha firmato il suo primo grande contratto di locazione data center con "
    "AMD, uno dei leader globali nel calcolo ad alte prestazioni e GPU per AI. L’accordo prevede "
    "una capacità iniziale di 25 MW di “critical IT load” al Rockdale Site, con consegna in due "
    "fasi tra gennaio e maggio 2026, sfruttando il retrofit di strutture già esistenti."
)
_WULF_K2 = (  # k2-wulf-2025-11-hpc-contracted (verbatim sentence)
    "In August, the company entered into two noteworthy HPC leasing agreements with "
    "Fluidstack, collectively totaling 360 MW."
)

# (text, entity, published, expected {(MW, period)})
CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (_RIOT_F1, "RIOT", "2026-01-16", {(25, "2026-01")}),
    # variants of the quoted term
    (
        'The lease covers 25 MW of "critical IT load" at the Rockdale site.',
        "RIOT",
        "2026-01-16",
        {(25, "2026-01")},
    ),
    (
        "Riot leased 25 MW of ‘critical IT’ capacity to AMD.",
        "RIOT",
        "2026-01-16",
        {(25, "2026-01")},
    ),
    (
        "The agreement provides an initial 25 MW of “essential IT load” at Rockdale.",
        "RIOT",
        "2026-01-16",
        {(25, "2026-01")},
    ),
    # hard negatives: equipment or power in quotes
    (
        "Riot ordered 25 MW of “critical IT equipment” from Vertiv.",
        "RIOT",
        "2026-01-16",
        set(),
    ),
    (
        "The substation supplies 300 MW of “critical power” to the campus.",
        "RIOT",
        "2026-01-16",
        set(),
    ),
    (_WULF_K2, "WULF", "2025-11-12", set()),
    # variants: a deal signed two months or more before publication, its size
    (
        "In September, TeraWulf signed two HPC leases with Fluidstack covering 360 MW at Lake "
        "Mariner.",
        "WULF",
        "2025-12-01",
        set(),
    ),
    (
        "On August 14, Cipher executed a 10-year HPC lease with Fluidstack totaling 168 MW of "
        "critical IT load.",
        "CIFR",
        "2025-11-12",
        set(),
    ),
    # near misses: the deal of the month before publication, a state as of an earlier date
    (
        "In October, the company entered into two HPC leasing agreements with Fluidstack, "
        "collectively totaling 360 MW.",
        "WULF",
        "2025-11-12",
        {(360, "2025-10")},
    ),
    (
        "At Polaris Forge 1 in Ellendale, CoreWeave CRWV fully leased 400 MW by August 2025.",
        "APLD",
        "2025-12-05",
        {(400, "2025-08")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_quoted_terms_and_recalled_deal_sizes(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    levels = {(float(o.value or 0), o.period or "") for o in found if o.metric == "ai_capacity_mw"}
    assert levels == {(float(mw), period) for mw, period in expected}
