"""`ai_capacity`'s RE2 pass (`_PATTERN_SET`) never rules out a capacity pattern that matches.

`capacity` scans a sentence only with the patterns RE2 says may match it. A pattern written
wrongly in RE2's syntax would be skipped where it matches, and its megawatts lost without a
sign: every pattern is asked of every sentence of the labelled and real passages (and of
look-alikes with CPython's whitespace that RE2 lacks and capitals for the case-insensitive
parts), and each one that matches must be named possible.
"""

from __future__ import annotations

import pytest
from extract_corpus import corpus_sentences

from monitor.extract import ai_capacity
from monitor.extract.pattern_sets import loosened

_LOOK_ALIKES = [
    "The company energized 50\x0bMW of critical IT load for CoreWeave.",
    "a 200 MEGAWATT AI DATA CENTER under construction",
    "leased 120 MW\x1cof HPC capacity to Fluidstack",
    "the first phase (50 MW) at the 100 MW building",
    "",
]


def _sentences() -> list[str]:
    return [*_LOOK_ALIKES, *corpus_sentences()]


def test_every_pattern_is_asked_of_re2() -> None:
    pytest.importorskip("re2")
    assert all(loosened(pattern) is not None for pattern in ai_capacity._PATTERNS)


def test_a_pattern_that_matches_is_always_possible() -> None:
    pytest.importorskip("re2")
    patterns = ai_capacity._PATTERNS
    matched = 0
    for text in _sentences():
        possible = ai_capacity._PATTERN_SET.possible(text)
        matching = [pattern for pattern in patterns if pattern.search(text)]
        matched += len(matching)
        if possible.ids is None:
            assert not text.isascii()
            continue
        kept = possible.among(patterns)
        assert all(pattern in kept for pattern in matching), text
    assert matched > 100  # (the check saw many matches)


def test_a_sentence_without_capacity_words_rules_out_every_pattern() -> None:
    pytest.importorskip("re2")
    possible = ai_capacity._PATTERN_SET.possible("Revenue was $12 million in the quarter.")
    assert possible.among(ai_capacity._PATTERNS) == []
