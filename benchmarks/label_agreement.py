"""How far careful readers agree: independent relabellings of the same real passages.

The extraction bar (precision ≥ 0.95, recall ≥ 0.90, exact metric, value, unit and period) is
measured against one labeller's reading. This report says how a second careful reader, who
labelled the same passages by the same written convention without seeing the first labels,
scores against the first: the ceiling any extractor can be expected to reach against one
labeller. The extractor's own score on the same cases is printed beside it.

    python -m benchmarks.label_agreement REFERENCE_DIR OTHER_DIR [OTHER_DIR ...]

Cases are matched by id; only ids present in an OTHER_DIR are scored. Scoring is the
corpus's own (`Score.add`): the OTHER labeller's items play the extractor's part.
"""

from __future__ import annotations

import argparse
from itertools import combinations
from pathlib import Path
from types import ModuleType

from benchmarks.extraction import _load_corpus_module, score_table


def agreement(corpus: ModuleType, reference: dict[str, object], other: list[object]) -> object:
    """`other`'s labels scored against `reference`'s, case by case (matched by id)."""
    result = corpus.Score()
    for case in other:
        wanted = reference[case.id]  # type: ignore[attr-defined]
        result.add(list(wanted.expected), list(case.expected))  # type: ignore[attr-defined]
    return result


def extractor(corpus: ModuleType, reference: dict[str, object], ids: list[str]) -> object:
    """The extractor's score against `reference` on the same cases."""
    result = corpus.Score()
    for case_id in ids:
        case = reference[case_id]
        result.add(list(case.expected), [corpus.key_of(item) for item in case.run()])  # type: ignore[attr-defined]
    return result


def report(title: str, result: object) -> None:
    print(f"\n{title}\n")
    print("\n".join(score_table(result)[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="labelled directory taken as the truth")
    parser.add_argument("others", type=Path, nargs="+", help="independent relabellings")
    args = parser.parse_args(argv)
    corpus = _load_corpus_module()
    reference = {case.id: case for case in corpus.load_cases(args.reference)}
    others = {path: corpus.load_cases(path) for path in args.others}
    for path, cases in others.items():
        unknown = [case.id for case in cases if case.id not in reference]
        if unknown:
            parser.error(f"{path}: ids not in {args.reference}: {unknown[:5]}")
        ids = [case.id for case in cases]
        print(f"== {path} ({len(cases)} cases) against {args.reference}")
        report(
            f"second reader {path.name} against the reference", agreement(corpus, reference, cases)
        )
        report("the extractor against the reference, same cases", extractor(corpus, reference, ids))
    for (path_a, cases_a), (path_b, cases_b) in combinations(others.items(), 2):
        shared = {case.id for case in cases_b}
        by_id = {case.id: case for case in cases_a if case.id in shared}
        report(
            f"{path_b.name} against {path_a.name}",
            agreement(corpus, by_id, [c for c in cases_b if c.id in by_id]),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
