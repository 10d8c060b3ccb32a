"""Data-driven: AI build-out facts in other writers' wording, and the look-alikes that are not.

The cases (tests/extract/variants/ai.yaml) are labelled by tests/extract/real/README.md. They
live outside tests/extract/corpus so the speed benchmark's worst-case document, built from the
corpus passages, stays the same document across sessions.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from extract_corpus import Case, key_of, load_cases

CASES = load_cases(Path(__file__).parent / "variants")


def _params() -> list[object]:
    return [
        pytest.param(
            case,
            id=case.id,
            marks=[pytest.mark.xfail(reason=case.known_gap, strict=True)] if case.known_gap else [],
        )
        for case in CASES
    ]


def test_variants_cover_each_ai_metric_and_negatives() -> None:
    metrics = {key[0] for case in CASES for key in case.expected}
    assert {"ai_capex_usd", "ai_capacity_mw", "ai_milestone"} <= metrics
    assert sum(not case.expected for case in CASES) >= 50


@pytest.mark.parametrize("case", _params())
def test_variant_yields_exactly_its_labels(case: Case) -> None:
    actual = Counter(key_of(item) for item in case.run())
    expected = Counter(case.expected)
    assert actual == expected, (
        f"missing {sorted(map(str, (expected - actual).elements()))}; "
        f"unexpected {sorted(map(str, (actual - expected).elements()))}"
    )
