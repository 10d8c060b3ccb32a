"""Patterns compiled so that a search skips to where a match can start.

CPython's regex engine searches fast when it knows which characters a match can start with: it
skips the other positions in a tight C loop. It knows that only when the pattern opens with a
literal or a character class; a pattern that opens with `\\b`, `^` or a look-behind
("\\b(?:sold|selling)…", "(?<![\\w.,/])\\d…") is tried at every position of the text, which is
where most of the extractor's regex time goes.

`skipping(pattern)` compiles the same pattern with that knowledge added: the characters the
first character a match consumes can be (found from the parsed pattern, past its leading
assertions). The pattern's own code is unchanged, assertions included, and positions are only
skipped where no match can start, so every search, match and finditer finds what the plain
pattern finds (for a case-insensitive pattern, every case of those characters, and every
non-ASCII character, is a possible start). Patterns it cannot analyse (ones that may match an
empty string or start with "any character"), that open with "^" or a class the engine
already skips to, or whose first characters are too common to skip much, are returned as
they are.

It uses the `re` package's private compiler, whose layout is CPython 3.11's: on any other
interpreter or version, when those modules cannot be imported, or when anything in the
analysis raises, it returns the pattern unchanged (slower, never different).
"""

from __future__ import annotations

import re
import sys
from typing import Any

try:  # private modules: their layout is CPython 3.11's (checked below)
    import _sre
    from re import _casefix, _compiler, _parser
    from re._constants import (
        ASSERT,
        ASSERT_NOT,
        AT,
        AT_BOUNDARY,
        AT_NON_BOUNDARY,
        ATOMIC_GROUP,
        BRANCH,
        CATEGORY,
        CATEGORY_DIGIT,
        CATEGORY_NOT_DIGIT,
        CATEGORY_NOT_SPACE,
        CATEGORY_NOT_WORD,
        CATEGORY_SPACE,
        CATEGORY_WORD,
        IN,
        INFO,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        NEGATE,
        POSSESSIVE_REPEAT,
        RANGE,
        SRE_INFO_CHARSET,
        SRE_INFO_PREFIX,
        SUBPATTERN,
        SUCCESS,
    )

    _MAXCODE = _compiler.MAXCODE
    _CATEGORIES = {
        CATEGORY_DIGIT: r"\d",
        CATEGORY_NOT_DIGIT: r"\D",
        CATEGORY_SPACE: r"\s",
        CATEGORY_NOT_SPACE: r"\S",
        CATEGORY_WORD: r"\w",
        CATEGORY_NOT_WORD: r"\W",
    }
    # The INFO block written here is 3.11's; another version may lay it out differently
    # without raising, so only the version this was written against is trusted.
    _AVAILABLE = (
        sys.implementation.name == "cpython"
        and sys.version_info[:2] == (3, 11)
        and hasattr(_compiler, "_compile")
        and hasattr(_compiler, "_optimize_charset")
    )
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _AVAILABLE = False

# A set of first characters as the parser writes a class: [(LITERAL, code), (RANGE, …), …].
_Charset = list[tuple[Any, Any]]


def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, compiled to skip to the characters a match can start with (see above)."""
    if not _AVAILABLE or not isinstance(pattern.pattern, str):
        return pattern
    try:
        return _compiled(pattern.pattern, pattern.flags) or pattern
    except Exception:  # any surprise of the private API: keep the plain pattern
        return pattern


def compile_skipping(source: str, flags: int = 0, parsed: Any = None) -> re.Pattern[str]:
    """`skipping(re.compile(source, flags))`, parsing the source once instead of twice (the
    plain pattern is compiled only when it cannot be made to skip): cheaper at import.
    `parsed` is the source's `parsed_source`, when the caller has it already."""
    if not _AVAILABLE:
        return re.compile(source, flags)
    try:
        if parsed is None:
            parsed = _parser.parse(source, flags)
        return _compiled(source, flags, parsed) or _plain(source, flags, parsed)
    except Exception:  # any surprise of the private API: the plain pattern
        return re.compile(source, flags)


def parsed_source(source: str, flags: int = 0) -> Any:
    """The parsed pattern (the `re` package's private tree), or None when it cannot be had;
    for callers that read a pattern before compiling it (`required.required_words`)."""
    if not _AVAILABLE:
        return None
    try:
        return _parser.parse(source, flags)
    except Exception:  # any surprise of the private API (a bad pattern fails at compile)
        return None


