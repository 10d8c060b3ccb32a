"""Which of a reader's patterns can match anywhere in a sentence, for questions about its stretches.

A guard asks its pattern about a stretch of the sentence it is given: the clause before a figure,
the words after it. Each ask is a `Folded` call, and a figure's guards make dozens, most about
patterns the sentence holds nothing of. A pattern with no match anywhere in a text has none in
any stretch of it (a slice, or a `pos`/`endpos` window): so `SentenceScreen.may_match` asks all
of a reader's patterns of the whole sentence in one RE2 pass (`SharedChoice`, whose patterns drop
their look-arounds and so hold in any window), keeps the answer for the last sentence asked, and
the reader searches a stretch only for a pattern that may match.

`SharedChoice` is that pass shared: every screen's and every figure family's patterns are asked
of a sentence together, once (see its docstring for why the one pass is exact).

`Stretch` is the same question asked by a reader that cuts one stretch of a sentence (the words
before an amount) and searches it with a chain of patterns: each pattern is searched only when
the sentence may hold a match.

RE2 keeps a pattern's "^" as the text's start: a pattern with "^" asked of a stretch that starts
later (a slice after a figure) must not be screened. A non-ASCII sentence is not screened (every
pattern may match).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .pattern_sets import EVERY, Possible, loosened
from .re2_sets import SetMatch, set_matcher

# (a bound for a long-running process: few sets of hits recur beyond it)
_MOST_ANSWERS = 4096


class SentenceScreen:
    """`may_match(pattern, text)`: may one of the screened patterns match somewhere in `text`?"""

    __slots__ = ("_choice", "_last")

    def __init__(self, patterns: Sequence[Any]) -> None:
        self._choice = SharedChoice(patterns)
        self._last: tuple[str, Possible] = ("", EVERY)

    def may_match(self, pattern: object, text: str) -> bool:
        """False only when `pattern` matches nowhere in `text`, so in no stretch of it."""
        last = self._last
        if last[0] is not text:
            last = self._last = (text, self._choice.possible(text))
        ids = last[1].ids  # (`Possible.holds` inlined: a guard asks this for each of its asks)
        return ids is None or id(pattern) in ids


class Stretch:
    """`text`, a stretch of `sentence` (the words before an amount), searched with a reader's
    patterns: each only when `screen` finds it may match somewhere in the sentence (none of
    them opens with "^", which RE2 reads as the sentence's start)."""

    __slots__ = ("_screen", "sentence", "text")

    def __init__(self, screen: SentenceScreen, text: str, sentence: str) -> None:
        self._screen = screen
        self.text = text
        self.sentence = sentence

    def search(self, pattern: Any, last: int | None = None) -> re.Match[str] | None:
        """`pattern` searched in the stretch, or in its `last` characters only."""
        return self.search_in(pattern, self.text if last is None else self.text[-last:])

    def search_in(self, pattern: Any, stretch: str) -> re.Match[str] | None:
        """`pattern` searched in `stretch`, another stretch of the same sentence."""
        if not self._screen.may_match(pattern, self.sentence):
            return None
        match: re.Match[str] | None = pattern.search(stretch)
        return match


class _OnePass:
    """Every pattern of every `SharedChoice`, asked of a text in one RE2 pass (see
    `SharedChoice`). Built when first asked after a choice joined; the last text's answer is
    kept, so the readers of one sentence pay for one pass between them."""

    __slots__ = ("_always", "_answers", "_built", "_ids", "_last", "_match", "_patterns")

    def __init__(self) -> None:
        self._patterns: dict[int, Any] = {}  # (by `id`; the objects kept alive, so ids stay theirs)
        self._built = False
        self._match: SetMatch | None = None
        self._always: frozenset[int] = frozenset()
        self._ids: list[int] = []
        self._answers: dict[tuple[int, ...], Possible] = {}
        self._last: tuple[str, Possible] = ("", EVERY)

    def join(self, patterns: Iterable[Any]) -> None:
        for pattern in patterns:
            self._patterns.setdefault(id(pattern), pattern)
        self._built = False
        self._last = ("", EVERY)

    def _build(self) -> None:
        sources: list[str] = []
        self._ids = [-1]  # each RE2 pattern's `id` (the first, the sentinel, none)
        always: set[int] = set()
        for key, pattern in self._patterns.items():
            source = _one_pass_source(pattern)
            if source is None:
                always.add(key)
            else:
                sources.append(source)
                self._ids.append(key)
        self._always = frozenset(always)
        self._match = set_matcher(sources) if sources else None
        self._answers = {}
        self._built = True

    def possible(self, text: str) -> Possible:
        last = self._last
        if last[0] is text:
            return last[1]
        if not self._built:
            self._build()
        match = self._match
        answer = EVERY
        if match is not None and text.isascii():
            hits = tuple(match(text.encode()))
            known = self._answers.get(hits)
            if known is not None:
                answer = known
            elif 0 in hits:  # (no sentinel: RE2 failed on the text, every pattern may match)
                ids = self._ids
                answer = Possible(self._always | {ids[hit] for hit in hits if hit})
                if len(self._answers) >= _MOST_ANSWERS:
                    self._answers.clear()
                self._answers[hits] = answer
        self._last = (text, answer)
        return answer


def _one_pass_source(pattern: Any) -> str | None:
    """`pattern` in RE2's syntax, asked of a text as written: a compiled pattern loosened as it
    stands, a `Folded` one's lowercase form made case-insensitive (None: RE2 cannot take it)."""
    if isinstance(pattern, re.Pattern):
        source = loosened(pattern)
    else:
        lowercase = loosened(pattern.lowercase)
        source = None if lowercase is None else "(?i)" + lowercase
    return source if source is not None and set_matcher([source]) is not None else None


_ONE_PASS = _OnePass()


class SharedChoice:
    """`pattern_sets.PatternChoice` answered by one RE2 pass a sentence shared by all choices.

    The treasury figure families, the guards' screen, the sale proceeds' branches and the debt
    readers' stretches each ask their own patterns of the same sentence: as `PatternChoice`s
    that is one or two RE2 passes each (a `Folded` pattern's side scans the lowercase), some
    three to four a sentence. Here every choice's patterns are joined in one set, asked of the
    text as written, and each choice reads its own patterns' answers from it.

    Exact as `PatternChoice` is: a compiled pattern is loosened as there; a `Folded` pattern
    scans `text.lower()` with its lowercase form, and on an ASCII text (the only ones asked;
    lowering keeps their offsets) that form made case-insensitive matches the text as written
    wherever it matches the lowercase (each character of the text lowers to one its
    case-insensitive class holds). A non-ASCII text, or a text RE2 fails on, says "every
    pattern may match". The answer names the other choices' patterns too; `among` and `holds`
    ask by identity, so a choice sees only its own.
    """

    __slots__ = ()

    def __init__(self, patterns: Iterable[Any]) -> None:
        _ONE_PASS.join(patterns)

    def possible(self, text: str, lower: str | None = None) -> Possible:
        """The patterns that may match `text` (`lower`, its lowercase, is not needed: the
        signature is `PatternChoice.possible`'s)."""
        return _ONE_PASS.possible(text)
