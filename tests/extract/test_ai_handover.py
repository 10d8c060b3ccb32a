"""AI capacity handed to its tenant: "turned over" is the data-centre trade's word for a
delivery, beside "delivered" and "handed over".

The first case is the real sentence (s2-apld-2025-11-prismedia-first-50mw-delivered, batch s2,
after its first run): "Applied Digital Corp. has turned over the first 50 megawatts of capacity
at its Polaris Forge 1 AI Factory campus" is AI capacity brought into service (README decided
case 5: MW tied to AI use). Variants name the IT load and a month; look-alikes turn over a
mining site, a facility sold, a plan, or revenue. Expected values are read off the sentences
by the labelling convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 10)

# (text, the capacity figures and milestones expected: {(metric, value, period, detail)})
HANDOVER_CASES = [
    pytest.param(
        "Ellendale, North Dakota Published November 10, 2025 — Applied Digital Corp. has turned "
        "over the first 50 megawatts of capacity at its Polaris Forge 1 AI Factory campus in "
        "Ellendale, advancing a buildout intended to supply CoreWeave with high intensity "
        "computing power.",
        # (the case's label has the milestone too: capacity handed to the tenant, round 18)
        {
            ("ai_capacity_mw", Decimal("50"), "2025-11", None),
            ("ai_milestone", None, "2025-11", "capacity_energised"),
        },
        id="real-apld-turned-over-campus",
    ),
    pytest.param(
        "Applied Digital turned over the first 50 MW of critical IT load to CoreWeave in October.",
        {
            ("ai_capacity_mw", Decimal("50"), "2025-10", None),
            ("ai_milestone", None, "2025-10", "capacity_energised"),
        },
        id="variant-it-load-in-october",
    ),
    pytest.param(
        "Applied Digital delivered the first 100 MW of critical IT load to CoreWeave at its "
        "Ellendale AI campus.",
        {
            ("ai_capacity_mw", Decimal("100"), "2025-11", None),
            ("ai_milestone", None, "2025-11", "capacity_energised"),
        },
        id="variant-delivered-the-first",
    ),
    pytest.param(
        "Hut 8 turned over the first 63 MW of its Salt Creek mining site to its bitcoin miners.",
        set(),
        id="negative-mining-site",
    ),
    pytest.param(
        "The company turned over its 50 MW Drumheller mining facility to a new owner.",
        set(),
        id="negative-facility-sold",
    ),
    pytest.param(
        "Applied Digital expects to turn over the first 50 MW of capacity at its AI Factory "
        "campus to CoreWeave next year.",
        set(),
        id="negative-plan",
    ),
    pytest.param(
        "Revenue turned over 50 million dollars in the quarter at its AI cloud unit.",
        set(),
        id="negative-revenue",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), HANDOVER_CASES)
def test_capacity_turned_over_to_its_tenant(text: str, wanted: set[tuple[object, ...]]) -> None:
    found = {
        (item.metric, item.value, item.period, item.detail)
        for item in extract_text(text, published=PUBLISHED, entity="APLD")
        if item.metric in ("ai_capacity_mw", "ai_milestone")
    }
    assert found == wanted
