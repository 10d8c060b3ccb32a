"""AI recall: a "leasing agreement" signed, and facilities sized after the sentence that says they
are HPC data centres under construction.

Classes of the w1/w2 misses (UNSEEN_MISSES.md, batches w1 and w2): "Riot has signed a leasing
agreement with AMD" in a story about its AI pivot (the lease's noun as a gerund, class (c)); "…
construction of two high-performance computing (HPC) data centers … Proceeds will help fund its
100-megawatt and 150-megawatt facilities" (class (a): HPC facilities with no critical-IT words)
were read until decided case 30 (seventeenth session) relabelled w1-apld-2025-11: a facility whose
AI use only an earlier sentence names is not labelled, so the facilities below are none.
Near-misses: an equipment leasing agreement is no AI contract; mining facilities and a sentence
after a mining build are not AI capacity.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_AI_LEAD = "Cipher Mining Expands Into AI Hosting\n\n"

# (text, entity, expected contract_signed milestones)
LEASES: list[tuple[str, str, int]] = [
    (
        _AI_LEAD + "Alongside the site purchase, Cipher has signed a leasing agreement with "
        "Amazon Web Services.",
        "CIFR",
        1,
    ),
    (
        _AI_LEAD + "Cipher entered into a ten-year leasing contract with a hyperscale tenant at "
        "Barber Lake.",
        "CIFR",
        1,
    ),
    (
        "Hut 8 pivots to AI compute.\n\nThe company also executed a 15-year leasing agreement "
        "for its River Bend campus last week.",
        "HUT",
        1,
    ),
    # near-misses: equipment leasing, and no AI story at all
    (
        _AI_LEAD + "Cipher signed an equipment leasing agreement with a lender for 5,000 miners.",
        "CIFR",
        0,
    ),
    (
        "Cipher Mining Grows Hashrate\n\nCipher signed a leasing agreement for a new bitcoin "
        "mining site in Texas.",
        "CIFR",
        0,
    ),
]

_HPC_LEAD = "Applied Digital Raises Notes for HPC Data Centers\n\n"

# (text, entity, expected ai_capacity_mw values: none since decided case 30)
FACILITIES: list[tuple[str, str, set[float]]] = [
    (
        _HPC_LEAD + "The company is speeding up construction of two HPC data centers in North "
        "Dakota. The notes will finance its 100-megawatt and 150-megawatt facilities at the "
        "Ellendale campus.",
        "APLD",
        set(),
    ),
    (
        "IREN Funds AI Build\n\nIREN is building three AI data centers in Texas. Funds will go "
        "to the 50 MW and 75 MW facilities at Sweetwater.",
        "IREN",
        set(),
    ),
    (
        "TeraWulf Secures HPC Financing\n\nTeraWulf continues construction of its Fluidstack HPC "
        "data centers at Lake Mariner. The loan covers the 72 MW facility now being fitted out.",
        "WULF",
        set(),
    ),
    # near-misses: a mining build before, a fleet's total, mining facilities
    (
        _HPC_LEAD + "The company is speeding up construction of new bitcoin mining sites in "
        "Texas. The notes will finance its 100-megawatt facility at Garden City.",
        "APLD",
        set(),
    ),
    (
        _HPC_LEAD + "The company is speeding up construction of two HPC data centers in North "
        "Dakota. Its 300 MW facility in Jamestown hosts bitcoin miners.",
        "APLD",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), LEASES)
def test_leasing_agreement_signed(text: str, entity: str, expected: int) -> None:
    found = extract_text(text, published=dt.date(2026, 1, 20), entity=entity)
    signed = [item for item in found if item.detail == "contract_signed"]
    assert len(signed) == expected


@pytest.mark.parametrize(("text", "entity", "expected"), FACILITIES)
def test_facilities_told_as_hpc_data_centres(text: str, entity: str, expected: set[float]) -> None:
    found = extract_text(text, published=dt.date(2025, 11, 11), entity=entity)
    assert {float(item.value) for item in found if item.metric == "ai_capacity_mw"} == expected
