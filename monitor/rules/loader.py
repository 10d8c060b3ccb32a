"""Loading rules/*.yaml: one strict loader for `monitor check` and start-up."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError, Problem
from monitor.rules import CONDITIONS
from monitor.rules import templates as tpl
from monitor.rules.engine import Rule
from monitor.rules.spec import rule_file_model
from monitor.yamlfile import LocatedYaml, load_yaml, validated_list


def rule_files(paths: Iterable[Path]) -> list[Path]:
    """Every *.yaml / *.yml file under the given files and directories, in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        else:
            found.append(path)
    return found


def known_metrics(settings: Any) -> set[str]:
    """Every metric name a source can emit with this configuration: the extractor's closed
    set, the built-in XBRL metrics, and the metrics an `edgar_facts` source names or maps."""
    from monitor.extract.model import METRICS
    from monitor.sources.edgar.concepts import BUILT_IN

    names = {*METRICS, *BUILT_IN}
    for source in getattr(settings, "sources", []):
        names.update(getattr(source, "metrics", None) or [])
        names.update(getattr(source, "concepts", None) or {})
    return names


def load_rules(
    paths: Iterable[Path],
    channel_names: Sequence[str] | None = None,
    metric_names: Collection[str] | None = None,
) -> list[Rule]:
    """Load and validate every rule file; all problems of all files in one ConfigError. With
    `metric_names`, a condition on a metric no source emits is a problem (a typo such as
    `btc_sould` would otherwise never fire, silently)."""
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
            if metric_names is not None:
                problems.extend(_check_metrics(doc, index, spec.condition, metric_names))
            rules.append(Rule(spec, CONDITIONS.get(spec.condition.kind)(spec.condition)))
    if problems:
        raise ConfigError(problems)
    return rules


def _validate(doc: LocatedYaml) -> list[Any]:
    return validated_list(doc, "rules", rule_file_model(), "rule")


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


def _check_metrics(
    doc: LocatedYaml, index: int, condition: Any, known: Collection[str]
) -> list[Problem]:
    problems = []
    for path, name in _metrics_named(condition, ("condition",)):
        if name in known:
            continue
        close = difflib.get_close_matches(name, sorted(known), n=1)
        hint = (
            f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(sorted(known))})"
        )
        field = f"rules[{index}]." + ".".join(
            f"{p}" if isinstance(p, str) else f"[{p}]" for p in path
        ).replace(".[", "[")
        line = doc.line_of(("rules", index, *path))
        problems.append(Problem(doc.file, line, field, f"unknown metric {name!r}{hint}"))
    return problems


def _metrics_named(model: Any, path: tuple[str | int, ...]) -> list[tuple[tuple, str]]:
    """(path, metric) for every `metric:` in a condition, nested ones included."""
    found: list[tuple[tuple, str]] = []
    for field in type(model).model_fields:
        value = getattr(model, field)
        if field == "metric" and isinstance(value, str):
            found.append(((*path, "metric"), value))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if hasattr(type(item), "model_fields"):
                    found.extend(_metrics_named(item, (*path, field, i)))
        elif hasattr(type(value), "model_fields"):
            found.extend(_metrics_named(value, (*path, field)))
    return found
