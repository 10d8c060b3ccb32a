"""Round 15, AI capacity: a tenant's commitment to the company's megawatts is its capacity.

i-glxy-2025-08-helios-term-loan-news: "CoreWeave has expanded its commitment to 800 megawatts
of approved capacity at the Helios campus, leasing power, cooling, and physical infrastructure
for AI and high-performance computing (HPC) operations" -> ai_capacity_mw 800 (README
decided case 5: MW tied to AI use by a lease). The tenant is the subject, so the counterparty
check read the figure as CoreWeave's own ("CoreWeave, which operates 1.3 GW"); but a tenant
commits to capacity the company leases to it (the milestone reader already counts "has now
committed to all 800 megawatts" as a contract signed). The class: "commitment to / committed to
/ commitment of" + a size, at the company's site or beside its name. Not: money committed, a
commitment to build, power committed, a tenant's own footprint, a hedged commitment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_GLXY_I2 = (  # i-glxy-2025-08-helios-term-loan-news (fifth paragraph, verbatim)
    "CoreWeave has expanded its commitment to 800 megawatts of approved capacity at the "
    "Helios campus, leasing power, cooling, and physical infrastructure for AI and "
    "high-performance computing (HPC) operations."
)

# (text, entity, published, expected {(MW, period)})
COMMITMENT_CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (_GLXY_I2, "GLXY", "2025-08-15", {(800, "2025-08")}),
    # variants: other tenants, verbs and qualifiers
    (
        "Fluidstack has now committed to all 200 MW of critical IT load at Lake Mariner.",
        "WULF",
        "2025-09-10",
        {(200, "2025-09")},
    ),
    (
        "The tenant increased its commitment to approximately 360 MW at the Lake Mariner "
        "campus for AI workloads.",
        "WULF",
        "2025-09-10",
        {(360, "2025-09")},
    ),
    (
        "Anthropic's commitment to 245 MW of AI capacity makes it Hut 8's anchor tenant.",
        "HUT",
        "2025-12-17",
        {(245, "2025-12")},
    ),
    # hard negatives: a tenant's own footprint, power, a hedge, money
    (
        "CoreWeave committed to 1.3 GW of AI capacity across its global footprint.",
        "APLD",
        "2025-09-10",
        set(),
    ),
    (
        "Fluidstack committed to 300 MW of grid power for its AI data centers at Lake Mariner.",
        "WULF",
        "2025-09-10",
        set(),
    ),
    (
        "CoreWeave could expand its commitment to 800 MW of AI capacity at Helios.",
        "GLXY",
        "2025-09-10",
        set(),
    ),
    (
        "Microsoft committed $10 billion to AI data centers at the Barber Lake campus.",
        "CIFR",
        "2025-09-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), COMMITMENT_CASES)
def test_a_tenant_commitment_is_contracted_capacity(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    levels = {(float(o.value or 0), o.period or "") for o in found if o.metric == "ai_capacity_mw"}
    assert levels == {(float(mw), period) for mw, period in expected}
