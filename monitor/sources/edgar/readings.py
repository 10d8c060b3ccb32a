"""Which filing's figure a period gets.

Every filing that reports a period gives a *reading* of the metric from its own facts (a
reading never mixes filings, except that a lease figure to subtract may come from the latest
filing that states it for the date). The latest filing's reading wins (a later 10-K re-reports
earlier periods as comparatives, possibly restated), with three exceptions:

* a complete reading (a debt figure with both sides of the balance sheet) beats a partial one
  from a later filing that re-reports only a note's line;
* a later figure that only re-rounds an earlier one (175,220,000 re-reported as 175,000,000)
  leaves the more precise earlier figure in place;
* a filing that shows a column of an earlier balance sheet without a line the earlier filing
  had, and lower by it, tagged that line with a concept of its own: its debt figures are
  incomplete and are not used (the date stays without a figure rather than understated).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from monitor.sources.edgar.companyfacts import Fact
from monitor.sources.edgar.concepts import MetricSpec, Reading
from monitor.sources.edgar.periods import Part, PeriodValue
from monitor.sources.edgar.rounding import tolerance, unit_of


@dataclass(frozen=True)
class FilingReading:
    """One filing's reading of a period: the facts it could use, and what they make."""

    accession: str
    filed: date
    reported: dict[str, Fact]  # its own facts, and the shared ones it borrowed
    reading: Reading

    def owns(self, concept: str) -> bool:
        fact = self.reported.get(concept)
        return fact is not None and fact.accession == self.accession


def readings_of(spec: MetricSpec, group: Sequence[Fact]) -> list[FilingReading]:
    """Every filing's reading of one period (one unit, one start and end), latest first."""
    by_filing: dict[str, list[Fact]] = defaultdict(list)
    for fact in group:
        by_filing[fact.accession].append(fact)
    filings = sorted(by_filing.values(), key=lambda fs: (fs[0].filed, fs[0].accession))
    shared = _shared_facts(spec, filings)
    found = []
    for facts in reversed(filings):
        reported = _reported(facts, shared)
        reading = spec.read({concept: fact.value for concept, fact in reported.items()})
        if reading is not None:
            found.append(FilingReading(facts[0].accession, facts[0].filed, reported, reading))
    return found


def chosen_value(readings: Sequence[FilingReading], excluded: set[str]) -> PeriodValue | None:
    """The period's value: the latest complete reading (else the latest), or the more precise
    figure it only re-rounds."""
    usable = [r for r in readings if r.accession not in excluded]
    complete = [r for r in usable if r.reading.complete]
    chosen = _most_precise(complete or usable[:1])
    return _period_value(chosen) if chosen else None


def incomplete_filings(periods: Iterable[Sequence[FilingReading]]) -> set[str]:
    """Filings that show an earlier filing's balance-sheet date lower, without a line (a
    concept counted positive) the earlier filing had: that line was tagged otherwise."""
    incomplete: set[str] = set()
    for readings in periods:
        for later in readings:
            for earlier in readings:
                if earlier.filed < later.filed and _lost_a_line(earlier, later):
                    incomplete.add(later.accession)
    return incomplete


def _lost_a_line(earlier: FilingReading, later: FilingReading) -> bool:
    gap = earlier.reading.value - later.reading.value
    if gap <= _tolerance(earlier.reading) + _tolerance(later.reading):
        return False
    return any(
        value > 0 and concept not in later.reported
        for concept, value in earlier.reading.used.items()
    )


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


def _most_precise(readings: Sequence[FilingReading]) -> FilingReading | None:
    """The latest reading, or an earlier one of the same amount stated more precisely."""
    if not readings:
        return None
    best = readings[0]
    for earlier in readings[1:]:
        if not _same_amount(earlier.reading, best.reading):
            break  # a restatement: what came before it no longer counts
        if _rounding(earlier.reading) < _rounding(best.reading):
            best = earlier
    return best


def _same_amount(a: Reading, b: Reading) -> bool:
    return abs(a.value - b.value) <= _tolerance(a) + _tolerance(b) + 1e-6


def _rounding(reading: Reading) -> float:
    """The coarsest rounding among the figures a reading used."""
    return max((unit_of(v) for v in reading.used.values()), default=0.0)


def _tolerance(reading: Reading) -> float:
    return tolerance(*reading.used.values()) if reading.used else 0.0


def _period_value(chosen: FilingReading) -> PeriodValue:
    reported, reading = chosen.reported, chosen.reading
    own = [f for f in reported.values() if f.accession == chosen.accession]
    first = own[0]
    parts = tuple(
        Part(concept, value, fact.accession, fact.form, fact.filed, fact.start, fact.end)
        for concept, value in reading.used.items()
        for fact in (reported.get(concept, first),)
    )
    return PeriodValue(
        start=first.start,
        end=first.end,
        value=reading.value,
        unit=first.unit,
        accession=chosen.accession,
        filed=chosen.filed,
        form=first.form,
        concepts=dict(reading.used),
        method=reading.method or ("reported" if len(reading.used) == 1 else "sum"),
        parts=parts,
        tolerance=_tolerance(reading),
        note=reading.note,
    )
