"""Robustness: how many facts the extractor keeps when real passages are reworded.

Each family of `benchmarks.rewrites` rewrites a labelled real passage (tests/extract/real/dev,
tests/extract/real/holdout) in a way that keeps every label's meaning: another unit word,
verb, number or date notation, typography, line layout, headline case. The extractor runs on
the original and on the rewrite (same published date and entity). A label matched on the
original but not on the rewrite is a LOSS (brittleness to that wording); an observation that
is not labelled and appears only on the rewrite is an FP GAIN; a label missed on the original
and matched on the rewrite is RECOVERED. Cases a family leaves unchanged are not counted.

    python -m benchmarks.robustness [--part dev|holdout|all] [--family NAME] [--examples N]
                                    [--jobs N]

Deterministic: the families choose their forms in turn, never at random; cases are run in
corpus order (in --jobs worker processes) and reported in that order.
"""

from __future__ import annotations

import argparse
import difflib
import os
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from multiprocessing import get_context

from benchmarks.extraction import ROOT, _key, _load_corpus_module
from benchmarks.rewrites import FAMILIES

PARTS = {"dev": ("dev",), "holdout": ("holdout",), "all": ("dev", "holdout")}
SNIPPET = 110  # characters kept either side of a rewrite in an example

_CORPUS = _load_corpus_module()
_cases: list[object] = []  # the cases of this run (module-level: inherited by forked workers)


@dataclass(frozen=True)
class Outcome:
    """One family on one case."""

    at_risk: int
    lost: tuple[tuple, ...]
    fp_gains: tuple[tuple, ...]
    recovered: tuple[tuple, ...]
    changes: tuple[tuple[str, str], ...]  # (before, after) of each rewritten stretch


@dataclass
class Tally:
    cases: int = 0
    at_risk: int = 0
    losses: int = 0
    fp_gains: int = 0
    recovered: int = 0
    examples: list[tuple[str, Outcome]] = field(default_factory=list)

    def add(self, case_id: str, outcome: Outcome) -> None:
        self.cases += 1
        self.at_risk += outcome.at_risk
        self.losses += len(outcome.lost)
        self.fp_gains += len(outcome.fp_gains)
        self.recovered += len(outcome.recovered)
        if outcome.lost or outcome.fp_gains:
            self.examples.append((case_id, outcome))


def load(part: str) -> list[object]:
    return [
        case
        for name in PARTS[part]
        for case in _CORPUS.load_cases(ROOT / "tests" / "extract" / "real" / name)
    ]


def _found(case: object, document: str) -> Counter:
    """What the extractor finds in `document`, read as `case` (its published date, entity)."""
    rewritten = replace(case, document=document)  # type: ignore[type-var]
    return Counter(_CORPUS.key_of(item) for item in rewritten.run())


def case_outcomes(index: int, families: tuple[str, ...]) -> list[tuple[str, Outcome | None]]:
    """Every family's outcome on case `index` (None where the family leaves it unchanged)."""
    case = _cases[index]
    wanted = Counter(case.expected)  # type: ignore[attr-defined]
    original = _found(case, case.document)  # type: ignore[attr-defined]
    kept = wanted & original
    unexpected = original - wanted
    outcomes: list[tuple[str, Outcome | None]] = []
    for name in families:
        document = FAMILIES[name].rewrite(case.document, case.entity)  # type: ignore[attr-defined]
        if document == case.document or (FAMILIES[name].us_dollars and other_dollars(case)):  # type: ignore[attr-defined]
            outcomes.append((name, None))
            continue
        found = _found(case, document)
        now_kept = wanted & found
        outcomes.append(
            (
                name,
                Outcome(
                    at_risk=sum(kept.values()),
                    lost=tuple(sorted((kept - now_kept).elements(), key=str)),
                    fp_gains=tuple(sorted(((found - wanted) - unexpected).elements(), key=str)),
                    recovered=tuple(sorted((now_kept - kept).elements(), key=str)),
                    changes=changes(case.document, document),  # type: ignore[attr-defined]
                ),
            )
        )
    return outcomes


def other_dollars(case: object) -> bool:
    """Whether a money label of the case is in another currency than USD."""
    return any(
        key[0].endswith("_usd") and key[2] != "USD"
        for key in case.expected  # type: ignore[attr-defined]
    )


