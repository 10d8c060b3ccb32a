"""Extraction output fingerprint: every observation of every case and benchmark document.

    python -m benchmarks.identity dump FILE      # write one line per case: id and its output
    python -m benchmarks.identity compare FILE   # exit 1 and name the cases whose output differs

A tool for speed work, which must change nothing the extractor emits: dump at the reference
commit, change the code, compare. Cases are the synthetic corpus, the real dev and holdout
cases and the three documents `benchmarks.extraction` times. `compare` names differing cases
only (never their text: some of the holdout is a pseudo-blind validation set).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from benchmarks.extraction import (
    ROOT,
    _load_corpus_module,
    fifty_kb_documents,
    typical_document,
)
from monitor.extract import extract, extract_text

_REAL = ROOT / "tests" / "extract" / "real"


def outputs() -> dict[str, str]:
    """Case id → repr of its observations (every field, in emitted order)."""
    corpus = _load_corpus_module()
    synthetic = corpus.load_cases()
    cases = [*synthetic, *corpus.load_cases(_REAL / "dev"), *corpus.load_cases(_REAL / "holdout")]
    found = {f"{case.file}:{case.id}": repr(case.run()) for case in cases}
    text, page = fifty_kb_documents(synthetic)
    found["bench:text"] = repr(extract_text(text))
    found["bench:html"] = repr(extract(page, content_type="text/html"))
    found["bench:typical"] = repr(extract_text(typical_document(synthetic)))
    return found


def _digest(output: str) -> str:
    return hashlib.sha256(output.encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("dump", "compare"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    found = {case: _digest(output) for case, output in outputs().items()}
    if args.action == "dump":
        args.file.write_text("".join(f"{case}\t{digest}\n" for case, digest in found.items()))
        print(f"{len(found)} cases written to {args.file}")
        return 0
    wanted = dict(line.split("\t") for line in args.file.read_text().splitlines())
    differ = sorted(
        case for case in wanted.keys() | found.keys() if wanted.get(case) != found.get(case)
    )
    for case in differ:
        print(f"differs: {case}")
    print(f"{len(found)} cases, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
