"""Signs searched over a whole document, asked of RE2 first.

Several readers look over the whole document for the sign of a layout they read (a year run
into a month in a glued table, "Months Ended" over flattened columns, a line of a text-laid
table, a number glued to a label) or a phrase (a repayment "finished" over time). Each such
scan is a CPython search of some 50 KB (about 0.2 ms, 1.5 M instructions), and most documents
hold few of these signs. RE2 (google-re2) answers the same question over the document's bytes
several times faster:

- `first_possible(sign, text)` is None where the sign cannot match (it is not scanned), else
  a position no match of the sign starts before: CPython's search from a position still reads
  the text before it for look-behinds, `\\b` and `^`, so from there it finds what the search
  from the start finds. `may_match` says only whether it can match.
- `scan(sign, text)` gives `sign.finditer(text)`'s matches, each found by CPython's search
  from where RE2 finds the sign next (a document's few matches are read without the engine
  trying every position between them).

One RE2 set pass for all signs at once was tried: an unanchored set must run to the text's end
tracking every sign, and took some 2 ms a document; each sign's own search stops at its match.

The answer must never be "no" where CPython would find a match. Each sign is written in RE2
syntax so that it matches wherever the sign does, and perhaps elsewhere, over an ASCII copy
of the document in which every other character reads as "?" (`str.encode("ascii",
"replace")`: one byte a character, so the copy's offsets are the document's). Assertions
(look-arounds, `\\b`, `$`, and `^` but a MULTILINE sign's) are dropped; every atom of the sign
also accepts "?", so a match over a non-ASCII character still matches the copy; on ASCII
characters CPython's `\\d`, `\\w`, `\\s` and case folding are RE2's. A sign that cannot be
written so (a back-reference, a repeat RE2 refuses) is always scanned, and without RE2 every
sign is. A `Folded` sign is asked about the document's lowercase with its lowercase pattern,
as it scans it (when lowering keeps the offsets; otherwise it is scanned).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .folded import Folded, lowered
from .per_document import remembered
from .re2_syntax import Untranslatable as _Untranslatable
from .re2_syntax import char as _char
from .re2_syntax import class_item

try:  # an optional accelerator: every sign is scanned without it
    from re2 import _re2
except ImportError:  # pragma: no cover - the scans alone are tested too
    _re2 = None

try:  # the `re` package's private parser (CPython 3.11's layout)
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover - every sign is then scanned
    _parser = None

_OTHER = "\\x{3f}"  # "?": what a non-ASCII character reads as in the ASCII copy
# Flags that change no ASCII character's match once assertions are dropped (`.` is written to
# match a newline too).
_KEPT_FLAGS = re.IGNORECASE | re.UNICODE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII


def _class(items: list[tuple[Any, Any]], icase: bool) -> str:
    if items and items[0][0] is C.NEGATE:
        # (any character the class leaves out may be "?" in the copy: accepted either way)
        body = "".join(class_item(op, av, ascii_copy=True) for op, av in items[1:])
        return f"(?:[^{body}]|{_OTHER})" if body else "(?s:.)"
    if icase and any(_non_ascii(op, av) for op, av in items):
        return "(?s:.)"  # (case-insensitively "K" reads "k" and "ſ" reads "s": any character)
    body = "".join(class_item(op, av, ascii_copy=True) for op, av in items)
    return f"[{body}{_OTHER}]"


def _non_ascii(op: Any, av: Any) -> bool:
    """Does a class item hold a character outside ASCII?"""
    return (op is C.LITERAL and av >= 128) or (op is C.RANGE and av[1] >= 128)


def _sequence(items: Any, lines: bool, icase: bool) -> str:
    return "".join(_item(op, av, lines, icase) for op, av in items)


def _item(op: Any, av: Any, lines: bool, icase: bool) -> str:
    """`lines`: the pattern is MULTILINE (its "^" is kept: a line starts there in the copy too,
    as a newline is ASCII); `icase`: the item is matched case-insensitively."""
    if op is C.LITERAL:
        if av >= 128:
            return "(?s:.)"  # ("?" in the copy; under IGNORECASE "K" also reads "k")
        return f"[{_char(av)}{_OTHER}]"
    if op is C.NOT_LITERAL:
        return f"(?:[^{_char(av)}]|{_OTHER})" if av < 128 else "(?s:.)"
    if op is C.ANY:
        return "(?s:.)"
    if op is C.IN:
        return _class(av, icase)
    if op is C.BRANCH:
        return "(?:" + "|".join(_sequence(branch, lines, icase) for branch in av[1]) + ")"
    if op is C.SUBPATTERN:
        _, add, remove, body = av
        if (add | remove) & ~_KEPT_FLAGS:
            raise _Untranslatable("flags")
        flags = ("i" if add & re.IGNORECASE else "") + ("-i" if remove & re.IGNORECASE else "")
        inner = _sequence(
            body, lines, bool(add & re.IGNORECASE) or (icase and not remove & re.IGNORECASE)
        )
        return f"(?{flags}:{inner})" if flags else f"(?:{inner})"
    if op is C.ATOMIC_GROUP:
        return f"(?:{_sequence(av, lines, icase)})"
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        top = "" if high is C.MAXREPEAT else str(high)
        return f"(?:{_sequence(body, lines, icase)}){{{low},{top}}}"
    if op is C.AT and av is C.AT_BEGINNING and lines:
        return "(?m:^)"  # (a line sign tried only where lines start, as CPython tries it)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return ""  # an assertion only narrows where a match may be
    raise _Untranslatable(op)


def widened(pattern: re.Pattern[str]) -> str | None:
    """An RE2 pattern matching the ASCII copy of every text `pattern` finds a match in (see
    the module docstring), or None."""
    if _parser is None or pattern.flags & ~_KEPT_FLAGS:
        return None
    try:
        lines = bool(pattern.flags & re.MULTILINE)
        icase = bool(pattern.flags & re.IGNORECASE)
        body = _sequence(_parser.parse(pattern.pattern, pattern.flags).data, lines, icase)
    except (_Untranslatable, re.error, TypeError, ValueError):
        return None
    return ("(?i)" if pattern.flags & re.IGNORECASE else "") + body


# (a sign's search needs a small DFA; RE2's default budget is plenty, this is a ceiling)
_MAX_MEM = 8 << 20
# Each registered sign's RE2 pattern (None: RE2 cannot be asked; the sign is always scanned),
# and whether it is a `Folded` sign (asked about the text's lowercase), by the sign's `id`.
_SIGNS: dict[int, tuple[Any, bool]] = {}
_WIDE: dict[int, bool] = {}  # (each sign's matches are never empty: `scan` may step them)
_KEPT: list[object] = []  # (keeps each sign alive: its `id` stays its own)


def document_sign(sign: Any) -> Any:
    """Registers `sign` (a compiled pattern or a `Folded` one) as searched over whole
    documents, so `first_possible` and `may_match` can answer for it; returns it."""
    folded = isinstance(sign, Folded)
    source = widened(sign.lowercase if folded else sign) if _re2 is not None else None
    regex = None
    if source is not None:
        options = _re2.RE2.Options()
        options.max_mem = _MAX_MEM
        options.log_errors = False
        regex = _re2.RE2(source.encode(), options)
        regex = regex if regex.ok() else None
    _SIGNS[id(sign)] = (regex, folded)
    _WIDE[id(sign)] = _never_empty(sign.lowercase if folded else sign)
    _KEPT.append(sign)
    return sign


def _never_empty(pattern: re.Pattern[str]) -> bool:
    """Is every match of `pattern` at least one character long?"""
    if _parser is None:
        return False
    try:
        return bool(_parser.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0)
    except (re.error, TypeError, ValueError):
        return False


def first_possible(sign: Any, text: str) -> int | None:
    """None when `sign` (registered by `document_sign`) cannot match anywhere in `text`; else
    a position in `text` no match of it starts before (0 when RE2 cannot say)."""
    regex, folded = _SIGNS[id(sign)]
    if regex is None:
        return 0
    if folded:
        lower = lowered(text)
        if len(lower) != len(text):
            return 0  # (the sign scans `text` itself, case-insensitively)
        text = lower
    data = _ascii_copy(text)
    start = regex.Match(_re2.RE2.Anchor.UNANCHORED, data, 0, len(data))[0][0]
    return None if start < 0 else start


def scan(sign: Any, text: str) -> Iterator[re.Match[str]]:
    """`sign.finditer(text)`, each match found by CPython's search from where RE2 finds the
    sign next (see the module docstring): a text's few matches are read without the engine
    trying every position between them. (A sign that may match the empty string is scanned
    as it is: its matches do not simply follow one another.)"""
    regex, folded = _SIGNS[id(sign)]
    if regex is None or not _WIDE.get(id(sign), False):
        first = first_possible(sign, text)
        return iter(()) if first is None else sign.finditer(text, first)
    return _scanned(sign, regex, folded, text)


def _scanned(sign: Any, regex: Any, folded: bool, text: str) -> Iterator[re.Match[str]]:
    asked = text
    if folded:
        lower = lowered(text)
        if len(lower) != len(text):
            yield from sign.finditer(text)
            return
        asked = lower
    data = _ascii_copy(asked)
    size = len(data)
    unanchored = _re2.RE2.Anchor.UNANCHORED
    at = 0
    while at <= size:
        # (no match starts between `at` and where RE2 finds the sign first, so CPython's
        # search from there finds the match its scan from `at` would)
        start = regex.Match(unanchored, data, at, size)[0][0]
        if start < 0:
            return
        found = sign.search(text, start)
        if found is None:
            return
        yield found
        at = found.end()  # (a sign's match is never empty: the scan goes on from its end)


def may_match(sign: Any, text: str) -> bool:
    """Can `sign` (registered by `document_sign`) match anywhere in `text`?"""
    return first_possible(sign, text) is not None


@remembered
def _ascii_copy(text: str) -> bytes:
    """`text` one byte a character, every non-ASCII character a "?" (kept for the document:
    each sign asks about it; `per_document` forgets it)."""
    return text.encode("ascii", "replace")
