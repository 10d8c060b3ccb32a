"""Load a labelled extraction corpus and score results.

Two corpora share one format: the synthetic one the team wrote (tests/extract/corpus/*.yaml)
and the real one, passages cut verbatim from miners' releases (tests/extract/real/dev/*.yaml,
convention in tests/extract/real/README.md), whose cases also name the `miner` and the
`source` page. Shared by the data-driven tests and `benchmarks/extraction.py`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from monitor.extract import METRICS, Extracted, clean_text, extract
from monitor.extract.sentences import segments

CORPUS_DIR = Path(__file__).parent / "corpus"
REAL_DEV_DIR = Path(__file__).parent / "real" / "dev"

_DEFAULT_KIND = {"intent": "intent", "ai_milestone": "milestone"}

# (metric, value, unit, period, kind, detail): what must match exactly.
Key = tuple[str, Decimal | None, str, str | None, str, str | None]


@dataclass(frozen=True)
class Case:
    id: str
    file: str
    published: dt.date | None
    entity: str | None
    document: str
    content_type: str
    expected: tuple[Key, ...]
    absent: tuple[str, ...] = ()
    known_gap: str | None = None
    note: str = ""
    miner: str | None = None
    source: str | None = None

    def run(self) -> list[Extracted]:
        return extract(
            self.document,
            content_type=self.content_type,
            published=self.published,
            entity=self.entity,
        )


@dataclass
class Score:
    true_positive: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)

    def add(self, expected: list[Key], actual: list[Key]) -> None:
        remaining = Counter(actual)
        for key in expected:
            if remaining[key] > 0:
                remaining[key] -= 1
                self.true_positive[key[0]] += 1
            else:
                self.false_negative[key[0]] += 1
        for key, count in remaining.items():
            self.false_positive[key[0]] += count

    def precision(self, metric: str) -> float | None:
        found = self.true_positive[metric] + self.false_positive[metric]
        return self.true_positive[metric] / found if found else None

    def recall(self, metric: str) -> float | None:
        wanted = self.true_positive[metric] + self.false_negative[metric]
        return self.true_positive[metric] / wanted if wanted else None


def key_of(item: Extracted) -> Key:
    return (item.metric, item.value, item.unit, item.period, item.kind, item.detail)


def load_cases(directory: Path = CORPUS_DIR) -> list[Case]:
    """Every case of every *.yaml / *.yml file in `directory`; ids must be unique."""
    cases: list[Case] = []
    paths = sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])
    for path in paths:
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            cases.append(_case(raw, path.name))
    ids = Counter(case.id for case in cases)
    duplicated = [case_id for case_id, count in ids.items() if count > 1]
    if duplicated:
        raise ValueError(f"duplicate corpus ids: {duplicated}")
    return cases


def _case(raw: dict[str, Any], file: str) -> Case:
    if not isinstance(raw, dict) or "id" not in raw:
        raise ValueError(f"{file}: every case is a mapping with an id, got {raw!r:.80}")
    if ("text" in raw) == ("html" in raw):
        raise ValueError(f"{file}:{raw.get('id')}: give exactly one of text/html")
    absent = tuple(raw.get("absent") or ())
    unknown = [metric for metric in absent if metric not in METRICS]
    if unknown:
        raise ValueError(f"{file}:{raw['id']}: unknown metrics in absent: {unknown}")
    return Case(
        id=raw["id"],
        file=file,
        published=_date(raw.get("published")),
        entity=raw.get("entity"),
        document=raw.get("text") or raw["html"],
        content_type="text/plain" if "text" in raw else "text/html",
        expected=tuple(_expected(item, file, raw["id"]) for item in raw.get("expect") or ()),
        absent=absent,
        known_gap=raw.get("known_gap"),
        note=raw.get("note") or "",
        miner=raw.get("miner"),
        source=raw.get("source"),
    )


def _expected(item: list[Any] | dict[str, Any], file: str, case_id: str) -> Key:
    if isinstance(item, list):
        metric, value, unit, period = item
        item = {"metric": metric, "value": value, "unit": unit, "period": period}
    metric = item["metric"]
    if metric not in METRICS:
        raise ValueError(f"{file}:{case_id}: unknown metric {metric!r}")
    value = item.get("value")
    unit = item.get("unit")
    if unit is None:  # value-less labels: an intention is about BTC, a milestone has no unit
        unit = "BTC" if metric == "intent" else ""
    return (
        metric,
        None if value is None else Decimal(str(value)),
        unit,
        _period(item.get("period")),
        item.get("kind", _DEFAULT_KIND.get(metric, "figure")),
        item.get("detail"),
    )


def _date(value: object) -> dt.date | None:
    """YAML reads 2025-12-31 as a date; a quoted one is a string."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _period(value: object) -> str | None:
    """YAML reads 2025-12-31 as a date; labels are strings."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@functools.cache
def corpus_sentences() -> tuple[str, ...]:
    """Every row and sentence of the labelled corpus and of the real dev and holdout passages,
    as the extractor splits them: the texts a speed gate is checked against (a gate that says
    "cannot match" must never say it of a text its pattern matches)."""
    texts: list[str] = []
    for directory in (CORPUS_DIR, REAL_DEV_DIR, REAL_DEV_DIR.parent / "holdout"):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            texts.extend(segment.text for segment in segments(text))
    return tuple(texts)
