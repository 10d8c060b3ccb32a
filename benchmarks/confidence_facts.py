"""Build the confidence study's data: every fact each blind batch's FIRST-RUN code output.

    python -m benchmarks.confidence_facts          # rebuilds benchmarks/confidence_facts.jsonl

Each holdout batch was scored once, with the code of that time, before any change for it
(tests/extract/real/FIRST_RUNS.md). For every batch this makes a detached worktree of that
commit, runs THAT code's `extract` on the batch's cases exactly as `benchmarks.extraction
--score` does (document, content type, published date, entity), and then marks each fact TP
or FP against the batch's CURRENT labels (tests/extract/real/holdout/, this worktree), the
way `extract_corpus.Score.add` counts: a fact matches a still-unmatched label with the same
metric, value, unit, period, kind and detail. The worktrees are removed afterwards.

Called with `--emit FILE...` (and the old commit on PYTHONPATH) it is the inner step: it reads
the YAML cases itself, so nothing of this worktree's extraction code is imported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # imported at run time by the build step only (`--emit` runs old code)
    from monitor.extract.model import Extracted

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "tests" / "extract" / "real" / "holdout"
DATA = ROOT / "benchmarks" / "confidence_facts.jsonl"

# Batch letter -> (first-run commit, its case files).
FIRST_RUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "d": ("0d2a3ca", ("d.yaml",)),
    "e": ("fc69c82", ("e1.yaml", "e2.yaml")),
    "f": ("7c4b555", ("f1.yaml", "f2.yaml")),
    "g": ("a18d271", ("g1.yaml", "g2.yaml")),
    "h": ("a18d271", ("h1.yaml", "h2.yaml")),
    "i": ("1cb4e05", ("i1.yaml", "i2.yaml")),
    "j": ("ce2e190", ("j1.yaml", "j2.yaml")),
    "k": ("7be428f", ("k1.yaml", "k2.yaml", "k3.yaml")),
    "l": ("e16da6b", ("l1.yaml", "l2.yaml")),
}

HEADER = {
    "about": (
        "Facts output by each blind holdout batch's first-run extractor, marked TP/FP against "
        "the batch's current labels; made by `python -m benchmarks.confidence_facts` "
        "(see its docstring). One record per line after this header; `row: labels` lines "
        "give each case's number of labels (for recall)."
    ),
    "first_runs": {letter: commit for letter, (commit, _) in FIRST_RUNS.items()},
}


def emit(files: list[str]) -> None:
    """Inner step (old code on sys.path): one JSON line per case with its raw facts."""
    import yaml

    from monitor.extract import extract  # the OLD commit's extractor

    for name in files:
        for raw in yaml.safe_load(Path(name).read_text(encoding="utf-8")) or []:
            published = raw.get("published")
            if published is not None and not isinstance(published, dt.date):
                published = dt.date.fromisoformat(str(published)[:10])
            facts = extract(
                raw.get("text") or raw["html"],
                content_type="text/plain" if "text" in raw else "text/html",
                published=published,
                entity=raw.get("entity"),
            )
            print(json.dumps({"case": raw["id"], "facts": [fact.to_dict() for fact in facts]}))


def run_commit(commit: str, files: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    """Facts per case id, from `commit`'s extractor in a throwaway detached worktree (of this
    repository, in a temporary directory, run by this interpreter)."""
    scratch = Path(tempfile.mkdtemp(prefix=f"conf-{commit}-"))
    tree = scratch / "tree"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit],
        check=True,
        capture_output=True,
    )
    try:
        out = subprocess.run(
            [sys.executable, str(Path(__file__)), "--emit", *(str(HOLDOUT / f) for f in files)],
            env={**os.environ, "PYTHONPATH": str(tree)},  # the old commit's code, nothing else
            cwd=str(tree),
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        removed = subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
            capture_output=True,
            text=True,
        )
        shutil.rmtree(scratch, ignore_errors=True)
        if removed.returncode != 0:  # a worktree left registered: say so, loudly
            raise RuntimeError(f"git worktree remove {tree} failed: {removed.stderr.strip()}")
    return {row["case"]: row["facts"] for row in map(json.loads, out.splitlines())}


class _Case(Protocol):
    """What a fact row needs of `extract_corpus.Case` (imported at run time, from tests)."""

    @property
    def id(self) -> str: ...
    @property
    def source(self) -> str | None: ...
    @property
    def entity(self) -> str | None: ...
    @property
    def published(self) -> dt.date | None: ...
    @property
    def content_type(self) -> str: ...


def records(letter: str, facts: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Each fact marked TP/FP against the case's current labels, plus one labels line a case."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests" / "extract"))
    import extract_corpus  # this worktree's loader: current labels

    commit, files = FIRST_RUNS[letter]
    cases = [case for case in extract_corpus.load_cases(HOLDOUT) if case.file in files]
    rows: list[dict[str, Any]] = []
    for case in cases:
        remaining = Counter(case.expected)
        rows.append({"row": "labels", "batch": letter, "case": case.id, "n": len(case.expected)})
        for fact in facts[case.id]:
            key = extract_corpus.key_of(as_extracted(fact))  # the corpus's own match key
            hit = remaining[key] > 0
            remaining[key] -= hit
            rows.append(_fact_row(letter, commit, case, fact, hit))
    return rows


def as_extracted(fact: dict[str, Any]) -> Extracted:
    """A fact as an old commit's `Extracted.to_dict` wrote it, read back (fields it lacked
    keep their defaults)."""
    from monitor.extract.model import Extracted  # this worktree's, as the corpus scores

    value = None if fact["value"] is None else Decimal(str(fact["value"]))
    known = {name: fact[name] for name in Extracted.__dataclass_fields__ if name in fact}
    return Extracted(**{**known, "value": value})


def _fact_row(
    letter: str, commit: str, case: _Case, fact: dict[str, Any], hit: bool
) -> dict[str, Any]:
    return {
        "row": "fact",
        "batch": letter,
        "commit": commit,
        "case": case.id,
        "source": case.source,
        "entity": case.entity,
        "published": str(case.published),
        "content_type": case.content_type,
        "tp": hit,
        **fact,
    }


def build() -> None:
    lines = [json.dumps(HEADER)]
    texts: dict[str, str] = {}
    for letter, (commit, files) in FIRST_RUNS.items():
        rows = records(letter, run_commit(commit, files))
        facts = [row for row in rows if row["row"] == "fact"]
        tp = sum(row["tp"] for row in facts)
        labels = sum(row["n"] for row in rows if row["row"] == "labels")
        print(f"{letter} {commit}: {len(facts)} facts, {tp} TP, {labels} labels", file=sys.stderr)
        lines.extend(json.dumps(row, sort_keys=True) for row in rows)
        texts.update(_texts(files))
    # Case texts once each (facts refer to them by id), so the file stays reviewable.
    lines.extend(json.dumps({"row": "text", "case": k, "text": v}) for k, v in texts.items())
    DATA.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _texts(files: tuple[str, ...]) -> dict[str, str]:
    import yaml

    out: dict[str, str] = {}
    for name in files:
        for raw in yaml.safe_load((HOLDOUT / name).read_text(encoding="utf-8")) or []:
            out[raw["id"]] = raw.get("text") or raw["html"]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emit", nargs="+", metavar="FILE", help="inner step: raw facts")
    args = parser.parse_args(argv)
    if args.emit:
        emit(args.emit)
    else:
        build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
