"""Confidence tiers of extracted facts, measured leave-one-batch-out on the blind batches.

    python -m benchmarks.confidence            # the leave-one-batch-out table
    python -m benchmarks.confidence --learn    # the rules learnt on all batches (to commit)

Data: benchmarks/confidence_facts.jsonl, every fact the first-run extractor of each blind
batch d..l output, marked right (TP) or wrong (FP) against the batch's current labels (made
by `python -m benchmarks.confidence_facts`). Each fact's signs come from the product's own
`monitor.extract.confidence.risk_flags` (quote, source page, publication date, the
document's other facts).

The rules: "doubts" are learnt greedily, each step naming the sign under which the remaining
facts are least often right (seen on at least MIN_SUPPORT remaining facts), until what is left
is right TARGET of the time; the facts left are "high". "Low" signs are those under which the
training facts were right at most LOW_CEILING of the time. For every batch the rules are learnt
on the other batches and measured on it; the pooled line sums the held-out batches. Recall
keeps the labels of every case as its denominator, so "recall if high only" is the share of
all labelled facts an alert on high facts alone would still raise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.extract.confidence import (  # noqa: E402
    DOUBTS,
    HIGH,
    LOW,
    LOW_SIGNS,
    MEDIUM,
    risk_flags,
)
from monitor.extract.model import Extracted  # noqa: E402

DATA = ROOT / "benchmarks" / "confidence_facts.jsonl"
TARGET = 0.90
MIN_SUPPORT = 25
LOW_CEILING = 0.50
_FIELDS = [field.name for field in fields(Extracted)]


@dataclass(frozen=True)
class Fact:
    batch: str
    right: bool
    flags: frozenset[str]


def load(path: Path = DATA) -> tuple[list[Fact], dict[str, int]]:
    """The facts with their signs, and the number of labels per batch."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    labels: dict[str, int] = defaultdict(int)
    by_case: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["row"] == "labels":
            labels[row["batch"]] += row["n"]
        elif row["row"] == "fact":
            by_case[row["case"]].append(row)
    facts = [fact for case_rows in by_case.values() for fact in _case_facts(case_rows)]
    return facts, dict(labels)


def _case_facts(rows: list[dict]) -> list[Fact]:
    extracted = [_extracted(row) for row in rows]
    return [
        Fact(
            row["batch"],
            row["tp"],
            risk_flags(
                item,
                siblings=extracted,
                entity=row.get("entity"),
                source_url=row["source"],
                published=dt.date.fromisoformat(row["published"]),
            ),
        )
        for row, item in zip(rows, extracted, strict=True)
    ]


def _extracted(row: dict) -> Extracted:
    values = {name: row[name] for name in _FIELDS}
    if values["value"] is not None:
        values["value"] = Decimal(str(values["value"]))
    return Extracted(**values)


def learn(train: list[Fact]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(doubts, low signs) learnt on `train`."""
    return learn_doubts(train), learn_low(train)


def learn_doubts(train: list[Fact]) -> tuple[str, ...]:
    kept, doubts = list(train), []
    while kept and _precision(kept) < TARGET:
        candidates = [
            (_precision(group), flag)
            for flag, group in _by_flag(kept).items()
            if MIN_SUPPORT <= len(group) < len(kept)
        ]
        if not candidates or min(candidates)[0] >= _precision(kept):
            break
        worst = min(candidates)[1]
        doubts.append(worst)
        kept = [fact for fact in kept if worst not in fact.flags]
    return tuple(doubts)


def learn_low(train: list[Fact]) -> tuple[str, ...]:
    weak = [
        (_precision(group), flag)
        for flag, group in _by_flag(train).items()
        if len(group) >= MIN_SUPPORT and _precision(group) <= LOW_CEILING
    ]
    return tuple(flag for _, flag in sorted(weak))


def _by_flag(facts: list[Fact]) -> dict[str, list[Fact]]:
    """The facts under each sign that fires on any of them."""
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        for flag in fact.flags:
            groups[flag].append(fact)
    return groups


def tier(fact: Fact, doubts: tuple[str, ...], low: tuple[str, ...]) -> str:
    if fact.flags.intersection(low):
        return LOW
    return MEDIUM if fact.flags.intersection(doubts) else HIGH


def _precision(group: list[Fact]) -> float:
    return sum(fact.right for fact in group) / len(group) if group else 0.0


def leave_one_batch_out(facts: list[Fact]) -> dict[str, list[tuple[Fact, str]]]:
    """Per batch: its facts with the tier given by rules learnt on the other batches."""
    out = {}
    for batch in sorted({fact.batch for fact in facts}):
        doubts, low = learn([fact for fact in facts if fact.batch != batch])
        held = [fact for fact in facts if fact.batch == batch]
        out[batch] = [(fact, tier(fact, doubts, low)) for fact in held]
    return out


def table(tiered: dict[str, list[tuple[Fact, str]]], labels: dict[str, int]) -> list[str]:
    head = (
        f"{'batch':7}{'facts':>6}{'P all':>7}  {'high P':>7}{'share':>6}  {'med P':>6}{'share':>6}"
        f"  {'low P':>6}{'share':>6}  {'R all':>6}{'R high':>7}"
    )
    lines = [head]
    for batch, rows in tiered.items():
        lines.append(_line(batch, rows, labels[batch]))
    pooled = [row for rows in tiered.values() for row in rows]
    lines.append(_line("pooled", pooled, sum(labels[batch] for batch in tiered)))
    return lines


def _line(name: str, rows: list[tuple[Fact, str]], labels: int) -> str:
    def part(wanted: str) -> str:
        group = [fact for fact, got in rows if got == wanted]
        precision = f"{_precision(group):.2f}" if group else "  - "
        return f"{precision:>6}{len(group) / len(rows):6.2f}"

    facts = [fact for fact, _ in rows]
    right_high = sum(fact.right for fact, got in rows if got == HIGH)
    return (
        f"{name:7}{len(rows):6}{_precision(facts):7.2f}  {part(HIGH):>13} {part(MEDIUM):>13}"
        f"  {part(LOW):>12}  {sum(f.right for f in facts) / labels:6.2f}{right_high / labels:7.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learn", action="store_true", help="rules learnt on all batches")
    args = parser.parse_args(argv)
    facts, labels = load()
    if args.learn:
        doubts, low = learn(facts)
        print(f"DOUBTS = {doubts!r}\nLOW_SIGNS = {low!r}")
        print(f"committed: {'same' if (doubts, low) == (DOUBTS, LOW_SIGNS) else 'DIFFERENT'}")
        return 0
    print(
        f"{len(facts)} facts of blind batches' first runs; tiers by leave-one-batch-out "
        f"(doubts until {TARGET:.2f} on the other batches, support >= {MIN_SUPPORT}; "
        f"low signs <= {LOW_CEILING:.2f})"
    )
    print("\n".join(table(leave_one_batch_out(facts), labels)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
