"""Extraction benchmark: precision and recall per metric over the labelled corpus, and speed.

    python benchmarks/extraction.py            # print the report
    python benchmarks/extraction.py --check    # also exit 1 when a target is missed

Targets (issue 4): precision ≥ 0.95 and recall ≥ 0.90 for every metric; well under 50 ms per
50 KB document. A match is exact: metric, value, unit, period, kind and detail must all agree
with the label. Speed is measured on a ~50 KB document made by concatenating corpus passages,
once as clean text and once as HTML (which adds the HTML → text step).
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.extract import METRICS, clean_text, extract, extract_text  # noqa: E402

PRECISION_TARGET = 0.95
RECALL_TARGET = 0.90
MS_TARGET = 50.0
DOCUMENT_BYTES = 50_000
RUNS = 25


def _load_corpus_module() -> ModuleType:
    path = ROOT / "tests" / "extract" / "extract_corpus.py"
    spec = importlib.util.spec_from_file_location("extract_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_corpus"] = module
    spec.loader.exec_module(module)
    return module


def score(corpus: ModuleType) -> tuple[object, list[object]]:
    cases = corpus.load_cases()
    result = corpus.Score()
    for case in cases:
        result.add(list(case.expected), [corpus.key_of(item) for item in case.run()])
    return result, cases


def fifty_kb_documents(cases: list[object]) -> tuple[str, str]:
    """(clean text, HTML) each about 50 KB, built from the corpus passages in order."""
    texts: list[str] = []
    pages: list[str] = []
    size = 0
    while size < DOCUMENT_BYTES:
        for case in cases:
            text = clean_text(case.document, case.content_type)
            texts.append(text)
            pages.append(
                case.document
                if case.content_type == "text/html"
                else "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
            )
            size += len(text.encode())
            if size >= DOCUMENT_BYTES:
                break
    return "\n\n".join(texts), "<html><body>" + "\n".join(pages) + "</body></html>"


# A typical exhibit is mostly boilerplate and financial statements with a few metric sentences.
_BOILERPLATE = (
    "This announcement contains forward-looking statements within the meaning of Section 21E "
    "of the Securities Exchange Act of 1934, as amended. These statements are made under the "
    "safe harbor provisions of the U.S. Private Securities Litigation Reform Act of 1995. "
    "Statements that are not historical facts, including statements about the Company's "
    "beliefs, plans and expectations, are forward-looking statements that involve inherent "
    "risks and uncertainties, and actual results may differ materially. "
)
_STATEMENT_ROWS = [
    "Cash and cash equivalents", "Accounts receivable, net", "Prepaid expenses",
    "Property and equipment, net", "Operating lease right-of-use assets", "Goodwill",
    "Accounts payable", "Accrued expenses and other current liabilities", "Lease liabilities",
    "Deferred tax liabilities", "Ordinary shares", "Additional paid-in capital",
    "Accumulated deficit", "Total shareholders' equity", "Revenues from mining",
    "Cost of revenues", "General and administrative expenses", "Depreciation and amortization",
]  # fmt: skip


def typical_document(cases: list[object]) -> str:
    """~50 KB of clean text shaped like a real exhibit: three releases, statements, boilerplate."""
    releases = [
        clean_text(case.document, case.content_type)
        for case in cases
        if case.id in ("cango-2026-01-update-ex99-table", "cango-q3-2025-results",
                       "holdout-core-scientific-quarter")
    ]  # fmt: skip
    parts = list(releases)
    index = 0
    while sum(len(part.encode()) for part in parts) < DOCUMENT_BYTES:
        row = _STATEMENT_ROWS[index % len(_STATEMENT_ROWS)]
        parts.append(f"{row} | {1_000 + index * 37:,} | {900 + index * 29:,}")
        if index % 6 == 0:
            parts.append(_BOILERPLATE)
        index += 1
    return "\n".join(parts)


def milliseconds(run: object) -> float:
    timings = []
    for _ in range(RUNS):
        started = time.process_time()
        run()  # type: ignore[operator]
        timings.append((time.process_time() - started) * 1000)
    # The best run: on a shared machine other processes only ever add time.
    return min(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    corpus = _load_corpus_module()
    result, cases = score(corpus)
    negatives = sum(1 for case in cases if not case.expected)
    gaps = [case for case in cases if case.known_gap]
    print(
        f"corpus: {len(cases)} cases ({negatives} with nothing to extract), "
        f"{sum(len(case.expected) for case in cases)} labelled observations"
    )
    print()
    print(f"{'metric':24} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    missed = False
    for metric in METRICS:
        precision, recall = result.precision(metric), result.recall(metric)
        ok = (precision is None or precision >= PRECISION_TARGET) and (
            recall is None or recall >= RECALL_TARGET
        )
        missed |= not ok
        print(
            f"{metric:24} {result.true_positive[metric]:4} {result.false_positive[metric]:4} "
            f"{result.false_negative[metric]:4} {_fmt(precision):>10} {_fmt(recall):>8}"
            f"{'' if ok else '   <- below target'}"
        )
    text, page = fifty_kb_documents(cases)
    typical = typical_document(cases)
    text_ms = milliseconds(lambda: extract_text(text))
    html_ms = milliseconds(lambda: extract(page, content_type="text/html"))
    typical_ms = milliseconds(lambda: extract_text(typical))
    print()
    print(f"speed (best of {RUNS} runs, CPU time of this process):")
    print(
        f"  {text_ms:5.1f} ms per {_kb(text)} KB of clean text made only of corpus passages "
        "(every sentence a candidate: the worst case)"
    )
    print(f"  {html_ms:5.1f} ms per {_kb(page)} KB of the same as HTML (incl. HTML → text)")
    print(
        f"  {typical_ms:5.1f} ms per {_kb(typical)} KB of typical exhibit text "
        "(3 releases, statement tables, boilerplate)"
    )
    missed |= text_ms >= MS_TARGET
    if gaps:
        print()
        print("known gaps (labelled, counted above):")
        for case in gaps:
            print(f"  {case.id}: {case.known_gap}")
    return 1 if args.check and missed else 0


def _kb(text: str) -> int:
    return round(len(text.encode()) / 1000)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
