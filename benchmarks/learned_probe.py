"""Probe: does a simple LEARNED scorer generalise to unseen batches better than the rules?

An experiment, not a product change. Every number with a unit in a case's cleaned text is a
candidate (BTC, money, MW, plus table-row cells whose label names BTC/MW); its gold class is
the metric of a label with the same value and unit (periods and kinds ignored), else "none".
An averaged perceptron over window/sentence/shape features is trained on dev + a..e and tested
on the blind batch f, then leave-one-batch-out over a..f. Both the probe and the rule
extractor are scored as sets of (metric, value, unit) per case.

    python -m benchmarks.learned_probe
"""

from __future__ import annotations

import bisect
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from benchmarks.probe_learner import AveragedPerceptron, Example
from monitor.extract import clean_text
from monitor.extract.numbers import (
    BTC_QTY,
    POWER,
    currency_code,
    find_money,
    parse_cell,
    parse_decimal,
    power_in_mw,
)
from monitor.extract.sentences import Segment, segments

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "extract"))
from extract_corpus import REAL_DEV_DIR, Case, load_cases

HOLDOUT_DIR = REAL_DEV_DIR.parent / "holdout"
BATCH_FILES = {"a": ("a",), "b": ("b",), "c": ("c",), "d": ("d",), "e": ("e1", "e2"),
               "f": ("f1", "f2")}  # fmt: skip
NONE = "none"
Fact = tuple[str, Decimal, str]  # (metric, value, unit)

_BTC = re.compile(BTC_QTY, re.IGNORECASE)
_POWER = re.compile(POWER, re.IGNORECASE)
_WORD = re.compile(r"[a-z$%]+|\d+")
_WINDOW = 8


@dataclass(frozen=True)
class Candidate:
    value: Decimal
    unit: str
    start: int
    end: int
    segment: Segment


# (value, unit, start, end) → a candidate, or None when that start is taken.
MakeCandidate = Callable[[Decimal | None, str, int, int], "Candidate | None"]


def batches() -> dict[str, list[Case]]:
    """dev plus the holdout batches, e1+e2 as e and f1+f2 as f."""
    holdout = load_cases(HOLDOUT_DIR)
    found = {"dev": load_cases(REAL_DEV_DIR)}
    for name, stems in BATCH_FILES.items():
        found[name] = [case for case in holdout if case.file.split(".")[0] in stems]
    return found


def gold_facts(case: Case) -> set[Fact]:
    return {(key[0], key[1], key[2]) for key in case.expected if key[1] is not None}


def rule_facts(case: Case) -> set[Fact]:
    return {(item.metric, item.value, item.unit) for item in case.run() if item.value is not None}


def candidates(text: str) -> Iterator[Candidate]:
    """Numbers with a unit, each start position once (the first finder to claim it wins)."""
    segs = list(segments(text))
    starts = [seg.start for seg in segs]
    seen: set[int] = set()

    def make(value: Decimal | None, unit: str, start: int, end: int) -> Candidate | None:
        index = bisect.bisect_right(starts, start) - 1
        if value is None or start in seen or index < 0:
            return None
        seen.add(start)
        return Candidate(value, unit, start, end, segs[index])

    raw: list[Candidate | None] = []
    for match in _BTC.finditer(text):
        raw.append(make(parse_decimal(match["qty"]), "BTC", match.start("qty"), match.end()))
    for money in find_money(text):
        raw.append(make(money.amount, money.currency, money.start, money.end))
    for match in _POWER.finditer(text):
        mw = power_in_mw(match["mw"], match["power_unit"])
        raw.append(make(mw, "MW", match.start("mw"), match.end()))
    for seg in segs:
        raw.extend(_row_cells(seg, make))
    yield from (candidate for candidate in raw if candidate is not None)


def _row_cells(seg: Segment, make: MakeCandidate) -> Iterator[Candidate | None]:
    """A table row's value cells, the unit taken from the cell or from the row label."""
    if not seg.is_row:
        return
    label = seg.cells[0].lower()
    label_unit = "BTC" if re.search(r"\bbtc|bitcoin", label) else "MW" if "mw" in label else ""
    for cell in seg.cells[1:]:
        parsed = parse_cell(cell)
        if parsed is None or parsed.dash:
            continue
        unit = currency_code(parsed.currency) if parsed.currency else label_unit
        if unit:
            where = seg.start + max(seg.text.find(cell), 0)
            yield make(parsed.value, unit, where, where + len(cell))


