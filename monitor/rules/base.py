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

    def last_alert(self, rule_id: str, entity: str) -> Alert | None: ...


class Condition(ABC):
    """A condition kind. Subclasses set `Config` and write a docstring for users."""

    Config: ClassVar[type[ConditionConfig]]

    def __init__(self, config: ConditionConfig) -> None:
        self.config = config

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        """Judge one new event of `entity`; most kinds look only at this hook."""
        return []

    def on_timer(self, now: datetime, entity: str, history: History) -> list[Match]:
        """Judge the passing of time (deadlines); called on a schedule."""
        return []
