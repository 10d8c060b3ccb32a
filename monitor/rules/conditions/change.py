"""Condition kind `change`: a metric against its previous period (MoM, QoQ, YoY)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from monitor import readable
from monitor.model import Event
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match
from monitor.rules.series import latest_by_period, period_of, unit_of, value
from monitor.vocabulary.kinds import METRIC_KINDS
from monitor.vocabulary.payloads import MetricPayload
from monitor.vocabulary.periods import Granularity, Period


class ChangeConfig(ConditionConfig):
    kind: Literal["change"]
    metric: str
    period: Granularity = Field(description="month, quarter or year: compare with the one before")
    direction: Literal["decrease", "increase"]
    min_percent: float | None = Field(None, ge=0, description="smallest change, in percent")
    min_absolute: float | None = Field(None, ge=0, description="smallest change, in units")
    consecutive: int = Field(1, ge=1, description="periods in a row that must change so")

    @model_validator(mode="after")
    def _one_measure(self) -> ChangeConfig:
        if self.min_percent is not None and self.min_absolute is not None:
            raise ValueError("give min_percent or min_absolute, not both")
        return self


@CONDITIONS.register("change")
class Change(Condition):
    """Fires when a metric's figure for a period moved against the previous period of the same
    granularity (`period: month | quarter | year`) in `direction`, by at least `min_percent`
    or `min_absolute` (any change if neither), for `consecutive` periods in a row. The latest
    figure of each period counts, so restatements replace rather than add; one alert per
    period. One document's several figures for the same period (each named loan's balance beside
    the stated total debt) are parts and their total: the largest of them stands for the period,
    so a part never reads as the whole, whichever of them was stored first (the figures one poll
    stores from a document are judged together). Figures are compared in one unit only (never
    CNY against USD).

    The alert's values carry `explain` and `previous_explain`: how each figure was made (for
    XBRL figures, the facts summed and their filings), or nothing for figures without one.

    Order of arrival does not matter: a figure that arrives after the next period's (a
    year-end balance first seen in a later filing's comparative column) is judged against the
    period before it and judges the periods after it, so a replay of a backfilled history
    raises the alerts the final series would.

    ```yaml
    condition: {kind: change, metric: debt_total_usd, period: quarter,
                direction: decrease, min_percent: 10}
    ```
    """

    Config = ChangeConfig
    config: ChangeConfig

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        if event.kind not in METRIC_KINDS:
            return []
        if MetricPayload.from_event(event).metric != self.config.metric:
            return []
        period = period_of(event, self.config.period)
        if period is None:
            return []
        series = latest_by_period(
            history.metric_events(entity, self.config.metric, event),
            self.config.period,
            unit_of(event),
        )
        matches = []
        for judged in self._affected(series, period):
            steps = self._steps(series, judged)
            if steps is not None:
                matches.append(self._match(entity, judged, series, steps))
        return matches

    def _affected(self, series: dict[Period, Event], period: Period) -> list[Period]:
        """The periods whose verdict a figure for `period` can change: its own, and the next
        `consecutive` ones already known (their runs reach back to it)."""
        affected, later = [period], period
        for _ in range(self.config.consecutive):
            later = later.next()
            if later in series:
                affected.append(later)
        return affected

    def _steps(self, series: dict[Period, Event], period: Period) -> list[Period] | None:
        """The periods that changed as required, newest first, or None if the run is short."""
        steps, current = [], period
        for _ in range(self.config.consecutive):
            before = current.previous()
            if current not in series or before not in series:
                return None
            if not self._qualifies(value(series[before]), value(series[current])):
                return None
            steps.append(current)
            current = before
        return steps

    def _qualifies(self, before: float, now: float) -> bool:
        delta = now - before if self.config.direction == "increase" else before - now
        if delta <= 0:
            return False
        if self.config.min_absolute is not None:
            return delta >= self.config.min_absolute
        if self.config.min_percent is not None:
            return before != 0 and delta / abs(before) * 100 >= self.config.min_percent
        return True

    def _match(
        self, entity: str, period: Period, series: dict[Period, Event], steps: list[Period]
    ) -> Match:
        now, before = value(series[period]), value(series[period.previous()])
        percent = (now - before) / abs(before) * 100 if before else None
        metric = self.config.metric
        run = f" ({len(steps)} periods in a row)" if len(steps) > 1 else ""
        pct = f" ({readable.percent(percent, signed=True)})" if percent is not None else ""
        unit = MetricPayload.from_event(series[period]).unit
        label = readable.metric_label(metric)
        events = tuple(series[p] for p in sorted({*steps, *(s.previous() for s in steps)}))
        return Match(
            entity=entity,
            subject=str(period),
            reason=f"{label} for {entity} {self.config.direction}d from "
            f"{readable.metric_amount(metric, before, unit)} in {period.previous()} to "
            f"{readable.metric_amount(metric, now, unit)} in {period}{pct}{run}",
            values={
                "metric": metric,
                "period": str(period),
                "value": now,
                "previous_period": str(period.previous()),
                "previous_value": before,
                "change": now - before,
                "change_percent": percent,
                # How each figure was made, when its source says (XBRL figures do).
                "explain": series[period].evidence.get("explain"),
                "previous_explain": series[period.previous()].evidence.get("explain"),
            },
            events=events,
            occurred_at=series[period].occurred_at,
        )
