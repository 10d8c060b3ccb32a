"""The one period parser and label: every label form the code writes and the real data holds
reads back to the period it names and is written again unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from monitor.sources.edgar.periods import FiscalCalendar
from monitor.vocabulary.periods import Period, month_number, period_sort_key, rule_period

TESTS = Path(__file__).resolve().parent.parent
EDGAR_REAL = TESTS / "edgar" / "real"
EXTRACT_REAL = TESTS / "extract" / "real"

# Every form, with the period it names, as monitor/metrics.py and the EDGAR docstrings
# describe them: (label, granularity, year, index, day, last day).
FORMS = [
    ("2026-01", "month", 2026, 1, None, dt.date(2026, 1, 31)),
    ("2025-Q3", "quarter", 2025, 3, None, dt.date(2025, 9, 30)),
    ("2025-H1", "half", 2025, 1, None, dt.date(2025, 6, 30)),
    ("2025-H2", "half", 2025, 2, None, dt.date(2025, 12, 31)),
    ("2025-9M", "nine_months", 2025, 1, None, dt.date(2025, 9, 30)),
    ("2025", "year", 2025, 1, None, dt.date(2025, 12, 31)),
    ("2024-02-29", "date", 2024, 2, 29, dt.date(2024, 2, 29)),
]


@pytest.mark.parametrize(("label", "granularity", "year", "index", "day", "last"), FORMS)
def test_every_form_reads_and_writes_back(
    label: str, granularity: str, year: int, index: int, day: int | None, last: dt.date
) -> None:
    period = Period.parse(label)
    assert period is not None
    assert (period.granularity, period.year, period.index, period.day) == (
        granularity,
        year,
        index,
        day,
    )
    assert period.last_day() == last
    assert period.label() == str(period) == label


@pytest.mark.parametrize(
    "label",
    ["", None, "2025-13", "2025-00", "2025-02-30", "2025-Q5", "2025-H3", "2025-6M", "Feb 2026",
     "25-Q1", "2025-Q1 ", "FY2025"],
)  # fmt: skip
def test_anything_else_is_no_period(label: str | None) -> None:
    assert Period.parse(label) is None


def test_a_date_labelled_as_a_flow_is_its_month() -> None:
    day = Period.parse("2025-11-30")
    assert day is not None
    assert (day.label(as_of=False), day.label()) == ("2025-11", "2025-11-30")


@pytest.mark.parametrize(
    ("label", "first"),
    [
        ("2025-11-30", dt.date(2025, 11, 30)),
        ("2025-11", dt.date(2025, 11, 1)),
        ("2025-Q4", dt.date(2025, 10, 1)),
        ("2025-H2", dt.date(2025, 7, 1)),
        ("2025-9M", dt.date(2025, 1, 1)),  # nine months ended 30 September: from 1 January
        ("2025", dt.date(2025, 1, 1)),
    ],
)
def test_each_period_starts_on_its_first_day(label: str, first: dt.date) -> None:
    period = Period.parse(label)
    assert period is not None and period.first_day() == first


def test_year_to_date_spans_are_no_rule_period() -> None:
    assert [rule_period(label) for label in ("2025-H1", "2025-H2", "2025-9M")] == [None] * 3


def test_labels_sort_by_the_day_they_end_then_shorter_spans_last() -> None:
    labels = ["2025-12-31", "2025", "2025-Q4", "2025-H2", "2025-9M", "2025-H1", "nonsense",
              "2025-12", "2025-Q3", "2025-06-30", "2024"]  # fmt: skip
    assert sorted(labels, key=period_sort_key) == [
        "2024",
        "2025-H1",
        "2025-06-30",
        "2025-9M",
        "2025-Q3",
        "2025",
        "2025-H2",
        "2025-Q4",
        "2025-12",
        "2025-12-31",
        "nonsense",
    ]


@pytest.mark.parametrize(
    ("name", "number"), [("January", 1), ("Sept.", 9), ("sep", 9), ("MAY", 5), ("Dec", 12)]
)
def test_month_names(name: str, number: int) -> None:
    assert month_number(name) == number


# --- the real data ---------------------------------------------------------------------------


def _extract_labels() -> Iterator[str]:
    for path in sorted(EXTRACT_REAL.rglob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            yield from _periods_in(document)


def _periods_in(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "period" and isinstance(value, str):
                yield value
            else:
                yield from _periods_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from _periods_in(item)


def _edgar_expected_labels() -> Iterator[str]:
    for path in sorted(EDGAR_REAL.glob("expected_*.csv")):
        with path.open(encoding="utf-8") as rows:
            yield from (row["period"] for row in csv.DictReader(rows))


def _edgar_fact_labels() -> Iterator[str]:
    """The label of every fact's period in the real companyfacts files, as EDGAR writes it."""
    for path in sorted(EDGAR_REAL.glob("*.json.gz")):
        facts = json.loads(gzip.decompress(path.read_bytes()))["facts"]
        calendar = FiscalCalendar(_year_end_month(path.name))
        for concepts in facts.values():
            for concept in concepts.values():
                for unit in concept["units"].values():
                    for fact in unit:
                        start = dt.date.fromisoformat(fact["start"]) if "start" in fact else None
                        label = calendar.label(start, dt.date.fromisoformat(fact["end"]))
                        if label is not None:
                            yield label


def _year_end_month(name: str) -> int:
    # The filers' fiscal year ends (their 10-K cover pages): Apple September, Snowflake
    # January, Tesla and LPA December.
    return {"AAPL": 9, "SNOW": 1}.get(name.split("_")[2].split(".")[0], 12)


REAL_LABELS = sorted({*_extract_labels(), *_edgar_expected_labels(), *_edgar_fact_labels()})


def test_the_real_data_holds_every_form() -> None:
    shapes = {re.sub(r"\d", "9", label) for label in REAL_LABELS}
    assert {"9999-99", "9999-Q9", "9999-H9", "9999-9M", "9999", "9999-99-99"} <= shapes


@pytest.mark.parametrize("label", REAL_LABELS)
def test_real_labels_round_trip(label: str) -> None:
    period = Period.parse(label)
    assert period is not None
    assert period.label() == label
    assert Period.parse(period.label()) == period
