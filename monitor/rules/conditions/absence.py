"""Condition kind `absence`: the invalidation line — evidence that has not arrived by a date."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal

from pydantic import Field

from monitor import readable
from monitor.clock import as_utc
from monitor.model import Event
from monitor.registry import StrictModel
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match
from monitor.rules.series import value
from monitor.vocabulary.kinds import METRIC_KINDS
from monitor.vocabulary.payloads import MetricPayload
from monitor.vocabulary.periods import period_sort_key

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

    def describe(self, since: date) -> str:
        """What is expected, in words: "total debt at least 10% below the last figure
        reported before 2026-02-09"."""
        label = readable.metric_label(self.metric)
        if self.decrease_percent is None:
            return f"a reported {label}"
        base = (
            f"the {self.baseline_period} figure"
            if self.baseline_period
            else f"the last figure reported before {since.isoformat()}"
        )
        return f"{label} at least {readable.number(self.decrease_percent)}% below {base}"


class AbsenceConfig(ConditionConfig):
    kind: Literal["absence"]
    deadline: date
    since: date = Field(description="evidence counts from this date on")
    expect: list[Expectation] = Field(min_length=1, description="the evidence expected")
    require: Literal["all", "any"] = Field(
        "all",
        description="all: breached when any expectation is still missing at the deadline; "
        "any: breached only when every expectation is missing",
    )


@CONDITIONS.register("absence")
class Absence(Condition):
    """The invalidation line: evidence expected from `since` on, judged at `deadline`.
    With `require: all` (the default) the line is breached when any expectation is still
    unmet at the deadline; with `require: any`, only when none is met. A breach alerts once
    ("breached"), naming each expectation met and each one missing; if the evidence arrives
    later, it alerts again ("resolved"). Checked on a schedule and whenever a relevant
    metric arrives. A `decrease_percent` is measured against the last figure reported
    before `since`, or the figure of `baseline_period` when given.

    ```yaml
    condition:
      kind: absence
      deadline: 2026-12-31
      since: 2026-02-09
      require: all
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
        if event.kind not in METRIC_KINDS:
            return []
        if MetricPayload.from_event(event).metric not in {e.metric for e in self.config.expect}:
            return []
        return self._judge(event.observed_at, entity, history, trigger=event)

    def _judge(
        self, now: datetime, entity: str, history: History, trigger: Event | None
    ) -> list[Match]:
        deadline = datetime.combine(self.config.deadline, time.max).replace(tzinfo=now.tzinfo)
        if as_utc(now) <= as_utc(deadline):
            return []
        found = {
            exp.describe(self.config.since): self._evidence(exp, entity, now, history)
            for exp in self.config.expect
        }
        missing = [what for what, events in found.items() if not events]
        if self._breached(len(missing), len(found)):
            return [self._match(entity, BREACHED, missing, found)]
        if self._breach_alerted(entity, history):
            return [self._match(entity, RESOLVED, [], found)]
        return []

    def _breached(self, missing: int, expected: int) -> bool:
        if self.config.require == "all":
            return missing > 0
        return missing == expected

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
        low = [e for e in recent if _has_figure(e) and value(e) <= limit]
        return [baseline, low[-1]] if low else []

    def _baseline(self, expectation: Expectation, before: list[Event]) -> Event | None:
        numeric = [e for e in before if _has_figure(e)]
        if expectation.baseline_period:
            numeric = [e for e in numeric if _period(e) == expectation.baseline_period]
        # The latest period by the day it ends: "2025-Q3" spelled as text sorts after "2025-12-31".
        return max(numeric, key=lambda e: (period_sort_key(_period(e) or ""), e.id), default=None)

    def _breach_alerted(self, entity: str, history: History) -> bool:
        rule_alerts = history.alerts_for(self.rule_id, entity) if self.rule_id else []
        return any(a.values.get("state") == BREACHED for a in rule_alerts)

    def _match(
        self, entity: str, state: str, missing: list[str], found: dict[str, list[Event]]
    ) -> Match:
        deadline = self.config.deadline.isoformat()
        met = {what: events for what, events in found.items() if events}
        met_text = "; ".join(f"{what} ({_shown(events)})" for what, events in met.items())
        if state == BREACHED:
            need = "all of" if self.config.require == "all" else "at least one of"
            reason = (
                f"by {deadline} the thesis needed {need} {len(found)} expectations since "
                f"{self.config.since}; missing: {'; '.join(missing)}"
                + (f"; met: {met_text}" if met else "; none met")
            )
        else:
            reason = f"the evidence arrived after the {deadline} deadline: met: {met_text}"
        evidence = tuple(e for events in found.values() for e in events)
        return Match(
            entity=entity,
            subject=f"{state}:{deadline}",
            reason=reason,
            values={
                "state": state,
                "deadline": deadline,
                "since": self.config.since.isoformat(),
                "require": self.config.require,
                "missing": missing,
                "met": list(met),
            },
            events=evidence,
        )


def _shown(events: list[Event]) -> str:
    """The evidence behind a met expectation, in words: "$420.1 million in 2025-12-31 against
    $488.5 million in 2025-09-30" or "reported in 2026-04"."""
    *baseline, latest = events

    def figure(event: Event) -> str:
        payload = MetricPayload.from_event(event)
        amount = readable.metric_amount(payload.metric, payload.value, payload.unit)
        return f"{amount} for {payload.period or '-'}"

    if not _has_figure(latest):
        return f"reported for {_period(latest) or '-'}"
    if baseline:
        return f"{figure(latest)} against {figure(baseline[0])}"
    return figure(latest)


def _has_figure(event: Event) -> bool:
    return isinstance(MetricPayload.from_event(event).value, int | float)


def _period(event: Event) -> str | None:
    return MetricPayload.from_event(event).period
