"""Condition kinds `all` and `any`: combinations of other conditions."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from monitor.model import Event
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match

if TYPE_CHECKING:
    ConditionSpec = Any  # at run time, the union of every registered kind (see rules.spec)


class AllConfig(ConditionConfig):
    kind: Literal["all"]
    # "ConditionSpec" is the union of every registered kind, resolved in rules.spec.
    of: list[ConditionSpec] = Field(min_length=2, description="conditions that must all hold")


class AnyConfig(ConditionConfig):
    kind: Literal["any"]
    of: list[ConditionSpec] = Field(min_length=2, description="conditions of which one must hold")


class _Combination(Condition):
    @cached_property
    def parts(self) -> list[Condition]:
        return [CONDITIONS.get(part.kind)(part) for part in self.config.of]  # type: ignore[attr-defined]

    def bind(self, rule_id: str) -> None:
        super().bind(rule_id)
        for part in self.parts:
            part.bind(rule_id)


@CONDITIONS.register("all")
class All(_Combination):
    """Fires when every listed condition holds for the same event (or the same moment, for
    deadlines); the alert carries all their values and evidence.

    ```yaml
    condition:
      kind: all
      of:
        - {kind: new_event, event: press_release, title_matches: "bitcoin"}
        - {kind: new_event, event: press_release, title_matches: "sale|sold"}
    ```
    """

    Config = AllConfig

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        return _joined([p.on_event(event, entity, history) for p in self.parts])

    def on_timer(self, now: datetime, entity: str, history: History) -> list[Match]:
        return _joined([p.on_timer(now, entity, history) for p in self.parts])


@CONDITIONS.register("any")
class AnyOf(_Combination):
    """Fires when at least one listed condition holds; each holding condition is its own
    match (and its own dedup subject).

    ```yaml
    condition:
      kind: any
      of:
        - {kind: threshold, metric: btc_sold, op: ">", value: 0}
        - {kind: change, metric: btc_held, period: month, direction: decrease}
    ```
    """

    Config = AnyConfig

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        return [m for p in self.parts for m in p.on_event(event, entity, history)]

    def on_timer(self, now: datetime, entity: str, history: History) -> list[Match]:
        return [m for p in self.parts for m in p.on_timer(now, entity, history)]


def _joined(results: list[list[Match]]) -> list[Match]:
    if not all(results):
        return []
    firsts = [matches[0] for matches in results]
    events: dict[int, Event] = {}
    for match in firsts:
        events.update({e.id: e for e in match.events})
    values: dict[str, Any] = {}
    for match in firsts:
        values.update(match.values)
    return [
        Match(
            entity=firsts[0].entity,
            subject="+".join(m.subject for m in firsts),
            reason=" and ".join(m.reason for m in firsts),
            values=values,
            events=tuple(events.values()),
            occurred_at=firsts[0].occurred_at,
        )
    ]
