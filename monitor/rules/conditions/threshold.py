"""Condition kind `threshold`: a metric compared with a fixed value, once per period."""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Literal

from pydantic import Field

from monitor import readable
from monitor.model import Event
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match
from monitor.vocabulary.kinds import METRIC_KINDS
from monitor.vocabulary.payloads import MetricPayload

Op = Literal[">", ">=", "<", "<=", "==", "!="]
OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
}


class ThresholdConfig(ConditionConfig):
    kind: Literal["threshold"]
    metric: str
    op: Op
    value: float = Field(description="the figure the metric is compared with")


@CONDITIONS.register("threshold")
class Threshold(Condition):
    """Fires when a metric's figure for a period satisfies `op value` (e.g. `btc_sold > 0`),
    once per period: a second document or a restatement for the same period is not a new
    alert.

    ```yaml
    condition: {kind: threshold, metric: btc_sold, op: ">", value: 0}
    ```
    """

    Config = ThresholdConfig
    config: ThresholdConfig

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        if event.kind not in METRIC_KINDS:
            return []
        payload = MetricPayload.from_event(event)
        figure = payload.value
        if payload.metric != self.config.metric or not isinstance(figure, int | float):
            return []
        if not OPERATORS[self.config.op](float(figure), self.config.value):
            return []
        period = payload.period or "-"
        unit = payload.unit or ""
        return [
            Match(
                entity=entity,
                subject=str(period),
                reason=f"{readable.metric_label(self.config.metric)} for {entity} in {period} "
                f"is {readable.metric_amount(self.config.metric, figure, unit)} "
                f"({self.config.op} {readable.number(self.config.value)})",
                values={
                    "metric": self.config.metric,
                    "value": figure,
                    "unit": unit,
                    "period": period,
                    "threshold": self.config.value,
                    "op": self.config.op,
                },
                events=(event,),
                occurred_at=event.occurred_at,
            )
        ]
