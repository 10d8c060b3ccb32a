"""The RE2 sets' sentinel (`re2_sets.SENTINEL`) is named for every text RE2 reads.

Every set answer holds source 0 unless RE2 failed; the word gates (`word_lists`) and the
pattern screens (`pattern_sets`) read an answer without it as "ask the slow path". The
sentinel matches once, at a text's start (an empty pattern matched at every byte, and RE2's
set DFA then adds it to the answer at every byte: a third of a sentence's scan). A sentinel
that missed a text would send it down the slow path, or, were the check ever dropped, shut
every gate on it: so it is asked of every corpus sentence, of the empty text and of texts
opening on a line break, a space or a non-ASCII character, beside the other sources, whose
answers must be the `in` test's word for word (the sentinel takes no other source's place).
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import corpus_sentences

from monitor.extract.re2_sets import SENTINEL, set_matcher

# Words of the gates' kind, and near misses: texts that open on what a narrower sentinel
# ("^\\S", "^[A-Z]") would miss, a text with no character at all, and one line break alone.
_WORDS = ["bitcoin", "repaid", "paid", "mw", "$", "€", "q3 2025"]
_SOURCES = [re.escape(word) for word in _WORDS]
_EDGE_TEXTS = [
    "",
    "\n",
    " leading space: 30 mw",
    "\nline break first: repaid",
    "€5 million paid",
    "ünïcode first, bitcoin later",
    "1,000 bitcoin",
    "(Q3 2025) repaid",
]


def _texts() -> list[str]:
    return [*_EDGE_TEXTS, *corpus_sentences()]


def test_the_sentinel_opens_the_text() -> None:
    assert SENTINEL == "^"  # (once, at the start: not the empty pattern, read at every byte)


def test_every_text_names_the_sentinel_and_only_its_words() -> None:
    pytest.importorskip("re2")
    match = set_matcher(_SOURCES)
    assert match is not None
    for text in _texts():
        lower = text.lower()
        answer = sorted(match(lower.encode()))
        expected = [0] + [index + 1 for index, word in enumerate(_WORDS) if word in lower]
        assert answer == expected, text


def test_a_set_of_one_pattern_still_names_the_sentinel() -> None:
    pytest.importorskip("re2")
    match = set_matcher(["(?i)never\\s+told"])
    assert match is not None
    for text in _texts():
        assert 0 in match(text.encode()), text
