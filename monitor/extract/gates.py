"""Cheap pre-checks that let a pattern family skip sentences it cannot match.

A gate is one compiled alternation of plain substrings, searched in the lowercased sentence:
a single C-level scan, much cheaper than the detailed patterns it protects. Gates only ever
skip work; every figure is still decided by the detailed patterns and guards.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def any_of(*words: str) -> re.Pattern[str]:
    """A gate matching wherever one of `words` (lowercase substrings) occurs.

    A match only says that some word occurs (in the whole text, or within `pos:endpos`): its
    span is not meant to name the word. So the alternation is factored by shared prefixes
    ("bo(?:nd|rrow)" for "bond", "borrow"), and a word that extends another ("repayment"
    after "repa") is left out; the engine then tries one branch per letter rather than every
    word at every position (about 1.5x faster on the long lists).
    """
    unique = tuple(sorted(set(words)))
    return _remember_words(re.compile(_factored(list(unique))), unique)


def _factored(words: list[str]) -> str:
    """An alternation matching where any of the sorted `words` starts, prefixes shared."""
    if "" in words:
        return ""  # a word ends here: the longer ones cannot add an occurrence
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _factored(rest) for first, rest in by_first.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# The words each gate made by `any_of` stands for (by its source), so gates can be merged.
_WORDS: dict[str, tuple[str, ...]] = {}


def _remember_words(gate: re.Pattern[str], words: tuple[str, ...]) -> re.Pattern[str]:
    _WORDS[gate.pattern] = words
    return gate


def either(gates: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One gate matching wherever any of `gates` would: the words of the `any_of` gates merged
    into one factored alternation (one branch per letter, not one per gate), the other gates
    appended as they are."""
    sources = dict.fromkeys(gate.pattern for gate in gates)  # once each, in order
    words = [word for source in sources if source in _WORDS for word in _WORDS[source]]
    others = [f"(?:{source})" for source in sources if source not in _WORDS]
    merged = [f"(?:{_factored(sorted(set(words)))})"] if words else []
    return re.compile("|".join(merged + others))


class GateSet:
    """Which of many gates open on one text, their words found in one scan.

    Searching a family's gates one by one costs more than the patterns they protect. The
    `any_of` gates are answered together: a look-ahead scan finds, at each position, the
    longest of all their words starting there (longer continuations are tried first); every
    word that is a prefix of it starts there too, so each gate holding one of those words
    opens. Gates that are not plain words are searched as they are, when first asked.
    """

    def __init__(self, gates: list[re.Pattern[str]]) -> None:
        sources = dict.fromkeys(gate.pattern for gate in gates if gate.pattern in _WORDS)
        words = sorted({word for source in sources for word in _WORDS[source]})
        self._scan = re.compile(f"(?=({_longest_first(words)}))") if words else None
        # For each word: the gates (by source) that open where it starts.
        self._opens = {
            word: frozenset(src for src in sources if any(map(word.startswith, _WORDS[src])))
            for word in words
        }

    def opener(self, text: str) -> Callable[[re.Pattern[str]], bool]:
        """A test of whether a gate (one of the set's, or any other) opens on `text`."""
        opened: set[str] = set()
        for hit in self._scan.finditer(text) if self._scan else ():
            opened |= self._opens[hit.group(1)]
        searched: dict[str, bool] = {}

        def is_open(gate: re.Pattern[str]) -> bool:
            source = gate.pattern
            if source in _WORDS:
                return source in opened
            if source not in searched:
                searched[source] = gate.search(text) is not None
            return searched[source]

        return is_open


def _longest_first(words: list[str]) -> str:
    """An alternation matching the longest of the sorted `words` that starts here (a word's
    continuations are tried before the word ends)."""
    ends = "" in words
    by_first: dict[str, list[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _longest_first(rest) for first, rest in by_first.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
