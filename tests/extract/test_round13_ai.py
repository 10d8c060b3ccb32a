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
