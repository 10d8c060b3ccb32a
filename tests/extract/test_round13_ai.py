"""Round 13, AI: a running total of contracts "announced" so far is no contract signed.

`ai_milestones` already read "has secured about CAD $30 million in AI cloud services contracts"
as the value of the contracts held so far (a state, like "currently operates 5,500 GPUs"), not
a contract signed now: the perfect tense with a money total "in/of/worth of … contracts". The
deal verbs include "has announced" as one phrase, so the auxiliary stood inside the verb's own
match and the check, which looked before it, missed it: "these companies have announced more
than $43 billion worth of AI and HPC contracts in recent months" (q-corz-2026-03-weappnet-sell-
all-btc, an industry total quoted from CoinShares) was a contract_signed. And when the noun is
the second of two ("$11 billion of lease contracts"), the verb's match stopped at the first.

The class: perfect tense + a money total + plural contracts/leases/agreements/deals = a running
total, whichever deal verb. A single contract announced ("has announced a $9.7 billion AI cloud
contract") or a total in the simple past tied to one deal ("announced $9.7 billion in AI cloud
contracts with Microsoft") is still a contract signed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_CORZ_Q = (  # q-corz-2026-03-weappnet-sell-all-btc (the AI paragraph, verbatim)
    "The pivot is everywhere\n"
    "Across the United States, at least nine publicly traded bitcoin mining companies have "
    "announced plans to pivot either partly or wholly to AI and high-performance computing "
    "(HPC). The list reads like a who's who of industrial-scale miners: Riot Platforms, "
    "Bitfarms, TeraWulf, IREN, CleanSpark, Hut 8, Bit Digital, Marathon, and Cipher Mining.\n"
    "The numbers are staggering. According to CoinShares research, these companies have "
    "announced more than $43 billion worth of AI and HPC contracts in recent months."
)

# (text, entity, published, contract signed?)
RUNNING_TOTAL_CASES: list[tuple[str, str, str, bool]] = [
    (_CORZ_Q, "CORZ", "2026-03-03", False),
    # variants: the company's own running total, "has/have announced" + money + contracts
    (
        "Since January, IREN has announced about $9.7 billion in AI cloud contracts.",
        "IREN",
        "2025-11-20",
        False,
    ),
    (
        "Applied Digital has announced $11 billion of lease contracts with CoreWeave to date.",
        "APLD",
        "2025-10-01",
        False,
    ),
    (
        "Together, TeraWulf and Cipher have announced over $16 billion worth of HPC leases "
        "backed by Google.",
        "WULF",
        "2025-10-15",
        False,
    ),
    # near misses: one contract announced, or a total tied to one new deal in the past tense
    (
        "IREN has announced a $9.7 billion AI cloud contract with Microsoft.",
        "IREN",
        "2025-11-03",
        True,
    ),
    (
        "IREN announced $9.7 billion in AI cloud contracts with Microsoft.",
        "IREN",
        "2025-11-03",
        True,
    ),
    (
        "Cipher has announced a 10-year HPC colocation agreement with Fluidstack worth $830 "
        "million.",
        "CIFR",
        "2025-11-20",
        True,
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "signed"), RUNNING_TOTAL_CASES)
def test_contracts_announced_so_far_are_no_signing(
    text: str, entity: str, published: str, signed: bool
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    details = {o.detail for o in found if o.metric == "ai_milestone"}
    assert details == ({"contract_signed"} if signed else set())


# A GPU service launched is capacity energised. README metric table: `ai_milestone`
# capacity_energised is a concrete build-out fact; a GPU-as-a-service offering or GPU/AI cloud
# goes live only on GPUs running in the company's data centre. f-hut-2024-10-anchorage-payoff-
# bitget (published 1 October 2024): "Hut 8 announced the launch of its GPU-as-a-service
# program on Sept. 26 …" -> capacity_energised 2024-09 (the month of the event). A launch
# planned ("expects to launch", "will announce the launch"), recalled ("Earlier this year"),
# another company's, or a recently launched service named as background stays out.
_HUT_F1 = (  # f-hut-2024-10-anchorage-payoff-bitget (the AI paragraphs, verbatim)
    "Hut 8 CEO Asher Genoot said of the Anchorage Digital repayment:\n"
    "“With a strengthened balance sheet and decreased leverage, we believe we are even better "
    "positioned to advance discussions with prospective counterparties and execute on the "
    "development of next-generation mining and AI data centers.”\n"
    "Hut 8 announced the launch of its GPU-as-a-service program on Sept. 26 in conjunction with "
    "AI developers AdvizeX. It offers Hewlett Packard Enterprise supercomputers powered by a "
    "cluster of 1,000 Nvidia H100 GPUs."
)

# (text, entity, published, expected period of capacity_energised, or None)
LAUNCH_CASES: list[tuple[str, str, str, str | None]] = [
    (_HUT_F1, "HUT", "2024-10-01", "2024-09"),
    # variants: the service launched, dated by its sentence or by publication
    (
        "Bitdeer has launched its AI cloud service, powered by NVIDIA H100 GPUs, in Singapore.",
        "BTDR",
        "2025-03-10",
        "2025-03",
    ),
    (
        "In February, Bitdeer launched its GPU cloud with 1,000 H100s in its Tydal data center.",
        "BTDR",
        "2025-03-10",
        "2025-02",
    ),
    (
        "On March 3, 2025, IREN launched its GPU-as-a-Service offering for AI developers.",
        "IREN",
        "2025-03-10",
        "2025-03",
    ),
    # near misses: planned, recalled, another company's, a service named as background
    (
        "Bitdeer expects to launch its AI cloud service in the first quarter of next year.",
        "BTDR",
        "2025-03-10",
        None,
    ),
    ("Bitdeer will announce the launch of its GPU cloud next month.", "BTDR", "2025-03-10", None),
    ("Earlier this year, Bitdeer launched its AI cloud service.", "BTDR", "2025-09-10", None),
    ("Meanwhile, Nebius launched its AI cloud service in Kansas City.", "CORZ", "2025-03-10", None),
    (
        "The contract was for the company's recently launched AI Cloud Service.",
        "APLD",
        "2023-05-10",
        None,
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "period"), LAUNCH_CASES)
def test_gpu_service_launched_is_capacity_energised(
    text: str, entity: str, published: str, period: str | None
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    energised = {o.period for o in found if o.detail == "capacity_energised"}
    assert energised == ({period} if period else set())
