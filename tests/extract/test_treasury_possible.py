"""The treasury figure set (`treasury._FIGURE_SET`) never rules out a pattern that matches.

`treasury.extract` scans a sentence only with the figure patterns the RE2 set says may match.
A pattern loosened wrongly into RE2's syntax would be skipped where it matches, and its
figures lost without a sign. Every family's patterns are asked of every sentence of the
labelled and real passages (and of look-alikes: capitals, CPython-only whitespace), and each
one that matches must be among those the set keeps.
"""

from __future__ import annotations

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import treasury
from monitor.extract.folded import lowered
from monitor.extract.pattern_sets import PatternChoice

_LOOK_ALIKES = [
    "The Company SOLD 4,451 BTC in March and HELD 1,200\x0bBTC.",
    "Riot produced 527\x1cbitcoin in April, bringing its holdings to 19,223 BTC.",
    "bitcoin holdings reached 2,193.7 at month end",
    "",
]


def _sentences() -> list[str]:
    texts = list(_LOOK_ALIKES)
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        for case in load_cases(directory):
            texts.extend(case.document.split(". "))
    return texts


def _patterns() -> list[object]:
    return [pattern for _, patterns in treasury._FAMILIES for _, pattern in patterns]


def test_a_pattern_that_matches_is_always_kept() -> None:
    pytest.importorskip("re2")
    patterns = _patterns()
    figures = PatternChoice(patterns)
    pruned = 0
    for text in _sentences():
        kept = figures.possible(text, lowered(text)).among(patterns)
        pruned += len(patterns) - len(kept)
        matching = [pattern for pattern in patterns if pattern.search(text) is not None]
        assert all(pattern in kept for pattern in matching), text
    assert pruned > 0  # (else the test says little)


def test_a_text_the_set_cannot_answer_keeps_every_pattern() -> None:
    patterns = _patterns()
    text = "Riot sold 500 ₿ in May"
    assert PatternChoice(patterns).possible(text, lowered(text)).among(patterns) == patterns
