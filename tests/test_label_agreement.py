"""The labeller-agreement report (benchmarks/label_agreement.py): a second reader's labels are
scored against the reference case by case, with the corpus's own exact matching."""

from __future__ import annotations

from pathlib import Path

from benchmarks.extraction import _load_corpus_module
from benchmarks.label_agreement import agreement, main

REFERENCE = """
- id: r-1
  miner: ACME
  published: 2025-05-02
  entity: ACME
  text: |
    Acme mined 450 BTC in April 2025 and held 3,100 BTC on April 30, 2025.
  expect:
    - [btc_produced, 450, BTC, 2025-04]
    - [btc_held, 3100, BTC, 2025-04-30]
- id: r-2
  miner: ACME
  published: 2025-06-02
  entity: ACME
  text: |
    Acme repaid its $20 million term loan in May 2025.
  expect:
    - [debt_repaid_usd, 20000000, USD, 2025-05]
"""

# The second reader dates the holding by month (a period disagreement), adds a zero sale the
# first reader did not record, and agrees on the rest.
SECOND = REFERENCE.replace(
    "[btc_held, 3100, BTC, 2025-04-30]", "[btc_held, 3100, BTC, 2025-04]"
).replace(
    "[debt_repaid_usd, 20000000, USD, 2025-05]",
    "[debt_repaid_usd, 20000000, USD, 2025-05]\n    - [btc_sold, 0, BTC, 2025-05]",
)


def _write(folder: Path, text: str) -> Path:
    folder.mkdir()
    (folder / "cases.yaml").write_text(text, encoding="utf-8")
    return folder


def test_a_period_disagreement_is_one_miss_each_way_and_an_extra_label_a_false_positive(
    tmp_path: Path,
) -> None:
    corpus = _load_corpus_module()
    reference = {case.id: case for case in corpus.load_cases(_write(tmp_path / "a", REFERENCE))}
    second = corpus.load_cases(_write(tmp_path / "b", SECOND))
    result = agreement(corpus, reference, second)
    # Unary + drops the zero counts Score leaves behind.
    assert +result.true_positive == {"btc_produced": 1, "debt_repaid_usd": 1}
    assert +result.false_negative == {"btc_held": 1}
    assert +result.false_positive == {"btc_held": 1, "btc_sold": 1}


def test_the_report_refuses_a_relabelling_with_ids_the_reference_lacks(
    tmp_path: Path, capsys
) -> None:
    reference = _write(tmp_path / "a", REFERENCE)
    stray = _write(tmp_path / "b", SECOND.replace("id: r-2", "id: r-9"))
    try:
        main([str(reference), str(stray)])
    except SystemExit as stop:
        assert stop.code == 2
    else:
        raise AssertionError("an unknown id must stop the report")
    assert "r-9" in capsys.readouterr().err
