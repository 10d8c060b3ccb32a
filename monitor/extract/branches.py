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
"""

from __future__ import annotations

import sys

from .folded import Folded


class Branches:
    """`Folded(source).search(…) is not None` (`found`) and `….match(…) is not None`
    (`found_at`), one branch at a time."""

    __slots__ = ("_branches", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern = source
        sources = top_branches(source)
        if sources is None or len(sources) < 2 or "(?P=" in source:
            # (unbalanced, one branch, or a back-reference across branches: searched whole)
            sources = [source]
        self._branches = tuple(Folded(branch) for branch in sources)

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the alternation matches in `text` within `pos:endpos`."""
        for branch in self._branches:  # (a loop, not `any(…)`: a generator costs more)
            if branch.search(text, pos, endpos) is not None:
                break
        else:
            return False
        return True

    def found_at(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the alternation matches at `pos` of `text` (as `Folded.match` would)."""
        for branch in self._branches:
            if branch.match(text, pos, endpos) is not None:
                break
        else:
            return False
        return True


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
