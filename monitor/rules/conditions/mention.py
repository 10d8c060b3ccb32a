"""Condition kind `mention`: an observation of a topic that carries the required details."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from monitor import readable
from monitor.model import Event
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match
from monitor.vocabulary.kinds import METRIC_OBSERVED
from monitor.vocabulary.payloads import MetricPayload


class MentionConfig(ConditionConfig):
    kind: Literal["mention"]
    metric: str
    requires: list[str] = Field(
        default_factory=list, description="payload fields that must be present (value, period…)"
    )
    tied_to_any: list[str] = Field(
        default_factory=list,
        description="at least one: a payload field present, or another metric observed in "
        "the same document (e.g. [period, ai_capacity_mw])",
    )


@CONDITIONS.register("mention")
class Mention(Condition):
    """Fires for each observation of `metric` that carries every field in `requires` and, if
    `tied_to_any` is given, at least one of those: a field of its own (such as `period`) or
    another metric observed in the same document (such as `ai_capacity_mw`). One alert per
    document and period.

    ```yaml
    condition: {kind: mention, metric: ai_capex_usd, requires: [value],
                tied_to_any: [period, ai_capacity_mw]}
    ```
    """

    Config = MentionConfig
    config: MentionConfig

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        payload = MetricPayload.from_event(event)
        if event.kind != METRIC_OBSERVED or payload.metric != self.config.metric:
            return []
        if any(event.payload.get(name) in (None, "") for name in self.config.requires):
            return []
        ties = self._ties(event, history)
        if self.config.tied_to_any and not ties:
            return []
        document = event.document() or event.id
        period = payload.period or "-"
        tied = [e for name in ties for e in ties[name]]
        return [
            Match(
                entity=entity,
                subject=f"{period}:{str(document)[:16]}",
                reason=f"{readable.metric_label(self.config.metric)} mentioned for {entity}"
                + (f" ({period})" if period != "-" else "")
                + (f", tied to {readable.words(sorted(ties))}" if ties else ""),
                values={
                    "metric": self.config.metric,
                    "value": payload.value,
                    "unit": payload.unit,
                    "period": period,
                    "tied_to": sorted(ties),
                    **{name: _figure(found) for name, found in ties.items() if found},
                },
                events=(event, *tied),
                occurred_at=event.occurred_at,
            )
        ]

    def _ties(self, event: Event, history: History) -> dict[str, list[Event]]:
        ties: dict[str, list[Event]] = {}
        for name in self.config.tied_to_any:
            if event.payload.get(name) not in (None, ""):
                ties[name] = []
            elif found := history.same_document(event, name):
                ties[name] = found
        return ties


def _figure(events: list[Event]) -> object:
    return MetricPayload.from_event(events[0]).value
