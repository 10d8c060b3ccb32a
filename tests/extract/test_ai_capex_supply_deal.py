"""Round 18, AI capex: a "$128 million binding supply deal" for the build's equipment is capex.

u2-bitf-2025-q3-particle-wind-down-washington: "The first conversion targets an 18 MW facility
in Washington for Nvidia GB300 GPUs …, backed by a $128 million binding supply deal and a
December 2026 completion goal" -> ai_capex_usd 128,000,000. The spending nouns after an amount
knew "a purchase agreement … for GPUs" (the hardware after the deal) and "an agreement with a
provider supplying IT equipment", not a supply deal whose equipment was named before it. Its
period is not the completion goal's: when the build ends is not when the money is committed.
Not capex: a power or energy supply deal (a site's power), mining hardware.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_BITF_U2 = (  # u2-bitf-2025-q3-particle-wind-down-washington (second bullet, verbatim)
    "The first conversion targets an 18 MW facility in Washington for Nvidia GB300 GPUs with "
    "advanced liquid cooling, up to 190 kW per rack and a 1.2–1.3 PUE, backed by a $128 million "
    "binding supply deal and a December 2026 completion goal."
)

# (text, entity, expected ai_capex_usd (value, period); published 2025-11-13)
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    (_BITF_U2, "BITF", {("128000000", "2025-11")}),
    # variants: other adjectives, nouns and equipment
    (
        "The HPC conversion of the site is backed by a $90 million definitive supply contract "
        "for GPUs and cooling equipment.",
        "IREN",
        {("90000000", "2025-11")},
    ),
    (
        "Cipher signed a $40 million equipment supply order for its AI data center in Texas.",
        "CIFR",
        {("40000000", "2025-11")},
    ),
    (
        "For its Nvidia B300 cluster, Hut 8 entered into a $75 million binding hardware supply "
        "agreement.",
        "HUT",
        {("75000000", "2025-11")},
    ),
    # hard negatives: power bought for a site, energy, mining hardware
    (
        "The AI campus secured a $300 million power supply agreement with the utility.",
        "APLD",
        set(),
    ),
    (
        "The HPC site signed a $20 million energy supply contract with a local utility.",
        "IREN",
        set(),
    ),
    (
        "Riot placed a $40 million supply order for Bitmain S21 bitcoin miners.",
        "RIOT",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_supply_deal(text: str, entity: str, expected: set[tuple[str, str]]) -> None:
    found = extract_text(text, published=dt.date(2025, 11, 13), entity=entity)
    capex = {(str(o.value), o.period or "") for o in found if o.metric == "ai_capex_usd"}
    assert capex == expected
