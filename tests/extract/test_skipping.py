"""`skipping` only skips positions: its patterns find what the plain patterns find.

The skipping compile builds the engine's code by hand from CPython's private `re` compiler, so
a mistake there would change matches silently. Each pattern below opens the way the
extractor's do (a word boundary, a look-behind, an alternation) and is searched over real and
synthetic text, including case folds outside ASCII ("K", the Kelvin sign, is "k").
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import skipping as skipping_module
from monitor.extract.numbers import MONEY_RE
from monitor.extract.skipping import skipping

_PATTERNS = [
    (r"\b(?:sold|selling|sales?)\s+of\b", re.IGNORECASE),
    (r"(?<![\w.,/])\d[\d,]*(?:\.\d+)?\s*(?:BTC|bitcoin)\b", re.IGNORECASE),
    (r"\b(?:ended|ending|as\s+of)\s+(?:June|December)\b", 0),
    (r"[;:]|\s[-–—•]\s|\.\s|\b(?:compared|versus|vs\.?|from)\b", 0),
    (r"\b(?:k|mw|q[1-4])\w*", re.IGNORECASE),
    (r"(?=\d)\d+(?:MW|GW)", 0),
    # every match starts with one character: skipped to by the engine's literal-prefix loop
    (r"\bprices?\b[^.;]{0,40}?\b(?:on|as\s+of|at)\s+", 0),
    (r"(?<![\w.])₿\s?\d", 0),
    (r"\b(?:paid|pays|paying|pay)\s+(?:approximately\s+)?\$?\d", 0),
    (r"(?<!previously\s)\b(?:Reported|Reports)\b", 0),
    # a case-insensitive group opens a case-sensitive pattern: every case of its first letters
    # (and every non-ASCII character, "K" folding to "k") may start a match
    (r"\b(?i:leases?|kilowatts?|contracts?)\s+(?:for|of)\s+\d+\s?MW", 0),
    (r"\b(?P<site>(?:AI|HPC)\b[^.;]{0,40}?\b(?i:data\s+cent(?:er|re)|facility))", 0),
]
_EXTRA_TEXTS = [
    "200 \u212aW at \u212aearney",
    "Ｑ1 and ＭW",
    "Sold of 1,000 btc; vs. Q2",
    "a \u212aILOWATT for 5 MW, LEASES of 20 MW and Contract for 7MW at the HPC Data Center",
]


def _texts() -> list[str]:
    texts = list(_EXTRA_TEXTS)
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        texts.extend(case.document for case in load_cases(directory))
    return texts


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("source", "flags"), _PATTERNS)
def test_skipping_pattern_finds_what_the_plain_one_finds(source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    fast = skipping(plain)
    assert (fast.pattern, fast.flags, fast.groups) == (plain.pattern, plain.flags, plain.groups)
    for text in _texts():
        assert _found(fast, text) == _found(plain, text), text[:80]


@pytest.mark.parametrize(("source", "flags"), _PATTERNS[-6:-2])
def test_a_one_character_start_is_skipped_to_and_finds_the_same(source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    fast = skipping(plain)
    assert fast is not plain  # compiled with the one-character prefix
    for text in _texts():
        for start, end in ((0, len(text)), (1, len(text) // 2), (len(text) // 3, len(text))):
            found = fast.search(text, start, end)
            expected = plain.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span()), text[:80]
            matched, expected = fast.match(text, start, end), plain.match(text, start, end)
            assert (matched and matched.span()) == (expected and expected.span())


def test_money_pattern_finds_what_its_plain_source_finds() -> None:
    plain = re.compile(MONEY_RE.pattern, MONEY_RE.flags)
    for text in _texts():
        assert _found(MONEY_RE, text) == _found(plain, text), text[:80]


def test_without_the_private_compiler_the_pattern_is_returned_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = re.compile(_PATTERNS[0][0], _PATTERNS[0][1])
    monkeypatch.setattr(skipping_module, "_AVAILABLE", False)
    assert skipping(plain) is plain


def test_a_failing_analysis_returns_the_pattern_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(pattern: re.Pattern[str]) -> re.Pattern[str]:
        raise AttributeError("private API changed")

    plain = re.compile(_PATTERNS[0][0], _PATTERNS[0][1])
    monkeypatch.setattr(skipping_module, "_compiled", broken)
    assert skipping(plain) is plain


@pytest.mark.parametrize(("source", "flags"), _PATTERNS[-2:])
def test_a_case_insensitive_group_at_the_start_is_skipped_to(source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    assert skipping(plain) is not plain  # its first characters are known, every case of them
