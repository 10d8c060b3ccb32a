"""Which of many fixed word lists have a word in a text, answered in one pass of RE2.

The gates (`gates`) ask of each sentence which of their word lists occur in it. CPython's
`re` answers that by trying an alternation of the words at every position whose character
starts one: on release prose most positions do, at some 270 instructions a character (the
word-gate scan was 45 M of the 579 M instructions of the worst-case extraction). RE2's set
matching (google-re2, `RE2::Set`) runs one DFA over the text's UTF-8 bytes and names every
list with a match, a few instructions a byte: the same scan took 7 M.

A word occurs in a text exactly when its UTF-8 bytes occur in the text's UTF-8 bytes (UTF-8
is self-synchronising), so the answers are the `in` test's, word for word. Where RE2 is not
installed, or a text cannot be encoded (a lone surrogate), `WordLists.found` says None and the
caller scans in pure Python (`gates._Scanner`), slower and never different.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .re2_sets import AVAILABLE, set_matcher

# Few distinct answers recur (which lists open on a sentence); a bound for long processes.
_MOST_ANSWERS = 4096


def _literal(word: str) -> str:
    """`word` as an RE2 pattern matching it literally (every character but a letter, digit or
    space written as a code point, so no character is read as syntax)."""
    return "".join(
        char if char.isascii() and (char.isalnum() or char == " ") else f"\\x{{{ord(char):x}}}"
        for char in word
    )


class WordLists:
    """A set of named word lists; `found(text)` names those with a word occurring in `text`."""

    __slots__ = ("_answers", "_match", "_names")

    def __init__(self, match: Any, names: tuple[str, ...]) -> None:
        self._match = match
        self._names = names
        self._answers: dict[tuple[int, ...], frozenset[str]] = {}

    def found(self, text: str) -> frozenset[str] | None:
        """The names of the lists one of whose words is a substring of `text` (None: ask the
        pure-Python scan)."""
        try:
            data = text.encode()
        except UnicodeEncodeError:
            return None  # a lone surrogate has no UTF-8
        hits = tuple(self._match(data))
        answer = self._answers.get(hits)
        if answer is None:
            if 0 not in hits:
                return None  # no sentinel: RE2 failed (its DFA out of memory)
            names = self._names
            answer = frozenset(names[index - 1] for index in hits if index)
            if len(self._answers) >= _MOST_ANSWERS:
                self._answers.clear()
            self._answers[hits] = answer
        return answer


def word_lists(
    lists: Sequence[tuple[str, Sequence[str]]], patterns: Sequence[tuple[str, str]] = ()
) -> WordLists | None:
    """`WordLists` for the (name, words) `lists`, or None when RE2 is not installed; the
    (name, RE2 source) `patterns` are answered in the same pass (named where they match)."""
    if not AVAILABLE or not lists or not all(words for _, words in lists):
        return None  # (a list that can never open: no RE2 pattern says so plainly)
    sources = [
        *("|".join(_literal(word) for word in words) for _, words in lists),
        *(source for _, source in patterns),
    ]
    match = set_matcher(sources)
    if match is None:
        return None
    return WordLists(match, tuple(name for name, _ in [*lists, *patterns]))


class WordTests:
    """Named word lists asked of a text all at once: `found(text)` names those with a word in
    it, by RE2's one pass where it is installed, else by `in` tests (the same answer)."""

    __slots__ = ("_fast", "_lists")

    def __init__(self, lists: Sequence[tuple[str, Sequence[str]]]) -> None:
        self._lists = tuple((name, tuple(words)) for name, words in lists)
        self._fast = word_lists(self._lists)

    def found(self, text: str) -> frozenset[str]:
        fast = self._fast
        if fast is not None:
            answer = fast.found(text)
            if answer is not None:
                return answer
        return frozenset(name for name, words in self._lists if any(word in text for word in words))
