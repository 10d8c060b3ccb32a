"""An alternation asked only whether it matches, searched one top-level branch at a time.

A long case-insensitive alternation such as `debt_balance._TOTAL` (eighteen ways of naming a
debt balance before its amount) is tried at every position of a text, every branch in turn:
the regex engine pays for all of them wherever any could start. An alternation matches
somewhere exactly when one of its branches does, so when a caller wants only the yes or no,
each branch can be searched alone, as a `Folded` pattern of its own: with its own required
words (a branch whose words are absent costs a few substring tests, not a scan) and its own
first-character skip. The answer is the whole pattern's, for any `pos` and `endpos`.

`Branches` has no match to give (the first branch to match need not be the leftmost match):
callers that read a match keep the whole `Folded` pattern.

Most asks find no branch, and asking eighteen branches costs eighteen calls, each testing its
own words. So every branch's words are first looked for at once, one search of a literal
alternation (`_cue`): a stretch holding none of them has no match of any branch (a match
within `pos:endpos` consumes one of its branch's words there), and the branches are not asked.
"""

from __future__ import annotations

import re
import sys

from .folded import Folded, cue_words, lowercase_in_place
from .gates import any_of


class Branches:
    """`Folded(source).search(…) is not None` (`found`) and `….match(…) is not None`
    (`found_at`), one branch at a time."""

    __slots__ = ("_branches", "_cue", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern = source
        sources = top_branches(source)
        if sources is None or len(sources) < 2 or "(?P=" in source:
            # (unbalanced, one branch, or a back-reference across branches: searched whole)
            sources = [source]
        self._branches = tuple(Folded(branch) for branch in sources)
        # (one branch has its own words' gate: no second one)
        self._cue = _cue(sources) if len(sources) > 1 else None

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the alternation matches in `text` within `pos:endpos`."""
        if self._ruled_out(text, pos, endpos):
            return False
        for branch in self._branches:  # (a loop, not `any(…)`: a generator costs more)
            if branch.search(text, pos, endpos) is not None:
                break
        else:
            return False
        return True

    def found_at(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the alternation matches at `pos` of `text` (as `Folded.match` would)."""
        if self._ruled_out(text, pos, endpos):
            return False
        for branch in self._branches:
            if branch.match(text, pos, endpos) is not None:
                break
        else:
            return False
        return True

    def _ruled_out(self, text: str, pos: int, endpos: int) -> bool:
        """Does `text[pos:endpos]` hold none of the branches' words? (Asked of the lowercase
        the branches search; a text whose lowercase moves offsets is left to them.)"""
        cue = self._cue
        if cue is None:
            return False
        lower = lowercase_in_place(text)
        return lower is not None and cue.search(lower, pos, endpos) is None


def _cue(sources: list[str]) -> re.Pattern[str] | None:
    """One search for the words of every branch, or None when a branch has none (a branch
    that may match without any word leaves no stretch ruled out)."""
    words: list[str] = []
    for source in sources:
        found = cue_words(source)
        if found is None:
            return None
        words.extend(found)
    return any_of(*words)


def top_branches(source: str) -> list[str] | None:
    """`source` cut at its top-level "|" (outside groups, classes and escapes), or None when
    its brackets do not balance."""
    branches, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1
            if source[index : index + 1] == "^":
                index += 1
            if source[index : index + 1] == "]":
                index += 1  # "[]…]", "[^]…]": a leading "]" is a member, not the end
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            branches.append(source[start:index])
            start = index + 1
        index += 1
    if depth != 0 or in_class:
        return None
    branches.append(source[start:])
    return branches
