"""A deal signed in one sentence whose AI use the next sentence tells, pointing back at it
(monitor/extract/ai_deal_told_next.py).

Written for these tests in the shapes blogs and news rewrites give; expected values follow
tests/extract/real/README.md (a customer contract signed is an `ai_milestone`
contract_signed of the event's month; a deal with no AI tie, or a power or loan agreement,
is none).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 4)
SIGNED = {("ai_milestone", "2025-11", "contract_signed")}

CASES = [
    pytest.param(
        "Here's the twist: Northvolt Digital just inked a $4.1 billion deal with a tech giant. "
        "Not for bitcoin mining, of course, but to provide GPU cloud capacity for AI training "
        "over five years.",
        SIGNED,
        id="not-for-mining-but-ai",
    ),
    pytest.param(
        "Keystone Mining signed a ten-year deal with a cloud provider on Monday. The contract "
        "covers GPU hosting for AI workloads at its Texas campus.",
        SIGNED,
        id="the-contract-covers-ai",
    ),
    pytest.param(
        "Prairie Hash struck an agreement with an enterprise customer. Under the agreement, it "
        "will host the customer's HPC and AI clusters in Ohio.",
        SIGNED,
        id="under-the-agreement",
    ),
    pytest.param(
        "Prairie Hash signed a power purchase agreement with the regional utility. The agreement "
        "supports its HPC campus in Ohio.",
        set(),
        id="power-purchase-agreement",
    ),
    pytest.param(
        "Keystone Mining signed a five-year deal with a hosting client. The company also runs "
        "an AI pilot in Texas.",
        set(),
        id="next-sentence-does-not-point-back",
    ),
    pytest.param(
        "Keystone Mining signed a $90 million deal with a hosting client. The stock rose 30% on "
        "the news.",
        set(),
        id="no-ai-tie",
    ),
    # (the final review's counter-examples: an AI word that is not what the deal is for)
    pytest.param(
        "Keystone Mining signed a contract with a rig maker for 18,000 new miners. Under the "
        "contract, Keystone may evaluate HPC options later.",
        set(),
        id="ai-as-a-possibility",
    ),
    pytest.param(
        "Keystone Mining signed an agreement to sell 1,000 older miners. The agreement follows "
        "its pivot to AI data centers.",
        set(),
        id="ai-as-background",
    ),
    pytest.param(
        "Keystone Mining signed a hosting deal with a pool operator. Not for AI workloads, but "
        "for its bitcoin mining fleet.",
        set(),
        id="not-for-ai",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_deal_tied_to_ai_by_the_next_sentence(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract_text(text, published=PUBLISHED)
    assert {(item.metric, item.period, item.detail) for item in found} == expected
