"""From XBRL facts to one value per metric and period.

For each period the LATEST filing that reported the metric decides (a later 10-K re-reports
earlier periods as comparatives, possibly restated); the value is computed from that filing's
facts only, never by mixing filings. A complete reading (a debt figure with both sides of the
balance sheet) beats a partial one from a later filing that re-reports only a footnote line.
Durations then yield derived quarters (see periods.py).

Money is read in the currency it was reported in and labelled with it, never converted: a
filer reporting in CNY has CNY figures. When one filing states a period in two currencies
(a convenience translation), the filer's own reporting currency (the one most of its money
facts are in) is kept.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from monitor.sources.edgar.companyfacts import Fact
from monitor.sources.edgar.concepts import MetricSpec, Reading
from monitor.sources.edgar.debt import tolerance
from monitor.sources.edgar.periods import (
    FiscalCalendar,
    Part,
    PeriodValue,
    Span,
    derive_quarters,
)

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_YEAR_TO_DATE = (Span.HALF_YEAR, Span.NINE_MONTHS)


def is_currency(unit: str) -> bool:
    return bool(_CURRENCY.match(unit))


def unit_fits(spec: MetricSpec, unit: str) -> bool:
    """Money metrics take facts in any currency (each kept in its own); count metrics take
    any unit that is neither a currency nor a ratio."""
    if spec.money:
        return is_currency(unit)
    return not is_currency(unit) and "/" not in unit


def reporting_currency(facts: Iterable[Fact]) -> str:
    """The currency most of the filer's money facts are in (USD when there are none)."""
    counts = Counter(f.unit for f in facts if is_currency(f.unit))
    return counts.most_common(1)[0][0] if counts else "USD"


def metric_values(
    spec: MetricSpec,
    facts: Iterable[Fact],
    calendar: FiscalCalendar,
    *,
    year_to_date: bool = True,
    currency: str = "USD",
) -> dict[str, PeriodValue]:
    """The metric's value for each labelled period (later filings win a label's tie)."""
    concepts = set(spec.concepts)
    usable = [f for f in facts if f.concept in concepts and unit_fits(spec, f.unit)]
    by_period: dict[tuple[str, object, object], list[Fact]] = defaultdict(list)
    for fact in usable:
        by_period[(fact.unit, fact.start, fact.end)].append(fact)
    reported = [v for group in by_period.values() if (v := _from_latest_filing(spec, group))]
    durations = [v for v in reported if v.start is not None]
    derived = derive_quarters(durations, calendar, lambda a, b: _comparable(spec, a, b))
    values: dict[str, PeriodValue] = {}
    for value in sorted([*reported, *derived], key=lambda v: _precedence(v, currency)):
        label = calendar.label(value.start, value.end)
        if label is None or (not year_to_date and value.span in _YEAR_TO_DATE):
            continue
        values[label] = value
    return values


def _precedence(value: PeriodValue, currency: str) -> tuple[object, ...]:
    """Sort key: the last one wins its label (the reporting currency, then the latest)."""
    return (value.unit == currency, value.filed, value.accession)


def _comparable(spec: MetricSpec, earlier: PeriodValue, later: PeriodValue) -> bool:
    """Two year-to-date values measure the same thing if they use the same concepts, or one
    concept each from the same family (a switch from InterestExpense to
    InterestExpenseNonoperating between the 10-Q and the 10-K)."""
    if earlier.unit != later.unit:
        return False
    if earlier.concepts.keys() == later.concepts.keys():
        return True
    if len(earlier.concepts) != 1 or len(later.concepts) != 1:
        return False
    pair = {*earlier.concepts, *later.concepts}
    return any(pair <= set(family.totals) for family in spec.families)


def _from_latest_filing(spec: MetricSpec, group: Sequence[Fact]) -> PeriodValue | None:
    """The period's value from the latest filing whose facts make a reading (a complete one
    if any filing gives one)."""
    by_filing: dict[str, list[Fact]] = defaultdict(list)
    for fact in group:
        by_filing[fact.accession].append(fact)
    filings = sorted(by_filing.values(), key=lambda fs: (fs[0].filed, fs[0].accession))
    fallback: tuple[list[Fact], Reading] | None = None
    for chosen in reversed(filings):
        reading = spec.read(_reported(chosen))
        if reading is None:
            continue
        if reading.complete:
            return _period_value(chosen, reading)
        fallback = fallback or (chosen, reading)
    return _period_value(*fallback) if fallback else None


def _reported(facts: Sequence[Fact]) -> dict[str, float]:
    reported: dict[str, float] = {}
    for fact in facts:
        reported.setdefault(fact.concept, fact.value)
    return reported


def _period_value(chosen: Sequence[Fact], reading: Reading) -> PeriodValue:
    latest = chosen[0]
    parts = tuple(
        Part(concept, value, latest.accession, latest.form, latest.filed, latest.start, latest.end)
        for concept, value in reading.used.items()
    )
    return PeriodValue(
        start=latest.start,
        end=latest.end,
        value=reading.value,
        unit=latest.unit,
        accession=latest.accession,
        filed=latest.filed,
        form=latest.form,
        concepts=dict(reading.used),
        method="reported" if len(reading.used) == 1 else "sum",
        parts=parts,
        tolerance=tolerance(*reading.used.values()),
    )
