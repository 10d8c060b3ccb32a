"""A loaded thesis: its spec, and for each condition the rule whose alerts are its evidence."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from monitor.rules.engine import Rule


@dataclass(frozen=True)
class ThesisCondition:
    """One condition of one pillar, resolved to the rule and entities its evidence comes from."""

    pillar_id: str
    spec: Any  # ThesisCondition model from monitor.theses.spec
    rule_id: str
    entities: tuple[str, ...]

    @property
    def id(self) -> str:
        return str(self.spec.id)

    @property
    def key(self) -> str:
        """Where its state is stored: pillar/condition."""
        return f"{self.pillar_id}/{self.spec.id}"

    def accepts(self, alert_values: dict[str, Any]) -> bool:
        """Whether an alert of its rule counts (the condition's `where` filter)."""
        return all(alert_values.get(k) in wanted for k, wanted in self.spec.where.items())


@dataclass(frozen=True)
class Thesis:
    """A validated thesis with its conditions resolved and its inline conditions as rules."""

    spec: Any  # Thesis model from monitor.theses.spec
    conditions: tuple[ThesisCondition, ...]
    inline_rules: tuple[Rule, ...]
    file: str = ""

    @property
    def id(self) -> str:
        return str(self.spec.id)

    @property
    def rule_ids(self) -> frozenset[str]:
        return frozenset(c.rule_id for c in self.conditions)

    def of_pillar(self, pillar_id: str) -> Iterator[ThesisCondition]:
        return (c for c in self.conditions if c.pillar_id == pillar_id)


def inline_rule_id(thesis_id: str, condition_id: str) -> str:
    """The id of the rule an inline condition runs as: its alerts say where they came from."""
    return f"{thesis_id}--{condition_id}"
