"""AI/HPC lease deals told as news: the verbs, the deal's purpose, a staged delivery.

Real: v2-hut-2025-12-river-bend-news, "Hut 8 has closed a historic 15-year lease agreement
valued at $7 billion …" -> contract_signed (2025-12); v2-wulf-2025-08-fluidstack-lease,
"TeraWulf Inc. has unveiled a landmark deal with Fluidstack to deploy more than 200 megawatts of
IT load at its Lake Mariner data center campus …" -> contract_signed and 200 MW (2025-08), and
"The deployment timetable targets 40 MW of capacity online by the first half of 2026, with the
full 200+ MW capacity expected by year-end 2026." -> no 40 MW (a delivery tranche, README
decided case 23).

1. News copy's deal verbs: "closed a … lease agreement", "unveiled a … deal".
2. "a deal with Fluidstack to deploy 200 MW": the counterparty is the deal's other party, the
   infinitive the deal's purpose; the megawatts are the company's (not Fluidstack's own).
3. "40 MW … by H1 2026, with the full 200 MW by year-end": the first stage of a whole.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 8, 15)


def _facts(text: str, entity: str = "WULF") -> tuple[set[str], set[tuple[float, str]]]:
    items = extract_text(text, published=_PUBLISHED, entity=entity)
    signed = {item.period for item in items if item.detail == "contract_signed"}
    capacity = {
        (float(item.value), item.period) for item in items if item.metric == "ai_capacity_mw"
    }
    return signed, capacity


SIGNED = [
    (  # real: v2-hut-2025-12-river-bend-news (first sentence)
        "Hut 8 has closed a historic 15-year lease agreement valued at $7 billion to expand its "
        "technological capacity in Louisiana. The company is partnering with Fluidstack and "
        "Google to develop artificial intelligence infrastructure.",
        "HUT",
    ),
    (
        "Cipher Mining closed a 10-year colocation agreement with a hyperscaler for its AI "
        "campus in Texas.",
        "CIFR",
    ),
    (
        "IREN unveiled a multi-year AI cloud contract with Microsoft worth $9.7 billion.",
        "IREN",
    ),
    (
        "Core Scientific unveils a 12-year HPC hosting deal with CoreWeave.",
        "CORZ",
    ),
]


@pytest.mark.parametrize(("text", "entity"), SIGNED)
def test_a_deal_closed_or_unveiled_is_a_contract_signed(text: str, entity: str) -> None:
    assert _facts(text, entity)[0] == {"2025-08"}


NOT_SIGNED = [
    ("Hut 8 closed a $200 million credit facility agreement with Two Prime.", "HUT"),
    (
        "Cipher unveiled plans to explore a potential AI hosting deal at its Barber Lake site.",
        "CIFR",
    ),
]


@pytest.mark.parametrize(("text", "entity"), NOT_SIGNED)
def test_a_loan_closed_or_a_deal_explored_is_none(text: str, entity: str) -> None:
    assert _facts(text, entity)[0] == set()


PURPOSE = [
    (  # real: v2-wulf-2025-08-fluidstack-lease (first sentence)
        "TeraWulf Inc. has unveiled a landmark deal with Fluidstack to deploy more than 200 "
        "megawatts of IT load at its Lake Mariner data center campus in Western New York, "
        "locking in $3.7 billion in contracted revenue over the next decade.",
        200.0,
    ),
    (
        "TeraWulf signed a lease with Google to deploy 120 MW of critical IT load at Lake Mariner.",
        120.0,
    ),
    (
        "TeraWulf entered into an agreement with CoreWeave to run approximately 72 MW of "
        "critical IT capacity at its New York campus.",
        72.0,
    ),
    (
        "TeraWulf struck a 10-year deal with a hyperscaler to operate 150 megawatts of AI "
        "capacity at its CB-5 building.",
        150.0,
    ),
]


@pytest.mark.parametrize(("text", "mw"), PURPOSE)
def test_the_capacity_a_deal_is_made_to_deliver_is_the_companys(text: str, mw: float) -> None:
    assert (mw, "2025-08") in _facts(text)[1]


COUNTERPARTY_OWN = [
    "TeraWulf signed a lease with Fluidstack, which operates 500 MW of AI capacity worldwide.",
    "TeraWulf's tenant CoreWeave has 1,300 MW of AI capacity across its own data centers.",
]


@pytest.mark.parametrize("text", COUNTERPARTY_OWN)
def test_a_counterpartys_own_capacity_stays_out(text: str) -> None:
    assert not {mw for mw, _ in _facts(text)[1] if mw >= 500}


STAGES = [
    (  # real: v2-wulf-2025-08-fluidstack-lease
        "TeraWulf signed a lease with Fluidstack for more than 200 MW of critical IT load. The "
        "deployment timetable targets 40 MW of capacity online by the first half of 2026, with "
        "the full 200+ MW capacity expected by year-end 2026.",
        40.0,
    ),
    (
        "TeraWulf signed a 200 MW critical IT lease with Fluidstack. The first 50 MW of IT load "
        "is expected in Q3 2026 and the remaining 150 MW in 2027.",
        50.0,
    ),
    (
        "TeraWulf signed a lease for 200 MW of critical IT load. Delivery begins with 60 MW of "
        "capacity by mid-2026, while the entire 200 MW is scheduled by 2027.",
        60.0,
    ),
]


@pytest.mark.parametrize(("text", "stage"), STAGES)
def test_a_first_stage_of_a_staged_delivery_is_no_level(text: str, stage: float) -> None:
    capacity = _facts(text)[1]
    assert stage not in {mw for mw, _ in capacity}
    assert 200.0 in {mw for mw, _ in capacity}


LEVELS = [
    # a level stated beside a whole with no schedule word: both stand
    "TeraWulf has 72 MW of critical IT load operational, and the full 200 MW lease is signed.",
    # a target with no whole after it (the corpus labels it: ai-gigawatt-hpc-capacity)
    "TeraWulf is targeting 72 MW of HPC capacity by the end of 2026.",
]


@pytest.mark.parametrize("text", LEVELS)
def test_a_level_without_a_larger_whole_after_it_stands(text: str) -> None:
    assert 72.0 in {mw for mw, _ in _facts(text)[1]}
