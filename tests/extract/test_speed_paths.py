"""The speed tricks only skip work: each gives what the plain way it replaces gives.

Each test compares a fast path with the straightforward computation it stands for (a regex
substitution, a scan with every period form, a fresh lowercase), so a shortcut that starts to
change results fails here rather than as a stray miss in the corpus scores.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor import textify
from monitor.extract import clean_text, folded, periods
from monitor.extract.context import detect_dollar
from monitor.extract.folded import Folded
from monitor.extract.gates import any_of
from monitor.extract.sentences import segments

_REFERENCE = dt.date(2025, 6, 1)


def _collapsed_by_regex(text: str) -> str:
    """What `_collapse` stands for: controls dropped, spaces collapsed by `_SPACES`, ends
    stripped."""
    return textify._SPACES.sub(" ", textify._CONTROLS.sub("", text)).strip()


# Every character the two regexes or `str.split` treat specially, and a few that are not.
_SPECIAL = [
    chr(code)
    for code in range(0x3100)
    if chr(code).isspace() or textify._SPACES.match(chr(code)) or textify._CONTROLS.match(chr(code))
] + ["\ufeff", "a", "1", "|", "ſ", "İ"]


@pytest.mark.parametrize("char", _SPECIAL, ids=lambda char: f"U+{ord(char):04X}")
def test_collapse_is_the_regex_collapse(char: str) -> None:
    for text in (char, f"a{char}b", f" {char} x ", f"{char}{char}7{char}", f"x {char}\u200b y"):
        assert textify._collapse(text) == _collapsed_by_regex(text)


def _scanned_with_every_form(text: str) -> list[periods.Mention]:
    """`find_mentions` without the cheap features: every form scans the text."""
    every = tuple((pattern, handler) for pattern, handler, _ in periods._COMPILED)
    original = periods._forms_for
    periods._forms_for = lambda features: every  # type: ignore[assignment]
    try:
        return periods._scan_mentions(text, _REFERENCE)
    finally:
        periods._forms_for = original  # type: ignore[assignment]


# Period phrases of every form, and texts that only look like them.
_PHRASES = [
    "third quarter ended Dec. 31, 2023", "for the month ending August 31, 2024",
    "the three months ended September 30, 2025", "fiscal year ended June 30, 2024",
    "as of 31 March 2025", "on 2025-01-31", "at 1/31/25", "by June 30", "in June, 2022",
    "Q3 FY25", "3Q 2024", "FY2025 Q1", "the second quarter of 2024", "fiscal 2025 first quarter",
    "the last quarter of 2024", "Third Quarter FY24", "in the fourth quarter", "to 7,406 in Q2",
    "the first half of 2025", "H1 2024", "1H FY25", "H2'24", "full-year 2024", "FY26",
    "in 2023", "during the month of March", "Argo's June Operational Update", "as of Oct.",
    "January was a tough month", "two weeks ago", "yesterday", "at year-end",
    "ended the year with 3,002 BTC", "Subsequent to the quarter end", "this month",
    "the current quarter", "last month", "at month-end", "during the year", "the quarter",
    "Marathon sold 500 BTC", "May we add", "H200 GPUs", "version 2025-1", "12/2025/7",
]  # fmt: skip


def _corpus_sentences() -> list[str]:
    texts: list[str] = []
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        for case in load_cases(directory):
            texts.extend(
                segment.text for segment in segments(clean_text(case.document, case.content_type))
            )
    return texts


def test_cheap_features_never_skip_a_form_that_matches() -> None:
    for text in [*_PHRASES, *_corpus_sentences()]:
        assert periods._scan_mentions(text, _REFERENCE) == _scanned_with_every_form(text), text


def test_phrases_are_read_at_all() -> None:
    """The comparison above means something only if the phrases do name periods."""
    read = [text for text in _PHRASES if periods.find_mentions(text, _REFERENCE)]
    assert len(read) >= len(_PHRASES) - 5


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sold 10 BTC in MAY.", "İstanbul: sold 10 BTC in May."),  # lowering adds a character
        ("İstanbul: sold 10 BTC in May.", "Sold 10 BTC in MAY."),
        ("Sold 10 BTC in May.", "Sold 10 BTC in May."),
    ],
)
def test_folded_cache_follows_the_text_asked(first: str, second: str) -> None:
    pattern = Folded(r"sold\s+(?P<n>\d+)\s+btc\s+in\s+may")
    for text in (first, second, first):
        found = pattern.search(text)
        expected = pattern._exact.search(text)
        assert found is not None and expected is not None
        assert found.span() == expected.span()
        assert folded.lowered(text) == text.lower()


@pytest.mark.parametrize(
    ("head", "dollar"),
    [
        ("All financial references are in Canadian dollars.", "CAD"),
        ("ALL AMOUNTS ARE EXPRESSED IN AUSTRALIAN DOLLARS", "AUD"),
        ("Figures are in U.S. Dollars unless noted.", "USD"),
        ("Amounts are in Canadian dollars — İstanbul office.", "CAD"),  # not ASCII: full scan
        ("Mined 500 BTC; revenue of $12.1 million.", "USD"),
    ],
)
def test_dollar_notice(head: str, dollar: str) -> None:
    assert detect_dollar(head + "\n" + "Bitcoin production rose. " * 50) == dollar


_GATE_WORDS = [
    ("debt", "indebtedness", "borrow", "loan", "repa", "repayment", "paid", "credit fac",
     "of credit", "-backed", "draw ", "drawn", "drawdown"),
    ("ai ", " ai", "ai/", "a.i.", "hpc", "gpu", "data c", "data h", "critical it"),
    ("sale of", "sales of", "%", "sold", "s"),
]  # fmt: skip
_GATE_TEXTS = [
    "the company repaid its loan and drew $5 million on the credit facility.",
    "asset-backed notes; 12% interest. a.i. and hpc data centers",
    "sales of 40 btc; no sale of bitcoin. critical it load of 50 mw",
    "nothing here at all",
    "",
]


@pytest.mark.parametrize("words", _GATE_WORDS)
def test_gate_finds_a_word_exactly_where_one_occurs(words: tuple[str, ...]) -> None:
    gate = any_of(*words)
    for text in _GATE_TEXTS:
        for pos in range(0, len(text) + 1, 3):
            for endpos in range(pos, len(text) + 1, 5):
                window = text[pos:endpos]
                occurs = any(word in window for word in words)
                assert (gate.search(text, pos, endpos) is not None) == occurs, (words, window)
