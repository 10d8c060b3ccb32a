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

from monitor.vocabulary.periods import Period


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
        period = self.period(start, end)
        return period.label() if period else None

    def period(self, start: date | None, end: date) -> Period | None:
        """The fiscal period from `start` to `end` (an instant is its date), or None for a
        span that is not reported as a metric (a half year ending in Q3)."""
        span = span_of(start, end)
        if span is None:
            return None
        if span is Span.INSTANT:
            return Period.of_day(end)
        year, quarter = self.quarter(end)
        periods = {
            (Span.QUARTER, quarter): Period.of_quarter(year, quarter),
            (Span.HALF_YEAR, 2): Period.of_half(year, 1),
            (Span.HALF_YEAR, 4): Period.of_half(year, 2),
            (Span.NINE_MONTHS, 3): Period.of_nine_months(year),
            (Span.YEAR, 4): Period.of_year(year),
        }
        return periods.get((span, quarter))

    def fiscal_quarter(self, end: date) -> str:
        return Period.of_quarter(*self.quarter(end)).label()


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
    note: str = ""  # how the figure was read, when the concepts alone do not say it

    @property
    def span(self) -> Span | None:
        return span_of(self.start, self.end)


def same_concepts(earlier: PeriodValue, later: PeriodValue) -> bool:
    return earlier.concepts.keys() == later.concepts.keys()


def derive_quarters(
    durations: Sequence[PeriodValue],
    calendar: FiscalCalendar,
    comparable: Callable[[PeriodValue, PeriodValue], bool] = same_concepts,
    *,
    nonnegative: bool = False,
) -> list[PeriodValue]:
    """Quarters (and second halves) implied by the durations a filer reported.

    Two durations that share a start (9M and H1) or an end (9M and Q3) differ by a period of
    their own (Q3; H1), and derived periods take part in turn, so any quarter is found that the
    filer's figures imply: Q4 = FY − 9M, Q3 = 9M − H1, and Q2 = 9M − Q3 − Q1 when no H1 was
    tagged. `comparable` says whether two values measure the same thing (a filer that moves
    interest expense from one concept to another between its 10-Q and its 10-K still reports
    interest expense). With `nonnegative` (an expense), a zero total makes every quarter in
    it zero."""
    reported = {(v.unit, calendar.label(v.start, v.end)) for v in durations}
    by_year: dict[tuple[str, int], list[PeriodValue]] = defaultdict(list)
    for value in durations:
        if value.start is not None:  # never across currencies nor fiscal years
            by_year[(value.unit, calendar.quarter(value.end)[0])].append(value)
    derived: list[PeriodValue] = []
    for group in by_year.values():
        known = _solve({(v.start, v.end): v for v in group}, comparable, calendar)
        if nonnegative:
            known = _zero_quarters(known, calendar)
        quarterly = any(v.span is Span.QUARTER for v in known.values())
        for value in known.values():
            key = (value.unit, calendar.label(value.start, value.end))
            wanted = value.span is Span.QUARTER or (value.span is Span.HALF_YEAR and not quarterly)
            if value.method == "derived" and wanted and key[1] and key not in reported:
                derived.append(value)
                reported.add(key)
    return derived


_DERIVABLE = (Span.QUARTER, Span.HALF_YEAR, Span.NINE_MONTHS)


def _solve(
    known: dict[tuple[date | None, date], PeriodValue],
    comparable: Callable[[PeriodValue, PeriodValue], bool],
    calendar: FiscalCalendar,
) -> dict[tuple[date | None, date], PeriodValue]:
    """Every period one known duration leaves when another is taken from it, repeated until
    nothing new comes (a fiscal year holds a handful of durations, so this stays small)."""
    while True:
        found: dict[tuple[date | None, date], PeriodValue] = {}
        values = sorted(known.values(), key=lambda v: (v.filed, v.accession))
        for whole in values:
            for piece in values:
                rest = _rest(whole, piece)
                if rest is None or rest in known or rest in found:
                    continue
                if span_of(*rest) in _DERIVABLE and comparable(piece, whole):
                    found[rest] = _difference(whole, piece, rest, calendar)
        if not found:
            return known
        known = {**known, **found}


def _rest(whole: PeriodValue, piece: PeriodValue) -> tuple[date, date] | None:
    """The period `whole` covers beyond `piece`, when `piece` is its start or its end."""
    if whole.start is None or piece.start is None or piece is whole:
        return None
    if piece.start == whole.start and piece.end < whole.end:
        return piece.end + timedelta(days=1), whole.end
    if piece.end == whole.end and piece.start > whole.start:
        return whole.start, piece.start - timedelta(days=1)
    return None


def _difference(
    whole: PeriodValue, piece: PeriodValue, period: tuple[date, date], calendar: FiscalCalendar
) -> PeriodValue:
    concepts = dict(whole.concepts)
    for concept, value in piece.concepts.items():
        concepts[concept] = concepts.get(concept, 0) - value
    return replace(
        whole,
        start=period[0],
        end=period[1],
        value=whole.value - piece.value,
        concepts=concepts,
        method="derived",
        derived_from=(_name(whole, calendar), _name(piece, calendar)),
        parts=whole.parts + tuple(part.negated() for part in piece.parts),
        tolerance=whole.tolerance + piece.tolerance,
    )


def _name(value: PeriodValue, calendar: FiscalCalendar) -> str:
    """A period's label, or its dates when it has none (a derived Q2–Q3 stretch)."""
    label = calendar.label(value.start, value.end)
    start = value.start.isoformat() if value.start else ""
    return label or f"{start}..{value.end.isoformat()}"


def _zero_quarters(
    known: dict[tuple[date | None, date], PeriodValue], calendar: FiscalCalendar
) -> dict[tuple[date | None, date], PeriodValue]:
    """A nonnegative measure that totals zero over a period is zero in each of its quarters
    (quarters closing at the fiscal calendar's month ends)."""
    found = dict(known)
    for value in known.values():
        if value.value != 0 or value.start is None:
            continue
        end = value.end
        while (end - value.start).days > 80:
            start = _months_before(end, 3) + timedelta(days=1)
            start = max(start, value.start)
            if (start, end) not in found and span_of(start, end) is Span.QUARTER:
                found[(start, end)] = replace(
                    value,
                    start=start,
                    end=end,
                    method="derived",
                    derived_from=(_name(value, calendar),),
                )
            end = start - timedelta(days=1)
    return found


def _months_before(end: date, months: int) -> date:
    """The end of the month `months` before the month `end` closes (52/53-week ends are
    placed in the month they close)."""
    year, month = month_of(end)
    month -= months
    while month < 1:
        month += 12
        year -= 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)
