"""RE2's one pass (`word_lists`) names the word lists the pure-Python gate scan opens.

The gates' scan (`gates._Scanner`) answers from RE2's set matching where google-re2 is
installed: a mistake in its patterns (a word's character read as syntax, a byte split) would
silently close a gate, and every figure behind it would be lost. Each registered word gate is
asked of every sentence of the labelled and real passages, and of look-alikes: overlapping
words ("repaid" holds "paid"), words with punctuation or non-ASCII characters, a text that has
no UTF-8 (a lone surrogate).
"""

from __future__ import annotations

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import gates, pipeline  # noqa: F401 (registers every family's gates)
from monitor.extract.word_lists import WordLists, word_lists

_LOOK_ALIKES = [
    "the company repaid the loan",  # "paid" inside "repaid"
    "ai/hpc data centres; a.i. capacity (it load) of 50 mw",
    "€5 million and £3 million, ¥9 billion and ₿12 at 3 eh/s",
    "a\xa0b\u2019s credit fac\u00adility",
    "Ｑ1 and \u212aW",
    "",
    "(",
    "broken \ud800 surrogate: debt repaid",
]


def _sentences() -> list[str]:
    texts = list(_LOOK_ALIKES)
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        for case in load_cases(directory):
            texts.extend(part.lower() for part in case.document.split(". "))
    return texts


def _sources() -> list[str]:
    return sorted(gates._WORDS)


def test_every_gate_opens_where_the_python_scan_opens_it() -> None:
    pytest.importorskip("re2")
    sources = _sources()
    scanner = gates._Scanner(sources)
    assert scanner._lists is not None
    for text in _sentences():
        found = scanner._lists.found(text)
        if found is None:  # no UTF-8: the caller falls back to the scan
            assert not _encodes(text)
            continue
        assert found == scanner.scan_in_python(text), text
        assert found == {s for s in sources if any(w in text for w in gates._WORDS[s])}


def test_the_scan_answers_with_or_without_re2() -> None:
    scanner = gates._Scanner(_sources())
    for text in _LOOK_ALIKES:
        expected = {s for s in scanner.sources if any(w in text for w in gates._WORDS[s])}
        assert scanner.scan(text) == expected
        assert scanner.scan_in_python(text) == expected


def test_words_of_any_character_are_literal() -> None:
    pytest.importorskip("re2")
    lists = word_lists([("syntax", ("a.b", "(x", "[y]", "$", "\\", "\n")), ("letters", ("ſ",))])
    assert isinstance(lists, WordLists)
    assert lists.found("axb") == frozenset()
    assert lists.found("a.b") == {"syntax"}
    assert lists.found("costs $5") == {"syntax"}
    assert lists.found("line\nbreak") == {"syntax"}
    assert lists.found("s") == frozenset()  # no case folding: "ſ" is itself only
    assert lists.found("ſ") == {"letters"}
    assert lists.found("\ud800") is None


def _encodes(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True
