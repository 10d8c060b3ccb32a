"""Round 15, AI capex: a building bought as "the property"; a deposit is part of a price; a
purchase recalled from years ago is background.

r-btbt-2025-04-cryptify-madison-facility (a machine-translated news copy): "Bit Digital agreed
to purchase the property for $ 53.2 million through Enovum Data Center Corp. … Investment
includes a preliminary deposit of $ 2.25 million" -> ai_capex_usd 53.2M (the building bought for
the AI/HPC push, as "acquired an industrial facility … for $53.2 million" in another copy of the
story), not the 2.25M deposit (a part of that price, README decided case 3's parts and totals).

Three classes:
1. "property" names a site or building bought, as "site", "facility" and "building" do. Since
   README decided case 43 (eighteenth session) none of these prices is AI capex: an
   acquisition's price buys assets, it is no build-out spending.
2. A deposit, down payment or earnest money is a part of a price told beside it.
3. A purchase dated well before the document (q-gree-2024-12-theminermag-sc-property-neg:
   "Greenidge originally purchased the Spartanburg property in 2021 … for $15 million", in a
   December 2024 story) is recalled background (README decided case 1), as capacity and
   milestones already are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_BTBT_R = (  # r-btbt-2025-04-cryptify-madison-facility (headline and two paragraphs, verbatim)
    "Bitco Miner Bit Digital gets $ 53 million facilities with AI, Push HPC continues\n\n"
    "Bitco Mining Companyi Bit Digital has acquired an industrial building in Madison, North "
    "Carolina, as it raised the bet in a strategy to diversify business that includes strategic "
    "axes in artificial intelligence and high performance computing.\n\n"
    "Bit Digital agreed to purchase the property for $ 53.2 million through Enovum Data Center "
    "Corp. , The Canadian sub -company, which is entirely owned by the company, organizational "
    "filings Show. Investment includes a preliminary deposit of $ 2.25 million, as $ 1.2 "
    "million was not recovered. The transaction is expected to be closed on May 15."
)
_GREE_Q = (  # q-gree-2024-12-theminermag-sc-property-neg (headline and last paragraph)
    "Greenidge Sells South Carolina Property for $12M and 8% Stake in Future Profits\n\n"
    "Greenidge originally purchased the Spartanburg property in 2021 during the cryptocurrency "
    "bull run for $15 million. The transaction included 175 acres of land and over 750,000 "
    "square feet of industrial buildings."
)
_AI_HEAD = "{name} expands its AI and HPC data center push\n\n"

# (text, entity, published, expected {(amount, currency, period)})
CASES: list[tuple[str, str, str, set[tuple[int, str, str]]]] = [
    # README decided case 43 (eighteenth session): the price of a property bought is not
    # ai_capex_usd, whatever it is bought for (these four read it before)
    (_BTBT_R, "BTBT", "2025-04-25", set()),
    # variants: the property bought, other verbs and number formats
    (
        _AI_HEAD.format(name="Bit Digital")
        + "The company acquired the properties in Madison for approximately $53.2 million to "
        "house its HPC clusters.",
        "BTBT",
        "2025-04-25",
        set(),
    ),
    (
        "IREN bought a property in Sweetwater for $12 million to build an AI data center.",
        "IREN",
        "2025-04-25",
        set(),
    ),
    (
        "Hut 8 paid US$20 million for the property that will host its GPU cloud.",
        "HUT",
        "2025-04-25",
        set(),
    ),
    # hard negatives: a deposit or down payment alone, land, a sale, a recalled purchase
    (
        _AI_HEAD.format(name="IREN")
        + "IREN paid a $5 million deposit for the Sweetwater property.",
        "IREN",
        "2025-04-25",
        set(),
    ),
    (
        _AI_HEAD.format(name="IREN")
        + "The investment includes a down payment of $3 million for the AI data center site.",
        "IREN",
        "2025-04-25",
        set(),
    ),
    (
        "Cipher bought 200 acres of land for $40 million for its HPC campus.",
        "CIFR",
        "2025-04-25",
        set(),
    ),
    (
        _AI_HEAD.format(name="Riot") + "Riot sold the property for $20 million to an AI developer.",
        "RIOT",
        "2025-04-25",
        set(),
    ),
    (_GREE_Q, "GREE", "2024-12-05", set()),
    (
        _AI_HEAD.format(name="Bit Digital")
        + "Bit Digital first purchased the Montreal property in 2022 for $9 million.",
        "BTBT",
        "2025-04-25",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_property_bought_deposits_and_recalled_purchases(
    text: str, entity: str, published: str, expected: set[tuple[int, str, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    capex = {
        (int(o.value or 0), o.unit, o.period or "") for o in found if o.metric == "ai_capex_usd"
    }
    assert capex == expected
