"""Round 10 (blind batch p), AI: a date a build-out is due never dates a fact.

No dev or holdout label has a calendar period that starts after its publication (the only
later labels are fiscal quarters of IREN/HIVE/APLD reports, "Q1 FY26"). On batch p the
extractor dated AI facts by when a site is due to open:

* a report period read from a schedule: "The Energy Mag reports the project … is expected to
  be operational in the second half of 2027" made 2027-H2 the story's report period, and every
  fact of the story took it. A calendar period not begun at publication and named as a due date
  is no report period (`schedules.is_schedule`); a fiscal name ("Q1 FY26", "the third quarter
  ended Dec. 31, 2023") still is.
* a capacity dated by its opening: "will add 160 MW of critical IT load when operations begin
  in the second half of 2026" is capacity contracted now (README decided case 23): the
  report's period, else the publication month. A target to energise keeps its period (the
  issue's own example, "expects to energise 50 MW of AI capacity by Q3 2026" → 2026-Q3).

And AI facts in a news story's words: a deal "inked", "scored", "bagged" (a headline's verbs),
with an AI cloud tenant named instead of an AI word ("a $865 million deal with Nscale"); a
build's price with its size between ("a CAD $3.5 billion, 320-megawatt AI "gigafactory"").

Expected values and periods follow the labelling convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.document_period import detect_report_period
from monitor.extract.sentences import segments

_HIVE_P2 = (  # p2-hive-2026-05-letsdatascience-gigafactory-capex (first sentences, verbatim)
    "According to CryptoBriefing and The Energy Mag, HIVE Digital Technologies announced plans "
    'for a CAD $3.5 billion, 320-megawatt AI "gigafactory" in the Greater Toronto Area, and the '
    "company's stock jumped roughly 35% on the news. The Energy Mag reports the project will be "
    "developed by HIVE's subsidiary BUZZ High Performance Computing Inc., is targeted to host "
    "more than 100,000 GPUs at full build-out, and is expected to be operational in the second "
    "half of 2027."
)
_WULF_P2 = (  # p2-wulf-2025-10-reportify-abernathy-510mw (an excerpt, verbatim)
    "Financial and Operational Highlights - The Abernathy facility is expected to be operational "
    "in the second half of 2026, with plans for future expansions already in consideration [4]"
)

REPORT_CASES: list[tuple[str, str, str | None]] = [
    (_HIVE_P2, "2026-05-18", None),
    (_WULF_P2, "2025-10-28", None),
    # variant: a news story's "reports" beside a site's opening date
    (
        "The company reports that its Texas data center is slated to come online in the first "
        "quarter of 2027.",
        "2026-03-02",
        None,
    ),
    # fiscal names are the issuer's report periods, labelled later than their calendar months
    ("Earnings Call Insights: IREN Limited (IREN) Q1 2026\nIREN grew.", "2025-11-07", "2026-Q1"),
    ("IREN Reports Q1 FY26 Results", "2025-11-07", "2026-Q1"),
    (
        "Hive Digital Technologies Ltd. has released its earnings report for the third quarter "
        "ended Dec. 31, 2023 (all amounts are in U.S. dollars).",
        "2024-02-13",
        "2024-Q3",
    ),
    # a period already begun is no schedule
    ("Riot Announces July 2025 Production and Operating Updates", "2025-08-05", "2025-07"),
]


@pytest.mark.parametrize(("text", "published", "report"), REPORT_CASES)
def test_no_report_period_from_a_schedule(text: str, published: str, report: str | None) -> None:
    found = detect_report_period(list(segments(text)), dt.date.fromisoformat(published))
    assert (found.label() if found else None) == report


def test_story_facts_take_the_publication_month() -> None:
    """p2-hive: the 320 MW AI campus is dated by the story, not by its opening half-year."""
    found = extract_text(_HIVE_P2, published=dt.date(2026, 5, 18), entity="HIVE")
    periods = {o.period for o in found if o.metric.startswith("ai_")}
    assert periods == {"2026-05"}


def _capacity(text: str, published: dt.date, entity: str = "WULF") -> set[tuple[int, str | None]]:
    found = extract_text(text, published=published, entity=entity)
    return {(int(o.value or 0), o.period) for o in found if o.metric == "ai_capacity_mw"}


CAPACITY_CASES: list[tuple[str, str, set[tuple[int, str | None]]]] = [
    # p1-wulf-2025-08-inkl-cb5-160mw-notes-launched (verbatim)
    (
        "The expansion introduces CB-5, a new purpose-built data center that will add 160 MW of "
        "critical IT load when operations begin in the second half of 2026.",
        "2025-08-18",
        {(160, "2025-08")},
    ),
    # variant: operations "expected to start"
    (
        "The lease covers 200 MW of critical IT load, with operations expected to start in the "
        "first quarter of 2027.",
        "2025-08-18",
        {(200, "2025-08")},
    ),
    # variant: "once operations commence"
    (
        "The Abernathy campus will host 200 MW of critical IT load for Fluidstack once "
        "operations commence in 2027.",
        "2025-10-28",
        {(200, "2025-10")},
    ),
    # variant: "expected to be operational", told before the figure
    (
        "The Abernathy campus, expected to be operational in the second half of 2026, will add "
        "200 MW of critical IT load.",
        "2025-10-28",
        {(200, "2025-10")},
    ),
    # near miss: a target to energise is guidance and keeps its period (the example)
    (
        "TeraWulf expects to energize the first 40 MW of HPC capacity for Fluidstack at Lake "
        "Mariner in the first quarter of 2026.",
        "2025-09-15",
        {(40, "2026-Q1")},
    ),
    # near miss: an opening already past dates the capacity
    (
        "TeraWulf brought 40 MW of critical IT load for Fluidstack into operation in July 2025.",
        "2025-08-18",
        {(40, "2025-07")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CAPACITY_CASES)
def test_capacity_not_dated_by_its_opening(
    text: str, published: str, expected: set[tuple[int, str | None]]
) -> None:
    assert _capacity(text, dt.date.fromisoformat(published)) == expected


# --- AI facts in a news story's own words (batch p) -------------------------------------------


def _ai(
    text: str, published: dt.date, entity: str
) -> set[tuple[str, object, str | None, str | None]]:
    found = extract_text(text, published=published, entity=entity)
    return {
        (o.metric, int(o.value) if o.value is not None else None, o.period, o.detail)
        for o in found
        if o.metric.startswith("ai_")
    }


_SIGNED = ("ai_milestone", None, "2025-12", "contract_signed")
CONTRACT_CASES: list[tuple[str, set[tuple[str, object, str | None, str | None]]]] = [
    # p1-wyfi-2025-12-coindesk-rewrite-nscale-40mw (verbatim): no AI word but the tenant's name
    (
        "WhiteFiber, a relatively new player, just inked a jaw-dropping 10-year, $865 million "
        "deal with Nscale Global Holdings.",
        {_SIGNED},
    ),
    # p1-wyfi (verbatim, the TL;DR bullet): a headline's verb
    ("WhiteFiber scores a massive $865M deal for AI data centers.", {_SIGNED}),
    # variants: the headline verbs of the family
    ("WhiteFiber inks 10-year AI colocation deal with Nscale.", {_SIGNED}),
    ("WhiteFiber bags a $865 million AI data center lease.", {_SIGNED}),
    ("WhiteFiber snags 10-year HPC hosting contract with Core42.", {_SIGNED}),
    ("WhiteFiber nabbed a 10-year lease with TensorWave for its NC-1 campus.", {_SIGNED}),
    # near misses: a deal of another kind, or the tenant's own deal
    ("WhiteFiber inks a $50 million loan agreement to fund its AI data center.", set()),
    ("Nscale inked a deal with Microsoft to procure 200,000 NVIDIA GB300 GPUs.", set()),
    ("WhiteFiber scored record revenue from its AI cloud business.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACT_CASES)
def test_contract_in_news_words(
    text: str, expected: set[tuple[str, object, str | None, str | None]]
) -> None:
    got = _ai(text, dt.date(2025, 12, 19), "WYFI")
    assert {item for item in got if item[0] == "ai_milestone"} == expected


PRICE_CASES: list[tuple[str, set[tuple[str, object, str | None, str | None]]]] = [
    # p2-hive-2026-05 (verbatim): the project's price, its size between
    (
        "HIVE Digital Technologies announced plans for a CAD $3.5 billion, 320-megawatt AI "
        '"gigafactory" in the Greater Toronto Area.',
        # (its 320 MW is a plan, not capacity: decided case 30)
        {("ai_capex_usd", 3500000000, "2026-05", None)},
    ),
    # variants
    (
        "HIVE plans a $3.5 billion AI gigafactory in Toronto.",
        {("ai_capex_usd", 3500000000, "2026-05", None)},
    ),
    (
        "HIVE is building a $500 million, 100 MW AI data center in Toronto.",
        {("ai_capex_usd", 500000000, "2026-05", None), ("ai_capacity_mw", 100, "2026-05", None)},
    ),
    # near miss: a lease's value, not a build's price
    ("HIVE signed a $5 billion AI factory lease with a U.S. hyperscaler.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PRICE_CASES)
def test_project_price_is_capex(
    text: str, expected: set[tuple[str, object, str | None, str | None]]
) -> None:
    got = _ai(text, dt.date(2026, 5, 18), "HIVE")
    assert {item for item in got if item[0] != "ai_milestone"} == expected


# A tenant growing at the company's site is a contract signed ("Fluidstack has expanded its
# footprint at the Lake Mariner data center campus"); the company's own footprint is not. A
# lease "for 570 MW of power capacity" is a site's power leased, no AI customer's contract.
FOOTPRINT_CASES: list[tuple[str, str, bool]] = [
    # p1-wulf-2025-08-inkl-cb5-160mw-notes-launched (verbatim)
    (
        "Separately, TeraWulf announced that Fluidstack has expanded its footprint at the Lake "
        "Mariner data center campus in Western New York.",
        "WULF",
        True,
    ),
    # variants
    (
        "Fluidstack has expanded its footprint at TeraWulf's Lake Mariner data center campus.",
        "WULF",
        True,
    ),
    (
        "CoreWeave expanded its presence at the Denton HPC campus with an additional 70 MW.",
        "CORZ",
        True,
    ),
    # near misses: the company's own footprint; a power lease
    ("TeraWulf has expanded its footprint in Texas with a new AI data center site.", "WULF", False),
    # p1-btdr-2024-q2-benzinga-628-self-mined (verbatim)
    (
        "In its power and data center infrastructure business, Bitdeer signed a 30-year lease "
        "agreement for 570 MW of power capacity in Ohio, thereby strengthening its total "
        "capacity.",
        "BTDR",
        False,
    ),
    # variant
    ("Bitdeer signed a lease for 500 megawatts of grid power at its new AI campus.", "BTDR", False),
    # near miss: a lease of critical IT capacity is an AI contract
    (
        "Bitdeer signed a lease for 50 MW of critical IT capacity with an AI cloud tenant.",
        "BTDR",
        True,
    ),
]


@pytest.mark.parametrize(("text", "entity", "signed"), FOOTPRINT_CASES)
def test_tenant_footprint_and_power_lease(text: str, entity: str, signed: bool) -> None:
    got = _ai(text, dt.date(2025, 8, 18), entity)
    assert any(item[3] == "contract_signed" for item in got) is signed


# An increment contracted by a tenant that "agreed to lease" it is capacity (a done deal, like
# "leased" or "signed"): p1-apld-2025-09-dcd-coreweave-additional-150mw (verbatim) and variants.
AGREED_CASES: list[tuple[str, set[int]]] = [
    (
        "CoreWeave has agreed to lease an additional 150MW of data center capacity from "
        "Applied Digital.",
        {150},
    ),
    ("The company agreed to lease an additional 150 MW of critical IT load to CoreWeave.", {150}),
    # near miss: a plan to agree is no deal
    ("CoreWeave may agree to lease an additional 150 MW of capacity from Applied Digital.", set()),
]


@pytest.mark.parametrize(("text", "values"), AGREED_CASES)
def test_agreed_to_lease_increment(text: str, values: set[int]) -> None:
    got = _ai(text, dt.date(2025, 9, 1), "APLD")
    assert {item[1] for item in got if item[0] == "ai_capacity_mw"} == values


# "… HIVE currently operates around 5,500 GPUs, controls more than 850 MW of power capacity
# globally, and has secured about CAD $30 million in AI cloud services contracts"
# (p2-hive-2026-05-letsdatascience-gigafactory-capex): the value of the contracts held so far is
# a state, no contract signed now; a contract signed in the period still is one.
HELD_VALUE_CASES: list[tuple[str, bool]] = [
    (
        "CryptoBriefing and The Energy Mag report HIVE currently operates around 5,500 GPUs, "
        "controls more than 850 MW of power capacity globally, and has secured about CAD $30 "
        "million in AI cloud services contracts.",
        False,
    ),
    ("HIVE has signed $30 million in AI cloud contracts so far.", False),
    ("HIVE signed a $30 million AI cloud services contract with a European customer.", True),
    ("HIVE secured $30 million in new AI cloud contracts in April.", True),
]


@pytest.mark.parametrize(("text", "signed"), HELD_VALUE_CASES)
def test_contract_value_held_is_no_signing(text: str, signed: bool) -> None:
    got = _ai(text, dt.date(2026, 5, 18), "HIVE")
    assert any(item[3] == "contract_signed" for item in got) is signed
