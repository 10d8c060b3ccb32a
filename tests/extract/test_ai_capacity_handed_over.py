"""Round 18, AI milestones: capacity handed over to a tenant is capacity energised, near a
campus or power word too.

s2-apld-2025-11-prismedia-first-50mw-delivered: "Applied Digital Corp. has turned over the first
50 megawatts of capacity at its Polaris Forge 1 AI Factory campus" -> ai_milestone
capacity_energised. The energised guard read the campus word beside it as a site's power ("The
AI campus is energized with 300 MW of grid power"); a grid or a site never "turns over" or
"hands over" capacity, a data centre does, to its tenant.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_APLD_S2 = (  # s2-apld-2025-11-prismedia-first-50mw-delivered (second paragraph, verbatim)
    "Ellendale, North Dakota Published November 10, 2025 — Applied Digital Corp. has turned over "
    "the first 50 megawatts of capacity at its Polaris Forge 1 AI Factory campus in Ellendale, "
    "advancing a buildout intended to supply CoreWeave with high intensity computing power."
)

# (text, entity, expected capacity_energised periods; published 2025-11-10)
CASES: list[tuple[str, str, set[str]]] = [
    (_APLD_S2, "APLD", {"2025-11"}),
    # variants: other verbs' forms, other sites and tenants
    (
        "Galaxy has handed over the first 100 MW at its Helios AI campus to its hyperscale tenant.",
        "GLXY",
        {"2025-11"},
    ),
    (
        "IREN turned over 50 MW of capacity at the Sweetwater site to its AI cloud customer this "
        "month.",
        "IREN",
        {"2025-11"},
    ),
    (
        "TeraWulf has now handed over the first 40 MW of power at the Lake Mariner campus to "
        "Fluidstack for AI workloads.",
        "WULF",
        {"2025-11"},
    ),
    # hard negatives: a site's power, a schedule, a plan, mining
    ("The AI campus is energized with 300 MW of grid power.", "APLD", set()),
    (
        "Applied Digital is expected to turn over the first 50 MW at its AI campus next quarter.",
        "APLD",
        set(),
    ),
    (
        "Applied Digital will hand over the first 50 MW at its AI campus to CoreWeave in December.",
        "APLD",
        set(),
    ),
    (
        "Riot turned over 50 MW of power at its Rockdale campus to its bitcoin miners.",
        "RIOT",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_handed_over(text: str, entity: str, expected: set[str]) -> None:
    found = extract_text(text, published=dt.date(2025, 11, 10), entity=entity)
    energised = {o.period or "" for o in found if o.detail == "capacity_energised"}
    assert energised == expected
