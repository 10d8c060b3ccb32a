"""XBRL periods: spans, fiscal labels, calendar inference, quarters derived from YTD values."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.sources.edgar.periods import (
    FiscalCalendar,
    PeriodValue,
    Span,
    derive_quarters,
    infer_calendar,
    span_of,
)

D = date.fromisoformat

SPAN_CASES = [
    (None, "2025-09-30", Span.INSTANT),
    ("2025-07-01", "2025-09-30", Span.QUARTER),
    ("2023-04-02", "2023-07-01", Span.QUARTER),  # Apple: 13 weeks
    ("2025-01-01", "2025-06-30", Span.HALF_YEAR),
    ("2025-01-01", "2025-09-30", Span.NINE_MONTHS),
    ("2025-01-01", "2025-12-31", Span.YEAR),
    ("2022-09-25", "2023-09-30", Span.YEAR),  # a 53-week year
    ("2025-01-01", "2025-01-31", None),  # a month is not a reporting period here
    ("2025-01-01", "2025-08-31", None),
]


@pytest.mark.parametrize(("start", "end", "span"), SPAN_CASES)
def test_span(start: str | None, end: str, span: Span | None) -> None:
    assert span_of(D(start) if start else None, D(end)) is span


DECEMBER = FiscalCalendar(12)
SEPTEMBER = FiscalCalendar(9)

LABEL_CASES = [
    (DECEMBER, None, "2025-09-30", "2025-09-30"),
    (DECEMBER, "2025-07-01", "2025-09-30", "2025-Q3"),
    (DECEMBER, "2025-01-01", "2025-03-31", "2025-Q1"),
    (DECEMBER, "2025-01-01", "2025-06-30", "2025-H1"),
    (DECEMBER, "2025-07-01", "2025-12-31", "2025-H2"),
    (DECEMBER, "2025-01-01", "2025-09-30", "2025-9M"),
    (DECEMBER, "2025-01-01", "2025-12-31", "2025"),
    (DECEMBER, "2024-10-01", "2025-06-30", None),  # nine months not ending at Q3
    (DECEMBER, "2024-07-01", "2025-06-30", None),  # a trailing year not ending at Q4
    # Apple: fiscal year ends late September; labels name the fiscal year it ends in.
    (SEPTEMBER, "2022-09-25", "2022-12-31", "2023-Q1"),
    (SEPTEMBER, "2023-04-02", "2023-07-01", "2023-Q3"),
    (SEPTEMBER, "2022-09-25", "2023-09-30", "2023"),
    (SEPTEMBER, "2022-09-25", "2023-04-01", "2023-H1"),
]


@pytest.mark.parametrize(("calendar", "start", "end", "label"), LABEL_CASES)
def test_labels(calendar: FiscalCalendar, start: str | None, end: str, label: str | None) -> None:
    assert calendar.label(D(start) if start else None, D(end)) == label


def test_calendar_is_inferred_from_annual_period_ends() -> None:
    assert infer_calendar([D("2023-09-30"), D("2022-09-24"), D("2021-12-31")]).year_end_month == 9
    assert infer_calendar([]).year_end_month == 12


def value(
    start: str, end: str, amount: float, accession: str = "a", concept: str = "X"
) -> PeriodValue:
    return PeriodValue(
        start=D(start),
        end=D(end),
        value=amount,
        unit="USD",
        accession=accession,
        filed=D(end),
        form="10-Q",
        concepts={concept: amount},
        method="reported",
    )


DERIVE_CASES = [
    (
        "quarters from year-to-date values",
        [
            value("2025-01-01", "2025-03-31", 2.1),
            value("2025-01-01", "2025-06-30", 9.1),
            value("2025-01-01", "2025-09-30", 21.4),
            value("2025-01-01", "2025-12-31", 30.0),
        ],
        {"2025-Q2": 7.0, "2025-Q3": 12.3, "2025-Q4": 8.6},
    ),
    (
        "a quarter reported directly is not derived",
        [
            value("2025-01-01", "2025-06-30", 9.1),
            value("2025-01-01", "2025-09-30", 21.4),
            value("2025-07-01", "2025-09-30", 12.0),
        ],
        {},
    ),
    (
        "half-yearly reporter: H2 = FY - H1",
        [value("2025-01-01", "2025-06-30", 9.1), value("2025-01-01", "2025-12-31", 20.0)],
        {"2025-H2": 10.9},
    ),
    (
        "different concepts are not subtracted",
        [
            value("2025-01-01", "2025-06-30", 9.1, concept="InterestExpense"),
            value("2025-01-01", "2025-09-30", 21.4, concept="InterestExpenseNonoperating"),
        ],
        {},
    ),
    (
        "different years are not subtracted",
        [value("2024-01-01", "2024-09-30", 5.0), value("2025-01-01", "2025-12-31", 20.0)],
        {},
    ),
]


@pytest.mark.parametrize(
    ("name", "values", "expected"), DERIVE_CASES, ids=[c[0] for c in DERIVE_CASES]
)
def test_derived_quarters(name: str, values: list[PeriodValue], expected: dict[str, float]) -> None:
    derived = derive_quarters(values, DECEMBER)
    got = {DECEMBER.label(v.start, v.end): round(v.value, 6) for v in derived}
    assert got == expected
    for v in derived:
        assert v.method == "derived" and len(v.derived_from) == 2


def test_a_derived_quarter_names_what_it_came_from() -> None:
    (q3,) = derive_quarters(
        [
            value("2025-01-01", "2025-06-30", 9.1, "h1"),
            value("2025-01-01", "2025-09-30", 21.4, "9m"),
        ],
        DECEMBER,
    )
    assert (q3.start, q3.end, q3.accession) == (D("2025-07-01"), D("2025-09-30"), "9m")
    assert q3.derived_from == ("2025-9M", "2025-H1")
    assert q3.concepts == {"X": pytest.approx(12.3)}
