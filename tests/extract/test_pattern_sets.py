"""RE2's loosened patterns (`pattern_sets`) never say a period form cannot match where it does.

The period reader skips the forms RE2 says cannot match an ASCII text. A form written wrongly
in RE2's syntax (a class, an escape, a case fold) would skip a form that matches, and its
periods would be lost without a sign. Each form is asked of every sentence of the labelled and
real passages and of look-alikes: CPython's whitespace RE2 lacks ("\\x0b", "\\x1c"), capitals
for the case-insensitive forms, dropped look-arounds.
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import periods
from monitor.extract.pattern_sets import PatternSet, loosened

_LOOK_ALIKES = [
    "FIRST QUARTER ENDED\x0bMARCH 31,\x1c2024",
    "the three\x1fmonths ended June 30, 2025",
    "as of 31\x0bMarch",
    "Q3\x0cFY25 and 1H\x1d'24",
    "x2024 Q1",
    "12/2025/7 and 2025-01-31",
    "January was a tough month",
    "",
]


def _texts() -> list[str]:
    texts = list(_LOOK_ALIKES)
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        for case in load_cases(directory):
            texts.extend(case.document.split(". "))
    return texts


def _whole_texts() -> list[str]:
    """The texts as `periods.find_mentions` is asked about them: a sentence, a heading or a
    whole passage, each searched from its start to its end (never a window of it)."""
    texts = _texts()
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        texts.extend(case.document for case in load_cases(directory))
    return texts


# `whole` as the period reader builds its set (`periods._FORM_SET`), and the window-safe set.
@pytest.mark.parametrize("whole", [False, True], ids=["windows", "whole"])
def test_a_form_that_matches_is_always_possible(whole: bool) -> None:
    pytest.importorskip("re2")
    forms = [pattern for pattern, _, _ in periods._COMPILED]
    assert all(loosened(form, whole=whole) is not None for form in forms)  # (else it says little)
    # (the "whole" run asks the period reader's own set, built with whole=True)
    patterns = periods._FORM_SET if whole else PatternSet(forms)
    for text in _whole_texts() if whole else _texts():
        possible = patterns.possible(text)
        if possible is None:
            assert not text.isascii()
            continue
        matching = {index for index, form in enumerate(forms) if form.search(text)}
        assert matching <= possible, text


def test_a_form_searched_in_a_window_is_possible_over_the_text() -> None:
    """A set not marked `whole` keeps no word boundary: a form CPython finds in a window of a
    text (its `\\b` holding at the window's end) is possible over the whole text."""
    pytest.importorskip("re2")
    forms = [pattern for pattern, _, _ in periods._COMPILED]
    patterns = PatternSet(forms)
    for text in _texts()[:3000]:
        possible = patterns.possible(text)
        if possible is None:
            continue
        for end in range(len(text) // 2, len(text), 7):
            matching = {index for index, form in enumerate(forms) if form.search(text, 0, end)}
            assert matching <= possible, (text, end)


@pytest.mark.parametrize(
    ("source", "text", "whole", "possible"),
    [
        # a closing look-ahead is read as text the match is followed by
        (r"May\s+(?=holdings)", "May holdings rose", False, True),
        (r"May\s+(?=holdings)", "May 5, 2025", False, False),
        # an opening look-behind as text before it
        (r"(?<=as\sof\s)today\b", "as of today", False, True),
        (r"(?<=as\sof\s)today\b", "news today", False, False),
        # "^": the text's start
        (r"^May\b", "May was strong", False, True),
        (r"^May\b", "In May", False, False),
        # a word boundary is kept only for a whole-text set: "mayor" has no "May" word …
        (r"\bmay\b", "the mayor", True, False),
        (r"\bmay\b", "the mayor", False, True),  # … but a window "the may" would match
        # each branch of a top-level alternation reads its own look-ahead
        (r"Q[1-4](?=\s+FY)|H[12](?=\s+FY)", "H2 FY25", False, True),
        (r"Q[1-4](?=\s+FY)|H[12](?=\s+FY)", "H2 2025", False, False),
    ],
)
def test_assertions_that_narrow_the_set(
    source: str, text: str, whole: bool, possible: bool
) -> None:
    pytest.importorskip("re2")
    pattern = re.compile(source)
    assert bool(pattern.search(text)) <= possible  # (the set never rules out a match)
    assert PatternSet([pattern], whole=whole).possible(text) == (
        frozenset({0}) if possible else frozenset()
    )


def test_whitespace_and_case_follow_cpython() -> None:
    pytest.importorskip("re2")
    patterns = PatternSet([re.compile(r"a\s+b"), re.compile(r"(?i:q)[1-4]"), re.compile(r"\bx")])
    assert patterns.possible("a\x0bb") == {0}
    assert patterns.possible("a\x1cb Q3") == {0, 1}
    assert patterns.possible("ab q9") == frozenset()
    assert patterns.possible("yx") == {2}  # (the boundary dropped: possible, not matching)
    assert patterns.possible("ſ") is None  # not ASCII: every pattern may match


def test_without_re2_every_pattern_may_match() -> None:
    assert PatternSet([]).possible("Q3 2024") is None
