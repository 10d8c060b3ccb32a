"""A strict reader of the Prometheus text format (0.0.4), for checking /metrics: every line is
a HELP, a TYPE or a sample of the family declared before it; labels and values parse;
histogram buckets are cumulative and end with +Inf equal to _count."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
SAMPLE = re.compile(rf"^(?P<name>{NAME})(?:\{{(?P<labels>.*)\}})? (?P<value>\S+)$")
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)')
TYPES = {"counter", "gauge", "histogram", "summary", "untyped"}


@dataclass
class Family:
    name: str
    kind: str
    help: str = ""
    samples: list[tuple[str, dict[str, str], float]] = field(default_factory=list)


class FormatError(AssertionError):
    pass


def parse(text: str) -> dict[str, Family]:
    if not text.endswith("\n"):
        raise FormatError("exposition must end with a newline")
    families: dict[str, Family] = {}
    helps: dict[str, str] = {}
    current: Family | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("# HELP "):
            name, _, help_text = line[7:].partition(" ")
            helps[name] = help_text
        elif line.startswith("# TYPE "):
            name, _, kind = line[7:].partition(" ")
            if kind not in TYPES or name in families or not re.fullmatch(NAME, name):
                raise FormatError(f"line {number}: bad TYPE line {line!r}")
            current = families[name] = Family(name, kind, helps.get(name, ""))
        elif line.startswith("#"):
            continue
        else:
            current = _sample(line, number, current)
    for family in families.values():
        if family.kind == "histogram":
            check_histogram(family)
    return families


def _sample(line: str, number: int, current: Family | None) -> Family:
    match = SAMPLE.match(line)
    if match is None or current is None:
        raise FormatError(f"line {number}: not a sample of a declared family: {line!r}")
    name = match["name"]
    allowed = {current.name}
    if current.kind == "histogram":
        allowed = {current.name + s for s in ("_bucket", "_sum", "_count")}
    if name not in allowed:
        raise FormatError(f"line {number}: {name} does not belong to family {current.name}")
    current.samples.append((name, _labels(match["labels"] or "", number), _value(match["value"])))
    return current


def _labels(text: str, number: int) -> dict[str, str]:
    labels: dict[str, str] = {}
    position = 0
    while position < len(text):
        match = LABEL.match(text, position)
        if match is None:
            raise FormatError(f"line {number}: bad labels {text!r}")
        labels[match[1]] = match[2].replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")
        position = match.end()
    return labels


def _value(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise FormatError(f"bad value {text!r}") from None


def check_histogram(family: Family) -> None:
    groups: dict[tuple[tuple[str, str], ...], list[tuple[float, float]]] = {}
    counts: dict[tuple[tuple[str, str], ...], float] = {}
    for name, labels, value in family.samples:
        key = tuple(sorted((k, v) for k, v in labels.items() if k != "le"))
        if name.endswith("_bucket"):
            groups.setdefault(key, []).append((float(labels["le"]), value))
        elif name.endswith("_count"):
            counts[key] = value
    for key, buckets in groups.items():
        bounds = [b for b, _ in buckets]
        values = [v for _, v in buckets]
        if bounds != sorted(bounds) or not math.isinf(bounds[-1]):
            raise FormatError(f"{family.name}{key}: buckets out of order or no +Inf")
        if values != sorted(values) or values[-1] != counts.get(key):
            raise FormatError(f"{family.name}{key}: buckets not cumulative or +Inf != _count")


def value(families: dict[str, Family], name: str, **labels: str) -> float:
    """The value of the one sample with this name and these labels."""
    family_name = re.sub(r"_(bucket|sum|count)$", "", name) if name not in families else name
    found = [
        v
        for n, got, v in families[family_name].samples
        if n == name and all(got.get(k) == w for k, w in labels.items())
    ]
    if len(found) != 1:
        raise KeyError(f"{name}{labels}: {len(found)} samples")
    return found[0]
