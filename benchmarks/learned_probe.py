"""Probe: does a simple LEARNED scorer help, alone or beside the rules, on unseen text?

An experiment, not a product change. Every number with a unit in a case's cleaned text is a
candidate (BTC, money, MW, plus table-row cells whose label names BTC/MW); its gold class is
the metric of a label with the same value and unit (periods and kinds ignored), else "none".
An averaged perceptron over window/sentence/shape features scores each candidate. The probe,
the rule extractor and their union are scored as sets of (metric, value, unit) per case.

Two report sections:

1. Alone: trained on dev + a..e, tested on f; then leave-one-batch-out over a..f.
2. Recall fallback: trained on dev + a..f, tested on the blind batches g and h. The union
   keeps every rule fact and adds the probe's metric for a candidate only when the rules
   produced no fact with its value and unit and the probe's margin (best metric's score minus
   "none"'s) exceeds a threshold. The threshold is chosen by leave-one-batch-out over a..f
   only (best pooled F1), then applied once to g+h. A threshold sweep on g+h is printed as a
   diagnostic; it never chooses anything.

    python -m benchmarks.learned_probe              # both sections
    python -m benchmarks.learned_probe --fallback   # section 2 only
"""

from __future__ import annotations

import argparse
import bisect
import math
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
               "f": ("f1", "f2"), "g": ("g1", "g2"), "h": ("h1", "h2")}  # fmt: skip
SEEN = ("a", "b", "c", "d", "e", "f")  # scored before; the rules were developed on them
BLIND = ("g", "h")  # the test of the fallback section: never used to choose anything
FAMILIES = ("btc", "debt", "ai")
NONE = "none"
Fact = tuple[str, Decimal, str]  # (metric, value, unit)
Found = dict[str, set[Fact]]  # case id -> facts

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


Row = tuple[str, Candidate, Example]  # (case id, candidate, its features and gold class)


@dataclass(frozen=True)
class Batch:
    """A batch's cases with their candidate rows and rule facts, computed once."""

    cases: list[Case]
    rows: list[Row]
    rules: Found


@dataclass(frozen=True)
class Scored:
    """A candidate's best metric under one model, and its margin over "none"."""

    case_id: str
    value: Decimal
    unit: str
    metric: str
    margin: float


def batches() -> dict[str, Batch]:
    """dev plus the holdout batches, e1+e2 as e, f1+f2 as f, g1+g2 as g and h1+h2 as h."""
    holdout = load_cases(HOLDOUT_DIR)
    found = {"dev": prepare(load_cases(REAL_DEV_DIR))}
    for name, stems in BATCH_FILES.items():
        found[name] = prepare([case for case in holdout if case.file.split(".")[0] in stems])
    return found


def prepare(cases: list[Case]) -> Batch:
    return Batch(cases, examples(cases), {case.id: rule_facts(case) for case in cases})


def family(metric: str) -> str:
    """btc_*, debt_* with interest expense, ai_*: the families the report groups metrics by."""
    return "debt" if metric == "interest_expense_usd" else metric.split("_")[0]


def gold_facts(case: Case) -> set[Fact]:
    return {(key[0], key[1], key[2]) for key in case.expected if key[1] is not None}


def rule_facts(case: Case) -> set[Fact]:
    # The extractor's own output: run it here, never compare against copied values.
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


def examples(cases: list[Case]) -> list[Row]:
    rows = []
    for case in cases:
        text = clean_text(case.document, case.content_type)
        by_value: dict[tuple[Decimal, str], str] = {}
        for metric, value, unit in sorted(gold_facts(case)):
            by_value.setdefault((value, unit), metric)
        for candidate in candidates(text):
            gold = by_value.get((candidate.value, candidate.unit), NONE)
            rows.append((case.id, candidate, (features(text, candidate, case.entity), gold)))
    return rows


def train(parts: list[Batch]) -> AveragedPerceptron:
    metrics = {metric for part in parts for case in part.cases for metric, *_ in gold_facts(case)}
    model = AveragedPerceptron([NONE, *sorted(metrics)])
    model.train([example for part in parts for _, _, example in part.rows])
    return model


def train_without(data: dict[str, Batch], held_out: str) -> AveragedPerceptron:
    """Trained on dev and the seen batches a..f but `held_out`; never on g or h."""
    return train([data[name] for name in ("dev", *SEEN) if name != held_out])


def score(model: AveragedPerceptron, batch: Batch) -> list[Scored]:
    scored = []
    for case_id, candidate, (feats, _) in batch.rows:
        metric, margin = model.margin(feats, NONE)
        scored.append(Scored(case_id, candidate.value, candidate.unit, metric, margin))
    return scored


def probe_facts(scored: list[Scored], threshold: float = 0.0) -> Found:
    """The probe's facts: a margin above 0 is exactly what `predict` answers."""
    found: Found = defaultdict(set)
    for item in scored:
        if item.margin > threshold:
            found[item.case_id].add((item.metric, item.value, item.unit))
    return found


