"""The rule engine: turns new events (and the passing of time) into alert drafts.

Pure with respect to storage: it asks `History` questions and returns drafts; the caller
stores them (once per dedup key) in the same transaction as the events.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from monitor.model import AlertDraft, Event
from monitor.rules import templates as tpl
from monitor.rules.base import Condition, History, Match

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rule:
    """A validated rule spec with its condition instance."""

    spec: Any  # the pydantic Rule model from monitor.rules.spec
    condition: Condition

    def __post_init__(self) -> None:
        self.condition.bind(self.spec.id)

    @property
    def id(self) -> str:
        return str(self.spec.id)

    def watches(self, entity: str) -> bool:
        return entity in self.spec.watched or "*" in self.spec.watched


class RuleEngine:
    def __init__(self, rules: Sequence[Rule], channel_names: Sequence[str]) -> None:
        self.rules = [rule for rule in rules if rule.spec.enabled]
        self.channel_names = tuple(channel_names)
        # Which rules watch an entity, in rule order, worked out once per entity: asking
        # every rule about every event was a tenth of the pipeline (benchmarks/pipeline.py).
        self._watching: dict[str, list[Rule]] = {}

    def evaluate(
        self, events: Iterable[Event], history: History, now: datetime
    ) -> list[AlertDraft]:
        """Drafts for every rule that holds on any of the new events, in event order."""
        drafts = []
        for event in events:
            for rule in self._rules_watching(event.entity):
                matches = self._guarded(
                    rule, lambda r=rule, e=event: r.condition.on_event(e, e.entity, history)
                )
                drafts.extend(self._drafts(rule, matches, history, now))
        return drafts

    def _rules_watching(self, entity: str) -> list[Rule]:
        watching = self._watching.get(entity)
        if watching is None:
            watching = [rule for rule in self.rules if rule.watches(entity)]
            self._watching[entity] = watching
        return watching

    def evaluate_timers(self, history: History, now: datetime) -> list[AlertDraft]:
        """Drafts for time-driven conditions (deadlines), for every watched entity."""
        drafts = []
        for rule in self.rules:
            for entity in rule.spec.watched:
                matches = self._guarded(
                    rule, lambda r=rule, e=entity: r.condition.on_timer(now, e, history)
                )
                drafts.extend(self._drafts(rule, matches, history, now))
        return drafts

    def _guarded(self, rule: Rule, judge: Any) -> list[Match]:
        # One broken rule must not stop the others nor block the source's events. A database
        # error is no fault of the rule: the poll's transaction is lost, and the poll fails.
        try:
            return list(judge())
        except SQLAlchemyError:
            raise
        except Exception:
            log.exception("rule %s failed; skipped for this event", rule.id)
            return []

    def _drafts(
        self, rule: Rule, matches: list[Match], history: History, now: datetime
    ) -> list[AlertDraft]:
        return [
            draft
            for match in matches
            if not self._cooling_down(rule, match.entity, history, now)
            and (draft := self.draft(rule, match, now))
        ]

    def _cooling_down(self, rule: Rule, entity: str, history: History, now: datetime) -> bool:
        if not rule.spec.cooldown_hours:
            return False
        last = history.last_alert(rule.id, entity)
        return last is not None and now - last.fired_at < timedelta(hours=rule.spec.cooldown_hours)

    def draft(self, rule: Rule, match: Match, now: datetime) -> AlertDraft:
        context = template_context(rule, match)
        default_key = f"{rule.id}:{match.entity}:{match.subject}"
        dedup_key = tpl.render(rule.spec.dedup_key, context) if rule.spec.dedup_key else default_key
        return AlertDraft(
            rule_id=rule.id,
            entity=match.entity,
            dedup_key=dedup_key,
            severity=str(rule.spec.severity),
            title=tpl.render(rule.spec.title, context),
            body=tpl.render(rule.spec.message, context),
            reason=match.reason,
            fired_at=now,
            values=match.values,
            evidence=[_evidence(event) for event in match.events],
            event_ids=tuple(event.id for event in match.events),
            channels=tuple(rule.spec.channels or self.channel_names),
        )


def template_context(rule: Rule, match: Match) -> dict[str, Any]:
    """What title, message and dedup_key templates can use."""
    return {
        "rule": {
            "id": rule.id,
            "severity": str(rule.spec.severity),
            "description": rule.spec.description,
        },
        "entity": match.entity,
        "subject": match.subject,
        "reason": match.reason,
        "values": match.values,
        **match.values,
        "events": [event.brief() for event in match.events],
        "evidence": [_evidence(event) for event in match.events],
    }


def _evidence(event: Event) -> dict[str, Any]:
    """The evidence an alert keeps for one event: what it was and where it came from."""
    return {
        "event_id": event.id,
        "kind": event.kind,
        "entity": event.entity,
        "subject": event.subject,
        "occurred_at": event.occurred_at.isoformat(),
        "source_id": event.source_id,
        **event.evidence,
    }
