"""Which of a reader's patterns can match anywhere in a sentence, for questions about its stretches.

A guard asks its pattern about a stretch of the sentence it is given: the clause before a figure,
the words after it. Each ask is a `Folded` call, and a figure's guards make dozens, most about
patterns the sentence holds nothing of. A pattern with no match anywhere in a text has none in
any stretch of it (a slice, or a `pos`/`endpos` window): so `SentenceScreen.may_match` asks all
of a reader's patterns of the whole sentence in one RE2 pass (`pattern_sets.PatternChoice`,
whose patterns drop their look-arounds and so hold in any window), keeps the answer for the last
sentence asked, and the reader searches a stretch only for a pattern that may match.

RE2 keeps a pattern's "^" as the text's start: a pattern with "^" asked of a stretch that starts
later (a slice after a figure) must not be screened. A non-ASCII sentence is not screened (every
pattern may match).
"""

from __future__ import annotations

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
