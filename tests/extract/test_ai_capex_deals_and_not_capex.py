"""Issue 16, batch ab2 (AI capex classes): deals that buy AI hardware, and sums that are not capex.

Classes of the first-run misses of ab2 (tests/extract/real/UNSEEN_MISSES.md), each tested on
passages written in the shape of news copy about other miners and other figures:

- missed: an agreement worth a sum that "will provide" the build's equipment ("the binding
  agreement worth US$128 million will provide all critical IT equipment and building
  materials"); a deal with a server maker named by a hardware noun ("IREN's $5.8 billion GPU
  deal with Dell Technologies"): hardware and construction bought are capex (README, decided
  case 43);
- not capex: a debt facility "to build" an HPC data center (the infinitive is no spending
  noun); an economic benefit local officials expect a project to bring ("a planned investment
  of over $1 billion"); a purchase another party's backing made possible, the company not named
  ("Tether's backing has facilitated the purchase of … Nvidia chips"); GPUs bought to mine
  altcoins (Nvidia CMP cards, README: AI/HPC build-out only) and a card's price ("$1,600 per
  card", a unit price).
Expected sets follow tests/extract/real/README.md; the period is the publication month (no
period named).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 9, 17)
MONTH = "2025-09"

# (text, entity, expected ai_capex_usd (value, period))
CASES: list[tuple[str, str, set[tuple[Decimal, str]]]] = [
    # an agreement worth a sum that will provide the build's equipment
    (
        "Hut 8 said its Kentucky site will be converted into an AI data center for Nvidia "
        "B300 GPUs, and the binding agreement worth $96 million will provide all cooling "
        "equipment and building materials.",
        "HUT",
        {(Decimal(96_000_000), MONTH)},
    ),
    (
        "The HPC retrofit is fully funded: a definitive agreement worth about $45 million "
        "will supply the servers and network hardware for the facility.",
        "CIFR",
        {(Decimal(45_000_000), MONTH)},
    ),
    # a deal with a server maker, named by a hardware noun or none
    (
        "Cipher's $2.1 billion GPU deal with Dell Technologies strengthens its AI cloud push.",
        "CIFR",
        {(Decimal(2_100_000_000), MONTH)},
    ),
    (
        "TeraWulf announced a $640 million server agreement with Supermicro for its HPC halls.",
        "WULF",
        {(Decimal(640_000_000), MONTH)},
    ),
    # not a purchase: the same nouns with a customer, an agreement that provides a service
    (
        "Cipher's $3.0 billion GPU deal with Microsoft strengthens its AI cloud business.",
        "CIFR",
        set(),
    ),
    (
        "The AI hosting agreement worth $200 million will provide GPU capacity to the "
        "customer for five years.",
        "CIFR",
        set(),
    ),
    # a debt facility to build an HPC data center
    (
        "Cipher secures a $200M facility to build an HPC data center in Texas.",
        "CIFR",
        set(),
    ),
    # a build's own price stays capex
    (
        "Cipher will invest a $200 million build at its HPC data center in Texas.",
        "CIFR",
        {(Decimal(200_000_000), MONTH)},
    ),
    # an economic benefit local officials expect the project to bring
    (
        "County officials welcomed the AI data center and the economic benefits it is expected "
        "to bring, including a planned investment of more than $800 million and 40 jobs.",
        "WULF",
        set(),
    ),
    # a purchase another party's backing made possible, the company not named
    (
        "Investors value the AI cloud group partly on its ties to the fund. Blackstone's "
        "backing has facilitated the purchase of more than $500 million of Nvidia GPUs used "
        "in AI applications.",
        "NB2",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_ai_capex(text: str, entity: str, expected: set[tuple[Decimal, str]]) -> None:
    found = extract_text(text, published=PUBLISHED, entity=entity)
    capex = {(o.value, o.period or "") for o in found if o.metric == "ai_capex_usd"}
    assert capex == expected


# GPUs bought to mine altcoins, and a card's price: no AI capex in the document.
_ALTCOIN_GPUS = (
    "Bitcoin Miner Orders $25 Million of Nvidia Mining Cards\n\n"
    "Bitfarms has placed orders worth $25 million for Nvidia CMP GPUs, the Cryptocurrency Mining "
    "Processor cards Nvidia announced this month.\n\n"
    "According to Bitfarms, the new GPUs will be used mainly on ASIC-resistant networks such as "
    "Ethereum. The top model would cost about $1,500 per card at list price."
)
# The same order for AI: capex (the document names AI use)
_AI_GPUS = (
    "Bitfarms has placed orders worth $25 million for Nvidia H100 GPUs for its new AI cloud "
    "service."
)


def test_gpus_for_altcoin_mining_are_not_ai_capex() -> None:
    found = extract_text(_ALTCOIN_GPUS, published=dt.date(2021, 3, 2), entity="BITF")
    assert [o for o in found if o.metric.startswith("ai_")] == []


def test_gpus_for_ai_stay_capex() -> None:
    found = extract_text(_AI_GPUS, published=dt.date(2024, 3, 2), entity="BITF")
    capex = {(o.value, o.period) for o in found if o.metric == "ai_capex_usd"}
    assert capex == {(Decimal(25_000_000), "2024-03")}


def test_price_per_card_is_a_unit_price() -> None:
    text = "For its AI cloud, the top Nvidia model would cost about $30,000 per card."
    found = extract_text(text, published=PUBLISHED, entity="IREN")
    assert [o for o in found if o.metric == "ai_capex_usd"] == []
