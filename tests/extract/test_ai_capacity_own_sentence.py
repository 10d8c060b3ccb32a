"""AI/HPC megawatts need a tie and a done state in their own sentence (README decided case 30).

Sentences written for this test (not copied from the corpus), after the readings the seventeenth
session's relabelling removed: a campus or site sized in a clause with no done state ("to complete
the build-out of", "to back the development of", a site won), a plan told with a price whose
decimal point once ended the look-back, a conversion "targets" a facility, a facility whose AI use
only an earlier sentence names, a tranche "scheduled to" come online (decided case 23), a
customer's size, a campus total a deal "raises" with no tie of its own, and a lease still planned.
The positives pin the done states and ties that still count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 11, 14)

# (text, entity, expected ai_capacity_mw values)
NEAR_MISSES: list[tuple[str, str]] = [
    (
        "The preferred equity will be used to complete the build-out of the 300 MW Odessa HPC "
        "Campus and to repay a bridge loan.",
        "APLD",
    ),
    (
        'The lender said it is "pleased to back the development of its flagship 250 MW AI campus '
        'in Ohio."',
        "BITF",
    ),
    ("Cipher won a 150-megawatt AI site contract near Odessa, beating two rivals.", "CIFR"),
    (
        'HIVE unveiled plans for a US$2.1 billion, 180-megawatt AI "super cluster" in Quebec.',
        "HIVE",
    ),
    (
        "The second conversion targets a 24 MW facility in Quebec for Nvidia B200 GPUs, backed by "
        "a binding supply agreement.",
        "BITF",
    ),
    (
        "Bitdeer signed a lease with CoreWeave for its Clarington HPC campus. A further 120 MW "
        "building is under construction at the site.",
        "BTDR",
    ),
    (
        "TeraWulf is accelerating construction of two HPC data centers in New York. The proceeds "
        "will fund its 90-megawatt and 110-megawatt facilities at Cayuga.",
        "WULF",
    ),
    (
        "The AI campus will open in stages, with the first 60MW data hall scheduled to be "
        "energized in the second quarter of 2026.",
        "CORZ",
    ),
    (
        "Management believes a 50MW data center customer could save $40 million a year on power "
        "for AI training.",
        "APLD",
    ),
    (
        "IREN signed a $3 billion lease with a hyperscaler for its Sweetwater site. The deal "
        "raises the total capacity at its Texas campuses to 750 MW.",
        "IREN",
    ),
    (
        "Core Scientific said it plans to lease 40 megawatts at its Denton datacenter to cloud "
        "provider CoreWeave.",
        "CORZ",
    ),
    # a done word only expected or wished for, a site only planned (review, 17th session)
    ("Riot plans a 600 MW AI campus at Corsicana that it hopes to lease to a hyperscaler.", "RIOT"),
    (
        "Riot announced a 600 MW AI campus at Corsicana, which is expected to be energized in "
        "2027.",
        "RIOT",
    ),
    ("Riot's proposed 600 MW AI campus at Corsicana would be operational by 2028.", "RIOT"),
]

POSITIVES: list[tuple[str, str, set[float]]] = [
    ("Bitfarms is building a 200 MW HPC campus in Sharon, Pennsylvania.", "BITF", {200.0}),
    ("The 300 MW Odessa HPC campus is under construction.", "APLD", {300.0}),
    # a done state beside a hedged one still counts
    (
        "Riot is building a 600 MW AI campus at Corsicana, expected to be energized in 2027.",
        "RIOT",
        {600.0},
    ),
    (
        "IREN signed a $3 billion lease with a hyperscaler for 150 MW at Sweetwater. The deal "
        "raises the company's total leased capacity to 750 MW.",
        "IREN",
        {150.0, 750.0},
    ),
    (
        "A further 120 MW HPC building is under construction for CoreWeave at the site.",
        "BTDR",
        {120.0},
    ),
]


def _capacity(text: str, entity: str) -> set[float]:
    found = extract_text(text, published=_PUBLISHED, entity=entity)
    return {float(item.value or 0) for item in found if item.metric == "ai_capacity_mw"}


@pytest.mark.parametrize(("text", "entity"), NEAR_MISSES)
def test_no_tie_or_no_done_state_is_not_read(text: str, entity: str) -> None:
    assert _capacity(text, entity) == set()


@pytest.mark.parametrize(("text", "entity", "expected"), POSITIVES)
def test_tie_and_done_state_in_the_sentence_is_read(
    text: str, entity: str, expected: set[float]
) -> None:
    assert _capacity(text, entity) == expected
