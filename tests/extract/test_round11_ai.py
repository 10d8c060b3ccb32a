"""Round 11, AI capacity: critical IT told as the unit, a headline's capacity restated, and a
facility leased out in an AI release; a paragraph's event day dates its contract; a data
centre's total after a phase.

TeraWulf's full-year 2025 release (m2-wulf-2026-02-investingnews-fy2025-contracted-mw) counts
its leases in "critical IT MW": "Contracted 522 critical IT MW totaling over $12.8 billion of
revenue", "lease agreements totaling 522 critical IT MW". The data-centre words stand before
the unit instead of after it ("522 MW of critical IT load"); they mean the same critical-IT
capacity (README metric `ai_capacity_mw`), with the same guards (a range target, an ambition and
mining MW are no level). And as with a headline's holding restated in the body with its date,
the headline's capacity with no period of its own is the body's capacity with its period
("Fiscal year 2025 marked … lease agreements totaling 522 critical IT MW" -> 2025), one label.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_WULF_M2 = (  # m2-wulf-2026-02-investingnews-fy2025-contracted-mw (lines cut from it, verbatim)
    "TeraWulf Reports Fourth Quarter and Full Year 2025 Results\n\n"
    "Contracted 522 critical IT MW totaling over $12.8 billion1 of revenue\n\n"
    "Multi-year development pipeline enables targeted annual delivery of 250 - 500 critical IT "
    "MW through the end of the decade\n\n"
    "Fiscal year 2025 marked a fundamental inflection point for TeraWulf as the Company executed "
    "long-term data center lease agreements totaling 522 critical IT MW, providing multi-year "
    "revenue visibility, stable cash-flow characteristics, and scalable development capacity "
    "extending through the end of the decade."
)

# (text, entity, published, expected {(MW, period)})
CAPACITY_CASES: list[tuple[str, str, str, set[tuple[int, str]]]] = [
    (_WULF_M2, "WULF", "2026-02-26", {(522, "2025")}),
    # variant: "critical IT megawatts" under a lease
    (
        "Cipher signed a 10-year lease with AWS covering 300 critical IT megawatts at its Barber "
        "Lake site for AI workloads.",
        "CIFR",
        "2025-11-03",
        {(300, "2025-11")},
    ),
    # variant: contracted capacity stated as a level
    (
        "Applied Digital has 400 critical IT MW contracted with CoreWeave at Polaris Forge 1.",
        "APLD",
        "2025-10-10",
        {(400, "2025-10")},
    ),
    # variant: "IT MW" without "critical", energised HPC capacity
    (
        "The Company now has 60 IT MW of HPC capacity energized at Lake Mariner.",
        "WULF",
        "2025-10-10",
        {(60, "2025-10")},
    ),
    # near miss: a range target is no level (decided case 9)
    (
        "Multi-year development pipeline enables targeted annual delivery of 250 - 500 critical "
        "IT MW through the end of the decade.",
        "WULF",
        "2026-02-26",
        set(),
    ),
    # near miss: an ambition is no capacity
    (
        "TeraWulf aims to reach 1,000 critical IT MW of contracted HPC capacity by 2027.",
        "WULF",
        "2026-02-26",
        set(),
    ),
    # near miss: mining power is not critical IT
    (
        "Riot's Corsicana site has 1,000 MW of power for bitcoin mining.",
        "RIOT",
        "2025-06-03",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CAPACITY_CASES)
def test_critical_it_told_as_the_unit(
    text: str, entity: str, published: str, expected: set[tuple[int, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    capacity = {(int(o.value), o.period) for o in found if o.metric == "ai_capacity_mw"}
    assert capacity == expected


def test_headline_capacity_is_the_bodys() -> None:
    """variant: a results release's headline restates the capacity its body dates by the year
    it names; with no body restatement the headline keeps the report's period (its title's
    first period, the fourth quarter)."""
    text = (
        "Cipher Reports Fourth Quarter and Full Year 2025 Results\n\n"
        "Contracted 360 MW of critical IT load with AWS and Fluidstack\n\n"
        "In fiscal year 2025, the Company executed lease agreements totaling 360 MW of critical "
        "IT load for AI workloads."
    )
    found = extract_text(text, published=dt.date(2026, 2, 24), entity="CIFR")
    assert {o.period for o in found if o.metric == "ai_capacity_mw"} == {"2025"}
    headline_only = text.split("\n\nIn fiscal")[0]
    found = extract_text(headline_only, published=dt.date(2026, 2, 24), entity="CIFR")
    assert {o.period for o in found if o.metric == "ai_capacity_mw"} == {"2025-Q4"}


# A facility leased out, in a release about an AI build-out, is a data centre (a miner's own
# site is not leased to a tenant): m3-hut-2025-12-aipressa-river-bend (published 17 Dec 2025),
# "will initiate a 15-year lease to construct a 245-megawatt facility", whose sentence has no AI
# word of its own (the story's lead has). Contracted AI capacity, decided case 5.
_HUT_M3 = (  # m3-hut-2025-12-aipressa-river-bend (first two sentences, verbatim)
    "Hut 8 Corp. (NASDAQ: HUT) (TSE: HUT) has entered into a substantial USD$7 billion agreement "
    "to lease and develop a large-scale data center in Louisiana, marking a significant step in "
    "its expansion into artificial intelligence (AI) infrastructure. The company announced on "
    "Wednesday that it will initiate a 15-year lease to construct a 245-megawatt facility at the "
    "River Bend campus, with the first phase of construction set for completion by early 2027."
)

LEASED_FACILITY_CASES: list[tuple[str, str, str, set[int]]] = [
    (_HUT_M3, "HUT", "2025-12-17", {245}),
    # variant: a lease to come, signed ("will lease … for 15 years"), a plain tenant
    (
        "Cipher Mining expands into AI hosting. Cipher will lease a 150 MW facility at Barber "
        "Lake to a cloud tenant for 15 years.",
        "CIFR",
        "2025-12-17",
        {150},
    ),
    # variant: the lease entered into, its facility an ordinal building
    (
        "Applied Digital grows its HPC business. The company entered into a 15-year lease of its "
        "second 150-megawatt facility at Ellendale with an investment-grade tenant.",
        "APLD",
        "2025-12-17",
        {150},
    ),
    # near miss: a lease still planned is no capacity
    (
        "IREN expands its AI cloud business. The company plans to lease a 200 MW facility at "
        "Sweetwater to a hyperscale tenant.",
        "IREN",
        "2025-12-17",
        set(),
    ),
    # near miss: a facility leased for mining, in an AI story
    (
        "Cipher Mining expands into AI hosting. Cipher's lease of a 60 MW facility for its "
        "bitcoin miners in Odessa was renewed.",
        "CIFR",
        "2025-12-17",
        set(),
    ),
    # near miss: a leased facility in a mining update (no AI release)
    (
        "Riot reports December production. The company leased a 100 MW facility in Texas.",
        "RIOT",
        "2026-01-05",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), LEASED_FACILITY_CASES)
def test_leased_facility_in_an_ai_release(
    text: str, entity: str, published: str, expected: set[int]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {int(o.value) for o in found if o.metric == "ai_capacity_mw"} == expected


# A paragraph opened by an event's day ("On September 26, 2024, we launched …") tells that
# event in its next sentences: f-hut-2024-q3-10q-anchorage-gpu-capedge (a 10-Q published
# mid-November 2024), "We have entered into a contract with an AI cloud services provider" is
# September's contract_signed (README "Periods": the month of the event if given). A 10-Q's
# "On <date>, we …" dates an event as "On <date>, the Company …" does.
_HUT_F1 = (  # f-hut-2024-q3-10q-anchorage-gpu-capedge (one paragraph, verbatim)
    "Launch of GPU-as-a-Service Business\n"
    "On September 26, 2024, we launched our GPU-as-a-Service offering as our inaugural GPU "
    "cluster came fully online under our wholly owned subsidiary Highrise AI, Inc., which has its "
    "own management team. The cluster, hosted at a tier-three data center in Chicago, Illinois, "
    "comprises multiple HPE Cray supercomputers powered by 1,000 NVIDIA H100 GPUs. We have "
    "entered into a contract with an AI cloud services provider pursuant to which the provider "
    "pays us a fixed infrastructure fee and a share of its revenues from the sale of its services "
    "at the cluster.\n"
)

# (text, entity, published, expected contract_signed periods)
PARAGRAPH_EVENT_CASES: list[tuple[str, str, str, set[str]]] = [
    (_HUT_F1, "HUT", "2024-11-13", {"2024-09"}),
    # variant: "we launched …", then "We have entered into a colocation agreement"
    (
        "Highrise AI\nOn March 3, 2025, we launched our AI cloud business in Chicago. We have "
        "entered into a colocation agreement with an AI cloud provider for the cluster.\n",
        "HUT",
        "2025-05-12",
        {"2025-03"},
    ),
    # variant: the company's name after the day
    (
        "On March 3, 2025, Bit Digital opened its HPC data center in Montreal. The Company has "
        "signed a lease with an AI cloud tenant for the site.\n",
        "BTBT",
        "2025-05-12",
        {"2025-03"},
    ),
    # near miss: the next line is another paragraph -> the publication month
    (
        "On March 3, 2025, Bit Digital opened its HPC data center in Montreal.\nThe Company has "
        "signed a lease with an AI cloud tenant for the site.\n",
        "BTBT",
        "2025-05-12",
        {"2025-05"},
    ),
    # near miss: the sentence names its own month
    (
        "On March 3, 2025, Bit Digital opened its HPC data center in Montreal. In April, the "
        "Company signed a lease with an AI cloud tenant for the site.\n",
        "BTBT",
        "2025-05-12",
        {"2025-04"},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PARAGRAPH_EVENT_CASES)
def test_paragraphs_event_day_dates_its_contract(
    text: str, entity: str, published: str, expected: set[str]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    signed = {o.period for o in found if o.detail == "contract_signed"}
    assert signed == expected


# "bringing the total for “Building 1” to 100MW": a data centre's total after a phase is
# completed, in a release about an AI build-out (k2-apld-2025-12-building1-100mw, published
# 1 Dec 2025; README decided case 5: MW tied to a data centre's IT use). The total's own words
# may be quoted; a mining site's total and a grid's power stay out.
_APLD_K2 = (  # k2-apld-2025-12-building1-100mw (first sentence, verbatim; one later sentence)
    "According to DCD, Applied Digital has completed the second 50MW phase of its first data "
    "center building at its Ellendale, North Dakota campus, bringing the total for “Building 1” "
    "to 100MW. However, all of that future capacity is already spoken for by AI cloud provider "
    "CoreWeave."
)

TOTAL_CASES: list[tuple[str, str, str, set[tuple[int, str]]]] = [
    (_APLD_K2, "APLD", "2025-12-01", {(100, "2025-12")}),
    # variant: straight quotes, a third phase
    (
        "Applied Digital builds for AI cloud provider CoreWeave. The company finished the third "
        'phase of its second data center building, bringing the total for "Building 2" to 150 '
        "MW.",
        "APLD",
        "2026-03-02",
        {(150, "2026-03")},
    ),
    # variant: a data hall energised at a data center
    (
        "IREN grows its AI cloud for Microsoft. IREN energized a new data hall at its Childress "
        "data center, bringing the total for the site to 200 MW.",
        "IREN",
        "2026-03-02",
        {(200, "2026-03")},
    ),
    # near miss: a mining update's data center total
    (
        "Riot reports February production. Riot completed the second phase of its Corsicana data "
        "center, bringing the total for the site to 400 MW for bitcoin mining.",
        "RIOT",
        "2026-03-02",
        set(),
    ),
    # near miss: grid power's total in an AI story, no data centre named
    (
        "IREN grows its AI cloud for Microsoft. IREN added 50 MW of grid power at Sweetwater, "
        "bringing the total to 2,000 MW.",
        "IREN",
        "2026-03-02",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), TOTAL_CASES)
def test_data_centres_total_in_an_ai_release(
    text: str, entity: str, published: str, expected: set[tuple[int, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {(int(o.value), o.period) for o in found if o.metric == "ai_capacity_mw"} == expected
