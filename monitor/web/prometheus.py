"""The Prometheus text exposition format (version 0.0.4), written by hand: families with
HELP and TYPE lines, escaped label values, histograms as _bucket/_sum/_count."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

Labels = Mapping[str, str]


@dataclass
class Family:
    """One metric family and its samples: (name suffix, labels, value)."""

    name: str
    kind: str  # counter | gauge | histogram
    help: str
    samples: list[tuple[str, Labels, float]] = field(default_factory=list)

    def add(self, value: float, labels: Labels | None = None, suffix: str = "") -> None:
        self.samples.append((suffix, labels or {}, value))

    def add_histogram(
        self,
        labels: Labels,
        bounds: Iterable[float],
        cumulative: Iterable[int],
        count: int,
        total: float,
    ) -> None:
        for bound, n in zip(bounds, cumulative, strict=True):
            self.add(n, {**labels, "le": format_value(bound)}, "_bucket")
        self.add(count, {**labels, "le": "+Inf"}, "_bucket")
        self.add(total, labels, "_sum")
        self.add(count, labels, "_count")


def render(families: Iterable[Family]) -> str:
    lines: list[str] = []
    for family in families:
        lines.append(f"# HELP {family.name} {_escape_help(family.help)}")
        lines.append(f"# TYPE {family.name} {family.kind}")
        for suffix, labels, value in family.samples:
            lines.append(f"{family.name}{suffix}{_labels(labels)} {format_value(value)}")
    return "\n".join(lines) + "\n"


def _labels(labels: Labels) -> str:
    if not labels:
        return ""
    inner = ",".join(f'{key}="{escape_label(str(value))}"' for key, value in labels.items())
    return "{" + inner + "}"


def escape_label(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _escape_help(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def format_value(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))
