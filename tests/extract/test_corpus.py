"""Data-driven: every corpus case yields exactly its labelled observations, nothing more."""

from __future__ import annotations

from collections import Counter

import pytest
from extract_corpus import Case, key_of, load_cases

from monitor.extract import clean_text

CASES = load_cases()


def _params() -> list[object]:
    params = []
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case.known_gap, strict=True)] if case.known_gap else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def test_corpus_is_big_and_balanced() -> None:
    negatives = [case for case in CASES if not case.expected]
    assert len(CASES) >= 80
    assert len(negatives) >= 20
    assert {case.file for case in CASES} >= {"cango.yaml", "negatives.yaml"}


@pytest.mark.parametrize("case", _params())
def test_case_yields_exactly_its_labels(case: Case) -> None:
    found = case.run()
    actual = Counter(key_of(item) for item in found)
    expected = Counter(case.expected)
    missing = expected - actual
    unexpected = actual - expected
    assert not missing and not unexpected, _explain(missing, unexpected, found)


@pytest.mark.parametrize("case", [c for c in CASES if c.absent], ids=lambda c: c.id)
def test_hard_negatives_stay_absent(case: Case) -> None:
    metrics = {item.metric for item in case.run()}
    assert not metrics & set(case.absent)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_evidence_offsets_point_into_clean_text(case: Case) -> None:
    text = clean_text(case.document, case.content_type)
    for item in case.run():
        assert text[item.start : item.end] == item.evidence
        assert item.evidence.strip()


def _explain(missing: Counter[object], unexpected: Counter[object], found: list[object]) -> str:
    lines = [f"missing: {sorted(map(str, missing.elements()))}"]
    lines.append(f"unexpected: {sorted(map(str, unexpected.elements()))}")
    lines.extend(f"  got {item!r}" for item in found)
    return "\n".join(lines)
