"""Case-insensitive patterns run as case-sensitive ones over lowercased text.

CPython's regex engine tries an IGNORECASE alternation several times more slowly than the
same alternation over text that is already lowercase (3-6x, measured on release sentences).
A `Folded` pattern keeps the IGNORECASE meaning: its source is lowercased (outside escapes
and group names) and it scans `text.lower()`. Offsets stay those of `text`; when lowercasing
would change the text's length (a few non-ASCII letters), it falls back to the IGNORECASE
pattern, so offsets never move. Matched text comes back lowercased.

Most searches ask about a short stretch (a guard's clause, the words before a figure) that
cannot hold a match; two gates answer them without the pattern's engine run. A pattern with
a few long words one of which every match holds tests them with `in` (`_words`); one without
(most guards: many alternatives, short words like "if", "vs", "than") is gated by one search
for all its words at once (`_cue`, a literal alternation the engine skips through quickly),
which on the worst-case document rules out nine asks in ten. Both gates are exact: a match
inside `pos:endpos` consumes one of the words there, so a stretch without them has none.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from .gates import any_of
from .required import required_words
from .skipping import compile_skipping, parsed_source, skipping

try:  # the `re` package's private constants (CPython 3.11), read by `_scans_ahead`
    from re._constants import AT, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
except ImportError:  # pragma: no cover - another Python: `match` is not cue-gated
    AT = MAX_REPEAT = MIN_REPEAT = SUBPATTERN = None

# A month name or its abbreviation inside a case-folded (or IGNORECASE) pattern: "jan",
# "sept", "september". Month words of case-sensitive patterns live in `periods`.
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"

_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")


class Folded:
    """An IGNORECASE pattern that searches lowercased text (see the module docstring)."""

    __slots__ = ("_cue", "_cue_match", "_exact", "_lower", "_words", "groupindex", "pattern")

    def __init__(self, source: str) -> None:
        if "(?-i" in source or "(?i" in source:
            raise ValueError("a folded pattern has no inline case flags")
        self.pattern = source
        # The IGNORECASE form serves only texts whose lowercase moves offsets (rare): it is
        # compiled on first use, which halves what a Folded pattern costs at import.
        self._exact: re.Pattern[str] | None = None
        lower_source = fold_source(source)
        tree = parsed_source(lower_source)  # parsed once, read for the words, then compiled
        # Words one of which every match holds: a text without them is answered by a few
        # substring tests instead of a regex search (most guards' texts, in the benchmarks).
        self._words = required_words(lower_source, parsed=tree)
        # No such few long words: all the words one of which every match holds, however
        # short or many, found by one search (see the module docstring).
        self._cue = _cue_gate(lower_source, tree) if self._words is None else None
        # (`match` tries one position: gated only when the pattern reads ahead over a gap)
        self._cue_match = self._cue if _scans_ahead(tree) else None
        self._lower = compile_skipping(lower_source, parsed=tree)
        self.groupindex = self._lower.groupindex  # fold_source keeps group names

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # `_remember` and `_ruled_out` inlined: this is the extractor's hottest call
        last = _LAST[0]
        lower = last[2] if last[0] is text else _remember(text)[2]
        if lower is not None:
            words = self._words
            if words is not None:
                if pos or endpos < len(lower):
                    # (a match lies within pos:endpos, so its words do: a guard reading a
                    # short stretch of a long sentence does not scan all of it)
                    for word in words:
                        if lower.find(word, pos, endpos) >= 0:
                            break
                    else:
                        return None
                else:  # the whole text: `in` costs half a `find` call
                    for word in words:
                        if word in lower:
                            break
                    else:
                        return None
            else:
                cue = self._cue
                if cue is not None and cue.search(lower, pos, endpos) is None:
                    return None
            return self._lower.search(lower, pos, endpos)
        return self._exact_pattern().search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = _LAST[0]  # (`_remember` inlined, as in `search`)
        lower = last[2] if last[0] is text else _remember(text)[2]
        if lower is not None:
            words = self._words  # (`_ruled_out` inlined, as in `search`: ~3,000 asks a document)
            if words is not None:
                if pos or endpos < len(lower):
                    for word in words:
                        if lower.find(word, pos, endpos) >= 0:
                            break
                    else:
                        return None
                else:
                    for word in words:
                        if word in lower:
                            break
                    else:
                        return None
            cue = self._cue_match
            if cue is not None and cue.search(lower, pos, endpos) is None:
                return None
            return self._lower.match(lower, pos, endpos)
        return self._exact_pattern().match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        last = _LAST[0]  # (`_remember` inlined, as in `search`)
        lower = last[2] if last[0] is text else _remember(text)[2]
        if lower is not None:
            if self._words is not None and self._ruled_out(lower, pos, endpos):
                return iter(())
            cue = self._cue
            if cue is not None and cue.search(lower, pos, endpos) is None:
                return iter(())
            return self._lower.finditer(lower, pos, endpos)
        return self._exact_pattern().finditer(text, pos, endpos)

    def _ruled_out(self, lower: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """No match is possible: `lower[pos:endpos]` holds none of the words every match
        contains. (`search`, the hottest call, inlines this test.)"""
        words = self._words
        if words is None:
            return False
        if pos or endpos < len(lower):
            for word in words:  # (a loop, not `any(…)`: a generator costs more than the tests)
                if lower.find(word, pos, endpos) >= 0:
                    break
            else:
                return True
            return False
        for word in words:  # (the whole text: `in` costs half a `find` call)
            if word in lower:
                break
        else:
            return True
        return False

    @property
    def lowercase(self) -> re.Pattern[str]:
        """The case-sensitive pattern searched over a text's lowercase (when lowering keeps
        its offsets): what an RE2 set of `Folded` patterns asks about (`pattern_sets`)."""
        return self._lower

    def _exact_pattern(self) -> re.Pattern[str]:
        """The IGNORECASE form, compiled the first time a text needs it."""
        exact = self._exact
        if exact is None:
            exact = self._exact = skipping(re.compile(self.pattern, re.IGNORECASE))
        return exact


# A cue gate's words: at least two letters, and not so many that the search for them costs
# what the pattern's would.
_CUE_SHORTEST = 2
_CUE_MOST = 64
# A lazy gap this long or longer at a pattern's start makes `match` a search over it.
_LONG_GAP = 8


def _cue_gate(lower_source: str, tree: object) -> re.Pattern[str] | None:
    """One search for the words one of which every match of the (case-sensitive, lowercase)
    pattern holds, or None when it has no such words."""
    words = required_words(lower_source, parsed=tree, shortest=_CUE_SHORTEST, most=_CUE_MOST)
    return any_of(*words) if words else None


def _scans_ahead(tree: object) -> bool:
    """Does the pattern open (past "^" and look-arounds) with a long lazy gap, so that `match`
    tries many positions ("^(?P<gap>[^.;]{0,40}?)\\b(?:last\\s+year|…)")? (A pattern
    opening with its words, or a run of spaces, fails at once where it cannot match.)"""
    items = getattr(tree, "data", None)
    while items:
        op, av = items[0]
        if op is AT:
            items = items[1:]
        elif op is SUBPATTERN:
            items = av[3].data
        else:
            return op is MIN_REPEAT and av[1] >= _LONG_GAP
    return False


# The last text lowered, its lowercase, and that lowercase when it keeps every offset (else
# None): the guards of one sentence ask one after another, each through a pattern's method.
# The last long text is kept too: guards alternate between a sentence and short stretches cut
# from it, and a long sentence lowered again after each stretch costs its length each time.
# And the last whole document: several readers ask about all of it (the dollar notice, the
# debt reconciliation, the document's word places), between sentences that would evict it,
# and lowering 50 KB with non-ASCII letters costs some 2.5 M instructions each time.
_LAST: list[tuple[str, str, str | None]] = [("", "", ""), ("", "", ""), ("", "", "")]
_LONG = 400  # (longer than the stretches guards cut: a sentence's `before`, `after`, clause)
_DOCUMENT = 5000  # (longer than any sentence the readers cut)


def lowercase_in_place(text: str) -> str | None:
    """`text.lower()` when lowering keeps every offset, else None (a few non-ASCII letters):
    what a `Folded` pattern searches, kept as `lowered` keeps it."""
    last = _LAST[0]  # (`_remember` inlined for the text just asked, as in `search`)
    return last[2] if last[0] is text else _remember(text)[2]


def cue_words(source: str) -> tuple[str, ...] | None:
    """The words one of which every match of `Folded(source)` holds in the lowercase it
    searches, however short or many (its cue gate's), or None when it has no such words."""
    return required_words(fold_source(source), shortest=_CUE_SHORTEST, most=_CUE_MOST)


def lowered(text: str) -> str:
    """`text.lower()`, kept for the last text asked (the families of one sentence share it)."""
    last = _LAST[0]  # (`_remember` inlined for the text just asked: each reader asks again)
    return last[1] if last[0] is text else _remember(text)[1]


# The two texts asked before the last one, of any length, latest first: a reader's guards
# alternate between the stretches of one amount ("before", "after", the sentence), and each
# came back to `_remember` to be lowered again (about three asks in ten on the worst case).
_EARLIER: list[tuple[str, str, str | None]] = [("", "", ""), ("", "", "")]


def _remember(text: str) -> tuple[str, str, str | None]:
    """(text, its lowercase, the lowercase or None when lowering moved offsets), for a text
    that is not the last one asked (every caller tests `_LAST[0]` first, inlined): one of the
    two asked before it (`_EARLIER`, by identity: a kept entry holds its text, so no other
    text can take its place), or lowered now. A short stretch, most asks, is lowered straight
    away: the kept long texts are looked at only for a long one (this runs some 6,000 times
    an extraction)."""
    last, earlier = _LAST[0], _EARLIER
    kept = earlier[0]
    if kept[0] is not text:
        kept = earlier[1]
        if kept[0] is not text:
            length = len(text)
            if length > _LONG:
                kept = _remember_long(text, length)
            else:
                lower = text.lower()
                kept = _LAST[0] = (text, lower, lower if len(lower) == length else None)
            earlier[1] = earlier[0]
            earlier[0] = last
            return kept
        earlier[1] = earlier[0]
    earlier[0] = last
    _LAST[0] = kept
    return kept


def _remember_long(text: str, length: int) -> tuple[str, str, str | None]:
    """`_remember` for a text longer than `_LONG`: kept in its own slot too (a sentence, or
    the whole document), and found there again after shorter stretches were asked."""
    slot = 1 if length <= _DOCUMENT else 2
    kept = _LAST[slot]
    if kept[0] is text:
        _LAST[0] = kept
        return kept
    lower = text.lower()
    entry = _LAST[0] = _LAST[slot] = (text, lower, lower if len(lower) == length else None)
    return entry


def fold_source(source: str) -> str:
    """`source` with its literal letters lowercased; escapes ("\\S", "\\B") and group names
    are kept as written."""
    out: list[str] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        name = _GROUP_NAME.match(source, index)
        if name is not None:
            out.append(name.group())
            index = name.end()
            continue
        out.append(char.lower())
        index += 1
    return "".join(out)
