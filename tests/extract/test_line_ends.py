"""The end-of-line tests of `line_ends` give the whole-line searches' answers.

`sentences.continues` asks of each stripped line whether it stops on sentence punctuation, on
an abbreviation ("approx.", "vs.") or on a month's name; `line_ends` answers from the line's
last characters. Checked against the end-anchored patterns on every line of the synthetic and
real dev corpora (as pages give them, and each line cut after every word, so lines end on all
the words the corpora hold), plus hand-made hard cases.
"""

from __future__ import annotations

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text
from monitor.extract.line_ends import (
    LINE_END,
    MONTH_ENDS,
    OPEN_ABBREVIATION,
    ends_on_month,
    ends_on_open_abbreviation,
    ends_sentence,
)


def _lines() -> list[str]:
    cases = [*load_cases(CORPUS_DIR), *load_cases(REAL_DEV_DIR)]
    lines: dict[str, None] = {}
    for case in cases:
        for line in clean_text(case.document, case.content_type).split("\n"):
            words = line.split(" ")
            for count in range(1, len(words) + 1):  # (the line cut after each of its words)
                body = " ".join(words[:count]).strip()
                if body:
                    lines[body] = None
    return list(lines)


_LINES = _lines()

_HARD = [
    "approx.", "(approx.", "about 974 Bitcoin vs.", "Bitcoin vs", "Bitcoin vs.)", "cvs.",
    "Mr.", "Mrs.", "Nos.", "No.", "incl.", "c.", "abc.", "1c.", "(c.", "reproximately approx.",
    "as of Dec.", "as of Dec", "as of December", "as of Decembers", "of 1 January",
    "Sept.", "in Sept", "Septe", "May", "Mayo", "AMay", "é May", "’May", "3May", "x.",
    "ends here.", "ends here!", "ends here?", "label:", "a | b |", "“quoted”", "(aside)",
    "[note]", "it's'", "no stop", "ends on a digit 5", "ends…", ".", "a", "é",
]  # fmt: skip


@pytest.mark.parametrize("body", _HARD)
def test_hard_cases(body: str) -> None:
    assert ends_sentence(body) == (LINE_END.search(body) is not None)
    assert ends_on_open_abbreviation(body) == (OPEN_ABBREVIATION.search(body) is not None)
    assert ends_on_month(body) == (MONTH_ENDS.search(body) is not None)


def test_corpus_lines() -> None:
    assert len(_LINES) > 10_000
    for body in _LINES:
        assert ends_sentence(body) == (LINE_END.search(body) is not None), body
        assert ends_on_open_abbreviation(body) == (OPEN_ABBREVIATION.search(body) is not None), body
        assert ends_on_month(body) == (MONTH_ENDS.search(body) is not None), body
