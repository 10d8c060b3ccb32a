"""`benchmarks.confidence_facts`: an old commit's fact, read back, gets the corpus's key."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.confidence_facts import as_extracted
from monitor.extract.model import Extracted

sys.path.insert(0, str(Path(__file__).parent / "extract"))
import extract_corpus  # the corpus's loader, as the study imports it


@pytest.mark.parametrize(
    "fact",
    [
        Extracted("btc_held", Decimal("19273"), "BTC", None, "2025-06-30", "held 19,273", 0, 11),
        Extracted("debt_issued_usd", Decimal("70000000"), "USD", "USD", "2025-12", "…", 3, 9),
        Extracted("ai_milestone", None, "MW", None, "2025-Q3", "…", 0, 1, "milestone",
                  "contract_signed"),
    ],
)  # fmt: skip
def test_a_fact_written_and_read_back_keeps_its_corpus_key(fact: Extracted) -> None:
    assert extract_corpus.key_of(as_extracted(fact.to_dict())) == extract_corpus.key_of(fact)


def test_an_old_record_without_the_newer_fields_is_read_with_their_defaults() -> None:
    old = {"metric": "btc_sold", "value": 4451, "unit": "BTC", "currency": None,
           "period": "2026-02", "evidence": "sold 4,451", "start": 0, "end": 10}  # fmt: skip
    key = extract_corpus.key_of(as_extracted(old))
    assert key == ("btc_sold", Decimal("4451"), "BTC", "2026-02", "figure", None)