def _compiled(source: str, given_flags: int, parsed: Any = None) -> re.Pattern[str] | None:
    if parsed is None:
        parsed = _parser.parse(source, given_flags)
    flags = parsed.state.flags | given_flags
    if not parsed.data or not _opens_blind(*parsed.data[0]):
        return None
    low, high = parsed.getwidth()
    if low == 0 or _engine_skips(parsed, flags):
        return None  # may match "", or the engine already skips
    first = _first_chars(parsed.data)
    if first is None or first[1]:
        return None
    # (a case-insensitive group's non-ASCII range is kept apart: see the bitmap below)
    wide = _NON_ASCII in first[0]
    chars = [item for item in first[0] if item != _NON_ASCII] if wide else first[0]
    if flags & re.IGNORECASE:
        chars = _case_closed(chars)
    if chars is None or _share_of_text(chars) > _MOST_SKIPPED:
        return None
    if len(chars) == 1 and chars[0][0] is LITERAL and not flags & re.IGNORECASE and not wide:
        code = _one_character_info(chars[0][1], low, high)
        _compiler._compile(code, parsed.data, flags)
        code.append(SUCCESS)
        return _pattern(source, flags, parsed, code)
    # The optimiser turns a class into a bitmap; the non-ASCII range of a case-insensitive
    # pattern would make that a large and slow one, so it is appended as a plain range.
    charset, _ = _compiler._optimize_charset(chars)
    if flags & re.IGNORECASE or wide:
        charset = [*charset, _NON_ASCII]
    code = [INFO, 0, SRE_INFO_CHARSET, min(low, _MAXCODE), min(high, _MAXCODE)]
    _compiler._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    _compiler._compile(code, parsed.data, flags)
    code.append(SUCCESS)
    return _pattern(source, flags, parsed, code)


def _one_character_info(char: int, low: int, high: int) -> list[int]:
    """The INFO block of a pattern every match of which starts with the one character `char`
    ("\\bprices?\\b", "\\b(?:paid|pays)…" over lowercase text).

    The engine skips to a first-character class by calling a class test per position (some
    thirty instructions); to a one-character literal prefix it skips in a tight loop (a few).
    The prefix is written as `re._compiler._compile_info` writes one, with a prefix skip of 0:
    at each position holding `char` the whole pattern is matched from its start (its leading
    word boundary or look-behind included), so every position it could match at is tried."""
    return [INFO, 8, SRE_INFO_PREFIX, min(low, _MAXCODE), min(high, _MAXCODE), 1, 0, char, 0]


def _plain(source: str, given_flags: int, parsed: Any) -> re.Pattern[str]:
    """`re.compile(source, given_flags)` from its parsed tree (as `re._compiler.compile`)."""
    flags = parsed.state.flags | given_flags
    return _pattern(source, flags, parsed, _compiler._code(parsed, given_flags))


def _pattern(source: str, flags: int, parsed: Any, code: list[int]) -> re.Pattern[str]:
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(source, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _engine_skips(parsed: Any, flags: int) -> bool:
    """Does the engine find a literal prefix or a first-character class itself (as
    `re._compiler._compile_info` looks for them)?"""
    prefix, _, _ = _compiler._get_literal_prefix(parsed, flags)
    return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, flags))


def _opens_blind(op: Any, av: Any) -> bool:
    """Does a pattern opening with this item leave the engine trying every position: a word
    boundary, a look-around or an alternation of several kinds of start? (A pattern opening
    with "^" fails fast where it cannot match; one opening with a character class or a
    repeat is already searched well.)"""
    if op is AT:
        return av in (AT_BOUNDARY, AT_NON_BOUNDARY)
    return op in (ASSERT, ASSERT_NOT, BRANCH, SUBPATTERN)


# Skipping pays only where most positions are skipped: a first character as common as the
# letters of "in", "of", "for", "during" leaves little to skip and adds a test per position.
_MOST_SKIPPED = 0.55
# Rough shares of characters in English prose: space, lowercase letters, the rest.
_LETTER_SHARES = dict(zip("etaoinshrdlcumwfgypbvkjxqz", (
    9.6, 6.9, 6.2, 5.9, 5.4, 5.3, 5.0, 4.7, 4.6, 3.2, 3.1, 2.2, 2.1, 1.9, 1.8, 1.7, 1.5, 1.5,
    1.4, 1.1, 0.8, 0.6, 0.1, 0.1, 0.1, 0.1,
), strict=True))  # fmt: skip


def text_share(char: str) -> float:
    """About how many positions of English prose hold `char` (0 to 1; rare characters 0)."""
    if char == " ":
        return 0.18
    return _LETTER_SHARES.get(char, 0.0) / 100


def _share_of_text(chars: _Charset) -> float:
    """About how many positions of English text start with one of `chars` (0 to 1)."""
    test = re.compile("[" + "".join(_class_source(op, av) for op, av in chars) + "]")
    share = 18.0 if test.match(" ") else 0.0
    share += sum(part for letter, part in _LETTER_SHARES.items() if test.match(letter))
    share += sum(
        0.2 for char in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,.;:()-$%'" if test.match(char)
    )
    return share / 100


