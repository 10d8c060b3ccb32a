"""XBRL period values as metric events, and the rule that decides which values are news.

Per (metric, period) the source remembers the last value and accession it saw (in its
cursor). A period never seen is `metric_observed` when it ends inside the window (older
periods are remembered silently, so a later restatement of them is still caught); a value
that differs from the remembered one is `metric_restated`, whatever the period, because a
restatement is news now; the same value again is nothing. A backfill re-emits every period in
its window as observed (the store drops the ones it already has).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from monitor.http import FetchResult
from monitor.metrics import METRIC_OBSERVED, METRIC_RESTATED, metric_observation
from monitor.model import Observation
from monitor.sources.edgar.periods import FiscalCalendar, PeriodValue, Span
from monitor.sources.edgar.submissions import EASTERN

# Values equal to this many decimal places are the same figure re-reported, not a restatement.
_SAME_VALUE_DIGITS = 6


def remembered(value: PeriodValue) -> dict[str, Any]:
    """What the cursor keeps of a period's value."""
    return {"value": value.value, "accession": value.accession}


def event_kind(
    before: Mapping[str, Any] | None, value: PeriodValue, since: date, backfill: bool
) -> str | None:
    """`metric_observed`, `metric_restated`, or None when the value is not news."""
    if before is not None and not _same(before.get("value"), value.value):
        return METRIC_RESTATED
    if value.end >= since and (before is None or backfill):
        return METRIC_OBSERVED
    return None


@dataclass(frozen=True)
class MetricEvents:
    """Builds metric observations of one company from one companyfacts response."""

    entity: str
    response: FetchResult
    calendar: FiscalCalendar

    def observation(
        self,
        metric: str,
        label: str,
        value: PeriodValue,
        kind: str,
        before: Mapping[str, Any] | None = None,
    ) -> Observation:
        extra = self._details(value)
        identity: tuple[object, ...] = ("xbrl", value.unit, value.accession, *value.derived_from)
        if kind == METRIC_RESTATED and before is not None:
            extra["previous_value"] = before.get("value")
            extra["previous_accession"] = before.get("accession")
            identity = (*identity, value.value)  # each restatement is its own event
        return metric_observation(
            entity=self.entity,
            metric=metric,
            value=value.value,
            unit=value.unit,
            period=label,
            occurred_at=filing_day(value.filed),
            identity=identity,
            evidence={
                "url": self.response.url,
                "fetched_at": self.response.fetched_at.isoformat(),
                "sha256": self.response.sha256,
                "accession": value.accession,
                "concepts": value.concepts,
            },
            extra=extra,
            kind=kind,
        )

    def _details(self, value: PeriodValue) -> dict[str, Any]:
        span = value.span
        quarterly = span in (Span.INSTANT, Span.QUARTER)
        return {
            "source": "xbrl",
            "period_type": str(span),
            "start": value.start.isoformat() if value.start else None,
            "end": value.end.isoformat(),
            "fiscal_quarter": self.calendar.fiscal_quarter(value.end) if quarterly else None,
            "accession": value.accession,
            "form": value.form,
            "filed": value.filed.isoformat(),
            "concepts": value.concepts,
            "method": value.method,
            "derived_from": list(value.derived_from),
        }


def filing_day(day: date) -> datetime:
    """A filing date as a moment: the start of that day in New York, in UTC."""
    return datetime.combine(day, time(), EASTERN).astimezone(UTC)


def _same(before: object, now: float) -> bool:
    if isinstance(before, bool) or not isinstance(before, int | float):
        return False
    return round(float(before), _SAME_VALUE_DIGITS) == round(float(now), _SAME_VALUE_DIGITS)
