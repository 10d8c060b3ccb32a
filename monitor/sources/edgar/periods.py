"""Reporting periods of XBRL facts: instant or duration, fiscal labels, quarters from YTD.

Periods are told by their dates, never by the filing's `fy`/`fp` (a 10-K's comparatives carry
the 10-K's fy/fp). A duration is a quarter (~3 months), a half year, nine months or a year;
anything else is ignored. Labels follow the issuer's fiscal year (named by the calendar year
it ends in): `2025-Q3`, `2025-H1` (six months to Q2), `2025-9M` (nine months to Q3), `2025`
(the fiscal year); an instant is labelled by its date, `2025-09-30`.

Interim filings often tag only year-to-date durations. Consecutive year-to-date values with
the same start give the quarters between them: Q2 = H1 − Q1, Q3 = 9M − H1, Q4 = FY − 9M
(and H2 = FY − H1 for half-yearly reporters). A quarter reported directly always wins over a
derived one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise


class Span(StrEnum):
    INSTANT = "instant"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    NINE_MONTHS = "nine_months"
    YEAR = "year"


# Day counts, generous enough for 52/53-week fiscal years (13 weeks = 91 days, 53 weeks = 371).
_SPANS = (
    (Span.QUARTER, 80, 100),
    (Span.HALF_YEAR, 172, 192),
    (Span.NINE_MONTHS, 263, 285),
    (Span.YEAR, 350, 380),
)


def span_of(start: date | None, end: date) -> Span | None:
    if start is None:
        return Span.INSTANT
    days = (end - start).days + 1
    return next((span for span, low, high in _SPANS if low <= days <= high), None)


def month_of(end: date) -> tuple[int, int]:
    """The (year, month) a period end belongs to: 52/53-week years end on days like
    2023-07-01 or 2023-09-30, so an end in the first half of a month closes the month before."""
    if end.day <= 15:
        end = end.replace(day=1) - timedelta(days=1)
    return end.year, end.month


@dataclass(frozen=True)
class FiscalCalendar:
    year_end_month: int = 12

    def quarter(self, end: date) -> tuple[int, int]:
        """(fiscal year, fiscal quarter) of a quarter ending at `end`."""
        year, month = month_of(end)
        quarter = (month - self.year_end_month - 1) % 12 // 3 + 1
        fiscal_year = year if month <= self.year_end_month else year + 1
        return fiscal_year, quarter

    def label(self, start: date | None, end: date) -> str | None:
        """The period's label, or None for a span that is not reported as a metric."""
        span = span_of(start, end)
        if span is None:
            return None
        if span is Span.INSTANT:
            return end.isoformat()
        year, quarter = self.quarter(end)
        names = {
            (Span.QUARTER, quarter): f"Q{quarter}",
            (Span.HALF_YEAR, 2): "H1",
            (Span.HALF_YEAR, 4): "H2",
            (Span.NINE_MONTHS, 3): "9M",
        }
        if span is Span.YEAR:
            return str(year) if quarter == 4 else None
        name = names.get((span, quarter))
        return f"{year}-{name}" if name else None

    def fiscal_quarter(self, end: date) -> str:
        year, quarter = self.quarter(end)
        return f"{year}-Q{quarter}"


def infer_calendar(year_ends: Iterable[date]) -> FiscalCalendar:
    """The fiscal calendar whose year ends in the month most annual periods end in."""
    months = Counter(month_of(end)[1] for end in year_ends)
    if not months:
        return FiscalCalendar()
    return FiscalCalendar(months.most_common(1)[0][0])


@dataclass(frozen=True)
class Part:
    """One fact a value was built from, signed as it counts, and the filing it came from."""

    concept: str
    value: float
    accession: str
    form: str
    filed: date
    start: date | None
    end: date

    def as_dict(self) -> dict[str, object]:
        return {
            "concept": self.concept,
            "value": self.value,
            "accession": self.accession,
            "form": self.form,
            "filed": self.filed.isoformat(),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat(),
        }

    def negated(self) -> Part:
        return replace(self, value=-self.value)


@dataclass(frozen=True)
class PeriodValue:
    """A metric's value over one period, as reported (or derived) in one filing."""

    start: date | None
    end: date
    value: float
    unit: str
    accession: str
    filed: date
    form: str
    concepts: dict[str, float]  # the concepts the value was built from, with their values
    method: str  # "reported" (one concept), "sum" (several), or "derived" (YTD difference)
    derived_from: tuple[str, ...] = field(default=())  # labels of the periods subtracted
    parts: tuple[Part, ...] = field(default=())  # provenance: every fact summed, signed
    tolerance: float = 0.0  # how far the value may move by re-rounding its facts alone

    @property
    def span(self) -> Span | None:
        return span_of(self.start, self.end)


def same_concepts(earlier: PeriodValue, later: PeriodValue) -> bool:
    return earlier.concepts.keys() == later.concepts.keys()


def derive_quarters(
    durations: Sequence[PeriodValue],
    calendar: FiscalCalendar,
    comparable: Callable[[PeriodValue, PeriodValue], bool] = same_concepts,
) -> list[PeriodValue]:
    """Quarters (and second halves) implied by consecutive year-to-date values.
    `comparable` says whether two values measure the same thing (a filer that moves interest
    expense from one concept to another between its 10-Q and its 10-K still reports interest
    expense)."""
    reported = {calendar.label(v.start, v.end) for v in durations}
    by_start: dict[tuple[str, date | None], list[PeriodValue]] = defaultdict(list)
    for value in durations:
        by_start[(value.unit, value.start)].append(value)  # never across currencies
    derived: list[PeriodValue] = []
    for group in by_start.values():
        for earlier, later in pairwise(sorted(group, key=lambda v: v.end)):
            value = _difference(earlier, later, calendar, comparable)
            if value is not None and calendar.label(value.start, value.end) not in reported:
                derived.append(value)
    return derived


def _difference(
    earlier: PeriodValue,
    later: PeriodValue,
    calendar: FiscalCalendar,
    comparable: Callable[[PeriodValue, PeriodValue], bool],
) -> PeriodValue | None:
    start = earlier.end + timedelta(days=1)
    if span_of(start, later.end) not in (Span.QUARTER, Span.HALF_YEAR):
        return None
    labels = [calendar.label(v.start, v.end) for v in (later, earlier)]
    if calendar.label(start, later.end) is None or None in labels:
        return None
    if not comparable(earlier, later):
        return None  # subtracting different measures would compare unlike things
    concepts = dict(later.concepts)
    for concept, value in earlier.concepts.items():
        concepts[concept] = concepts.get(concept, 0) - value
    return replace(
        later,
        start=start,
        value=later.value - earlier.value,
        concepts=concepts,
        method="derived",
        derived_from=tuple(str(label) for label in labels),
        parts=later.parts + tuple(part.negated() for part in earlier.parts),
        tolerance=later.tolerance + earlier.tolerance,
    )
