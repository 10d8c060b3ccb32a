"""A long alternation searched with only the alternatives whose words the text holds.

A pattern made of many alternatives ("total debt …|… debt totaled …|… balance of …") that
open with a word boundary rather than a letter is tried, alternative after alternative, at
every position of the text: tens of microseconds on a 120-character window, and most of its
alternatives cannot match at all because the text lacks their words ("principal", "balance").

`Branches` reads each top-level alternative's own words (`required.required_words`). A search
tests the words once (`in`, a fast substring search each), and runs an alternation of just the
alternatives that may match (compiled once per set of words found, in the original order). It
finds where the whole pattern's leftmost match starts: an alternative lacking its words
matches nowhere, and the others are tried at each position in the same order. The match
itself is then the whole pattern's `match` at that position: the same match, groups and all,
as the whole pattern's search (a look-behind or `\\b` there sees the text before it as well).

Only patterns whose alternatives can be read apart are taken: no back-references or
conditionals (which may tie one alternative to another's group) and no leading flags.
"""

from __future__ import annotations

import re
import sys

from .required import required_words
from .skipping import compile_skipping

# More distinct words than this cost more `in` tests than a search of the whole would.
_MOST_WORDS = 48
# Kept reduced alternations per pattern (few sets of words recur; a bound for long runs).
_MOST_KEPT = 256


class Branches:
    """The alternatives of one lowercase pattern source, each with its words."""

    __slots__ = ("_alternatives", "_kept", "_words")

    def __init__(self, alternatives: list[tuple[str, tuple[str, ...] | None]]) -> None:
        self._alternatives = alternatives
        self._words = tuple(sorted({w for _, words in alternatives for w in words or ()}))
        self._kept: dict[frozenset[str], re.Pattern[str] | None] = {}

    def start(self, lower: str, pos: int = 0, endpos: int = sys.maxsize) -> int | None:
        """Where the whole pattern's leftmost match in `lower[pos:endpos]` starts, or None."""
        present = frozenset(word for word in self._words if word in lower)
        kept = self._kept
        if present in kept:
            reduced = kept[present]
        else:
            reduced = self._reduced(present)
            if len(kept) >= _MOST_KEPT:
                kept.clear()
            kept[present] = reduced
        if reduced is None:
            return None
        found = reduced.search(lower, pos, endpos)
        return None if found is None else found.start()

    def _reduced(self, present: frozenset[str]) -> re.Pattern[str] | None:
        """The alternation of the alternatives that may match a text holding `present`."""
        kept = [
            source
            for source, words in self._alternatives
            if words is None or not present.isdisjoint(words)
        ]
        return compile_skipping("|".join(kept)) if kept else None


def branches(source: str, whole: re.Pattern[str]) -> Branches | None:
    """The `Branches` of a lowercase pattern `source` (compiled as `whole`), or None when it
    is no alternation worth reading apart (see the module docstring)."""
    if "(?P=" in source or "(?(" in source or _flags_first(source):
        return None
    if re.search(r"\\[1-9]", source):
        return None  # a numbered back-reference
    alternatives = split_alternatives(source)
    if alternatives is None or len(alternatives) < 2:
        return None
    read: list[tuple[str, tuple[str, ...] | None]] = []
    groups = 0
    try:
        for alternative in alternatives:
            compiled = re.compile(alternative)
            groups += compiled.groups
            read.append((alternative, required_words(alternative)))
    except re.error:
        return None
    if groups != whole.groups:
        return None  # not split where the pattern's alternatives part
    words = {word for _, found in read for word in found or ()}
    if not words or len(words) > _MOST_WORDS:
        return None
    return Branches(read)


def _flags_first(source: str) -> bool:
    """Does `source` open with global inline flags ("(?s)", "(?x)")?"""
    return re.match(r"\(\?[aiLmsux]+\)", source) is not None


def split_alternatives(source: str) -> list[str] | None:
    """The top-level alternatives of a pattern source (split at "|" outside groups, classes
    and escapes), or None when the source cannot be read (unbalanced)."""
    parts: list[str] = []
    depth = 0
    start = 0
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(source, index)
            if index < 0:
                return None
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    if depth:
        return None
    parts.append(source[start:])
    return parts


def _class_end(source: str, index: int) -> int:
    """The index just past the character class opening at `index`, or -1."""
    index += 1
    if index < len(source) and source[index] == "^":
        index += 1
    if index < len(source) and source[index] == "]":
        index += 1  # a "]" first in a class is a literal
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "]":
            return index + 1
        index += 1
    return -1
