"""Which treasury figure patterns can match a sentence, answered in one RE2 pass.

A family's gates open a figure pattern when the sentence holds its words, yet most opened
patterns then scan the sentence and find nothing ("sold" opens a dozen sale patterns; one
binds "sold 4,451 BTC"). `FigureSet.possible` asks every family's patterns of the sentence in
one RE2 set pass (`pattern_sets.PatternSet`, as the period reader does for its forms), once
per sentence for all three families; `Possible.among` then keeps only the opened patterns
that may match. A pattern left out cannot match (the loosened RE2 form matches wherever the
pattern does, on ASCII text), and a kept one is scanned as before: every figure is found
exactly as without the set. A text the set cannot answer (not ASCII, RE2 missing) keeps
every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .folded import Folded
from .pattern_sets import PatternSet, loosened
from .re2_sets import set_matcher

Figure = re.Pattern[str] | Folded


class Possible:
    """One sentence's answer: which of the set's patterns may match it."""

    __slots__ = ("_may",)

    def __init__(self, may: frozenset[int] | None) -> None:
        self._may = may  # the `id`s of the patterns that may match (None: every pattern may)

    def among(self, patterns: list[Figure]) -> list[Figure]:
        """`patterns` (in order) less those that cannot match."""
        may = self._may
        if may is None:
            return patterns
        return [pattern for pattern in patterns if id(pattern) in may]


_EVERY = Possible(None)
_MOST_ANSWERS = 4096


class FigureSet:
    """The figure patterns of the treasury families, asked of a sentence together.

    A `Folded` pattern scans the sentence's lowercase with its lowercased form, so it is asked
    of the lowercase; a case-sensitive pattern is asked of the sentence as written. A pattern
    RE2 cannot be asked about is always possible.
    """

    def __init__(self, patterns: Iterable[Figure]) -> None:
        unique = list({id(pattern): pattern for pattern in patterns}.values())
        folded = [pattern for pattern in unique if isinstance(pattern, Folded)]
        plain = [pattern for pattern in unique if not isinstance(pattern, Folded)]
        self._folded = _Side(folded, [pattern.lowercase for pattern in folded])
        self._plain = _Side(plain, plain)  # type: ignore[arg-type]  # (plain ones only)

    def possible(self, text: str, lower: str) -> Possible:
        """The patterns that may match the sentence `text` (`lower` its lowercase)."""
        if not text.isascii():
            return _EVERY  # (the lowercase may not keep the text's offsets: no answer)
        folded = self._folded.may(lower)
        plain = self._plain.may(text)
        if folded is None or plain is None:
            return _EVERY
        return Possible(folded | plain)


class _Side:
    """Patterns asked of one text (the sentence, or its lowercase), with their `id`s."""

    def __init__(self, patterns: Sequence[Figure], compiled: Sequence[re.Pattern[str]]) -> None:
        # (a pattern RE2 refuses, too large once its bounded repeats are written out, would
        # leave the whole set unanswered: it is kept out, and always possible)
        asked = [index for index, pattern in enumerate(compiled) if _accepted(pattern)]
        self._set = PatternSet([compiled[index] for index in asked])
        self._ids = [id(patterns[index]) for index in asked]
        self._always = frozenset(id(pattern) for pattern in patterns) - frozenset(self._ids)
        self._answers: dict[frozenset[int], frozenset[int]] = {}

    def may(self, text: str) -> frozenset[int] | None:
        """The `id`s of the patterns that may match `text`, or None when any may."""
        if not self._ids:
            return self._always
        indices = self._set.possible(text)
        if indices is None:
            return None
        answer = self._answers.get(indices)
        if answer is None:
            ids = self._ids
            if len(self._answers) >= _MOST_ANSWERS:
                self._answers.clear()  # (a bound for a long-running process; few recur)
            answer = self._always | {ids[index] for index in indices}
            self._answers[indices] = answer
        return answer


def _accepted(pattern: re.Pattern[str]) -> bool:
    """Can RE2 take the pattern into a set (or will the set call it always possible)?"""
    source = loosened(pattern)
    return source is None or set_matcher([source]) is not None
