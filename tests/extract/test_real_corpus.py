"""Data-driven over the REAL corpus: its development part (tests/extract/real/dev/*.yaml)
and its holdout (tests/extract/real/holdout/*.yaml).

Passages are cut verbatim from miners' releases and labelled by people other than the
extractor's authors, following tests/extract/real/README.md. Every case must yield exactly its
labels. Cases the extractor still gets wrong are listed, with the reason, in
tests/extract/real/known_gaps.yaml (dev) and holdout_first_run_gaps.yaml (the holdout's first,
untuned run): they run as strict xfails, so a fix that makes one pass forces its entry out of
the list, and the lists are the honest statement of what is left.
"""

from __future__ import annotations

from collections import Counter

import pytest
import yaml
from extract_corpus import REAL_DEV_DIR, Case, key_of, load_cases

from monitor.extract import clean_text

REAL_HOLDOUT_DIR = REAL_DEV_DIR.parent / "holdout"
CASES = [*load_cases(REAL_DEV_DIR), *load_cases(REAL_HOLDOUT_DIR)]


def _gaps(name: str) -> dict[str, str]:
    path = REAL_DEV_DIR.parent / name
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


KNOWN_GAPS: dict[str, str] = {**_gaps("known_gaps.yaml"), **_gaps("holdout_first_run_gaps.yaml")}


def _params() -> list[object]:
    params = []
    for case in CASES:
        gap = KNOWN_GAPS.get(case.id)
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def test_real_cases_follow_the_convention() -> None:
    assert len(load_cases(REAL_DEV_DIR)) >= 200 and len(load_cases(REAL_HOLDOUT_DIR)) >= 100
    for case in CASES:
        assert case.miner and case.source, case.id
        assert case.published is not None, case.id
    assert set(KNOWN_GAPS) <= {case.id for case in CASES}, "known gap for an unknown case"


@pytest.mark.parametrize("case", _params())
def test_real_case_yields_exactly_its_labels(case: Case) -> None:
    found = case.run()
    actual = Counter(key_of(item) for item in found)
    expected = Counter(case.expected)
    missing, unexpected = expected - actual, actual - expected
    assert not missing and not unexpected, (
        f"missing: {sorted(map(str, missing.elements()))}\n"
        f"unexpected: {sorted(map(str, unexpected.elements()))}"
    )


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_real_evidence_is_exact(case: Case) -> None:
    text = clean_text(case.document, case.content_type)
    for item in case.run():
        assert text[item.start : item.end] == item.evidence
        assert item.evidence.strip()
        if item.row_label is not None:  # a table cell names its row and column as printed
            flat = " ".join(text.split())  # a label wrapped over lines is quoted on one line
            assert item.row_label in flat
            assert item.column_label is None or item.column_label in flat


def test_known_gaps_file_is_a_mapping_of_reasons() -> None:
    assert isinstance(KNOWN_GAPS, dict)
    assert all(isinstance(reason, str) and reason for reason in KNOWN_GAPS.values())