def changes(before: str, after: str) -> tuple[tuple[str, str], ...]:
    """The rewritten stretches, line by line, each cut to the rewrite and some context."""
    old, new = before.split("\n"), after.split("\n")
    stretches = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            stretches.append(_window(" ⏎ ".join(old[i1:i2]), " ⏎ ".join(new[j1:j2])))
    return tuple(stretches)


def _window(before: str, after: str) -> tuple[str, str]:
    """Both texts cut to SNIPPET characters either side of where they first differ."""
    start = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), 0)
    tail = next(
        (i for i, (a, b) in enumerate(zip(before[::-1], after[::-1], strict=False)) if a != b), 0
    )
    lo = max(0, start - SNIPPET)

    def cut(text: str) -> str:
        hi = min(len(text), len(text) - tail + SNIPPET)
        return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")

    return cut(before), cut(after)


def value_forms(value: Decimal | None) -> list[str]:
    """How a label's value may be printed: 1234 / 1,234; 305000000 -> 305 (million)."""
    if value is None:
        return []
    forms = [f"{value.normalize():f}", f"{value.normalize():,f}"]
    for scale in (Decimal(10**6), Decimal(10**9)):
        if value >= scale:
            forms.append(f"{(value / scale).normalize():f}")
    return forms


def stretch_for(outcome: Outcome, key: tuple) -> tuple[str, str]:
    """The rewritten stretch that most likely carried `key` (it prints the key's value)."""
    forms = value_forms(key[1])
    for before, after in outcome.changes:
        if any(form in before or form in after for form in forms):
            return before, after
    return outcome.changes[0] if outcome.changes else ("", "")


def run(part: str, families: tuple[str, ...], jobs: int) -> dict[str, Tally]:
    global _cases
    _cases = load(part)
    tallies = {name: Tally() for name in families}
    indices = range(len(_cases))
    if jobs > 1:
        with get_context("fork").Pool(jobs) as pool:
            results = pool.starmap(case_outcomes, [(i, families) for i in indices], chunksize=8)
    else:
        results = [case_outcomes(i, families) for i in indices]
    for index, outcomes in zip(indices, results, strict=True):
        for name, outcome in outcomes:
            if outcome is not None:
                tallies[name].add(_cases[index].id, outcome)  # type: ignore[attr-defined]
    return tallies


def table(tallies: dict[str, Tally]) -> list[str]:
    header = f"{'family':15} {'cases':>6} {'at risk':>8} {'losses':>7} {'loss%':>6} "
    lines = [header + f"{'FP gains':>9} {'recovered':>10}  rewrite"]
    total = Tally()
    for name, tally in tallies.items():
        lines.append(_row(name, tally) + f"  {FAMILIES[name].what}")
        for attribute in ("cases", "at_risk", "losses", "fp_gains", "recovered"):
            setattr(total, attribute, getattr(total, attribute) + getattr(tally, attribute))
    lines.append(_row("total", total))
    return lines


def _row(name: str, tally: Tally) -> str:
    share = f"{100 * tally.losses / tally.at_risk:.1f}" if tally.at_risk else "n/a"
    return (
        f"{name:15} {tally.cases:6} {tally.at_risk:8} {tally.losses:7} {share:>6} "
        f"{tally.fp_gains:9} {tally.recovered:10}"
    )


def examples(name: str, tally: Tally, count: int) -> list[str]:
    """The first `count` cases (corpus order) where the family cost a label or added an FP."""
    lines = [f"{name}: {FAMILIES[name].what}"]
    for case_id, outcome in tally.examples[:count]:
        for key in outcome.lost:
            before, after = stretch_for(outcome, key)
            lines += [f"  {case_id}: LOST {_key(key)}", f"    before: {before}"]
            lines.append(f"    after:  {after}")
        for key in outcome.fp_gains:
            before, after = stretch_for(outcome, key)
            lines += [f"  {case_id}: FP GAIN {_key(key)}", f"    before: {before}"]
            lines.append(f"    after:  {after}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=sorted(PARTS), default="all")
    parser.add_argument("--family", choices=sorted(FAMILIES), action="append")
    parser.add_argument("--examples", type=int, default=0, metavar="N")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    families = tuple(args.family or FAMILIES)
    tallies = run(args.part, families, args.jobs)
    print(f"robustness on {args.part} ({len(_cases)} cases)")
    print()
    print("\n".join(table(tallies)))
    for name in families if args.examples else ():
        if tallies[name].examples:
            print()
            print("\n".join(examples(name, tallies[name], args.examples)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