def uncovered(rules: Found, scored: list[Scored]) -> list[Scored]:
    """Candidates whose value and unit the rules gave no fact for, whatever the metric."""
    taken = {(case_id, value, unit) for case_id, facts in rules.items() for _, value, unit in facts}
    return [item for item in scored if (item.case_id, item.value, item.unit) not in taken]


def union_facts(rules: Found, scored: list[Scored], threshold: float) -> Found:
    """Every rule fact, plus the probe's confident facts for values the rules left alone."""
    found = {case_id: set(facts) for case_id, facts in rules.items()}
    for case_id, facts in probe_facts(uncovered(rules, scored), threshold).items():
        found.setdefault(case_id, set()).update(facts)
    return found


class Tally:
    """True/false positives and false negatives per metric over sets of facts."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, gold: set[Fact], found: set[Fact]) -> None:
        for fact in gold | found:
            outcome = "tp" if fact in gold and fact in found else "fp" if fact in found else "fn"
            self.counts[fact[0]][outcome] += 1
            self.counts["ALL"][outcome] += 1

    def add_cases(self, cases: list[Case], found: Found) -> Tally:
        for case in cases:
            self.add(gold_facts(case), found.get(case.id, set()))
        return self

    def count(self, name: str) -> Counter[str]:
        """A metric's counts, or a family's (the sum of its metrics')."""
        if name not in FAMILIES:
            return self.counts[name]
        return sum((c for m, c in self.counts.items() if m != "ALL" and family(m) == name),
                   Counter())  # fmt: skip

    def rates(self, name: str) -> tuple[float | None, float | None, float | None]:
        """Precision, recall and F1 (None where undefined)."""
        count = self.count(name)
        tp, found, gold = count["tp"], count["tp"] + count["fp"], count["tp"] + count["fn"]
        p, r = (tp / found if found else None), (tp / gold if gold else None)
        f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
        return p, r, f1

    def f1(self, name: str) -> float:
        return self.rates(name)[2] or 0.0

    def pr(self, name: str) -> str:
        return "/".join(_fmt(rate) for rate in self.rates(name)[:2])

    def prf(self, name: str) -> str:
        return "/".join(_fmt(rate) for rate in self.rates(name))


def _fmt(value: float | None) -> str:
    return "  -" if value is None else f"{value:.2f}"


def coverage(batch: Batch) -> float:
    """The share of gold facts that are candidates at all: the probe's recall ceiling."""
    reachable = {(case_id, c.value, c.unit) for case_id, c, _ in batch.rows}
    gold = [(case.id, value, unit) for case in batch.cases for _, value, unit in gold_facts(case)]
    return sum(fact in reachable for fact in gold) / max(len(gold), 1)


def alone(model: AveragedPerceptron, test: Batch) -> tuple[Tally, Tally]:
    """The probe's and the rules' tallies on `test`."""
    probe = Tally().add_cases(test.cases, probe_facts(score(model, test)))
    return probe, Tally().add_cases(test.cases, test.rules)


def report_alone(data: dict[str, Batch]) -> None:
    test = data["f"]
    probe, rules = alone(train_without(data, "f"), test)
    print(f"== 1. probe alone: train dev+a..e, test f ({len(test.cases)} cases); "
          f"gold facts that are candidates: {coverage(test):.2f}")  # fmt: skip
    print(f"{'metric':24} {'probe P/R':>10} {'rules P/R':>10}  gold")
    for metric in sorted(set(probe.counts) | set(rules.counts)):
        gold = probe.counts[metric]["tp"] + probe.counts[metric]["fn"]
        print(f"{metric:24} {probe.pr(metric):>10} {rules.pr(metric):>10}  {gold}")
    print("\nleave-one-batch-out over a..f (train dev + the other batches), overall P/R")
    print(f"{'batch':6} {'cases':>5} {'probe':>10} {'rules':>10} {'cover':>6}")
    for name in SEEN:
        probe, rules = alone(train_without(data, name), data[name])
        print(f"{name:6} {len(data[name].cases):5} {probe.pr('ALL'):>10} {rules.pr('ALL'):>10} "
              f"{coverage(data[name]):6.2f}")  # fmt: skip


Fold = tuple[Batch, list[Scored]]  # a test batch and its candidates scored by a model


def pooled_union(folds: list[Fold], threshold: float) -> Tally:
    total = Tally()
    for batch, scored in folds:
        total.add_cases(batch.cases, union_facts(batch.rules, scored, threshold))
    return total


def thresholds(folds: list[Fold]) -> list[float]:
    """Every threshold that gives a different union, highest first: 0, each margin, +inf."""
    margins = {s.margin for batch, scored in folds for s in uncovered(batch.rules, scored)}
    return sorted({0.0, math.inf, *(m for m in margins if m > 0)}, reverse=True)


def choose_threshold(data: dict[str, Batch]) -> tuple[float, list[Fold]]:
    """The threshold with the best pooled union F1 over leave-one-batch-out on a..f.

    +inf (the rules alone) is a choice too, and ties go to the higher threshold, so the
    fallback only switches on when it helped on the batches it may be chosen from.
    """
    folds = [(data[name], score(train_without(data, name), data[name])) for name in SEEN]
    return _best(folds), folds


def merged(parts: list[Batch]) -> Batch:
    cases = [case for part in parts for case in part.cases]
    rows = [row for part in parts for row in part.rows]
    return Batch(cases, rows, {key: facts for part in parts for key, facts in part.rules.items()})


def report_fallback(data: dict[str, Batch]) -> None:
    threshold, folds = choose_threshold(data)
    chosen, rules_seen = pooled_union(folds, threshold), pooled_union(folds, math.inf)
    model = train_without(data, "")
    blind = {name: (data[name], score(model, data[name])) for name in BLIND}
    both = merged([batch for batch, _ in blind.values()])
    sets = {"g+h": (both, [s for _, scored in blind.values() for s in scored]), **blind}
    print(f"\n== 2. recall fallback: train dev+a..f, test blind g+h ({len(both.cases)} cases); "
          f"gold facts that are candidates: {coverage(both):.2f}")  # fmt: skip
    print(
        f"threshold: margin > {threshold:.3f}, chosen by leave-one-batch-out on a..f "
        f"(pooled F1 union {chosen.f1('ALL'):.3f}, rules {rules_seen.f1('ALL'):.3f})"
    )
    print(f"{'set':5} {'family':6} {'gold':>4} {'rules P/R/F1':>15} {'probe P/R/F1':>15} "
          f"{'union P/R/F1':>15} {'added':>6}")  # fmt: skip
    for name, (batch, scored) in sets.items():
        _print_rows(name, batch, scored, threshold)
    _print_sweep(sets["g+h"], folds)


def _print_rows(name: str, batch: Batch, scored: list[Scored], threshold: float) -> None:
    """Rules, probe and union per family and overall; `added` = probe facts added (correct)."""
    rules = Tally().add_cases(batch.cases, batch.rules)
    probe = Tally().add_cases(batch.cases, probe_facts(scored))
    union = Tally().add_cases(batch.cases, union_facts(batch.rules, scored, threshold))
    for group in (*FAMILIES, "ALL"):
        r, u = rules.count(group), union.count(group)
        print(f"{name:5} {group:6} {r['tp'] + r['fn']:4} {rules.prf(group):>15} "
              f"{probe.prf(group):>15} {union.prf(group):>15} {_added(r, u):>6}")  # fmt: skip


def _print_sweep(test: Fold, folds: list[Fold]) -> None:
    """Diagnostic only, never used to choose: union F1 on g+h at other thresholds.

    Quantiles of the a..f margins; the best on fold f alone (the batch of a..f the rules fit
    least, F1 0.75 against 0.95+ on a..e, so the fold least biased against a fallback); g+h's
    own best, in hindsight.
    """
    grid = sorted(t for t in thresholds(folds) if 0 < t < math.inf)
    picks = {"0 (probe > none)": 0.0}
    picks |= {f"a..f margin q{q:.2f}": grid[int(q * (len(grid) - 1))] for q in (0.25, 0.5, 0.9)}
    picks["best on fold f alone"] = _best([folds[SEEN.index("f")]])
    picks["best on g+h (hindsight)"] = _best([test])
    picks["+inf (rules alone)"] = math.inf
    print("\ndiagnostic on g+h, never used to choose: union F1 by threshold")
    print(f"{'threshold':32} {'ALL':>5} {'btc':>5} {'debt':>5} {'ai':>5} {'added':>8}")
    rules = pooled_union([test], math.inf).count("ALL")
    for label, threshold in picks.items():
        union = pooled_union([test], threshold)
        f1s = " ".join(f"{union.f1(group):5.3f}" for group in ("ALL", *FAMILIES))
        print(f"{threshold:7.2f} {label:24} {f1s} {_added(rules, union.count('ALL')):>8}")


def _added(rules: Counter[str], union: Counter[str]) -> str:
    """Facts the union adds to the rules', with how many of them are right in brackets."""
    return f"{union['tp'] + union['fp'] - rules['tp'] - rules['fp']}({union['tp'] - rules['tp']})"


def _best(folds: list[Fold]) -> float:
    return max(thresholds(folds), key=lambda t: pooled_union(folds, t).f1("ALL"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fallback", action="store_true", help="section 2 only")
    args = parser.parse_args()
    began = time.perf_counter()
    data = batches()
    if not args.fallback:
        report_alone(data)
    report_fallback(data)
    print(f"\nruntime {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
