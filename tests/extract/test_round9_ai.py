"""Round 9 classes: AI capex by its buyer and by an order's noun; AI increments and earlier
deals (periods: test_round9_periods.py).

* A named buyer that is not the company (a customer, hyperscaler, partner, or a name the
  sentence makes the company's hosting client) spends its own money, not the company's capex.
* An order for AI hardware is a purchase by its noun: "placed a $100 million order with
  Supermicro for AI servers", in every usual word order; an order received is a sale.
* An increment that is its deal's own object ("a lease for an additional 260 MW") is
  contracted by it; a deal its words call earlier, dated before publication, is background.

Expected sets follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. Published 3 November 2025, entity IREN, unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]
_PUBLISHED = dt.date(2025, 11, 3)
_NOVEMBER = "2025-11"


def _capex(text: str) -> set[Fact]:
    found = extract_text(text, published=_PUBLISHED, entity="IREN")
    return {(o.metric, o.value, o.period) for o in found if o.metric == "ai_capex_usd"}


def _usd(amount: str) -> set[Fact]:
    return {("ai_capex_usd", Decimal(amount), _NOVEMBER)}


BUYER_CASES: list[tuple[str, set[Fact]]] = [
    # review finding: the buyer is the company's hosting client
    ("Microsoft bought 10,000 GPUs valued at $300 million, hosted by IREN.", set()),
    # variants: a known counterparty without the host clause; an unknown name with it
    ("Microsoft bought 10,000 GPUs valued at $300 million.", set()),
    (
        "Tech giant Microsoft has agreed to purchase 10,000 GPUs valued at $300 million, to be "
        "hosted at IREN's Childress campus.",
        set(),
    ),
    (
        "Humain bought 10,000 GPUs valued at $300 million, which will be hosted by IREN in "
        "Childress.",
        set(),
    ),
    ("Its hyperscaler tenant purchased AI servers for $300 million.", set()),
    ("IREN said its customer, a leading AI lab, ordered Nvidia GPUs worth $300 million.", set()),
    ("Customers bought servers worth $20 million of AI compute from IREN.", set()),
    ("IREN's client Microsoft bought AI servers valued at $300 million.", set()),
    # variants: the buyer as the agent of a passive after the amount
    (
        "10,000 GPUs valued at $300 million were purchased by Microsoft and will be hosted at "
        "IREN's Childress site.",
        set(),
    ),
    ("GPUs worth $300 million, bought by a hyperscaler customer, are hosted in Childress.", set()),
    # the company is the buyer: kept
    ("IREN bought 10,000 GPUs valued at $300 million.", _usd("300000000")),
    ("The company purchased 10,000 GPUs for $300 million.", _usd("300000000")),
    (
        "IREN, which hosts Microsoft, bought 10,000 GPUs for $300 million.",
        _usd("300000000"),
    ),
    (
        "Its subsidiary IREN Cloud purchased 5,000 AI GPUs for $300 million.",
        _usd("300000000"),
    ),
    # a role word that describes the company is no other buyer
    (
        "Leading AI cloud provider IREN bought AI servers valued at $300 million.",
        _usd("300000000"),
    ),
    # the company as the agent of the passive; a tenant-funded share stays capex
    (
        "AI servers worth $300 million were purchased by IREN in October.",
        {("ai_capex_usd", Decimal("300000000"), "2025-10")},
    ),
    ("AI servers worth $300 million were purchased by the company.", _usd("300000000")),
    (
        "Capital expenditures for the AI build were $121.3 million, with $90.3 million funded "
        "by CoreWeave.",
        _usd("121300000") | _usd("90300000"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUYER_CASES)
def test_capex_of_another_buyer(text: str, expected: set[Fact]) -> None:
    assert _capex(text) == expected


ORDER_CASES: list[tuple[str, set[Fact]]] = [
    # review finding
    ("IREN placed a $100 million order with Supermicro for AI servers.", _usd("100000000")),
    # variants: the order noun after the amount, before it, a vendor between, an aside
    ("IREN placed orders totaling $100 million with Supermicro for AI servers.", _usd("100000000")),
    ("IREN placed an order worth $100 million for H200 GPUs.", _usd("100000000")),
    (
        "IREN has placed a $100 million Supermicro purchase order for AI servers.",
        _usd("100000000"),
    ),
    (
        "IREN placed a US$100 million order with Supermicro, a leading server maker, for "
        "liquid-cooled AI servers.",
        _usd("100000000"),
    ),
    # an accelerator's model name is AI hardware by itself (no "AI" word in the sentence)
    (
        "IREN has placed a $100 million Supermicro purchase order for Nvidia GB300 systems.",
        _usd("100000000"),
    ),
    ("IREN placed a $100 million order for Nvidia GB300s with Dell.", _usd("100000000")),
    ("IREN bought 1,000 H100s for $30 million.", _usd("30000000")),
    # near misses: an order received is a sale; "in order to"; an order for miners; a
    # customer contract's value
    ("IREN received a $100 million order from a customer for AI servers.", set()),
    ("IREN raised $100 million in order to buy AI servers.", set()),
    ("IREN placed a $100 million order with Bitmain for bitcoin miners in its AI push.", set()),
    ("IREN signed a $9.7 billion deal with Microsoft for Nvidia GPUs.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ORDER_CASES)
def test_hardware_order(text: str, expected: set[Fact]) -> None:
    assert _capex(text) == expected


# AI capacity: an increment that is the object of the deal noun itself ("a lease for an
# additional 260 MW") is contracted by that deal; not when the deal is still to come.
# Published 15 August 2025, entity GLXY.
INCREMENT_CASES: list[tuple[str, set[Fact]]] = [
    # real (m3-glxy-2025-08-techintelpro-helios), the sentence before it kept
    (
        "The financing supports a long-term agreement with CoreWeave Inc., which has committed "
        "to the full 800 MW of approved power capacity at Helios. This includes a second-phase "
        "lease for an additional 260 MW and an exercised option for 133 MW, ensuring "
        "comprehensive utilization of the campus's initial capacity.",
        {
            ("ai_capacity_mw", Decimal("260"), "2025-08"),
            ("ai_capacity_mw", Decimal("133"), "2025-08"),
        },
    ),
    # variants
    (
        "The agreement includes a lease for an additional 260 MW at Helios for AI workloads.",
        {("ai_capacity_mw", Decimal("260"), "2025-08")},
    ),
    (
        "Its new contract with CoreWeave for another 100 MW of AI capacity at Helios was signed.",
        {("ai_capacity_mw", Decimal("100"), "2025-08")},
    ),
    # near misses: a deal still to come, an option held
    ("Galaxy may sign a lease for an additional 260 MW of AI capacity.", set()),
    ("Galaxy plans a lease for an additional 260 MW of AI capacity.", set()),
    ("Galaxy is negotiating a lease for an additional 260 MW of AI capacity.", set()),
    ("Galaxy holds an option for an additional 260 MW of AI capacity.", set()),
]


@pytest.mark.parametrize(("text", "expected"), INCREMENT_CASES)
def test_increment_object_of_a_deal(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=dt.date(2025, 8, 15), entity="GLXY")
    assert {
        (o.metric, o.value, o.period) for o in found if o.metric == "ai_capacity_mw"
    } == expected


# AI milestones: a deal its own words call earlier ("the initial two … leases executed in May
# 2025"), dated before the month of publication, is background (decided case 1); the same
# words on a deal of the current month name a new deal. Published 1 September 2025, APLD.
EARLIER_DEAL_CASES: list[tuple[str, set[str]]] = [
    # real (i-apld-2025-08-coreweave-150mw-capacitymedia)
    (
        "It will bring Applied Digital's total anticipated contracted lease revenue to roughly "
        "US$11 billion, which includes $7 billion in revenue from the initial two approximately "
        "15-year AI leases executed in May 2025.",
        set(),
    ),
    # variants
    ("The prior AI hosting contract, signed in July 2025 with CoreWeave, runs 15 years.", set()),
    ("Its existing AI lease with CoreWeave, signed in June, covers 250 MW.", set()),
    # a new deal of the current month, and a deal with no earlier-word, count
    (
        "Applied Digital signed an initial 15-year AI lease with CoreWeave in September 2025.",
        {"2025-09"},
    ),
    ("Applied Digital signed a 15-year AI lease with CoreWeave in August 2025.", {"2025-08"}),
]


@pytest.mark.parametrize(("text", "periods"), EARLIER_DEAL_CASES)
def test_earlier_deal_is_background(text: str, periods: set[str]) -> None:
    found = extract_text(text, published=dt.date(2025, 9, 1), entity="APLD")
    got = {o.period for o in found if o.metric == "ai_milestone"}
    assert got == periods


# AI capacity: a site's proper name between the size and its AI word ("the 245 MW River Bend
# AI campus") reads as the same size without it; a name with no site noun after the AI word
# ("a 320 MW Toronto AI 'super factory'") is not read. Published 17 December 2025, entity HUT.
SITE_NAME_CASES: list[tuple[str, set[Fact]]] = [
    # variants written for the class (f-hut-2026-04-river-bend-bonds-pulse: "245 MW River Bend
    # AI campus"; i-apld-2025-01-macquarie-pref-pulse2: "the 400 MW Ellendale HPC Campus")
    (
        "Hut 8 signed a lease for its 245 MW River Bend AI campus.",
        {("ai_capacity_mw", Decimal("245"), "2025-12")},
    ),
    (
        "Hut 8 is building the 245 MW River Bend AI data center.",
        {("ai_capacity_mw", Decimal("245"), "2025-12")},
    ),
    (
        "Hut 8 leased the 400 MW Ellendale HPC facility to CoreWeave.",
        {("ai_capacity_mw", Decimal("400"), "2025-12")},
    ),
    # real (i-apld-2025-01-macquarie-pref-pulse2, relabelled by decided case 30): a build-out
    # to be completed with the money is no done state of the campus
    (
        "The proceeds from MAM, in connection with future project financing, will be used to "
        "complete the buildout of the 400 MW Ellendale HPC Campus, repay the existing bridge "
        "debt, currently outstanding at approximately $180 million.",
        set(),
    ),
    # near misses: no site noun after the AI word; a plan; a build-out to be funded
    ("Hut 8 is pivoting to a CAD 3.5b, 320 MW Toronto AI “super factory”.", set()),
    ("Hut 8 plans to build the 245 MW River Bend AI campus.", set()),
    ("Hut 8 raised $1 billion to fund the build-out of a 245 MW AI campus.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SITE_NAME_CASES)
def test_site_name_between_size_and_ai_word(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=dt.date(2025, 12, 17), entity="HUT")
    assert {
        (o.metric, o.value, o.period) for o in found if o.metric == "ai_capacity_mw"
    } == expected


# AI capacity: "Mining" in a company's name ("Cipher Mining") is no mining word; a bitcoin
# miner or mining rigs still are. Published 3 November 2025, entity CIFR.
COMPANY_MINING_CASES: list[tuple[str, set[Fact]]] = [
    (
        "Cipher Mining has leased its 300 MW Barber Lake data center to AWS.",
        {("ai_capacity_mw", Decimal("300"), _NOVEMBER)},
    ),
    ("Cipher Mining has leased its 300 MW Barber Lake site to a bitcoin miner.", set()),
    ("The site, a 300 MW data center, hosts bitcoin mining rigs for Cipher Mining.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_MINING_CASES)
def test_company_named_mining(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=_PUBLISHED, entity="CIFR")
    assert {
        (o.metric, o.value, o.period) for o in found if o.metric == "ai_capacity_mw"
    } == expected


# AI capacity: data-centre capacity bound by its customers, in the plural too (not "tenants in
# talks": prospective tenants).
# Published 14 August 2023, entity HUT, in a release about the second quarter of 2023.
_Q2_RELEASE = (
    "Hut 8 Mining Corp. has released its financial results for the quarter ended June 30, 2023.\n\n"
)
PLURAL_DEAL_CASES: list[tuple[str, set[Fact]]] = [
    # real (m2-hut-2023-08-stockwatch-q2-hpc-contract)
    (
        "In the meantime, we have more than 1 MW of data centre capacity and existing "
        "infrastructure readily available to meet customers' AI and other high performance "
        "computing demands.",
        {("ai_capacity_mw", Decimal("1"), "2023-Q2")},
    ),
    # variant
    (
        "Hut 8 now has 5 MW of data center capacity ready for customers running AI workloads.",
        {("ai_capacity_mw", Decimal("5"), "2023-Q2")},
    ),
    # near misses: prospective tenants; capacity for mining customers
    (
        "The Texas campus has 1.4 GW of capacity, with 200 MW of power under construction and "
        "HPC tenants in talks.",
        set(),
    ),
    ("Hut 8 has 50 MW of hosting capacity for its bitcoin mining customers.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_DEAL_CASES)
def test_capacity_bound_by_customers(text: str, expected: set[Fact]) -> None:
    found = extract_text(_Q2_RELEASE + text, published=dt.date(2023, 8, 14), entity="HUT")
    assert {
        (o.metric, o.value, o.period) for o in found if o.metric == "ai_capacity_mw"
    } == expected


# AI milestones: a cluster named by its GPUs coming online is capacity energised ("our
# inaugural GPU cluster came fully online"); an adverb may sit in "came (fully) online"; GPUs
# themselves brought online are a delivery. Published 1 October 2024, entity HUT.
ONLINE_CASES: list[tuple[str, set[str]]] = [
    # real (f-hut-2024-q3-10q-anchorage-gpu-capedge)
    (
        "On September 26, 2024, we launched our GPU-as-a-Service offering as our inaugural GPU "
        "cluster came fully online under our wholly owned subsidiary Highrise AI, Inc.",
        {"capacity_energised"},
    ),
    # variants
    ("Hut 8's first AI data hall came officially online in September.", {"capacity_energised"}),
    ("The GPU data center in Chicago went fully live in September.", {"capacity_energised"}),
    # near misses: GPUs delivered, not capacity; a schedule
    ("Hut 8 brought 1,000 GPUs online in September.", {"gpus_delivered"}),
    ("The GPU cluster is expected to come fully online in December.", set()),
]


@pytest.mark.parametrize(("text", "details"), ONLINE_CASES)
def test_gpu_cluster_online(text: str, details: set[str]) -> None:
    found = extract_text(text, published=dt.date(2024, 10, 1), entity="HUT")
    assert {o.detail for o in found if o.metric == "ai_milestone"} == details
