"""Words every match of a pattern holds, found from the pattern itself.

A guard such as "\\b(?:peers?|rivals?|other|competing)\\s+(?:bitcoin\\s+)?(?:miners|companies|
firms)\\b" cannot match a text that holds none of "miners", "companies", "firms": testing
those words with `in` (a fast substring search in C) answers most texts far more cheaply than
running the regex. `required_words(source)` reads the parsed pattern and returns such a set
of words (at least one of them is in every match), or None when it finds none worth testing.

The words are literal characters the pattern's matcher consumes in sequence, so the answer is
exact for a case-sensitive pattern; a case-insensitive one is not analysed. It uses the `re`
package's private parser (CPython 3.11); on another version it finds no words.
"""

from __future__ import annotations

import re
from typing import Any

try:  # private modules: their layout is CPython 3.11's
    from re import _parser
    from re._constants import (
        ATOMIC_GROUP,
        BRANCH,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        SUBPATTERN,
    )

    _AVAILABLE = True
except ImportError:  # pragma: no cover - another Python
    _AVAILABLE = False

# Shorter words ("in", "of") are in nearly every sentence: testing them only adds work. More
# words than this cost more `in` tests than the regex search they would spare.
_SHORTEST = 4
_MOST_WORDS = 6


def required_words(
    source: str,
    flags: int = 0,
    *,
    lowercase: bool = False,
    parsed: Any = None,
    shortest: int = _SHORTEST,
    most: int = _MOST_WORDS,
) -> tuple[str, ...] | None:
    """Words at least one of which every match of the case-sensitive pattern holds; None when
    no set of few, long enough words is found (or the pattern cannot be read).

    With `lowercase`, the words are lowercased and case-insensitive parts are read too: one
    of them is in the lowercase of every match (as a sentence gate tests them), but for the
    few non-ASCII letters that match an ASCII one without lowering to it ("ſ", "ı").
    `parsed`: the source already parsed (read only), when the caller has it. `shortest` and
    `most` bound the words' length and number (a caller that tests them all in one regex
    search, not one `in` test each, can take many short ones: `folded.Folded`'s cue gate)."""
    if not _AVAILABLE:
        return None
    if parsed is None:
        try:
            parsed = _parser.parse(source, flags)
        except Exception:  # any surprise of the private API: no words
            return None
    if parsed.state.flags & re.IGNORECASE and not lowercase:
        return None  # literals would need every case
    words = _sequence_words(parsed.data, lowercase, (shortest, most))
    return tuple(sorted(words, key=len, reverse=True)) if words else None


# (the shortest word and the most words a set may have)
_Limits = tuple[int, int]


def _sequence_words(items: Any, lowercase: bool, limits: _Limits) -> set[str] | None:
    """The best word set among the parts every match of the sequence `items` consumes: runs
    of literal characters, and mandatory groups, alternations and repeats."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is LITERAL:
            run.append(chr(av).lower() if lowercase else chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found = _item_words(op, av, lowercase, limits)
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    shortest, most = limits
    useful = [
        words for words in candidates if len(words) <= most and min(map(len, words)) >= shortest
    ]
    return max(useful, key=_worth, default=None)


def _item_words(op: Any, av: Any, lowercase: bool, limits: _Limits) -> set[str] | None:
    if op is SUBPATTERN:
        _, add_flags, del_flags, body = av
        changed = add_flags | del_flags
        if changed and not (lowercase and changed == re.IGNORECASE):
            return None  # a case change, read only for lowercase words; others: not read
        return _sequence_words(body.data, lowercase, limits)
    if op is ATOMIC_GROUP:
        return _sequence_words(av.data, lowercase, limits)
    if op is BRANCH:
        words: set[str] = set()
        for alternative in av[1]:
            found = _sequence_words(alternative.data, lowercase, limits)
            if not found:
                return None  # an alternative without a word: nothing is required
            words |= found
        return words
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        minimum, _, body = av
        body_items = getattr(body, "data", body)
        return _sequence_words(body_items, lowercase, limits) if minimum >= 1 else None
    return None  # assertions, classes, "any": consume nothing certain


def _worth(words: set[str]) -> tuple[int, int]:
    """Longer shortest word first (rarer in text), then fewer words (fewer tests)."""
    return min(map(len, words)), -len(words)
