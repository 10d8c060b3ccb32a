"""A long bounded repeat is read unbounded in RE2's screens (`pattern_sets.loosened`).

RE2 writes "[^.;]{0,40}" out as forty copies, and a set's DFA builds states for the places in
them a text reaches: most of a screen's cost on prose it has not seen. Unbounded, the screen
still holds every text the bounded pattern matches (it may say "may match" a little more
often, and the pattern's own search then answers). The screens' corpus tests
(`test_pattern_sets`, `test_folded_sets`, `test_treasury_possible`, …) check that no pattern
that matches a sentence is ruled out; these check the loosening itself.
"""

from __future__ import annotations

import re

import pytest

from monitor.extract.folded import Folded
from monitor.extract.pattern_sets import PatternChoice, PatternSet, loosened

# (a figure's verb, a gap of words, its coins: the gap longer than the bound in the loosened
# form's texts, shorter in the pattern's own)
_HELD = re.compile(r"\bheld\b[^.;]{0,40}?\d[\d,]*\s*btc\b", re.IGNORECASE)
_NEAR = "The company held, at the end of the month, 9,000 BTC."
_FAR = "The company held, at the end of a long and busy month of building, 9,000 BTC."


def test_a_long_bound_is_written_without_its_limit() -> None:
    pytest.importorskip("re2")
    source = loosened(_HELD)
    assert source is not None
    assert "{0,40}" not in source
    assert "{0,}" in source


def test_a_short_bound_is_kept() -> None:
    pytest.importorskip("re2")
    source = loosened(re.compile(r"\d{1,3}(?:,\d{3})+"))
    assert source is not None
    assert "{1,3}" in source and "{3,3}" in source


@pytest.mark.parametrize("text", [_NEAR, _FAR])
def test_the_loosened_screen_keeps_what_the_pattern_finds(text: str) -> None:
    pytest.importorskip("re2")
    possible = PatternSet([_HELD]).possible(text)
    assert possible == {0}
    assert (_HELD.search(text) is not None) == (text == _NEAR)  # (the search still decides)


def test_a_folded_pattern_with_a_long_bound_is_screened_over_its_sentence() -> None:
    pytest.importorskip("re2")
    held = Folded(_HELD.pattern)
    choice = PatternChoice([held])
    assert choice.possible(_NEAR).holds(held)
    assert not choice.possible("The company sold 500 BTC.").holds(held)
