"""Loading theses/*.yaml: validated like rule files, with every problem named by file and line.

A condition names a rule (which must exist) or holds a condition inline; an inline condition
becomes a rule of its own, run by the rule engine like any other, so a thesis never judges
events itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError, Problem
from monitor.rules import CONDITIONS
from monitor.rules.engine import Rule
from monitor.rules.loader import rule_files
from monitor.rules.spec import rule_model
from monitor.theses.model import Thesis, ThesisCondition, inline_rule_id
from monitor.theses.spec import thesis_file_model
from monitor.yamlfile import LocatedYaml, load_yaml, validated_list


def load_theses(
    paths: Iterable[Path], rule_ids: Iterable[str], channel_names: Sequence[str]
) -> list[Thesis]:
    """Load and check every thesis file; all problems of all files in one ConfigError."""
    known_rules = set(rule_ids)
    theses: list[Thesis] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in rule_files(paths):
        try:
            doc = load_yaml(file)
            specs = _validate(doc)
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        for index, spec in enumerate(specs):
            checker = _Checker(doc, index)
            checker.check(spec, seen, known_rules, channel_names)
            problems.extend(checker.problems)
            if not checker.problems:
                theses.append(_resolve(spec, doc.file))
    if problems:
        raise ConfigError(problems)
    return theses


def _validate(doc: LocatedYaml) -> list[Any]:
    return validated_list(doc, "theses", thesis_file_model(), "thesis")


class _Checker:
    """What the schema cannot say: ids unique, rules and channels known."""

    def __init__(self, doc: LocatedYaml, index: int) -> None:
        self.doc, self.index = doc, index
        self.problems: list[Problem] = []

    def problem(self, path: tuple[str | int, ...], message: str) -> None:
        full = ("theses", self.index, *path)
        dotted = f"theses[{self.index}]" + "".join(
            f"[{p}]" if isinstance(p, int) else f".{p}" for p in path
        )
        self.problems.append(Problem(self.doc.file, self.doc.line_of(full), dotted, message))

    def check(
        self, spec: Any, seen: dict[str, str], rules: set[str], channels: Sequence[str]
    ) -> None:
        if spec.id in seen:
            self.problem(("id",), f"duplicate thesis id {spec.id!r} (first in {seen[spec.id]})")
        seen.setdefault(spec.id, self.doc.file)
        for name in spec.channels or []:
            if name not in channels:
                self.problem(("channels",), f"unknown channel {name!r} (configured: {channels})")
        self._check_pillars(spec, rules)

    def _check_pillars(self, spec: Any, rules: set[str]) -> None:
        pillars: set[str] = set()
        conditions: set[str] = set()
        for p, pillar in enumerate(spec.pillars):
            if pillar.id in pillars:
                self.problem(("pillars", p, "id"), f"duplicate pillar id {pillar.id!r}")
            pillars.add(pillar.id)
            for c, condition in enumerate(pillar.conditions):
                where = ("pillars", p, "conditions", c)
                if condition.id in conditions:
                    self.problem((*where, "id"), f"duplicate condition id {condition.id!r}")
                conditions.add(condition.id)
                if condition.rule is not None and condition.rule not in rules:
                    self.problem((*where, "rule"), f"unknown rule {condition.rule!r}")
                if condition.rule is None and inline_rule_id(spec.id, condition.id) in rules:
                    self.problem((*where, "id"), "its inline rule id clashes with a rule's id")


def _resolve(spec: Any, file: str) -> Thesis:
    conditions = []
    inline = []
    for pillar in spec.pillars:
        for condition in pillar.conditions:
            entities = (condition.entity,) if condition.entity else tuple(spec.entities)
            rule_id = condition.rule or inline_rule_id(spec.id, condition.id)
            conditions.append(ThesisCondition(pillar.id, condition, rule_id, entities))
            if condition.rule is None:
                inline.append(_inline_rule(spec, condition, rule_id, entities))
    return Thesis(spec, tuple(conditions), tuple(inline), file)


def _inline_rule(spec: Any, condition: Any, rule_id: str, entities: tuple[str, ...]) -> Rule:
    rule_spec = rule_model().model_validate(
        {
            "id": rule_id,
            "description": condition.description or f"condition {condition.id} of {spec.id}",
            "entities": list(entities),
            "severity": "info",
            "channels": spec.channels,  # None: every channel, like any rule
            "condition": condition.condition,
            "title": f"{{{{ entity }}}}: {condition.id} ({spec.title})",
            "message": "{{ reason }}",
        }
    )
    return Rule(rule_spec, CONDITIONS.get(rule_spec.condition.kind)(rule_spec.condition))


def configured_theses(settings: Any) -> list[Thesis]:
    """The theses a Settings names, checked against its rules and channels (for the web)."""
    from monitor.rules.loader import load_rules

    paths = getattr(settings, "thesis_paths", ())
    if not paths:
        return []
    rules = load_rules(settings.rule_paths)
    channels = [channel.name for channel in settings.channels]
    return load_theses(paths, [rule.id for rule in rules], channels)
