"""Pieces of CPython's parsed regex written in RE2's syntax, shared by the two translators.

`pattern_sets.loosened` (sentence gates and period forms) and `document_signs.widened`
(whole-document hints searched in an ASCII copy of the text) each turn a CPython pattern into an
RE2 pattern that matches at least wherever the original does. The characters, the class items
and the "cannot be written" signal are the same for both; only the ASCII copy differs: there a
non-ASCII character reads as "?", so a class keeps only its ASCII part (the caller adds "?").
"""

from __future__ import annotations

from typing import Any

try:  # the `re` package's private parser constants (CPython 3.11's layout)
    from re import _constants as C
except ImportError:  # pragma: no cover - the translators then answer "may match"
    C = None

SPACE = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f "  # CPython's \s on ASCII


class Untranslatable(Exception):
    """The pattern holds what cannot be written in RE2 so as to match wherever CPython's does
    (a back-reference, a flag that changes a match): the caller keeps the CPython search."""


def char(code: int) -> str:
    """One character as an RE2 literal (escaped unless an ASCII letter or digit)."""
    character = chr(code)
    return character if character.isascii() and character.isalnum() else f"\\x{{{code:x}}}"


def class_item(op: Any, av: Any, *, ascii_copy: bool = False) -> str:
    """One item of a character class; `ascii_copy`: only its ASCII part ("" when none)."""
    if op is C.LITERAL:
        return "" if ascii_copy and av >= 128 else char(av)
    if op is C.RANGE:
        low, high = av
        if not ascii_copy:
            return f"{char(low)}-{char(high)}"
        return f"{char(low)}-{char(min(high, 127))}" if low < 128 else ""
    if op is C.CATEGORY and av is C.CATEGORY_DIGIT:
        return "0-9"
    if op is C.CATEGORY and av is C.CATEGORY_WORD:
        return "0-9A-Za-z_"
    if op is C.CATEGORY and av is C.CATEGORY_SPACE:
        return SPACE
    raise Untranslatable(op)
