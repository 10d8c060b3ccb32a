"""Loading rules/*.yaml: one strict loader for `monitor check` and start-up."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from monitor.errors import ConfigError, Problem
from monitor.rules import CONDITIONS
from monitor.rules import templates as tpl
from monitor.rules.engine import Rule
from monitor.rules.spec import rule_file_model
from monitor.yamlfile import LocatedYaml, load_yaml, problems_from_validation


def rule_files(paths: Iterable[Path]) -> list[Path]:
    """Every *.yaml / *.yml file under the given files and directories, in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        else:
            found.append(path)
    return found


def load_rules(paths: Iterable[Path], channel_names: Sequence[str] | None = None) -> list[Rule]:
    """Load and validate every rule file; all problems of all files in one ConfigError."""
    rules: list[Rule] = []
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
            problems.extend(_check_rule(doc, index, spec, seen, channel_names))
            rules.append(Rule(spec, CONDITIONS.get(spec.condition.kind)(spec.condition)))
    if problems:
        raise ConfigError(problems)
    return rules


def _validate(doc: LocatedYaml) -> list[Any]:
    data = doc.data if doc.data is not None else {"rules": []}
    if not isinstance(data, dict):
        raise ConfigError([Problem(doc.file, 1, "", "a rule file is a mapping with `rules:`")])
    try:
        return list(rule_file_model().model_validate(data).rules)
    except ValidationError as exc:
        raise ConfigError(problems_from_validation(exc, doc)) from exc


def _check_rule(
    doc: LocatedYaml,
    index: int,
    spec: Any,
    seen: dict[str, str],
    channel_names: Sequence[str] | None,
) -> list[Problem]:
    problems = []

    def problem(field: str, message: str) -> None:
        line = doc.line_of(("rules", index, field))
        problems.append(Problem(doc.file, line, f"rules[{index}].{field}", message))

    if spec.id in seen:
        problem("id", f"duplicate rule id {spec.id!r} (first in {seen[spec.id]})")
    seen.setdefault(spec.id, doc.file)
    for field in ("title", "message", "dedup_key"):
        source = getattr(spec, field)
        if source and (error := tpl.check(source)):
            problem(field, error)
    if channel_names is not None:
        for name in spec.channels or []:
            if name not in channel_names:
                problem("channels", f"unknown channel {name!r} (configured: {list(channel_names)})")
    return problems
