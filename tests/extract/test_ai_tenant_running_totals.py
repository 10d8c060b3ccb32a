"""A tenant's increments against the total they bring it to (README decided case 38).

Passages written for this test (not copied from the corpus), in the shapes the eighteenth
session's relabel found: a tenant's new lease, option or phase beside the tenant's total told
as "reaches", "from … to", "will encompass", "In total, … to <tenant>" or a deal "increases
<tenant>'s total". The increment is read and the running total is not. Kept: a tenant's total
stated alone, a company-wide total across tenants (left open by the relabel), a lease's own
size beside a building's increment (no new lease increment), and a tenant's total beside another
deal's increment (another paragraph, no tenant of the total named).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 9, 10)

# (text, entity, expected ai_capacity_mw values)
INCREMENTS: list[tuple[str, str, set[float]]] = [
    (
        "Fluidstack has exercised an option to expand its lease by an additional 120 MW of "
        "critical IT load at the Harlow campus. With that option, total contracted capacity for "
        "Fluidstack at Harlow reaches approximately 320 MW.",
        "WULF",
        {120.0},
    ),
    (
        "Applied Digital has finalized a new lease agreement with CoreWeave for an additional "
        "100MW of critical IT load at Ellendale. With the new lease, the total critical IT "
        "capacity across these two lease agreements will encompass 350MW across the campus.",
        "APLD",
        {100.0},
    ),
    (
        "An amended lease with Fluidstack lifts the site's critical IT load entitlement from 150 "
        "MW to 190 MW by adding a 40 MW second phase.",
        "CIFR",
        {40.0},
    ),
    (
        "Core Scientific will provide an additional 90 megawatts of computing infrastructure to "
        "support CoreWeave's operations. In total, the company now expects to provide about 290 "
        "megawatts of infrastructure to CoreWeave by the end of 2026.",
        "CORZ",
        {90.0},
    ),
    (
        "TeraWulf signed a new lease with Fluidstack that adds an incremental 100 MW of critical "
        "IT load at Lake Mariner. The expansion increases Fluidstack's total contracted critical "
        "IT load at the campus to approximately 300 MW.",
        "WULF",
        {100.0},
    ),
]

# A tenant's total commitment stated alone is contracted AI capacity (the tenant makes the
# site's approved power capacity its lease, not site power); beside its increments it is not.
COMMITMENTS: list[tuple[str, str, set[float]]] = [
    (
        "The loan follows a lease agreement with AI cloud provider CoreWeave, which has now "
        "committed to all 500 megawatts of approved power capacity at the Orion campus.",
        "GLXY",
        {500.0},
    ),
    (
        "Galaxy also said that CoreWeave brought its total commitment to a full 500 megawatts of "
        "approved capacity at the Orion campus.",
        "GLXY",
        {500.0},
    ),
    (
        "The agreement with CoreWeave amounts to a commitment to utilize the entire available "
        "500 megawatts of power at Orion, with first deliveries due in 2026.",
        "GLXY",
        {500.0},
    ),
    (
        "- CoreWeave lease: Full 500MW initial capacity leased under a 15-year agreement worth "
        "$1 billion a year",
        "GLXY",
        {500.0},
    ),
    (
        "Galaxy signed a second lease with CoreWeave for an additional 200 MW of critical IT load. "
        "The loan supports the long-term agreement with CoreWeave, which has committed to the "
        "full 500 MW of approved power capacity at Orion.",
        "GLXY",
        {200.0},
    ),
]

KEPT: list[tuple[str, str, set[float]]] = [
    # a tenant's total stated alone
    (
        "The total contracted critical IT load for Fluidstack at Lake Mariner now stands at "
        "approximately 360 MW.",
        "WULF",
        {360.0},
    ),
    # a company-wide total across tenants (left open by the relabel: kept)
    (
        "Applied Digital signed a lease with a hyperscaler for an additional 200 MW of critical "
        "IT load. With this lease, Applied Digital's total contracted capacity across its two "
        "campuses has reached 600 MW.",
        "APLD",
        {200.0, 600.0},
    ),
    # a delivery's increment beside the level delivered (a state, not a commitment's total)
    (
        "During the quarter, Core Scientific delivered an additional 100 MW of billable critical "
        "IT load to CoreWeave, bringing total billable HPC capacity to approximately 350 MW.",
        "CORZ",
        {350.0},
    ),
    # a building's increment beside the lease's own size: no new lease increment
    (
        "The company is constructing a second HPC data center with an additional 150 MW "
        "capacity. A lease agreement was signed with CoreWeave for a total of 250 MW of "
        "infrastructure at the campus.",
        "APLD",
        {150.0, 250.0},
    ),
    # another deal's increment, in another paragraph and naming no tenant of the total: the
    # tenant's commitment stays a level
    (
        "Galaxy reported its second quarter results.\n"
        "CoreWeave has now committed to all 500 megawatts of approved power capacity at Orion.\n"
        "Separately, Galaxy exercised an option for 133 MW of additional power at a second site "
        "in West Texas.",
        "GLXY",
        {500.0},
    ),
    (
        "CoreWeave has now committed to all 500 megawatts of approved power capacity at Orion.\n"
        "Galaxy also signed a hosting agreement for an additional 20 MW with a bitcoin miner at "
        "its Texas site.",
        "GLXY",
        {500.0},
    ),
]


def _capacity(text: str, entity: str) -> set[float]:
    found = extract_text(text, published=_PUBLISHED, entity=entity)
    return {float(item.value or 0) for item in found if item.metric == "ai_capacity_mw"}


@pytest.mark.parametrize(("text", "entity", "expected"), INCREMENTS)
def test_increments_are_read_and_the_tenant_total_is_not(
    text: str, entity: str, expected: set[float]
) -> None:
    assert _capacity(text, entity) == expected


@pytest.mark.parametrize(("text", "entity", "expected"), KEPT)
def test_totals_alone_or_across_tenants_are_kept(
    text: str, entity: str, expected: set[float]
) -> None:
    assert _capacity(text, entity) == expected


@pytest.mark.parametrize(("text", "entity", "expected"), COMMITMENTS)
def test_a_tenant_commitment_alone_is_read(text: str, entity: str, expected: set[float]) -> None:
    assert _capacity(text, entity) == expected


def test_a_utility_commitment_to_power_is_not_read() -> None:
    text = "The utility made a commitment to 300 MW of grid power at the Orion campus."
    assert _capacity(text, "GLXY") == set()


def test_a_site_designed_to_host_is_no_level() -> None:
    # "designed to host" is a site's design size, as "designed to support" is
    text = "The Harwood site was designed to host 300MW of critical IT load for AI workloads."
    assert _capacity(text, "APLD") == set()
