"""Round 10 (blind batch p): a date a build-out is due never dates a fact.

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

Expected periods follow the labelling convention (tests/extract/real/README.md).
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
