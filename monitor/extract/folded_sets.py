"""Which of several `Folded` patterns can match a text, answered in one pass of RE2.

A reader that scans a sentence with a few long case-insensitive patterns (the AI milestones'
contract, energised and GPU frames) pays one CPython scan each, though most sentences hold
none of their matches. A `Folded` pattern runs case-sensitively over the text's lowercase, so
its lowercase pattern can join a `pattern_sets.PatternSet`, asked of that lowercase: a pattern
RE2 says cannot match is not scanned. The answer is exact in the same way as the period forms'
(`pattern_sets`): RE2's loosened form matches wherever the pattern does, and a text whose
lowercase moves offsets (where `Folded` runs its IGNORECASE form over the text itself), a
non-ASCII text, or a missing RE2 say "may match".
"""

from __future__ import annotations

from collections.abc import Sequence

from .folded import Folded, lowered
from .pattern_sets import PatternSet


class FoldedSet:
    """`Folded` patterns asked of one text at once (see the module docstring)."""

    __slots__ = ("_set",)

    def __init__(self, patterns: Sequence[Folded]) -> None:
        self._set = PatternSet([pattern.lowercase for pattern in patterns])

    def possible(self, text: str) -> frozenset[int] | None:
        """The indices of the patterns that may match in `text`, or None when every one may."""
        lower = lowered(text)
        if len(lower) != len(text):
            return None  # (`Folded` then searches the text with its IGNORECASE form)
        return self._set.possible(lower)
