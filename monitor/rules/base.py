"""What a condition kind implements, what it returns, and the history it may consult."""

from __future__ import annotations

from abc import ABC
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Protocol

from monitor.model import Alert, Event
from monitor.registry import StrictModel


class ConditionConfig(StrictModel):
    """Keys every condition accepts: just its kind."""

    kind: str


@dataclass(frozen=True)
class Match:
    """A condition's verdict: it holds, for this subject, because of `reason`."""

    entity: str
    subject: str  # what the alert is about (a period, a crossing); part of the dedup key
    reason: str
    values: dict[str, Any] = field(default_factory=dict)
    events: tuple[Event, ...] = ()
    occurred_at: datetime | None = None


class History(Protocol):
    """Read-only questions a condition may ask about stored events and alerts.

    Every question is bounded by `before` (an event id) so that a replay sees only the past.
    """

    def previous(self, kind: str, entity: str, subject: str, before: Event) -> Event | None:
        """The latest event of this kind/entity/subject that came before `before`."""
        ...

    def metric_events(self, entity: str, metric: str, upto: Event | None) -> list[Event]:
        """Observed and restated events of one metric, oldest first, up to `upto` included,
        then the rest of `upto`'s document: the figures stored with it, which arrive together."""
        ...

    def window(
        self, kind: str, entity: str, subject: str, since: datetime, before: Event
    ) -> list[Event]:
        """Events of this kind/entity/subject that occurred in [since, before.occurred_at],
        stored before `before`."""
        ...

    def same_document(self, event: Event, metric: str) -> list[Event]:
        """Metric events of `metric` extracted from the document `event` came from."""
        ...

    def latest_per_subject(self, kind: str, entity: str, upto: Event) -> list[Event]:
        """The latest event of each subject of this kind/entity, up to `upto` included
        (the balance of every address set of a company, say)."""
        ...

    def last_alert(self, rule_id: str, entity: str) -> Alert | None: ...

    def alerts_for(self, rule_id: str, entity: str) -> list[Alert]: ...


class Condition(ABC):
    """A condition kind. Subclasses set `Config` and write a docstring for users."""

    Config: ClassVar[type[ConditionConfig]]

    def __init__(self, config: ConditionConfig) -> None:
        self.config = config
        self.rule_id: str | None = None

    def bind(self, rule_id: str) -> None:
        """Tell the condition which rule it serves (for questions about its own alerts)."""
        self.rule_id = rule_id

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        """Judge one new event of `entity`; most kinds look only at this hook."""
        return []

    def on_timer(self, now: datetime, entity: str, history: History) -> list[Match]:
        """Judge the passing of time (deadlines); called on a schedule."""
        return []
