"""BTC figures that are not the company's own, by class, each in several wordings.

Other companies' coins told through an anaphoric subject ("The miner sold 465 BTC" after a
sentence about a peer), companies' aggregates ("publicly traded companies … hold a total of"),
a client's coins ("on behalf of a client"), one site's share of the company's total
("constituting 53% of the monthly total") and a run of months that is no whole period ("for the
nine-month period ended"). Each class also meets its near-miss, which stays.

Expected sets follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. Published 6 May 2025; "in April" is April 2025.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"}
Fact = tuple[str, Decimal | None, str | None]
_MINED = ("btc_produced", Decimal("450"), "2025-04")

CASES = [
    # A peer named in the sentence before, then "The company"/"The miner"/"It".
    (
        "Cipher Mining also saw its April production cut by curtailment. The company produced "
        "160 BTC and sold 58 BTC.",
        "RIOT",
        set(),
    ),
    (
        "On the other hand, Cipher Mining is monetizing production.\nThe miner sold 465 BTC in "
        "April for $52.6 million.",
        "RIOT",
        set(),
    ),
    (
        "Marathon kept every coin it mined. It mined 700 BTC in April.",
        "RIOT",
        set(),
    ),
    # Near-misses: the antecedent is the entity, or the sentence before names it too.
    ("Riot curtailed heavily in April. The company mined 450 BTC in April.", "RIOT", {_MINED}),
    (
        "Riot outpaced Cipher Mining in April. The company mined 450 BTC in April.",
        "RIOT",
        {_MINED},
    ),
    # The sentence before opens with an anaphoric subject: the peers it names are objects,
    # and the subject refers on (to the entity, or to the miner named before).
    (
        "The miner now ranks behind MARA Holdings and Cipher Mining by hashrate. Its bitcoin "
        "holdings stood at 12,000 BTC at the end of April.",
        "RIOT",
        {("btc_held", Decimal("12000"), "2025-04-30")},
    ),
    (
        "Cipher Mining sold 300 BTC in April. The miner now ranks behind MARA Holdings by "
        "hashrate. Its bitcoin holdings stood at 12,000 BTC at the end of April.",
        "RIOT",
        set(),
    ),
    # Companies' aggregates.
    (
        "More and more publicly traded companies expand their reserves, currently holding a "
        "total of 989,926 Bitcoins.",
        "RIOT",
        set(),
    ),
    ("Listed corporations now hold 900,000 BTC between them.", "RIOT", set()),
    # A client's coins.
    ("Galaxy sold more than 80,000 bitcoin on behalf of a client in April.", "GLXY", set()),
    ("The desk sold 5,000 BTC for its institutional clients in April.", "GLXY", set()),
    (
        "Riot sold 300 BTC in April for $28 million.",
        "RIOT",
        {
            ("btc_sold", Decimal("300"), "2025-04"),
            ("btc_sale_proceeds_usd", Decimal("28000000"), "2025-04"),
        },
    ),
    # One site's share of the company's total.
    (
        "The Rockdale site mined 300 BTC in April, representing 66% of the company's total.",
        "RIOT",
        set(),
    ),
    (
        "The Corsicana facility contributed 2.1 EH/s, mining 150 Bitcoin in April, or about a "
        "third of the monthly output.",
        "RIOT",
        set(),
    ),
    # Near-misses: a share of the network, or of a target, is no part of the company's total.
    ("Riot mined 450 BTC in April, about 2% of the network total.", "RIOT", {_MINED}),
    ("Riot mined 450 BTC in April, or 90% of its production target.", "RIOT", {_MINED}),
    # A run of months that is no whole period.
    ("For the nine-month period ended March 31, 2025, Riot mined 1,300 BTC.", "RIOT", set()),
    ("In the eight-month period ended April 30, 2025, Riot mined 1,700 bitcoin.", "RIOT", set()),
]


def _facts(text: str, entity: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED, entity=entity)
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_not_own_figures(text: str, entity: str, expected: set[Fact]) -> None:
    assert _facts(text, entity) == expected
