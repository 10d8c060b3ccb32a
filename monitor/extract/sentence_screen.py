"""Which of a reader's patterns can match anywhere in a sentence, for questions about its stretches.

A guard asks its pattern about a stretch of the sentence it is given: the clause before a figure,
the words after it. Each ask is a `Folded` call, and a figure's guards make dozens, most about
patterns the sentence holds nothing of. A pattern with no match anywhere in a text has none in
any stretch of it (a slice, or a `pos`/`endpos` window): so `SentenceScreen.may_match` asks all
of a reader's patterns of the whole sentence in one RE2 pass (`pattern_sets.PatternChoice`,
whose patterns drop their look-arounds and so hold in any window), keeps the answer for the last
sentence asked, and the reader searches a stretch only for a pattern that may match.

`Stretch` is the same question asked by a reader that cuts one stretch of a sentence (the words
before an amount) and searches it with a chain of patterns: each pattern is searched only when
the sentence may hold a match.

RE2 keeps a pattern's "^" as the text's start: a pattern with "^" asked of a stretch that starts
later (a slice after a figure) must not be screened. A non-ASCII sentence is not screened (every
pattern may match).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .folded import lowered
from .pattern_sets import EVERY, PatternChoice, Possible


class SentenceScreen:
    """`may_match(pattern, text)`: may one of the screened patterns match somewhere in `text`?"""

    __slots__ = ("_choice", "_last")

    def __init__(self, patterns: Sequence[Any]) -> None:
        self._choice = PatternChoice(patterns)
        self._last: tuple[str, Possible] = ("", EVERY)

    def may_match(self, pattern: object, text: str) -> bool:
        """False only when `pattern` matches nowhere in `text`, so in no stretch of it."""
        last = self._last
        if last[0] is not text:
            last = self._last = (text, self._choice.possible(text, lowered(text)))
        ids = last[1].ids  # (`Possible.holds` inlined: a guard asks this for each of its asks)
        return ids is None or id(pattern) in ids


class Stretch:
    """`text`, a stretch of `sentence` (the words before an amount), searched with a reader's
    patterns: each only when `screen` finds it may match somewhere in the sentence (none of
    them opens with "^", which RE2 reads as the sentence's start)."""

    __slots__ = ("_screen", "sentence", "text")

    def __init__(self, screen: SentenceScreen, text: str, sentence: str) -> None:
        self._screen = screen
        self.text = text
        self.sentence = sentence

    def search(self, pattern: Any, last: int | None = None) -> re.Match[str] | None:
        """`pattern` searched in the stretch, or in its `last` characters only."""
        return self.search_in(pattern, self.text if last is None else self.text[-last:])

    def search_in(self, pattern: Any, stretch: str) -> re.Match[str] | None:
        """`pattern` searched in `stretch`, another stretch of the same sentence."""
        if not self._screen.may_match(pattern, self.sentence):
            return None
        match: re.Match[str] | None = pattern.search(stretch)
        return match
