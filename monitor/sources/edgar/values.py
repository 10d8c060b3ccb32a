"""From XBRL facts to one value per metric and period.

For each period the latest filing that reported the metric decides (readings.py says how);
durations then yield derived quarters (periods.py).

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
from monitor.sources.edgar.concepts import MetricSpec
from monitor.sources.edgar.periods import FiscalCalendar, PeriodValue, Span, derive_quarters
from monitor.sources.edgar.readings import chosen_value, incomplete_filings, readings_of
from monitor.sources.edgar.rounding import tolerance

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_YEAR_TO_DATE = (Span.HALF_YEAR, Span.NINE_MONTHS)


def is_currency(unit: str) -> bool:
    return bool(_CURRENCY.match(unit))


def unit_fits(spec: MetricSpec, unit: str) -> bool:
    """Money metrics take facts in any currency (each kept in its own); count metrics take
    any unit that is not a ratio (a count of bitcoin may be in `BTC`, which looks like a
    currency code but counts coins)."""
    if spec.money:
        return is_currency(unit)
    return "/" not in unit


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
    readings = [readings_of(spec, group) for group in by_period.values()]
    excluded = incomplete_filings(readings) if spec.model is not None else set()
    reported = [v for found in readings if (v := chosen_value(found, excluded))]
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


def _same_line_pairs(spec: MetricSpec, groups: Iterable[Sequence[Fact]]) -> set[frozenset[str]]:
    """Pairs of a family's concepts the filer shows to be one line: some period reported
    under both with the same value (a 10-K's prior-year column under the new concept equal
    to the old concept's figure)."""
    family_of = {c: f.name for f in spec.families for c in f.totals}
    pairs: set[frozenset[str]] = set()
    for group in groups:
        for a, b in itertools.combinations({(f.concept, f.value) for f in group}, 2):
            (ca, va), (cb, vb) = a, b
            family = family_of.get(ca)
            same_family = ca != cb and family is not None and family == family_of.get(cb)
            if same_family and abs(va - vb) <= tolerance(va, vb) and (va or vb):
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
