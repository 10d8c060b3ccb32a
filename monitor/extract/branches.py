"""A pattern's alternations searched with only the alternatives whose words the text holds.

A pattern with long alternations ("total debt …|… debt totaled …|… balance of …", "\\b(?:
targets?|goal|aims?|…)\\s+to") that open with a word boundary rather than a letter is tried,
alternative after alternative, at every position of the text: tens of microseconds on a
120-character window, though most alternatives cannot match at all, the text lacking their
words ("principal", "balance").

`Branches` reads each alternative of each alternation in the pattern (`required.required_words`:
words one of which every match of it holds). A search tests those words once (`in`, a fast
substring search each) and runs the pattern with the alternatives the text lacks the words of
left out (compiled once per set of words found; an alternation left with none never matches).
An alternative left out matches nowhere in the text, so the pattern without it matches at the
same places: the reduced pattern finds where the whole pattern's leftmost match starts (or
that it does not match at a position). The match itself is then the whole pattern's `match`
there: the same match, groups and all, as the whole pattern's search would give.

Only patterns whose alternatives can be read apart are taken: no back-references or
conditionals (which tie one part to another's group) and no inline flags.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from .required import required_words
from .skipping import compile_skipping

# More distinct words than this cost more `in` tests than a search of the whole would.
_MOST_WORDS = 48
# Kept reduced patterns per pattern (few sets of words recur; a bound for long runs).
_MOST_KEPT = 256
_NEVER = "(?!)"  # matches nowhere: an alternation with every alternative left out


@dataclass
class _Alternation:
    """An alternation: the source before its first alternative ("(?:", or "" for the whole
    pattern), its alternatives, each with its words, and what closes it (")")."""

    opening: str
    alternatives: list[tuple[list[_Piece], tuple[str, ...] | None, bool]]  # (+ has groups)
    closing: str


_Piece = str | _Alternation


class Branches:
    """The alternations of one lowercase pattern source, and its reduced patterns by the set
    of words a text holds."""

    __slots__ = ("_kept", "_tree", "_whole", "_words")

    def __init__(self, tree: list[_Piece], words: tuple[str, ...], whole: re.Pattern[str]) -> None:
        self._tree = tree
        self._words = words
        self._whole = whole
        self._kept: dict[frozenset[str], re.Pattern[str] | None] = {}

    def reduced(self, lower: str) -> re.Pattern[str] | None:
        """The pattern with the alternatives `lower` lacks the words of left out (the whole
        pattern when none is), or None when it cannot match `lower` at all."""
        present = frozenset(word for word in self._words if word in lower)
        kept = self._kept
        if present in kept:
            return kept[present]
        source = _render(self._tree, present)
        if source is None:
            pattern = None
        elif source == self._whole.pattern:
            pattern = self._whole
        else:
            try:
                pattern = compile_skipping(source)
            except re.error:  # (not expected: a part of a valid pattern left out)
                pattern = self._whole
        if len(kept) >= _MOST_KEPT:
            kept.clear()
        kept[present] = pattern
        return pattern

    def search(self, lower: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`whole.search(lower, pos, endpos)`."""
        reduced = self.reduced(lower)
        if reduced is None:
            return None
        if reduced is self._whole:
            return reduced.search(lower, pos, endpos)
        found = reduced.search(lower, pos, endpos)
        return None if found is None else self._whole.match(lower, found.start(), endpos)

    def match(self, lower: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`whole.match(lower, pos, endpos)`."""
        reduced = self.reduced(lower)
        if reduced is None:
            return None
        if reduced is self._whole:
            return reduced.match(lower, pos, endpos)
        if reduced.match(lower, pos, endpos) is None:
            return None
        return self._whole.match(lower, pos, endpos)


def _render(pieces: list[_Piece], present: frozenset[str]) -> str | None:
    """The source of `pieces` with the alternatives lacking their words left out; None when
    an alternation of the sequence is left with nothing (so the sequence cannot match)."""
    out: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        kept: list[str] = []
        for body, words, has_groups in piece.alternatives:
            rendered = (
                _render(body, present) if words is None or not present.isdisjoint(words) else None
            )
            if rendered is not None:
                kept.append(rendered)
            elif has_groups:  # (kept, never matching, so that the groups keep their numbers)
                kept.append(_NEVER + _render_all(body))
        if not kept:
            if not piece.opening:
                return None  # the whole pattern cannot match
            kept = [_NEVER]
        out.append(piece.opening + "|".join(kept) + piece.closing)
    return "".join(out)


def _render_all(pieces: list[_Piece]) -> str:
    """The source of `pieces` as written."""
    return "".join(
        piece
        if isinstance(piece, str)
        else piece.opening
        + "|".join(_render_all(body) for body, _, _ in piece.alternatives)
        + piece.closing
        for piece in pieces
    )


def branches(source: str, whole: re.Pattern[str]) -> Branches | None:
    """The `Branches` of a lowercase pattern `source` (compiled as `whole`), or None when it
    has no alternation worth reading apart (see the module docstring)."""
    if "(?P=" in source or "(?(" in source or "(?#" in source:
        return None
    if re.search(r"\(\?[aiLmsux-]", source) or re.search(r"\\[1-9]", source):
        return None  # inline flags; a numbered back-reference
    try:
        tree = _parse(source)
    except (ValueError, re.error):
        return None
    if tree is None or _render_all(tree) != source:
        return None
    words = tuple(sorted(_words_of(tree)))
    if not words or len(words) > _MOST_WORDS:
        return None
    return Branches(tree, words, whole)


def _words_of(pieces: list[_Piece]) -> set[str]:
    found: set[str] = set()
    for piece in pieces:
        if isinstance(piece, _Alternation):
            for body, words, _ in piece.alternatives:
                found.update(words or ())
                found |= _words_of(body)
    return found


def _parse(source: str) -> list[_Piece] | None:
    """The source as pieces: plain text, and alternations (groups holding a "|", and the whole
    pattern when it is one) with their alternatives parsed in turn."""
    parts = split_alternatives(source)
    if parts is None:
        return None
    if len(parts) > 1:
        return [_alternation("", parts, "")]
    return _sequence(source)


def _sequence(source: str) -> list[_Piece]:
    """One alternative's pieces: its groups that hold alternations parsed, the rest text."""
    pieces: list[_Piece] = []
    text_start = 0
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
        elif char == "[":
            index = _class_end(source, index)
            if index < 0:
                raise ValueError("unterminated class")
        elif char == "(":
            end = _group_end(source, index)
            opening = _group_opening(source, index)
            inner = source[index + len(opening) : end]
            parts = split_alternatives(inner)
            if parts is None:
                raise ValueError("unbalanced group")
            pieces.append(source[text_start:index])
            if len(parts) > 1:
                pieces.append(_alternation(opening, parts, ")"))
            else:
                pieces.extend([opening, *_sequence(inner), ")"])
            index = text_start = end + 1
        else:
            index += 1
    pieces.append(source[text_start:])
    return [piece for piece in pieces if piece != ""]


def _alternation(opening: str, parts: list[str], closing: str) -> _Alternation:
    alternatives = []
    for part in parts:
        re.compile(part)  # (an alternative that does not stand alone: not read apart)
        alternatives.append((_sequence(part), required_words(part), _has_groups(part)))
    return _Alternation(opening, alternatives, closing)


def _has_groups(source: str) -> bool:
    return re.compile(source).groups > 0


def _group_opening(source: str, index: int) -> str:
    """ "(", "(?:", "(?P<name>", "(?=", "(?!", "(?<=", "(?<!" or "(?>" at `index`."""
    found = re.compile(r"\((?:\?(?::|P<\w+>|=|!|<=|<!|>))?").match(source, index)
    if found is None:
        raise ValueError("unknown group")
    return found.group()


def _group_end(source: str, index: int) -> int:
    """The index of the ")" closing the group opening at `index`."""
    depth = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(source, index)
            if index < 0:
                break
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise ValueError("unbalanced group")


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