def features(text: str, candidate: Candidate, entity: str | None) -> frozenset[str]:
    seg = candidate.segment
    before = _WORD.findall(text[seg.start : candidate.start].lower())[-_WINDOW:]
    after = _WORD.findall(text[candidate.end : seg.end].lower())[:_WINDOW]
    found = {f"unit={candidate.unit}", f"unitclass={_unit_class(candidate.unit)}"}
    for distance, word in enumerate(reversed(before), 1):
        found |= {f"b:{word}", f"b{_bucket(distance)}:{word}"}
    for distance, word in enumerate(after, 1):
        found |= {f"a:{word}", f"a{_bucket(distance)}:{word}"}
    unit_class = _unit_class(candidate.unit)
    found |= {f"s:{word}|{unit_class}" for word in _WORD.findall(seg.text.lower())}
    if entity and entity.lower() in seg.text.lower():
        found.add("entity_in_sentence")
    follow = text[candidate.end : candidate.end + 12].lower()
    found |= {"row" if seg.is_row else "prose", f"pct_next={follow.lstrip().startswith('%')}"}
    found.add(f"per_day={'per day' in follow or '/day' in follow}")
    return frozenset(found)


def _bucket(distance: int) -> str:
    return "1" if distance == 1 else "2" if distance == 2 else "3-4" if distance <= 4 else "5+"


def _unit_class(unit: str) -> str:
    return unit if unit in ("BTC", "MW") else "money"


def examples(cases: list[Case]) -> list[tuple[Case, Candidate, Example]]:
    rows = []
    for case in cases:
        text = clean_text(case.document, case.content_type)
        by_value: dict[tuple[Decimal, str], str] = {}
        for metric, value, unit in sorted(gold_facts(case)):
            by_value.setdefault((value, unit), metric)
        for candidate in candidates(text):
            gold = by_value.get((candidate.value, candidate.unit), NONE)
            rows.append((case, candidate, (features(text, candidate, case.entity), gold)))
    return rows


class Tally:
    """True/false positives and false negatives per metric over sets of facts."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, gold: set[Fact], found: set[Fact]) -> None:
        for fact in gold | found:
            outcome = "tp" if fact in gold and fact in found else "fp" if fact in found else "fn"
            self.counts[fact[0]][outcome] += 1
            self.counts["ALL"][outcome] += 1

    def pr(self, metric: str) -> str:
        count = self.counts[metric]
        p = count["tp"] / (count["tp"] + count["fp"]) if count["tp"] + count["fp"] else None
        r = count["tp"] / (count["tp"] + count["fn"]) if count["tp"] + count["fn"] else None
        return f"{_fmt(p)}/{_fmt(r)}"


def _fmt(value: float | None) -> str:
    return "  -" if value is None else f"{value:.2f}"


def evaluate(train: list[Case], test: list[Case]) -> tuple[Tally, Tally, float]:
    """Probe and rule tallies on `test`, and the share of gold facts that are candidates."""
    model = AveragedPerceptron([NONE, *sorted({m for c in train for m, _, _ in gold_facts(c)})])
    model.train([example for _, _, example in examples(train)])
    found: dict[str, set[Fact]] = defaultdict(set)
    reachable: dict[str, set[tuple[Decimal, str]]] = defaultdict(set)
    for case, candidate, (feats, _) in examples(test):
        reachable[case.id].add((candidate.value, candidate.unit))
        guess = model.predict(feats)
        if guess != NONE:
            found[case.id].add((guess, candidate.value, candidate.unit))
    probe, rules = Tally(), Tally()
    covered = total = 0
    for case in test:
        gold = gold_facts(case)
        probe.add(gold, found[case.id])
        rules.add(gold, rule_facts(case))
        covered += sum((value, unit) in reachable[case.id] for _, value, unit in gold)
        total += len(gold)
    return probe, rules, covered / max(total, 1)


def main() -> None:
    began = time.perf_counter()
    data = batches()
    held = [name for name in data if name != "dev"]
    probe, rules, coverage = evaluate([c for n in data if n != "f" for c in data[n]], data["f"])
    print(f"train dev+a..e, test f ({len(data['f'])} cases); gold facts that are candidates: "
          f"{coverage:.2f}")  # fmt: skip
    print(f"{'metric':24} {'probe P/R':>10} {'rules P/R':>10}  gold")
    for metric in sorted(set(probe.counts) | set(rules.counts)):
        gold = probe.counts[metric]["tp"] + probe.counts[metric]["fn"]
        print(f"{metric:24} {probe.pr(metric):>10} {rules.pr(metric):>10}  {gold}")
    print("\nleave-one-batch-out (train dev + the other batches), overall P/R")
    print(f"{'batch':6} {'cases':>5} {'probe':>10} {'rules':>10} {'cover':>6}")
    for name in held:
        train = [case for other in data if other != name for case in data[other]]
        probe, rules, coverage = evaluate(train, data[name])
        print(f"{name:6} {len(data[name]):5} {probe.pr('ALL'):>10} {rules.pr('ALL'):>10} "
              f"{coverage:6.2f}")  # fmt: skip
    print(f"\nruntime {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
