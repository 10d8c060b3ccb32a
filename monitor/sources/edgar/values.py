"""From XBRL facts to one value per metric and period.

For each period the LATEST filing that reported any of the metric's concepts decides (a later
10-K re-reports earlier periods as comparatives, possibly restated); the value is computed
from that filing's facts only, never by mixing filings. Durations then yield derived
quarters (see periods.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from monitor.sources.edgar.companyfacts import Fact
from monitor.sources.edgar.concepts import MetricSpec
from monitor.sources.edgar.periods import FiscalCalendar, PeriodValue, Span, derive_quarters

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_YEAR_TO_DATE = (Span.HALF_YEAR, Span.NINE_MONTHS)


def unit_fits(spec: MetricSpec, unit: str) -> bool:
    """Money metrics take USD facts only (never a convenience translation relabelled);
    count metrics take any unit that is neither a currency nor a ratio."""
    if spec.money:
        return unit == "USD"
    return not _CURRENCY.match(unit) and "/" not in unit


def metric_values(
    spec: MetricSpec,
    facts: Iterable[Fact],
    calendar: FiscalCalendar,
    *,
    year_to_date: bool = True,
) -> dict[str, PeriodValue]:
    """The metric's value for each labelled period (later filings win a label's tie)."""
    concepts = set(spec.concepts)
    usable = [f for f in facts if f.concept in concepts and unit_fits(spec, f.unit)]
    by_period: dict[tuple[str, object, object], list[Fact]] = defaultdict(list)
    for fact in usable:
        by_period[(fact.unit, fact.start, fact.end)].append(fact)
    reported = [v for group in by_period.values() if (v := _from_latest_filing(spec, group))]
    durations = [v for v in reported if v.start is not None]
    values: dict[str, PeriodValue] = {}
    for value in sorted(
        [*reported, *derive_quarters(durations, calendar)], key=lambda v: (v.filed, v.accession)
    ):
        label = calendar.label(value.start, value.end)
        if label is None or (not year_to_date and value.span in _YEAR_TO_DATE):
            continue
        values[label] = value
    return values


def _from_latest_filing(spec: MetricSpec, group: Sequence[Fact]) -> PeriodValue | None:
    latest = max(group, key=lambda f: (f.filed, f.accession))
    chosen = [f for f in group if f.accession == latest.accession]
    reported: dict[str, float] = {}
    for fact in chosen:
        reported.setdefault(fact.concept, fact.value)
    computed = spec.value(reported)
    if computed is None:
        return None
    value, used = computed
    return PeriodValue(
        start=latest.start,
        end=latest.end,
        value=value,
        unit=latest.unit,
        accession=latest.accession,
        filed=latest.filed,
        form=latest.form,
        concepts=used,
        method="reported" if len(used) == 1 else "sum",
    )
