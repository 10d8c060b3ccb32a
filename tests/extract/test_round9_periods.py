"""Round 9 period classes: spans of months, "the quarter" of the prose, a spoken quarter.

* "from April to June", "between April and June 2024": one span, labelled with the calendar
  quarter, half or year it is (README: a quarter `YYYY-Qn`, a half `YYYY-Hn`, a year `YYYY`),
  never with one of its months; a yearless span ends at the latest such month not after
  publication.
* "In the second quarter of 2023, … mined 399 Bitcoins during the quarter": "the quarter" of a
  story with no report period is the quarter its prose is about, not the last one before
  publication.
* "during Q two": a transcript's spelled quarter, read as "Q2".

Expected periods follow the labelling convention (tests/extract/real/README.md), never the
extractor's output. Published 3 November 2025, entity IREN, unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from monitor.extract import extract_text
from monitor.extract.month_spans import MONTH_SPAN
from monitor.extract.periods import parse_period

_PUBLISHED = dt.date(2025, 11, 3)


def _produced(text: str, published: dt.date = _PUBLISHED, entity: str = "IREN") -> set[str]:
    found = extract_text(text, published=published, entity=entity)
    return {o.period for o in found if o.metric == "btc_produced"}


SPAN_CASES: list[tuple[str, str | None]] = [
    # review finding: a yearless span is the quarter (published 3 November 2025)
    ("From April to June, IREN mined 1,000 BTC.", "2025-Q2"),
    ("Between April and June 2024, IREN mined 1,000 BTC.", "2024-Q2"),
    # variants
    ("From April 2024 to June 2024, IREN mined 1,000 BTC.", "2024-Q2"),
    ("IREN mined 1,000 BTC in April-June 2024.", "2024-Q2"),
    ("IREN mined 1,000 BTC in the April–June period.", "2025-Q2"),
    # (a half needs the text to name one, README decided case 42: since the eighteenth
    # session the span alone, "from January through June", gives no half)
    ("In its half-year update, IREN said it mined 1,000 BTC from January through June.", "2025-H1"),
    ("IREN mined 1,000 BTC from July to September 2025.", "2025-Q3"),
    ("Between January and December 2024, IREN mined 1,000 BTC.", "2024"),
    # two months joined by "and" without "between" are no span
    ("IREN mined 500 BTC in April and 500 BTC in June.", None),
]


@pytest.mark.parametrize(("text", "period"), SPAN_CASES)
def test_month_span_period(text: str, period: str | None) -> None:
    got = _produced(text)
    if period is None:
        assert got == {"2025-04", "2025-06"}
    else:
        assert got == {period}


def test_span_across_new_year() -> None:
    """ "from October to December" published in January is last year's fourth quarter."""
    text = "From October to December, IREN mined 1,000 BTC."
    assert _produced(text, dt.date(2025, 1, 10)) == {"2024-Q4"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("between April and July", None),  # no calendar period
        ("March-April 2024", None),
        ("from October 2024 to March 2025", None),
        ("from July 2024 to June 2025", None),  # twelve months, not a calendar year
        ("from July 2024 through December", "2024-H2"),
    ],
)
def test_span_labels(text: str, label: str | None) -> None:
    period = parse_period(text, _PUBLISHED)
    assert (period.label() if period else None) == label


def test_span_pattern_has_no_runaway() -> None:
    """A long run of month words and joints is read in one pass (the pattern has no nested
    unbounded repeat); the answer is checked, not the time."""
    text = "April to June and " * 3000
    assert len(re.findall(MONTH_SPAN, text)) == 3000


QUARTER_CASES: list[tuple[str, dt.date, str]] = [
    # real (n2-hut-2023-q2-financemagnates-399), published 5 October 2023
    (
        "In the second quarter of 2023, Hut 8's revenue decreased from $25 million to $19 "
        "million. Additionally, the company mined only 399 Bitcoins during the quarter, which "
        "was a steep drop of 58% from the previous year.",
        dt.date(2023, 10, 5),
        "2023-Q2",
    ),
    # variant: a quarter named in the sentence before, "in the quarter"
    (
        "Hut 8 reported its first quarter 2023 results on Monday. The company mined 399 "
        "Bitcoins in the quarter.",
        dt.date(2023, 10, 5),
        "2023-Q1",
    ),
    # no quarter named: the last quarter before publication
    ("Hut 8 mined 399 Bitcoins during the quarter.", dt.date(2023, 10, 5), "2023-Q3"),
    # real (n2-btbt-2023-q2-coindesk-video-318), a video transcript, published 17 August 2023
    ("The company earned 318 Bitcoin during Q two.", dt.date(2023, 8, 17), "2023-Q2"),
    # variants
    ("Hut 8 mined 399 Bitcoins in Q three of 2022.", dt.date(2023, 8, 17), "2022-Q3"),
    ("Hut 8 mined 399 Bitcoins in Q four.", dt.date(2023, 8, 17), "2022-Q4"),
]


@pytest.mark.parametrize(("text", "published", "period"), QUARTER_CASES)
def test_quarter_of_the_prose(text: str, published: dt.date, period: str) -> None:
    assert _produced(text, published, "HUT") == {period}


# An AI capacity dated by the whole named period that opens its sentence, further on than a
# clause's reach (as milestones are). Published 26 February 2026, entity WULF, no title.
OPENING_CASES: list[tuple[str, str]] = [
    # real (m2-wulf-2026-02-investingnews-fy2025-contracted-mw), the unit order changed to "MW of
    # critical IT load"
    (
        "Fiscal year 2025 marked a fundamental inflection point for TeraWulf as the Company "
        "executed long-term data center lease agreements totaling 522 MW of critical IT load, "
        "providing multi-year revenue visibility.",
        "2025",
    ),
    # variants: a quarter opens the sentence; a bare year or a day does not name the period
    (
        "In the fourth quarter of 2025, TeraWulf, the New York-based operator of zero-carbon "
        "data centers and bitcoin mines, executed AI lease agreements totaling 200 MW of "
        "critical IT load.",
        "2025-Q4",
    ),
    (
        "In 2025, TeraWulf, the New York-based operator of zero-carbon data centers and bitcoin "
        "mines, executed AI lease agreements totaling 200 MW of critical IT load.",
        "2026-02",
    ),
]


@pytest.mark.parametrize(("text", "period"), OPENING_CASES)
def test_capacity_dated_by_the_sentence_opening(text: str, period: str) -> None:
    found = extract_text(text, published=dt.date(2026, 2, 26), entity="WULF")
    assert {o.period for o in found if o.metric == "ai_capacity_mw"} == {period}
