"""AI capex precision: money raised or set aside for another use is not spending on the build.

Class of the w1 misses (UNSEEN_MISSES.md, batches w1 and w2, class (f) "use of proceeds read as
AI capex"): a notes pricing's sum earmarked for a buyback, a preferred-equity deal's initial
investment and the investor's right to commit more, read as the company's AI capex. The rule
(`ai_financing`): proceeds put to a use that is not the build, an investor's right to put money
in, a financing's own parts and an investor's spending verb in a financing story are not capex;
the company's own spending, told with the same verbs, still is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.ai_financing import is_financing

_FINANCING_LEAD = (
    "Hut 8 announced a $2 billion preferred equity financing agreement with Blue Owl Capital for "
    "its AI data center campus in Louisiana. "
)

# (text, entity, expected ai_capex_usd values)
CASES: list[tuple[str, str, set[int]]] = [
    # proceeds set aside for a use that is not the build
    (
        "IREN priced $1 billion of convertible notes for its AI cloud expansion. The company "
        "earmarked roughly $300 million to repurchase ordinary shares from note investors.",
        "IREN",
        set(),
    ),
    (
        "For its AI data centers, Cipher budgeted $150 million to refinance the Black Pearl "
        "facility.",
        "CIFR",
        set(),
    ),
    (
        "TeraWulf set aside about $85 million to buy back common stock as it expands its HPC "
        "hosting business with Fluidstack.",
        "WULF",
        set(),
    ),
    (
        "Bitfarms earmarked $60 million for the redemption of its existing notes while it builds "
        "out its HPC campus in Pennsylvania.",
        "BITF",
        set(),
    ),
    # an investor's right or option to put money in
    (
        _FINANCING_LEAD + "Blue Owl holds the right to commit a further $3 billion to future "
        "AI data center projects over the next two years.",
        "HUT",
        set(),
    ),
    (
        "Under the HPC financing, the fund also has an option to invest an additional €500 "
        "million in later phases of the data center.",
        "NB2",
        set(),
    ),
    # a financing's own parts, and the investor's spending verb
    (
        _FINANCING_LEAD + "The deal includes an initial $700 million investment to support the "
        "first phase of the AI campus.",
        "HUT",
        set(),
    ),
    (
        _FINANCING_LEAD + "Blue Owl will invest up to $1.2 billion for the 300 MW HPC campus.",
        "HUT",
        set(),
    ),
    # near-misses: the company's own spending stays capex
    (
        "Hut 8 earmarked $250 million to fund the HPC build-out at its River Bend campus.",
        "HUT",
        {250_000_000},
    ),
    (
        _FINANCING_LEAD + "Hut 8 will invest $900 million in the AI campus's first two data halls.",
        "HUT",
        {900_000_000},
    ),
    (
        "Bit Digital committed $80 million to purchase NVIDIA H200 GPUs for its AI cloud.",
        "BTBT",
        {80_000_000},
    ),
    (
        "Core Scientific expects capital expenditures of approximately $400 million for the "
        "CoreWeave HPC build-out in 2025.",
        "CORZ",
        {400_000_000},
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_financing_is_not_ai_capex(text: str, entity: str, expected: set[int]) -> None:
    found = extract_text(text, published=dt.date(2025, 6, 12), entity=entity)
    capex = {int(item.value) for item in found if item.metric == "ai_capex_usd"}
    assert capex == expected


# A build contract's terms are the build's cost, not a financing's parts (`is_financing` asked
# of the amount alone)
CONTRACT_CASES: list[tuple[str, str]] = [
    ("TeraWulf said its construction agreement provides for a $180 million lump sum to build "
     "the AI data hall.", "$180 million"),
    ("Cipher's EPC agreement provides a $95 million fixed price for the HPC building.",
     "$95 million"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "amount"), CONTRACT_CASES)
def test_build_contract_is_not_financing(text: str, amount: str) -> None:
    start = text.index(amount)
    assert not is_financing(text, start, start + len(amount), text, None)
