"""Folded patterns (monitor/extract/folded.py) find what the IGNORECASE pattern finds."""

from __future__ import annotations

import re

import pytest

from monitor.extract.folded import Folded, fold_source

SOURCES = [
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?)\b",
    r"(?P<Name>BTC)\s+\S+\b",
    r"\bfrom\s+(?:[A-Z][a-z]+'s|the\s+prior)",
    r"\W\D\B",
]
TEXTS = [
    "Riot produced 675 BTC, as Compared To February 2022 production of 436 BTC.",
    "btc Held at month-end, VERSUS 9,704 from July's report",
    "İstanbul: the prior figure, vs. Mined BTC",  # lowercasing İ changes the length
]


def test_escapes_and_group_names_keep_their_case() -> None:
    assert fold_source(r"(?P<Name>BTC)\S\B(?P=Name)") == r"(?P<Name>btc)\S\B(?P=Name)"


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("text", TEXTS)
def test_same_spans_as_ignorecase(source: str, text: str) -> None:
    exact = re.compile(source, re.IGNORECASE)
    folded = Folded(source)
    assert [m.span() for m in folded.finditer(text)] == [m.span() for m in exact.finditer(text)]
    for pos in range(0, len(text), 7):
        found, wanted = folded.search(text, pos, pos + 30), exact.search(text, pos, pos + 30)
        assert (found and found.span()) == (wanted and wanted.span())
        found, wanted = folded.match(text, pos), exact.match(text, pos)
        assert (found and found.span()) == (wanted and wanted.span())


def test_inline_case_flags_are_refused() -> None:
    with pytest.raises(ValueError):
        Folded(r"(?-i:[A-Z])x")


# Words every match holds ("production", "output"): the word test runs on the whole text
# (pos 0, endpos at or past its end: `in`) or on a window (`find` with bounds).
WORDED = r"\b(?:production|output)\s+of\s+\d+"


@pytest.mark.parametrize(
    ("text", "pos", "endpos"),
    [
        ("Production of 450 BTC in May", 0, 10**9),
        ("Production of 450 BTC in May", 0, 28),  # endpos at the text's end: the whole text
        ("Production of 450 BTC in May", 0, 17),  # the window cuts the match short
        ("Production of 450 BTC in May", 1, 28),  # the window starts inside the word
        ("in May, output of 450 BTC", 0, 10**9),
        ("in May, output of 450 BTC", 9, 10**9),  # the word begins before the window
        ("in May, 450 BTC were produced", 0, 10**9),  # no word: ruled out
    ],
)
def test_word_test_keeps_every_answer(text: str, pos: int, endpos: int) -> None:
    exact = re.compile(WORDED, re.IGNORECASE)
    folded = Folded(WORDED)
    for found, wanted in (
        (folded.search(text, pos, endpos), exact.search(text, pos, endpos)),
        (folded.match(text, pos, endpos), exact.match(text, pos, endpos)),
    ):
        assert (found and found.span()) == (wanted and wanted.span())
    spans = [m.span() for m in folded.finditer(text, pos, endpos)]
    assert spans == [m.span() for m in exact.finditer(text, pos, endpos)]


def test_texts_asked_in_turn_are_each_read_in_their_own_lowercase() -> None:
    # (a figure's guards ask about a sentence and stretches of it in turn; the last few texts
    # lowered are kept by identity, so a text asked again must get its own lowercase back, and
    # a new text equal to a kept one is read alike)
    patterns = [Folded(source) for source in SOURCES]
    texts = [*TEXTS, *(text.upper() for text in TEXTS), *(text[5:40] for text in TEXTS)]
    texts += ["Sold 500 BTC versus 400", "", "From The prior month", "x" * 500]
    for _ in range(3):
        for text in [*texts, *reversed(texts), *(text[::2] for text in texts)]:
            for pattern in patterns:
                plain = re.compile(pattern.pattern, re.IGNORECASE).search(text)
                folded = pattern.search(text)
                assert (folded and folded.span()) == (plain and plain.span()), (pattern, text)
