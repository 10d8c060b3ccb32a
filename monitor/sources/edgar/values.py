"""From XBRL facts to one value per metric and period.

For each period the LATEST filing that reported the metric decides (a later 10-K re-reports
earlier periods as comparatives, possibly restated); the value is computed from that filing's
facts only, never by mixing filings. A complete reading (a debt figure with both sides of the
balance sheet) beats a partial one from a later filing that re-reports only a footnote line.
Durations then yield derived quarters (see periods.py).

Money is read in the currency it was reported in and labelled with it, never converted: a
filer reporting in CNY has CNY figures. When a period is stated in two currencies (a
convenience translation), the currency of the filer's balance sheet (the one its
`Liabilities` and `Assets` are in) is kept.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from monitor.sources.edgar.companyfacts import Fact
from monitor.sources.edgar.concepts import MetricSpec, Reading
from monitor.sources.edgar.debt import tolerance, unit_of
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
    """The currency most of these money facts are in (USD when there are none)."""
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
    same_line = _same_line_pairs(spec, by_period.values())
    derived = derive_quarters(
        durations,
        calendar,
        lambda a, b: _comparable(same_line, a, b),
        nonnegative=spec.nonnegative,
    )
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


def _same_line_pairs(
    spec: MetricSpec, groups: Iterable[Sequence[Fact]]
) -> set[frozenset[str]]:
    """Pairs of a family's concepts the filer shows to be one line: some period reported
    under both with the same value (a 10-K's prior-year column under the new concept equal
    to the old concept's figure)."""
    family_of = {c: f.name for f in spec.families for c in f.totals}
    pairs: set[frozenset[str]] = set()
    for group in groups:
        for a, b in itertools.combinations({(f.concept, f.value) for f in group}, 2):
            (ca, va), (cb, vb) = a, b
            if ca != cb and family_of.get(ca) is not None and family_of.get(ca) == family_of.get(cb):
                if abs(va - vb) <= tolerance(va, vb) and (va or vb):
                    pairs.add(frozenset((ca, cb)))
    return pairs


def _comparable(same_line: set[frozenset[str]], earlier: PeriodValue, later: PeriodValue) -> bool:
    """Two durations measure the same thing if they use the same concepts, or one concept
    each that the filer shows to be the same line (a switch from InterestExpense to
    InterestExpenseNonoperating between the 10-Q and the 10-K)."""
    if earlier.unit != later.unit:
        return False
    if earlier.concepts.keys() == later.concepts.keys():
        return True
    if len(earlier.concepts) != 1 or len(later.concepts) != 1:
        return False
    return frozenset((*earlier.concepts, *later.concepts)) in same_line


def _from_latest_filing(spec: MetricSpec, group: Sequence[Fact]) -> PeriodValue | None:
    """The period's value from the latest filing whose facts make a reading (a complete one
    if any filing gives one). A later figure that only re-rounds an earlier one (175,220,000
    re-reported as 175,000,000) leaves the more precise earlier figure in place."""
    by_filing: dict[str, list[Fact]] = defaultdict(list)
    for fact in group:
        by_filing[fact.accession].append(fact)
    filings = sorted(by_filing.values(), key=lambda fs: (fs[0].filed, fs[0].accession))
    shared = _shared_facts(spec, filings)
    readings = []
    for facts in reversed(filings):
        reported = _reported(facts, shared)
        reading = spec.read({concept: fact.value for concept, fact in reported.items()})
        if reading is not None:
            readings.append((reported, reading))
    complete = [(reported, reading) for reported, reading in readings if reading.complete]
    chosen = _most_precise(complete or readings[:1])
    return _period_value(*chosen) if chosen else None


def _shared_facts(spec: MetricSpec, filings: Sequence[Sequence[Fact]]) -> dict[str, Fact]:
    """Facts a reading may take from another filing of the same date: the latest of each."""
    shared: dict[str, Fact] = {}
    for facts in filings:  # oldest first, so the latest stays
        for fact in facts:
            if fact.concept in spec.shared_concepts:
                shared[fact.concept] = fact
    return shared


def _reported(facts: Sequence[Fact], shared: dict[str, Fact]) -> dict[str, Fact]:
    reported: dict[str, Fact] = {}
    for fact in facts:
        reported.setdefault(fact.concept, fact)
    for concept, fact in shared.items():
        reported.setdefault(concept, fact)
    return reported


def _most_precise(
    readings: Sequence[tuple[dict[str, Fact], Reading]],
) -> tuple[dict[str, Fact], Reading] | None:
    """The latest reading, or an earlier one of the same amount stated more precisely."""
    if not readings:
        return None
    best = readings[0]
    for earlier in readings[1:]:
        if not same_amount_within(earlier[1], best[1]):
            break  # a restatement: what came before it no longer counts
        if _rounding(earlier[1]) < _rounding(best[1]):
            best = earlier
    return best


def same_amount_within(a: Reading, b: Reading) -> bool:
    return abs(a.value - b.value) <= _tolerance(a) + _tolerance(b) + 1e-6


def _rounding(reading: Reading) -> float:
    """The coarsest rounding among the figures a reading used."""
    return max((unit_of(v) for v in reading.used.values()), default=0.0)


def _tolerance(reading: Reading) -> float:
    return tolerance(*reading.used.values()) if reading.used else 0.0


def _period_value(reported: dict[str, Fact], reading: Reading) -> PeriodValue:
    origin = [reported[c] for c in reading.used if c in reported]
    latest = max(origin or reported.values(), key=lambda f: (f.filed, f.accession))
    parts = tuple(
        Part(concept, value, fact.accession, fact.form, fact.filed, fact.start, fact.end)
        for concept, value in reading.used.items()
        for fact in (reported.get(concept, latest),)
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
        method=reading.method or ("reported" if len(reading.used) == 1 else "sum"),
        parts=parts,
        tolerance=_tolerance(reading),
        note=reading.note,
    )
