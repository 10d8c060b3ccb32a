"""Which of many patterns can match an ASCII text, answered in one pass of RE2.

The period reader (`periods`) scans a sentence with each of its fifty-odd forms that its cheap
features let through, one CPython scan each; on the worst-case document that was some 2,800
scans for 340 matches. `PatternSet.possible(text)` names, in one RE2 set-matching pass
(google-re2), the patterns that may match, and the others are not scanned.

Each pattern is written in RE2's syntax so that it matches wherever the pattern does, and
perhaps elsewhere: assertions (look-arounds, `\\b`, `^`) are dropped, groups lose their names,
lazy and possessive repeats become plain ones, and a long bounded repeat ("[^.;]{0,40}") an
unbounded one. Only ASCII texts are asked, where CPython's `\\d`, `\\w` and case folding are
RE2's (`\\s` is written out: CPython's holds "\\x0b" and "\\x1c"-"\\x1f" too). A pattern that
cannot be written so, a non-ASCII text, or a missing RE2 say "may match" (None), so a pattern
is skipped only where it cannot match: the scans that run find what they found before.

`PatternChoice` asks the same of a reader's own pattern objects and keeps them by identity:
`possible(text).among(patterns)` is `patterns` less those that cannot match. A `Folded`
pattern scans a text's lowercase with its lowercase form, so that form is asked of the
lowercase (on ASCII text the offsets are the text's); a compiled one is asked of the text as
written. The treasury families (one pass a sentence for all three), the AI capacity patterns
and the AI milestone frames use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .re2_sets import AVAILABLE, set_matcher
from .re2_syntax import Untranslatable as _Untranslatable
from .re2_syntax import char as _char
from .re2_syntax import class_item as _class_item

if TYPE_CHECKING:  # (`folded` imports `gates`, which imports this module)
    from .folded import Folded

try:  # the `re` package's private parser (CPython 3.11's layout)
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover - every pattern then reads as "may match"
    _parser = None
_MOST_ANSWERS = 4096
# The longest bounded repeat written out as it stands ("\\d{1,3}", "(?:\\w+\\s+){0,2}"); a
# longer one is loosened to no bound (see `_item`).
_LONGEST_BOUND = 3


def _class(items: list[tuple[Any, Any]]) -> str:
    negate = bool(items) and items[0][0] is C.NEGATE
    body = "".join(_class_item(op, av) for op, av in items[negate:])
    if not body:
        raise _Untranslatable("empty class")
    return f"[{'^' if negate else ''}{body}]"


def _sequence(items: Any, whole: bool = False) -> str:
    return "".join(_item(op, av, whole) for op, av in items)


def _item(op: Any, av: Any, whole: bool = False) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is C.ANY:
        return "."
    if op is C.IN:
        return _class(av)
    if op is C.BRANCH:
        return "(?:" + "|".join(_sequence(branch, whole) for branch in av[1]) + ")"
    if op is C.SUBPATTERN:
        _, add, remove, body = av
        flags = ("i" if add & re.IGNORECASE else "") + ("-i" if remove & re.IGNORECASE else "")
        if (add | remove) & ~(re.IGNORECASE | re.UNICODE):
            raise _Untranslatable("flags")
        return f"(?{flags}:{_sequence(body, whole)})"
    if op is C.ATOMIC_GROUP:
        return f"(?:{_sequence(av, whole)})"
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        # (a long bounded repeat, "[^.;]{0,40}", is read unbounded: RE2 writes a bound out as
        # that many copies, and a set's DFA then builds a state for each place in each copy
        # that a text reaches, most of its cost on new text; unbounded still holds every
        # text the bound does)
        top = "" if high is C.MAXREPEAT or high > _LONGEST_BOUND else str(high)
        return f"(?:{_sequence(body, whole)}){{{low},{top}}}"
    if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        # (no MULTILINE pattern is translated: "^" is the text's start, in either engine, and
        # a search from a later `pos` never matches it)
        return "^"
    if op is C.AT and av is C.AT_BOUNDARY and whole:
        return "\\b"  # (RE2's ASCII \b is CPython's on ASCII text, but not at a window's end)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return ""  # an assertion only narrows where a match may be
    raise _Untranslatable(op)


def _top(items: Any, whole: bool) -> str:
    """The whole pattern's sequence, its closing look-ahead and opening look-behind read as
    consumed text: a match of "A(?=X)" is followed by a match of X, so "AX" matches wherever
    it does (and the look-ahead is often what rules a text out: "May" before "holdings")."""
    items = list(items)
    if len(items) == 1 and items[0][0] is C.BRANCH:
        return "(?:" + "|".join(_top(branch.data, whole) for branch in items[0][1][1]) + ")"
    head = tail = ""
    if items and items[0][0] is C.ASSERT and items[0][1][0] < 0:  # (?<=Y)
        head = f"(?:{_sequence(items.pop(0)[1][1], whole)})"
    if items and items[-1][0] is C.ASSERT and items[-1][1][0] > 0:  # (?=X)
        tail = f"(?:{_sequence(items.pop()[1][1], whole)})"
    return head + _sequence(items, whole) + tail


def loosened(pattern: re.Pattern[str], *, whole: bool = False) -> str | None:
    """An RE2 pattern matching every ASCII text `pattern` finds a match in, or None.

    `whole`: the pattern is only ever searched over a whole text (no `pos` or `endpos`), so
    its word boundaries are kept (CPython's `\\b` holds at a window's end where the text goes
    on, RE2's over the whole text does not)."""
    if not AVAILABLE or _parser is None or pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        return None
    try:
        body = _top(_parser.parse(pattern.pattern, pattern.flags).data, whole)
    except (_Untranslatable, re.error, TypeError, ValueError):
        return None
    return ("(?i)" if pattern.flags & re.IGNORECASE else "") + body


class PatternSet:
    """Patterns asked of a text all at once: `possible(text)` is the set of the indices of the
    patterns that may match in it, or None when every pattern may (see the module docstring)."""

    __slots__ = ("_always", "_answers", "_indices", "_match")

    def __init__(self, patterns: Sequence[re.Pattern[str]], *, whole: bool = False) -> None:
        """`whole`: the caller searches the patterns over the whole text asked about, never a
        window of it (`loosened` keeps their word boundaries)."""
        self._match: Any = None
        self._answers: dict[tuple[int, ...], frozenset[int]] = {}
        sources = [loosened(pattern, whole=whole) for pattern in patterns]
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


_P = TypeVar("_P")


class Possible:
    """One text's answer: which of a `PatternChoice`'s patterns may match it."""

    __slots__ = ("ids",)

    def __init__(self, ids: frozenset[int] | None) -> None:
        self.ids = ids  # the `id`s of the patterns that may match (None: every pattern may)

    def among(self, patterns: list[_P]) -> list[_P]:
        """`patterns` (in order) less those that cannot match."""
        ids = self.ids
        if ids is None:
            return patterns
        return [pattern for pattern in patterns if id(pattern) in ids]

    def holds(self, pattern: object) -> bool:
        """May `pattern` match?"""
        return self.ids is None or id(pattern) in self.ids


EVERY = Possible(None)
_NONE: frozenset[int] = frozenset()


class PatternChoice:
    """Compiled and `Folded` patterns asked of a text at once, answered by identity: hashing a
    compiled pattern hashes its whole program, an `id` nothing (see the module docstring)."""

    __slots__ = ("_always", "_answers", "_folded", "_folded_ids", "_plain", "_plain_ids")

    def __init__(self, patterns: Iterable[re.Pattern[str] | Folded]) -> None:
        plain: list[re.Pattern[str]] = []
        folded: list[re.Pattern[str]] = []
        self._plain_ids: list[int] = []
        self._folded_ids: list[int] = []
        always: set[int] = set()
        for pattern in {id(pattern): pattern for pattern in patterns}.values():
            if isinstance(pattern, re.Pattern):
                asked, side, ids = pattern, plain, self._plain_ids
            else:
                asked, side, ids = pattern.lowercase, folded, self._folded_ids
            if _accepted(asked):
                side.append(asked)
                ids.append(id(pattern))
            else:
                always.add(id(pattern))
        self._always = frozenset(always)  # (patterns RE2 is not asked about: always possible)
        self._plain = PatternSet(plain) if plain else None
        self._folded = PatternSet(folded) if folded else None
        # Each pair of the sides' answers, as the patterns' ids (a bound for a long-running
        # process: few pairs recur beyond it)
        self._answers: dict[tuple[frozenset[int], frozenset[int]], Possible] = {}

    def possible(self, text: str, lower: str | None = None) -> Possible:
        """The patterns that may match `text` (`lower` its lowercase, when the caller has it)."""
        if not text.isascii():
            return EVERY  # (the lowercase may not keep the text's offsets: no answer)
        plain = folded = _NONE
        if self._plain is not None:
            plain = self._plain.possible(text)
            if plain is None:
                return EVERY
        if self._folded is not None:
            folded = self._folded.possible(text.lower() if lower is None else lower)
            if folded is None:
                return EVERY
        key = (plain, folded)
        answer = self._answers.get(key)
        if answer is None:
            if len(self._answers) >= _MOST_ANSWERS:
                self._answers.clear()
            plain_ids, folded_ids = self._plain_ids, self._folded_ids
            answer = Possible(
                self._always
                | {plain_ids[index] for index in plain}
                | {folded_ids[index] for index in folded}
            )
            self._answers[key] = answer
        return answer


def _accepted(pattern: re.Pattern[str]) -> bool:
    """Can RE2 take `pattern` into a set? One it refuses (too large once its bounded repeats
    are written out) would leave the whole set unanswered: it is kept out, always possible."""
    source = loosened(pattern)
    return source is not None and set_matcher([source]) is not None
