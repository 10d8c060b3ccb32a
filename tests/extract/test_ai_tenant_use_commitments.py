"""AI capacity: a tenant committed to using the company's megawatts.

t-glxy-2025-08-evrimagaci-helios: "The Helios expansion follows a long-term lease agreement with
AI cloud provider CoreWeave, which has now committed to utilizing all 800 megawatts of approved
power capacity at the site." -> ai_capacity_mw 800 (the label's reading: MW contracted by the AI
tenant). A tenant's commitment was read only as "committed to [all] N MW"; the use verb between
("utilizing", "using", "occupying", "leasing") is now read, "the site" / "the campus" is the
story's own site, and "power capacity" a tenant uses is the site's capacity. Power a utility
commits or supplies, and a tenant's own footprint elsewhere, are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_GLXY = (  # t-glxy-2025-08-evrimagaci-helios (verbatim sentence)
    "The Helios expansion follows a long-term lease agreement with AI cloud provider CoreWeave, "
    "which has now committed to utilizing all 800 megawatts of approved power capacity at the "
    "site."
)

# (text, entity, published, expected ai_capacity_mw {(MW, period)})
CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (_GLXY, "GLXY", "2025-08-16", {(800, "2025-08")}),
    # variants: other use verbs, sites and tenants
    (
        "Fluidstack has committed to using all 200 MW of capacity at Lake Mariner for its AI "
        "workloads.",
        "WULF",
        "2025-09-10",
        {(200, "2025-09")},
    ),
    (
        "CoreWeave, the AI hyperscaler, has committed to occupying the full 400 MW at the campus.",
        "APLD",
        "2025-06-02",
        {(400, "2025-06")},
    ),
    (
        "The AI tenant has committed to leasing all 150 MW of approved power capacity at the "
        "Ellendale site.",
        "APLD",
        "2025-06-02",
        {(150, "2025-06")},
    ),
    # hard negatives: power a utility commits or supplies; a tenant's own footprint
    (
        "Oncor has committed to supplying 800 MW of approved power capacity to the AI site.",
        "GLXY",
        "2025-08-16",
        set(),
    ),
    (
        "ERCOT committed to 800 MW of approved power capacity at the site for the AI campus.",
        "GLXY",
        "2025-08-16",
        set(),
    ),
    (
        "CoreWeave has committed to utilizing 1.3 GW of power capacity across its own AI data "
        "centers.",
        "GLXY",
        "2025-08-16",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_tenant_use_commitments(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    levels = {(float(o.value or 0), o.period or "") for o in found if o.metric == "ai_capacity_mw"}
    assert levels == {(float(mw), period) for mw, period in expected}
