"""AI build-out rules, one class of wording each, with variants written from the rules.

Expected values are worked out by the labelling convention (tests/extract/real/README.md):
critical-IT MW bound to a lease or a build, capex in its own currency, milestones as facts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 3)


def _found(text: str, metric: str) -> list[tuple[Decimal | None, str, str | None]]:
    items = extract_text(text, published=PUBLISHED, entity="ACME")
    return [(item.value, item.unit, item.period) for item in items if item.metric == metric]


@pytest.mark.parametrize(
    ("text", "mw"),
    [
        ("Acme signed a lease for AI workloads; the deal covers 300 megawatts of capacity.", 300),
        ("Acme's AI tenant fully leased 400 MW at its North Dakota campus.", 400),
        ("Acme executed three Fluidstack leases (450 MW) for AI cloud workloads.", 450),
        ("Acme will support the previously announced 5MW colocation agreement for AI.", 5),
        ("Acme began construction of a 112-megawatt data center for HPC tenants.", 112),
        ("The HPC lease is for 200 megawatts, with all 200 MW under construction for AI.", 200),
        ("Acme signed a 168 MW lease with Fluidstack.", 168),
        (
            "Acme has an executed lease with a U.S. investment-grade hyperscaler covering 200 "
            "MW for AI.",
            200,
        ),
        ("Acme formed an AI joint venture (initially 240 MW, potential expansion to 600 MW).", 240),
    ],
)
def test_capacity_bound_to_a_lease_or_a_build(text: str, mw: int) -> None:
    assert (Decimal(mw), "MW", "2025-11") in _found(text, "ai_capacity_mw")


@pytest.mark.parametrize(
    "text",
    [
        "Acme will deliver 72.5 MW of gross HPC hosting infrastructure to its AI tenant.",
        "Acme intends to explore the conversion of its remaining 600 MW power capacity for AI.",
        "Acme expects Phase 1 of the 350-megawatt HPC and AI campus to be energized in 2026.",
        "Acme unveiled plans for a 320 MW AI infrastructure park near Toronto.",
        "The tenant holds a right of first offer on up to 1,000 MW of AI capacity.",
        "With 1.0 GW of power capacity (400 MW operational, 600 MW under construction) for AI.",
        "Acme is in advanced negotiations for a lease of 200 MW of critical IT load.",
        "Acme signed a letter of intent with a hyperscaler for 100 MW of HPC capacity.",
        "A 150 MW contract for HPC hosting is expected to be signed next quarter.",
        "Acme is targeting 250–500 MW of new contracted AI capacity annually.",
        "Acme signed a 100 MW hosting agreement with a bitcoin miner for its AI pivot.",
    ],
)
def test_gross_campus_planned_or_optional_mw_is_not_capacity(text: str) -> None:
    assert _found(text, "ai_capacity_mw") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The AI data hall's development costs are expected to total approximately CAD $55 "
            "million (approximately $40 million USD).",
            [(Decimal(55_000_000), "CAD", "2025-11"), (Decimal(40_000_000), "USD", "2025-11")],
        ),
        (
            "Acme is pouring $130 million into 2,400 Blackwell GPUs.",
            [(Decimal(130_000_000), "USD", "2025-11")],
        ),
        (
            "For its AI cloud, Acme made an initial purchase of 248 NVIDIA H100 GPUs for "
            "~US$10 million.",
            [(Decimal(10_000_000), "USD", "2025-11")],
        ),
        (
            "Microsoft will prepay 20% of the AI contract value, which will help fund a separate "
            "$5.8 billion equipment purchase.",
            [(Decimal(5_800_000_000), "USD", "2025-11")],
        ),
    ],
)
def test_capex_in_its_currency_with_the_nearest_cue(
    text: str, expected: list[tuple[Decimal, str, str]]
) -> None:
    assert _found(text, "ai_capex_usd") == expected


@pytest.mark.parametrize(
    "text",
    [
        "For AI hosting, the estimated capped call cost was $201.0 million.",
        "The AI pivot left a total direct cost/bitcoin of $82,727.",
        "The AI build-out costs $8 million per MW.",
        # a release about AI; the company's whole capex names no AI build-out
        "Acme, an AI cloud provider, reports.\n\nCapital expenditures were $121.3 million.",
        "For its AI pivot, Acme spent $45 million on new miners during the quarter.",
        "Acme spent $31.0 million in new site development at non-AI locations.",
    ],
)
def test_financing_and_unit_costs_are_not_capex(text: str) -> None:
    assert _found(text, "ai_capex_usd") == []


@pytest.mark.parametrize(
    "text",
    [
        "Acme secured a loan agreement of $300 million to build its HPC data centers.",
        "Acme executed a term sheet for an option to acquire three sites for HPC data centers.",
        "Acme secured 1 GW of energy contracts for AI/HPC.",
        "Capex was funded by its AI tenant under the previously announced agreements.",
        "The majority of the data center was energized, ready for miners.",
        "Acme announced that it is evaluating a potential lease of 200 MW for AI.",
    ],
)
def test_not_an_ai_milestone(text: str) -> None:
    assert _found(text, "ai_milestone") == []


@pytest.mark.parametrize(
    "text",
    [
        "Acme signed a 15-year Data Center Campus Lease with an AI hyperscaler.",
        "Acme has executed a long-term HPC joint venture with Fluidstack.",
        "Commissioning of NVIDIA H100 GPUs for generative AI is underway.",
        "Acme took delivery of its first B200s for its AI cloud.",
        "The AI hosting lease was executed with a hyperscaler.",
        "Acme's first 50 MW of HPC capacity achieved ready-for-service.",
    ],
)
def test_ai_milestone_facts(text: str) -> None:
    assert len(_found(text, "ai_milestone")) == 1


@pytest.mark.parametrize(
    ("text", "metric", "period"),
    [
        # a period right after the fact dates it; a relative "year-end" is a schedule
        (
            "Acme energized 50 MW of HPC capacity at its Texas campus in September.",
            "ai_milestone",
            "2025-09",
        ),
        (
            "Acme energized 50 MW of HPC capacity at its Texas campus in September.",
            "ai_capacity_mw",
            "2025-09",
        ),
        (
            "Acme's 50MW AI data center, set to open by year-end, is being built now.",
            "ai_capacity_mw",
            "2025-11",
        ),
        # a period named in another clause does not date the capacity
        (
            "GPUs will be deployed through 2026 at the campus, where Acme is building 200 MW of "
            "critical IT capacity.",
            "ai_capacity_mw",
            "2025-11",
        ),
        # a quarter just before, in the same clause, dates the milestone
        (
            "HPC lease revenue was $7.2 million in 3Q '25, with lease commencement resulting in "
            "22.5 megawatts of energized hosting capacity.",
            "ai_milestone",
            "2025-Q3",
        ),
    ],
)
def test_periods_of_ai_facts(text: str, metric: str, period: str) -> None:
    assert [found[2] for found in _found(text, metric)] == [period]


def test_capex_funded_by_an_ai_tenant() -> None:
    text = "Capital expenditures were $121.3 million, with $90.3 million funded by CoreWeave."
    assert _found(text, "ai_capex_usd") == [(Decimal(90_300_000), "USD", "2025-11")]


# Capex named by a cost verb or as spend on upgrades, in its own currency and its translation;
# a schedule date after publication (2025-11-03) does not date the spend.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The AI data center upgrade, scheduled to launch in March 2026, will cost about "
            "C$55 million (US$40 million).",
            {(Decimal("55000000"), "CAD", "2025-11"), (Decimal("40000000"), "USD", "2025-11")},
        ),
        (
            "Acme said the HPC retrofit of its Texas site is expected to cost $90 million.",
            {(Decimal("90000000"), "USD", "2025-11")},
        ),
        (
            "The Quebec data center will undergo approximately $40 million in upgrades for its AI "
            "tenant.",
            {(Decimal("40000000"), "USD", "2025-11")},
        ),
        (
            "Acme plans $25 million of retrofit work to convert the building for HPC tenants.",
            {(Decimal("25000000"), "USD", "2025-11")},
        ),
    ],
)
def test_capex_by_cost_verb_or_upgrade_spend(text: str, expected: set[object]) -> None:
    assert set(_found(text, "ai_capex_usd")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Revenue, financing and per-MW costs are not capex, whatever the verb.
        "The AI hosting lease will bring in $40 million in revenue for the data center.",
        "Acme raised $40 million in financing for the AI data center upgrades.",
        "HPC build-outs cost about $9 million per MW of critical IT load.",
    ],
)
def test_cost_words_that_are_not_capex(text: str) -> None:
    assert _found(text, "ai_capex_usd") == []


# A contracted level is dated by the report or publication, not by its delivery schedule.
@pytest.mark.parametrize(
    "text",
    [
        "Acme will deliver 300 megawatts of AI capacity to the hyperscaler during 2026.",
        "The 39 MW of critical IT load for the AI tenant is slated for delivery by January 2027.",
        "Acme signed an HPC lease for 120 MW of critical IT capacity, to be delivered in "
        "the first quarter of 2027.",
    ],
)
def test_capacity_delivery_schedule_does_not_date_it(text: str) -> None:
    assert [period for _, unit, period in _found(text, "ai_capacity_mw")] == ["2025-11"]
