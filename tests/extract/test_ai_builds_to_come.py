"""Builds only funded or promised, with no deal of their own (README decided case 39).

Passages written for this test (not copied from the corpus), in the shapes the eighteenth
session's relabel removed: a build that proceeds will fund, its sentence with no AI/HPC word or
tenant, and a site, facility or phase only promised ("will feature", "is projected to … and
will provide", "will roll out … and support") in a sentence that names no contract, tenant,
GPUs or state (the contract is told in the sentence before). Kept: a financed build with an AI
word or tenant of its own, a contract's scope in the future tense, and the deal's GPUs deployed
in data centres that "will support" the megawatts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 11, 20)
_NOTES = (
    "Applied Digital, which builds AI factories for hyperscalers, priced $2.0 billion of senior "
    "secured notes due 2030.\n\n"
)
_CONTRACT = (
    "IREN signed a five-year, $8 billion AI cloud contract with Microsoft, which will use "
    "Nvidia GB300 GPUs bought from Dell.\n\n"
)

# (text, entity, expected ai_capacity_mw values)
NOT_READ: list[tuple[str, str]] = [
    (_NOTES + "Proceeds to fund construction of 120MW and 180MW data centers at Harwood.", "APLD"),
    (
        _NOTES + "The funds raised will be used to construct 80MW and 120MW data centers in Texas, "
        "repay existing loans and fund general corporate purposes.",
        "APLD",
    ),
    (
        _CONTRACT + "The site will feature new liquid-cooled data centers supporting up to 150 "
        "megawatts of critical IT load.",
        "IREN",
    ),
    (
        _CONTRACT + "The first phases, named Horizon 1 to 3, will roll out during 2026 and "
        "together support about 150MW of liquid-cooled, AI-optimized compute capacity.",
        "IREN",
    ),
    (
        "Hut 8 signed a 15-year lease with an AI tenant for its Fairview campus.\n\nThe Fairview "
        "facility is projected to span some 400 acres and will provide 250 megawatts of "
        "essential IT capacity across five data halls.",
        "HUT",
    ),
]

READ: list[tuple[str, str, set[float]]] = [
    # an AI word of its own (left open by the relabel: kept)
    (
        _NOTES + "Proceeds to fund construction of 150 MW critical IT load at the fourth building.",
        "APLD",
        {150.0},
    ),
    # a tenant of its own
    (
        _NOTES + "Proceeds will fund the 200 MW data center at Harwood leased to Oracle.",
        "APLD",
        {200.0},
    ),
    # the deal's GPUs deployed in the data centres that will support the megawatts
    (
        _CONTRACT
        + "The GPUs will be deployed in phases through 2026 at Childress, which will feature new "
        "liquid-cooled data centers supporting up to 150 megawatts of critical IT load.",
        "IREN",
        {150.0},
    ),
    # a contract's scope in the future tense
    (
        "The Harlow site will provide 120 MW of critical IT load to Fluidstack under the lease.",
        "WULF",
        {120.0},
    ),
]


def _capacity(text: str, entity: str) -> set[float]:
    found = extract_text(text, published=_PUBLISHED, entity=entity)
    return {float(item.value or 0) for item in found if item.metric == "ai_capacity_mw"}


@pytest.mark.parametrize(("text", "entity"), NOT_READ)
def test_a_build_only_funded_or_promised_is_not_read(text: str, entity: str) -> None:
    assert _capacity(text, entity) == set()


@pytest.mark.parametrize(("text", "entity", "expected"), READ)
def test_a_build_tied_by_its_own_sentence_is_read(
    text: str, entity: str, expected: set[float]
) -> None:
    assert _capacity(text, entity) == expected
