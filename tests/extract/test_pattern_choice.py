"""`pattern_sets.PatternChoice` keeps a reader's own pattern objects that may match a text.

The treasury families, the AI capacity patterns and the AI milestone frames scan a sentence
only with the patterns the choice keeps. Each case names the patterns of a small set (compiled
ones asked of the text as written, `Folded` ones of its lowercase) and those that must be kept,
in their order; the others cannot match and must be left out. A pattern RE2 cannot be asked
about, or refuses, is always kept without costing the others their answer.
"""

from __future__ import annotations

import re

import pytest

from monitor.extract.folded import Folded
from monitor.extract.pattern_sets import PatternChoice

_PATTERNS: dict[str, re.Pattern[str] | Folded] = {
    "sold": re.compile(r"\bsold\s+(?P<btc>[\d,]+)\s+BTC\b"),  # case-sensitive: "BTC" as written
    "held": Folded(r"\bheld\s+(?P<btc>[\d,]+)\s+(?:btc|bitcoin)\b"),  # any case
    "mined": Folded(r"\b(?:mined|produced)\s+[\d,]+\s+bitcoin\b"),
    "again": re.compile(r"\b(\w+)\s+\1\b"),  # a back-reference: RE2 is not asked about it
    "long": re.compile(r"\bx{1001}"),  # past RE2's largest repeat: RE2 refuses it alone
}

_CASES = [
    ("The Company sold 1,200 BTC in May.", ["sold", "again", "long"]),
    ("The Company SOLD 1,200 btc in May.", ["again", "long"]),
    ("It HELD 8,490 BITCOIN and sold 350 BTC.", ["sold", "held", "again", "long"]),
    ("Riot produced 527 Bitcoin in April.", ["mined", "again", "long"]),
    ("Revenue rose to $42.1 million.", ["again", "long"]),
    # not ASCII: no answer, every pattern is kept
    ("Riot sold 500 ₿ and held 19,223 ₿.", list(_PATTERNS)),
]


@pytest.mark.parametrize(("text", "kept"), _CASES)
def test_the_patterns_that_may_match_are_kept_in_order(text: str, kept: list[str]) -> None:
    pytest.importorskip("re2")
    choice = PatternChoice(_PATTERNS.values())
    possible = choice.possible(text, text.lower())
    assert possible.among(list(_PATTERNS.values())) == [_PATTERNS[name] for name in kept]
    assert [name for name, pattern in _PATTERNS.items() if possible.holds(pattern)] == kept


def test_a_pattern_given_twice_is_asked_once_and_kept_each_time() -> None:
    pytest.importorskip("re2")
    sold, held = _PATTERNS["sold"], _PATTERNS["held"]
    possible = PatternChoice([sold, held, sold]).possible("The Company sold 1,200 BTC in May.")
    assert possible.among([sold, held, sold]) == [sold, sold]


def test_texts_with_the_same_answer_share_it() -> None:
    pytest.importorskip("re2")
    choice = PatternChoice(_PATTERNS.values())
    first = choice.possible("Marathon sold 10 BTC.", "marathon sold 10 btc.")
    assert choice.possible("Riot sold 25 BTC.", "riot sold 25 btc.") is first
    assert choice.possible("Riot held 25 BTC.", "riot held 25 btc.") is not first
