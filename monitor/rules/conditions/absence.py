"""Condition kind `absence`: the invalidation line — evidence that has not arrived by a date."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal

from pydantic import Field

from monitor.clock import as_utc
from monitor.metrics import METRIC_OBSERVED, METRIC_RESTATED
from monitor.model import Event
from monitor.registry import StrictModel
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match
from monitor.rules.series import value

BREACHED, RESOLVED = "breached", "resolved"


class Expectation(StrictModel):
    """Evidence the thesis needs: a metric observed after `since`, optionally a fall."""

    metric: str
    decrease_percent: float | None = Field(
        None, gt=0, le=100, description="must be this much below the baseline figure"
    )
    baseline_period: str | None = Field(
        None, description="period of the baseline figure; default: the last figure before since"
    )

    def describe(self) -> str:
        if self.decrease_percent is None:
            return f"an observation of {self.metric}"
        base = self.baseline_period or "the last figure before the watch began"
        return f"{self.metric} down at least {self.decrease_percent:g}% against {base}"


class AbsenceConfig(ConditionConfig):
    kind: Literal["absence"]
    deadline: date
    since: date = Field(description="evidence counts from this date on")
    expect: list[Expectation] = Field(min_length=1, description="all of these must arrive")


@CONDITIONS.register("absence")
class Absence(Condition):
    """The invalidation line: if by `deadline` not every expectation has been met by events
    since `since`, alert once ("breached"). If the evidence arrives later, alert again
    ("resolved"). Checked on a schedule and whenever a relevant metric arrives.

    ```yaml
    condition:
      kind: absence
      deadline: 2026-12-31
      since: 2026-02-09
      expect:
        - {metric: debt_total_usd, decrease_percent: 10, baseline_period: "2025"}
        - {metric: ai_milestone}
    ```
    """

    Config = AbsenceConfig
    config: AbsenceConfig

    def on_timer(self, now: datetime, entity: str, history: History) -> list[Match]:
        return self._judge(now, entity, history, trigger=None)

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        if event.kind not in (METRIC_OBSERVED, METRIC_RESTATED):
            return []
        if event.payload.get("metric") not in {e.metric for e in self.config.expect}:
            return []
        return self._judge(event.observed_at, entity, history, trigger=event)

    def _judge(
        self, now: datetime, entity: str, history: History, trigger: Event | None
    ) -> list[Match]:
        deadline = datetime.combine(self.config.deadline, time.max).replace(tzinfo=now.tzinfo)
        if as_utc(now) <= as_utc(deadline):
            return []
        found = {
            exp.describe(): self._evidence(exp, entity, now, history) for exp in self.config.expect
        }
        missing = [what for what, events in found.items() if not events]
        if missing:
            return [self._match(entity, BREACHED, missing, found)]
        if self._breach_alerted(entity, history):
            return [self._match(entity, RESOLVED, [], found)]
        return []

    def _evidence(
        self, expectation: Expectation, entity: str, now: datetime, history: History
    ) -> list[Event]:
        since = datetime.combine(self.config.since, time.min).replace(tzinfo=now.tzinfo)
        known = [
            e
            for e in history.metric_events(entity, expectation.metric, None)
            if as_utc(e.observed_at) <= as_utc(now)
        ]
        recent = [e for e in known if as_utc(e.occurred_at) >= as_utc(since)]
        if expectation.decrease_percent is None:
            return recent[-1:]
        baseline = self._baseline(expectation, [e for e in known if e not in recent])
        if baseline is None:
            return []
        limit = value(baseline) * (1 - expectation.decrease_percent / 100)
        low = [
            e
            for e in recent
            if isinstance(e.payload.get("value"), int | float) and value(e) <= limit
        ]
        return [baseline, low[-1]] if low else []

    def _baseline(self, expectation: Expectation, before: list[Event]) -> Event | None:
        numeric = [e for e in before if isinstance(e.payload.get("value"), int | float)]
        if expectation.baseline_period:
            numeric = [e for e in numeric if e.payload.get("period") == expectation.baseline_period]
        return max(numeric, key=lambda e: (str(e.payload.get("period")), e.id), default=None)

    def _breach_alerted(self, entity: str, history: History) -> bool:
        rule_alerts = history.alerts_for(self.rule_id, entity) if self.rule_id else []
        return any(a.values.get("state") == BREACHED for a in rule_alerts)

    def _match(
        self, entity: str, state: str, missing: list[str], found: dict[str, list[Event]]
    ) -> Match:
        deadline = self.config.deadline.isoformat()
        if state == BREACHED:
            reason = (
                f"by {deadline} no evidence of: {'; '.join(missing)} (since {self.config.since})"
            )
        else:
            reason = f"the evidence arrived after the {deadline} deadline: {'; '.join(found)}"
        evidence = tuple(e for events in found.values() for e in events)
        return Match(
            entity=entity,
            subject=f"{state}:{deadline}",
            reason=reason,
            values={
                "state": state,
                "deadline": deadline,
                "since": self.config.since.isoformat(),
                "missing": missing,
                "met": [what for what, ev in found.items() if ev],
            },
            events=evidence,
        )
