"""Round 8 classes (batch m's non-debt misses, each written for its wording class).

Treasury: a past necessity done ("had to sell 637 BTC", "was forced to offload"), a bound
written "635+ BTC" (decided case 20), a balance "still has" after a sale, a figure whose
quotation opens after its verb (produced “a total of 265 Bitcoin”), "helped it earn",
"managed to produce", a participle after the production noun ("Bitcoin production was slightly
lower, mining 1,144 compared to 1,223"). Guards: a production rate "per month" is no period's
figure; the holding a sale's share is taken of is the balance before it (decided case 1); "they"
after a sentence about miners in general is the industry. Proceeds: "raking in a handsome
$20.1 million", a price ticker glued to the unit ("4,451 Bitcoin$62,477.67 for roughly $305
million"), "It received ca. $15.5 million" after the sale.

AI: capex bound to a deal with a supplier of the build's equipment ("a fully funded $128
million agreement with a … provider of critical data center infrastructure"), accelerator
systems bought ("agreed to purchase NVIDIA's air-cooled Blackwell systems from Dell for
approximately $1.6 billion"); not a joint venture's headline value. Capacity: growth told as
its level ("expands TeraWulf's contracted HPC platform to more than 510 MW"), a spun capacity
glossed "(AI)". Milestones: a supplier's contract is no customer contract; an accelerator in a
service compound ("rent-a-GPU") is no delivery. Intent: selling a "Bitcoin (BTC) mining
operation" is selling a business.

Expected sets follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. "real (…)" marks a batch-m sentence (reworded only where said); the rest
are variants written for the class.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"}
# Treasury cases: published 1 July 2022, entity ARBK ("in June" = 2022-06; no period named =
# the publication month, 2022-07).
_PUBLISHED = dt.date(2022, 7, 1)
_JUNE = "2022-06"
_JULY = "2022-07"


def _treasury(text: str, entity: str = "ARBK") -> set[Fact]:
    found = extract_text(text, published=_PUBLISHED, entity=entity)
    return {(o.metric, o.value, o.period) for o in found if o.metric in _TREASURY}


TREASURY_CASES: list[tuple[str, set[Fact]]] = [
    # A past necessity done
    # real (m1-argo-2022-06-timesofunited)
    (
        "Argo Blockchain revealed in its most recent announcement that it had to sell 637 BTC in "
        "June to pay down the contract's obligations.",
        {("btc_sold", Decimal("637"), _JUNE)},
    ),
    # variants written for the class
    ("Argo was forced to offload 500 BTC in June.", {("btc_sold", Decimal("500"), _JUNE)}),
    (
        "Argo was compelled to liquidate 1,200 bitcoin in June.",
        {("btc_sold", Decimal("1200"), _JUNE)},
    ),
    # near-misses: a necessity to come, or one that was not met
    ("If prices fall, Argo will have to sell 637 BTC.", set()),
    ("Argo would have had to sell 637 BTC in June.", set()),
    # A bound written with a plus keeps its number (decided case 20)
    # real (m1-argo-2022-06-cryptured)
    (
        "Argo made this information known in a blogpost and that it sold 635+ BTC for a price of "
        "$24,000 and more in June.",
        {("btc_sold", Decimal("635"), _JUNE)},
    ),
    ("Argo produced 180+ bitcoin in June.", {("btc_produced", Decimal("180"), _JUNE)}),  # variant
    # "still has": what is left after a sale, now
    # real (m1-argo-2022-06-cryptured), the comparison clause cut
    (
        "After selling off part of its holdings, Argo still has 1963 bitcoin in its account.",
        {("btc_held", Decimal("1963"), _JULY)},
    ),
    ("The miner still has 2,100 BTC.", {("btc_held", Decimal("2100"), _JULY)}),  # variant
    ("Argo still has 2,100 miners to sell.", set()),  # variant: machines, not coins
    # A quotation opened between the verb and its figure
    # real (m1-btdr-2024-04-crowdfund-compass), company changed
    (
        "As stated in the update, in June, Argo produced “a total of 265 Bitcoin, equivalent to "
        "an average rate of 8.8 Bitcoin per day.”",
        {("btc_produced", Decimal("265"), _JUNE)},
    ),
    ('In June, Argo sold "1,000 BTC" to repay its loan.', {("btc_sold", Decimal("1000"), _JUNE)}),
    # "helped it earn", "managed to produce": a past result
    # real (m2-hut-2022-11-securitiesio): "the quarter" ended at publication is 2022-Q2 here
    (
        "The firm's expanded fleet of miners brought its operating capacity to 3.07 EH/s by the "
        "end of the quarter helped it earn 982 Bitcoins.",
        {("btc_produced", Decimal("982"), "2022-Q2")},
    ),
    ("Its new site helped it earn 120 BTC in June.", {("btc_produced", Decimal("120"), _JUNE)}),
    # real (m2-clsk-2024-08-alphaspread), reworded with a month
    (
        "Despite a challenging Bitcoin halving event, the company managed to produce 1,583 "
        "Bitcoin in June with a top-tier fleet efficiency of 22.3 joules per terahash.",
        {("btc_produced", Decimal("1583"), _JUNE)},
    ),
    ("Argo was able to mine 200 BTC in June.", {("btc_produced", Decimal("200"), _JUNE)}),
    ("Argo hopes to mine 200 BTC in June.", set()),  # variant: a hope, not a result
    # A participle after the production noun shares its unit
    # real (m3-iren-2024-02-datacenternews), "in June" added
    (
        "However, Bitcoin production was slightly lower in June, mining 1,144 compared to 1,223 "
        "in the previous month.",
        {("btc_produced", Decimal("1144"), _JUNE)},
    ),
    (
        "Bitcoin output fell in June, producing 180 BTC.",  # variant written for the class
        {("btc_produced", Decimal("180"), _JUNE)},
    ),
    # A production rate is no period's figure
    # real (m1-btog-2022-05-loi-negative)
    (
        "The potential acquisition is expected to increase the Company's cryptocurrency mining "
        "capacity by 9.49 megawatts (“MW”) with a hash rate of 316PH / s, representing "
        "approximately 40 Bitcoins mined per month at full capacity.",
        set(),
    ),
    ("The new site adds 30 BTC mined a month.", set()),  # variant written for the class
    (
        "Argo mined 219 BTC in June, a month after the upgrade.",
        {  # variant: not a rate
            ("btc_produced", Decimal("219"), _JUNE)
        },
    ),
    # Guards
    # real (m1-btdr-2025-04-worldbrief-tether-industry-negative), entity BTDR
    (
        "Operational Support: Miners have been selling vast amounts of Bitcoin to cover "
        "operational costs. On April 7th alone, they offloaded 15,000 BTC.",
        set(),
    ),
    # Proceeds
    # real (m1-argo-2022-07-b57-sold-887), month changed
    (
        "In June, Argo sold 887 Bitcoins at an average price of $22,670, raking in a handsome "
        "$20.1 million.",
        {
            ("btc_sold", Decimal("887"), _JUNE),
            ("btc_sale_proceeds_usd", Decimal("20100000"), _JUNE),
        },
    ),
    (
        "Argo sold 300 BTC in June, pocketing a tidy $6 million.",  # variant written for the class
        {("btc_sold", Decimal("300"), _JUNE), ("btc_sale_proceeds_usd", Decimal("6000000"), _JUNE)},
    ),
    # real (m1-cang-2026-02-aped), company and month changed
    (
        "Argo has gone full seller mode, offloading 4,451 Bitcoin$62,477.67 for roughly $305 "
        "million in June.",
        {
            ("btc_sold", Decimal("4451"), _JUNE),
            ("btc_sale_proceeds_usd", Decimal("305000000"), _JUNE),
        },
    ),
    # real (m1-argo-2022-06-cryptured)
    (
        "Argo sold 635 BTC in June. It received ca. $15.5 million and used this amount to reduce "
        "the amount it owed.",
        {
            ("btc_sold", Decimal("635"), _JUNE),
            ("btc_sale_proceeds_usd", Decimal("15500000"), _JUNE),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), TREASURY_CASES)
def test_treasury_classes(text: str, expected: set[Fact]) -> None:
    entity = "BTDR" if text.startswith("Operational Support") else "ARBK"
    assert _treasury(text, entity) == expected


# The holding a sale's share is taken of is the balance before the sale (decided case 1).
# Published 21 June 2022, entity BITF.
SHARE_BASE_CASES: list[tuple[str, set[Fact]]] = [
    # real (m1-bitf-2022-06-cryptoproductivity)
    (
        "In a Tuesday announcement, Bitfarms said it had sold 3,000 Bitcoin over the past seven "
        "days, about 47% of the crypto mining company's approximately 6,349 BTC holdings.",
        {("btc_sold", Decimal("3000"), "2022-06")},
    ),
    (
        "Bitfarms sold 1,500 BTC, or 25% of its 6,000 BTC holdings, in June.",  # variant
        {("btc_sold", Decimal("1500"), "2022-06")},
    ),
    # near-miss: no sale, the holding is a level
    (
        "Bitfarms holds 3,349 BTC, 80% of its production since 2021.",
        {("btc_held", Decimal("3349"), "2022-06")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_BASE_CASES)
def test_sale_share_base_is_no_holding(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=dt.date(2022, 6, 21), entity="BITF")
    assert {(o.metric, o.value, o.period) for o in found if o.metric in _TREASURY} == expected


# AI capex: published 14 November 2025, entity BITF (no period named = 2025-11).
_NOV = "2025-11"
CAPEX_CASES: list[tuple[str, set[Fact]]] = [
    # real (m3-bitf-2025-11-pulse2)
    (
        "Bitfarms announced a major strategic shift as it begins converting its 18 MW Bitcoin "
        "mining facility in Washington State into a high-performance computing and artificial "
        "intelligence center, supported by a fully funded $128 million agreement with a large "
        "publicly traded American multinational provider of critical data center infrastructure.",
        {("ai_capex_usd", Decimal("128000000"), _NOV)},
    ),
    # real (m3-bitf-2025-11-pulse24), "for AI" added (the case's AI words are a sentence before)
    (
        "This 18 MW gross capacity project for AI is supported by a US$128 million fully funded, "
        "binding agreement with a multinational provider supplying critical IT equipment and "
        "building materials.",
        {("ai_capex_usd", Decimal("128000000"), _NOV)},
    ),
    # real (m3-bitf-2025-11-metachain), the AI sentence before it added
    (
        "Bitfarms is converting its Washington site to AI. Headquartered in Canada, the company "
        "has already secured its entire supply chain through a binding contract worth $128 "
        "million with a major multinational data center infrastructure provider based in the "
        "United States.",
        {("ai_capex_usd", Decimal("128000000"), _NOV)},
    ),
    # real (m3-iren-2026-05-pulseaugur), company changed
    (
        "Data center operator Bitfarms has agreed to purchase NVIDIA's air-cooled Blackwell "
        "systems from Dell for approximately $1.6 billion.",
        {("ai_capex_usd", Decimal("1600000000"), _NOV)},
    ),
    # variants written for the class
    (
        "Bitfarms signed a $40 million contract with a GPU server vendor for its HPC build.",
        {("ai_capex_usd", Decimal("40000000"), _NOV)},
    ),
    # near-misses: a tenant's contract value, a venture's headline value
    ("Bitfarms signed a $3 billion agreement with AI infrastructure provider Fluidstack.", set()),
    # real (m3-wulf-2025-10-coinalertnews headline), company changed
    ("Bitfarms and Fluidstack Form $9.5 Billion AI Data Center Joint Venture", set()),
]


@pytest.mark.parametrize(("text", "expected"), CAPEX_CASES)
def test_ai_capex_supplier_deals(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=dt.date(2025, 11, 14), entity="BITF")
    got = {(o.metric, o.value, o.period) for o in found if o.metric == "ai_capex_usd"}
    assert got == expected


def test_supplier_contract_is_no_customer_contract() -> None:
    # real (m3-bitf-2025-11-metachain): a supply contract, not an AI tenant's
    text = (
        "Bitfarms is converting its Washington site to AI. Headquartered in Canada, the company "
        "has already secured its entire supply chain through a binding contract worth $128 "
        "million with a major multinational data center infrastructure provider."
    )
    found = extract_text(text, published=dt.date(2025, 11, 14), entity="BITF")
    assert not [o for o in found if o.metric == "ai_milestone"]


# AI capacity and milestones: published 28 October 2025, entity WULF.
CAPACITY_CASES: list[tuple[str, set[Fact]]] = [
    # real (m3-wulf-2025-10-stocktitan)
    (
        "The JV includes a 25-year hosting commitment representing approximately $9.5 billion in "
        "contracted revenue and expands TeraWulf's contracted HPC platform to more than 510 MW.",
        {("ai_capacity_mw", Decimal("510"), "2025-10")},
    ),
    # variants written for the class
    (
        "TeraWulf grew its AI cloud footprint to 50 MW.",
        {("ai_capacity_mw", Decimal("50"), "2025-10")},
    ),
    ("TeraWulf aims to expand its HPC platform to 1 GW.", set()),  # a goal
    # real (m3-hut-2025-12-dgp: synonym-spun), company changed
    (
        "TeraWulf secured a 15‑12 months lease price $7 billion to supply 245 megawatts of "
        "synthetic intelligence (AI) information heart capability at its Lake Mariner campus.",
        {("ai_capacity_mw", Decimal("245"), "2025-10")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPACITY_CASES)
def test_ai_capacity_levels(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=dt.date(2025, 10, 28), entity="WULF")
    got = {(o.metric, o.value, o.period) for o in found if o.metric == "ai_capacity_mw"}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "delivered"),
    [
        # real (m3-corz-2025-07-gfmreview), entity CORZ
        (
            "CoreWeave just added 1.3 gigawatts of datacenter capacity to its rent-a-GPU scheme "
            "with the $9 billion acquisition of crypto-mining outfit Core Scientific.",
            False,
        ),
        ("Core Scientific launched its GPU-as-a-service offering for AI.", False),  # variant
        ("Core Scientific took delivery of 2,000 H100 GPUs for its AI cloud.", True),  # variant
        ("Core Scientific acquired a 128-GPU cluster from NVIDIA for AI.", True),  # variant
    ],
)
def test_gpu_compounds(text: str, delivered: bool) -> None:
    found = extract_text(text, published=dt.date(2025, 7, 7), entity="CORZ")
    got = any(o.metric == "ai_milestone" and o.detail == "gpus_delivered" for o in found)
    assert got is delivered


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # real (m3-crusoe-2025-03-cointelegraph-nydig-negative), entity CRUSOE
        (
            "In a March 25 announcement, Crusoe said it plans to sell its Bitcoin (BTC) mining "
            "operation, including its digital flare mitigation business, to NYDIG.",
            False,
        ),
        ("Crusoe said it plans to sell its Bitcoin (BTC) holdings.", True),  # variant
        ("Crusoe plans to sell its BTC mining business.", False),  # variant
    ],
)
def test_selling_a_mining_business_is_no_intent(text: str, stated: bool) -> None:
    found = extract_text(text, published=dt.date(2025, 3, 26), entity="CRUSOE")
    assert any(o.metric == "intent" for o in found) is stated


def test_fiscal_quarter_of_a_news_story() -> None:
    # real (m3-iren-2024-02-datacenternews), shortened: the quarter ended 31 December 2023 is
    # IREN's second quarter of fiscal 2024, as the story names it
    text = (
        "IREN announced its financial results for the three and six-month period that ended on "
        "31 December 2023.\n\n"
        "The second quarter of FY24 saw Bitcoin mining revenues rise to $42.0 million. However, "
        "Bitcoin production was slightly lower, mining 1,144 compared to 1,223 in the previous "
        "quarter."
    )
    found = extract_text(text, published=dt.date(2024, 2, 22), entity="IREN")
    produced = {(o.value, o.period) for o in found if o.metric == "btc_produced"}
    assert produced == {(Decimal("1144"), "2024-Q2")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real (m3-glxy-2025-08-techintelpro), the sentence before it kept (its AI paragraph)
        (
            "The financing supports a long-term agreement with CoreWeave Inc. for AI. This "
            "includes a second-phase lease and an exercised option for 133 MW, ensuring "
            "comprehensive utilization of the campus's initial capacity.",
            {("ai_capacity_mw", Decimal("133"), "2025-08")},
        ),
        # variant written for the class
        (
            "The AI lease with CoreWeave adds an exercised option for 100 MW at Helios.",
            {("ai_capacity_mw", Decimal("100"), "2025-08")},
        ),
        # near-miss: an option held, not exercised
        ("CoreWeave holds an option for 133 MW of HPC capacity.", set()),
    ],
)
def test_exercised_option_is_contracted(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=dt.date(2025, 8, 15), entity="GLXY")
    got = {(o.metric, o.value, o.period) for o in found if o.metric == "ai_capacity_mw"}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # real (m2-wulf-2026-02-investingnews): the fiscal year named before the event
        (
            "TeraWulf Reports Fourth Quarter and Full Year 2025 Results\n\nFiscal year 2025 "
            "marked a fundamental inflection point for TeraWulf as the Company executed "
            "long-term data center lease agreements for HPC, providing multi-year revenue "
            "visibility.",
            "2025",
        ),
        # near-miss: a bare year is no whole-period name (the report's quarter dates it)
        (
            "TeraWulf Reports Fourth Quarter and Full Year 2025 Results\n\nIn 2025 the Company "
            "executed long-term data center lease agreements for HPC.",
            "2025-Q4",
        ),
    ],
)
def test_fiscal_year_dates_a_milestone(text: str, period: str) -> None:
    found = extract_text(text, published=dt.date(2026, 2, 26), entity="WULF")
    got = {o.period for o in found if o.metric == "ai_milestone"}
    assert got == {period}


@pytest.mark.parametrize(
    "opening",
    [
        # real (m2-hut-2022-11-securitiesio): "than it did in Q2" is the comparison's other side
        "Only five weeks into the last quarter of 2022, the cryptocurrency market has already "
        "served a cocktail of volatile and hostile flavors much more than it did in Q2.",
        # variant written for the class
        "Hut 8 cut its cost to mine by 29% in comparisons to Q2.",
    ],
)
def test_a_comparison_names_no_report_period(opening: str) -> None:
    text = (
        f"{opening}\n\nThe firm's expanded fleet of miners brought its operating capacity to 3.07 "
        "EH/s by the end of the quarter helped it earn 982 Bitcoins."
    )
    found = extract_text(text, published=dt.date(2022, 11, 11), entity="HUT")
    produced = {(o.value, o.period) for o in found if o.metric == "btc_produced"}
    assert produced == {(Decimal("982"), "2022-Q3")}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # real (m1-bitf-2022-06-wishnplan): the month's start is when the production began
        (
            "This brings the total number of BTC held to 3,349, including production since the "
            "beginning of the month.",
            "2022-06",
        ),
        # near-miss: a balance at the month's start (variant written for the class)
        ("Bitfarms held 6,349 BTC at the start of the month.", "2022-06-01"),
    ],
)
def test_since_the_start_dates_no_balance(text: str, period: str) -> None:
    found = extract_text(text, published=dt.date(2022, 6, 21), entity="BITF")
    assert {o.period for o in found if o.metric == "btc_held"} == {period}
