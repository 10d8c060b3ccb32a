"""XBRL period values as metric events, and the rule that decides which values are news.

Per (metric, period) the source remembers the last value and accession it saw (in its
cursor). A period never seen is `metric_observed` when it ends inside the window (older
periods are remembered silently, so a later restatement of them is still caught); a value
that differs from the remembered one is `metric_restated`, whatever the period, because a
restatement is news now; the same value again is nothing. A backfill re-emits every period in
its window as observed (the store drops the ones it already has).

"Differs" means beyond the precision of the two figures: 175,220,000 re-reported as
175,000,000 (the filer now rounds to millions) is the same figure, not a restatement; a
change of sign or scale (1,114,652 corrected to 1,114,652,000) is one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from monitor.http import FetchResult
from monitor.metrics import metric_observation
from monitor.model import Observation
from monitor.sources.edgar.periods import FiscalCalendar, PeriodValue, Span
from monitor.sources.edgar.submissions import EASTERN
from monitor.vocabulary.kinds import METRIC_OBSERVED, METRIC_RESTATED

# Float noise allowed on top of the figures' own rounding.
_EPSILON = 1e-6


def remembered(value: PeriodValue) -> dict[str, Any]:
    """What the cursor keeps of a period's value (with its rounding, to tell a re-rounding
    from a restatement; and its unit, since a change of currency is a restatement)."""
    return {
        "value": value.value,
        "accession": value.accession,
        "tolerance": value.tolerance,
        "unit": value.unit,
    }


def event_kind(
    before: Mapping[str, Any] | None, value: PeriodValue, since: date, backfill: bool
) -> str | None:
    """`metric_observed`, `metric_restated`, or None when the value is not news."""
    if before is not None and not same_figure(before, value):
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
                "provenance": [part.as_dict() for part in value.parts],
                "explain": explain(value),
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
            "provenance": [part.as_dict() for part in value.parts],
            **({"note": value.note} if value.note else {}),
        }


def filing_day(day: date) -> datetime:
    """A filing date as a moment: the start of that day in New York, in UTC."""
    return datetime.combine(day, time(), EASTERN).astimezone(UTC)


def same_figure(before: Mapping[str, Any], now: PeriodValue) -> bool:
    """The remembered figure and the new one are the same amount, within their rounding."""
    value = before.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if before.get("unit", now.unit) != now.unit:
        return False
    allowed = float(before.get("tolerance") or 0) + now.tolerance + _EPSILON
    return abs(float(value) - now.value) <= allowed


def explain(value: PeriodValue) -> str:
    """One line saying how the figure was built: each fact, signed, with its filing."""
    terms = []
    for index, part in enumerate(value.parts):
        sign = "-" if part.value < 0 else ("+" if index else "")
        terms.append(
            f"{sign} {part.concept} {abs(part.value):,.0f} "
            f"({part.form} {part.accession}, filed {part.filed.isoformat()})".strip()
        )
    total = f"{value.value:,.0f} {value.unit}"
    text = " ".join(terms).strip() + f" = {total}" if terms else total
    return f"{text} ({value.note})" if value.note else text