def _class_source(op: Any, av: Any) -> str:
    """One item of a parsed class, written back as class source."""
    if op is LITERAL:
        return re.escape(chr(av))
    if op is RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is CATEGORY:
        return _CATEGORIES[av]
    raise ValueError(f"not a class item: {op}")


def _first_chars(items: Any) -> tuple[_Charset, bool] | None:
    """(characters a match of the sequence `items` can start with, whether it can match the
    empty string); None when that cannot be told simply."""
    chars: _Charset = []
    for op, av in items:
        if op is ASSERT and av[0] == 1:
            # A look-ahead ("(?=[\d$])…") tells the next character consumed, wherever the
            # items after it start: what it can start with is enough.
            ahead = _first_chars(av[1].data)
            if ahead is not None and not ahead[1]:
                merged = _union(chars, ahead[0])
                return None if merged is None else (merged, False)
            continue
        if op in (AT, ASSERT, ASSERT_NOT):
            continue
        found = _item_first_chars(op, av)
        if found is None:
            return None
        item_chars, may_be_empty = found
        chars = _union(chars, item_chars)
        if chars is None:
            return None
        if not may_be_empty:
            return chars, False
    return chars, True


def _item_first_chars(op: Any, av: Any) -> tuple[_Charset, bool] | None:
    if op is LITERAL:
        return [(LITERAL, av)], False
    if op is IN:
        return list(av), False
    if op is BRANCH:
        chars: _Charset | None = []
        empty = False
        for alternative in av[1]:
            found = _first_chars(alternative)
            if found is None:
                return None
            chars = _union(chars or [], found[0])
            if chars is None:
                return None
            empty |= found[1]
        return chars or [], empty
    if op is SUBPATTERN:
        _, add_flags, _, body = av
        found = _first_chars(body.data)
        if found is None or not add_flags & re.IGNORECASE:
            # "(?-i:[Hh]oldings)": its characters exactly; in an IGNORECASE pattern every case
            # of them is added (`_case_closed`), a superset, so nothing is skipped wrongly.
            return found
        # "\b(?i:leases?|contracts?)" in a case-sensitive pattern: every case of its first
        # letters, and every non-ASCII character (a fold of theirs, "K" for "k"), written out
        # as the engine cannot apply the group's flag to the pattern's first-character class.
        closed = _case_closed(found[0])
        return None if closed is None else ([*closed, _NON_ASCII], found[1])
    if op is ATOMIC_GROUP:
        return _first_chars(av.data)
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        minimum, _, body = av
        found = _first_chars(body.data if hasattr(body, "data") else body)
        if found is None:
            return None
        return found[0], found[1] or minimum == 0
    return None  # ANY, NOT_LITERAL, group references, …: not worth telling


_NON_ASCII = (RANGE, (0x80, sys.maxunicode))


def _case_closed(chars: _Charset) -> _Charset | None:
    """`chars` with every character a case-insensitive pattern matches in their place: both
    cases of an ASCII letter, any ASCII letter a non-ASCII one folds to ("K", the Kelvin sign,
    is "k"), and every non-ASCII character (so no fold of theirs is ever skipped)."""
    closed: _Charset = []  # and `_NON_ASCII`, added when the class is compiled
    for op, av in chars:
        if op is RANGE and av[1] - av[0] <= _MAX_RANGE:
            codes: range | list[int] = range(av[0], av[1] + 1)
        elif op is LITERAL:
            codes = [av]
        elif op is CATEGORY:
            closed.append((op, av))  # \d, \s, \w and their negations hold both cases
            continue
        else:
            return None
        for code in codes:
            closed.extend((LITERAL, variant) for variant in _ascii_cases(code))
    return closed


_MAX_RANGE = 300


def _ascii_cases(code: int) -> set[int]:
    """`code` and the ASCII characters that match it case-insensitively."""
    char = chr(code)
    forms = {char, char.lower(), char.upper()}
    lower = _sre.unicode_tolower(code)
    forms |= {chr(fix) for fix in _casefix._EXTRA_CASES.get(lower, ())}
    forms |= {chr(lower)}
    cases = {
        ord(case) for form in forms for case in (form, form.lower(), form.upper()) if len(case) == 1
    }
    return {case for case in cases if case < 0x80} | {code}


def _union(chars: _Charset, more: _Charset) -> _Charset | None:
    """Both classes as one; None when either is negated ("[^…]" cannot simply be merged)."""
    if any(op is NEGATE for op, _ in chars) or any(op is NEGATE for op, _ in more):
        return None
    return chars + more
