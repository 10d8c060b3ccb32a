"""AI words in a company's descriptor do not make a mining story an AI build-out.

t2-btdr-2024-05-tether-equity-placement-no-debt: "Bitdeer Technologies Group (NASDAQ: BTDR), a
Bitcoin mining and AI cloud solutions company led by industry pioneer Jihan Wu, has received
…" and later "Bitdeer was on track to begin construction of its 221MW data center in Ohio in
April." -> no ai_capacity_mw (README rule 5: MW tied to AI/HPC use; the Ohio site is a mining
data centre). The only AI words of the story sat in the descriptor, so the story was not read
as mining-only and "data center" made the sentence an AI one. A document whose AI words all
sit in a company's descriptor (set off by a comma, bracket or dash: ", a … company", "- a …
provider -") is now read as the mining story it is; one AI word elsewhere keeps the usual
reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_BTDR = (  # t2-btdr-2024-05-tether-equity-placement-no-debt (verbatim sentences, abridged)
    "Bitdeer (NASDAQ: BTDR) Receives $100M Investment From Stablecoin Leader Tether International "
    "Limited\n"
    "Bitdeer Technologies Group (NASDAQ: BTDR), a Bitcoin mining and AI cloud solutions company "
    "led by industry pioneer Jihan Wu, has received a potentially game-changing capital injection "
    "from one of the blockchain industry's earliest stablecoin projects.\n"
    "As one of the biggest publicly traded Bitcoin miners on the planet, Bitdeer boasts six "
    "Bitcoin mining facilities globally, including U.S. facilities in the states of Washington, "
    "Tennessee and Texas. Bitdeer was on track to begin construction of its 221MW data center in "
    "Ohio in April. The company is also in the midst of a 175MW expansion at its Tydal, Norway, "
    "immersion cooling data center, the construction of which is expected to be completed by "
    "mid-2025.\n"
)

# (text, entity, published, expected ai_capacity_mw {(MW, period)})
CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (_BTDR, "BTDR", "2024-06-07", set()),
    # variants: other descriptors, a mining story's data centre
    (
        "Bitfarms Ltd., a Bitcoin mining and HPC data center company, said its hashrate reached "
        "19 EH/s in March.\n"
        "Construction of its 120 MW data center in Sharon began in March and is under way.\n",
        "BITF",
        "2025-04-03",
        set(),
    ),
    (
        "HIVE Digital Technologies - a bitcoin miner and AI cloud provider - reported 300 BTC "
        "mined in May.\n"
        "HIVE is building a 100 MW data center in Yguazu, Paraguay, which is under "
        "construction.\n",
        "HIVE",
        "2025-06-05",
        set(),
    ),
    # look-alikes: an AI word outside the descriptor keeps the AI reading
    (
        "Bitdeer, a Bitcoin mining and AI cloud company, signed a colocation lease with an AI "
        "cloud provider.\n"
        "The company is building a 221 MW data center in Ohio for the tenant, now under "
        "construction.\n",
        "BTDR",
        "2024-06-07",
        {(221, "2024-06")},
    ),
    (
        "Cipher Mining, a bitcoin mining company, signed a 10-year HPC lease with Fluidstack.\n"
        "The lease covers 168 MW of critical IT load at Barber Lake.\n",
        "CIFR",
        "2025-09-25",
        {(168, "2025-09")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_descriptor_ai_words(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    levels = {(float(o.value or 0), o.period or "") for o in found if o.metric == "ai_capacity_mw"}
    assert levels == {(float(mw), period) for mw, period in expected}
