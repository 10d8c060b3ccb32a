"""Mining capacity still to be converted, and a possibility told about energised capacity.

Real: v2-bitf-2025-11-ai-pivot-neg, "The company already operates 12 mining sites and has 341
MW of energized capacity (with a 1.3 GW development pipeline), which it plans to redeploy for
AI workloads" -> no ai_capacity_mw, no capacity_energised (the mining fleet's MW; the
conversion is a plan, README decided case 5), and "Bitfarms’ energized capacity could
accelerate GPU availability for cloud, research, and model-training contracts" -> no milestone
(a possibility, not a delivery or an energisation).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 11, 14)
_LEAD = "Bitfarms announced a strategic pivot from Bitcoin mining to AI data-center services.\n"


def _ai(text: str) -> set[tuple[str, object]]:
    found = extract_text(_LEAD + text, published=_PUBLISHED, entity="BITF")
    return {
        (item.metric, item.value if item.value is not None else item.detail)
        for item in found
        if item.metric.startswith("ai_")
    }


TO_CONVERT = [
    (  # real: v2-bitf-2025-11-ai-pivot-neg
        "The company already operates 12 mining sites and has 341 MW of energized capacity (with "
        "a 1.3 GW development pipeline), which it plans to redeploy for AI workloads."
    ),
    "Bitfarms has 160 MW of energized capacity that the company intends to convert to HPC.",
    "Bitfarms owns 120 MW of energized capacity, which it now plans to repurpose for AI cloud "
    "services.",
    "Its 200 MW of energized capacity in Quebec is set to be converted for AI over 2026.",
]


@pytest.mark.parametrize("text", TO_CONVERT)
def test_capacity_to_be_converted_is_no_ai_capacity(text: str) -> None:
    assert _ai(text) == set()


POSSIBLE = [
    (  # real: v2-bitf-2025-11-ai-pivot-neg
        "For the AI/ML community this is notable because ready-to-run power and colocation space "
        "are bottlenecks for scaling large models; Bitfarms’ energized capacity could accelerate "
        "GPU availability for cloud, research, and model-training contracts."
    ),
    "Analysts say the energized halls would speed GPU deployments for AI tenants.",
    "Its energized data halls might attract HPC tenants looking for GPU capacity.",
]


@pytest.mark.parametrize("text", POSSIBLE)
def test_a_possibility_about_energised_capacity_is_no_milestone(text: str) -> None:
    assert _ai(text) == set()


STAND = [
    (  # a conversion done, then a plan for the tenant: the capacity and the event stand
        "Bitfarms energized 40 MW of critical IT capacity for its AI tenant, which plans to deploy "
        "GPUs next.",
        ("ai_capacity_mw", 40),
    ),
    (  # a modal in a clause of its own after the event
        "Bitfarms energized its first AI data hall, which could host 10,000 GPUs.",
        ("ai_milestone", "capacity_energised"),
    ),
]


@pytest.mark.parametrize(("text", "kept"), STAND)
def test_done_facts_beside_a_plan_stand(text: str, kept: tuple[str, object]) -> None:
    assert kept in _ai(text)
