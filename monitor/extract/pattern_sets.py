"""Which of many patterns can match an ASCII text, answered in one pass of RE2.

The period reader (`periods`) scans a sentence with each of its fifty-odd forms that its cheap
features let through, one CPython scan each; on the worst-case document that was some 2,800
scans for 340 matches. `PatternSet.possible(text)` names, in one RE2 set-matching pass
(google-re2), the patterns that may match, and the others are not scanned.

Each pattern is written in RE2's syntax so that it matches wherever the pattern does, and
perhaps elsewhere: assertions (look-arounds, `\\b`, `^`) are dropped, groups lose their names,
lazy and possessive repeats become plain ones. Only ASCII texts are asked, where CPython's
`\\d`, `\\w` and case folding are RE2's (`\\s` is written out: CPython's holds "\\x0b" and
"\\x1c"-"\\x1f" too). A pattern that cannot be written so, a non-ASCII text, or a missing RE2
say "may match" (None), so a pattern is skipped only where it cannot match: the scans that run
find what they found before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .re2_sets import AVAILABLE, set_matcher

try:  # the `re` package's private parser (CPython 3.11's layout)
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover - every pattern then reads as "may match"
    _parser = None
_SPACE = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f "  # CPython's \s on ASCII
_MOST_ANSWERS = 4096


class _Untranslatable(Exception):
    pass


def _char(code: int) -> str:
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\x{{{code:x}}}"


def _class_item(op: Any, av: Any) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    if op is C.CATEGORY and av is C.CATEGORY_DIGIT:
        return "0-9"
    if op is C.CATEGORY and av is C.CATEGORY_WORD:
        return "0-9A-Za-z_"
    if op is C.CATEGORY and av is C.CATEGORY_SPACE:
        return _SPACE
    raise _Untranslatable(op)


def _class(items: list[tuple[Any, Any]]) -> str:
    negate = bool(items) and items[0][0] is C.NEGATE
    body = "".join(_class_item(op, av) for op, av in items[negate:])
    if not body:
        raise _Untranslatable("empty class")
    return f"[{'^' if negate else ''}{body}]"


def _sequence(items: Any) -> str:
    return "".join(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is C.ANY:
        return "."
    if op is C.IN:
        return _class(av)
    if op is C.BRANCH:
        return "(?:" + "|".join(_sequence(branch) for branch in av[1]) + ")"
    if op is C.SUBPATTERN:
        _, add, remove, body = av
        flags = ("i" if add & re.IGNORECASE else "") + ("-i" if remove & re.IGNORECASE else "")
        if (add | remove) & ~(re.IGNORECASE | re.UNICODE):
            raise _Untranslatable("flags")
        return f"(?{flags}:{_sequence(body)})"
    if op is C.ATOMIC_GROUP:
        return f"(?:{_sequence(av)})"
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        top = "" if high is C.MAXREPEAT else str(high)
        return f"(?:{_sequence(body)}){{{low},{top}}}"
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return ""  # an assertion only narrows where a match may be
    raise _Untranslatable(op)


def loosened(pattern: re.Pattern[str]) -> str | None:
    """An RE2 pattern matching every ASCII text `pattern` finds a match in, or None."""
    if not AVAILABLE or _parser is None or pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        return None
    try:
        body = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
    except (_Untranslatable, re.error, TypeError, ValueError):
        return None
    return ("(?i)" if pattern.flags & re.IGNORECASE else "") + body


class PatternSet:
    """Patterns asked of a text all at once: `possible(text)` is the set of the indices of the
    patterns that may match in it, or None when every pattern may (see the module docstring)."""

    __slots__ = ("_always", "_answers", "_indices", "_match")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._match: Any = None
        self._answers: dict[tuple[int, ...], frozenset[int]] = {}
        sources = [loosened(pattern) for pattern in patterns]
        # (the patterns RE2 cannot be asked about: always possible)
        self._always = frozenset(index for index, source in enumerate(sources) if source is None)
        # each RE2 pattern's index among `patterns` (the first, a sentinel, none)
        self._indices = [-1, *(index for index, source in enumerate(sources) if source is not None)]
        if len(self._indices) > 1:
            self._match = set_matcher([source for source in sources if source is not None])

    def possible(self, text: str) -> frozenset[int] | None:
        match = self._match
        if match is None or not text.isascii():
            return None
        hits = tuple(match(text.encode()))
        answer = self._answers.get(hits)
        if answer is None:
            if 0 not in hits:
                return None
            indices = self._indices
            answer = self._always | {indices[hit] for hit in hits if hit}
            if len(self._answers) >= _MOST_ANSWERS:
                self._answers.clear()
            self._answers[hits] = answer
        return answer
