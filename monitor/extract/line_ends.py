"""How a stripped line ends, answered from its last characters (for `sentences.continues`).

`continues` asks of every line of a document whether it stops on sentence punctuation, on an
abbreviation no sentence ends on ("approx.", "vs.") or on a month's name. Each is a pattern
anchored at the line's end (`…$`), but CPython's engine tries an end-anchored search at every
position of the line from its start: on the worst-case benchmark ~860 lines, paragraphs of
hundreds of characters among them, read to their ends two or three times each. Every match of
these patterns lies within the line's last few characters (a line `str.strip()` left has no
trailing whitespace or newline for `\\s*` or `$` to reach past), so the search starts there
instead, or a plain test of the last character answers. A search started at `pos` still reads
the characters before it for `\\b`, so the answers are the whole-line searches', one for one
(`tests/extract/test_line_ends.py` checks them against the patterns on every corpus line).
"""

from __future__ import annotations

import re

from .date_forms import MONTH_NAME

# The characters a sentence, list item or quoted title ends on.
_END_CHARS = frozenset(".!?:;|”\"')]")
LINE_END = re.compile(r"[.!?:;|”\"')\]]\s*$")  # (the pattern the tests hold the answer to)

# An abbreviation no sentence ends on: "… CAD $27.6 million (approx.\nUSD $19.3MM)", "… (974
# Bitcoin vs.\n3,042 a year ago)".
OPEN_ABBREVIATION = re.compile(r"(?:\b(?:approx|vs|incl|Nos?|Mr|Mrs|Ms|Dr)\.|\bc\.)$")
_ABBREVIATION_CHARS = len("approx.")  # (the longest match)
# A date cut after its month: "… at 1 January\n2024 to …", "… as of Dec.\n31, 2024".
MONTH_ENDS = re.compile(rf"\b{MONTH_NAME}$")
_MONTH_CHARS = len("September.")  # (the longest match)
# A day-first date cut after its day: "… As of 28\nMarch 2024, Argo's debt balance …" (a day
# after "as of", "on", "at" … is a date's, never a title's or an item's last word).
DAY_ENDS = re.compile(
    r"\b(?i:as\s(?:of|at)|on|at|of|by|until|through|ended|ending)\s{1,2}"
    r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"
)
_DAY_CHARS = len("through  31st")  # (the longest match)
_DAY_LAST = frozenset("0123456789dht")  # (the last character of every match)


def ends_sentence(body: str) -> bool:
    """`LINE_END.search(body)` for a non-empty stripped line: its last character is a stop."""
    return body[-1] in _END_CHARS


def ends_on_open_abbreviation(body: str) -> bool:
    """`OPEN_ABBREVIATION.search(body)` for a stripped line (every match ends on its dot)."""
    return body.endswith(".") and (
        OPEN_ABBREVIATION.search(body, max(0, len(body) - _ABBREVIATION_CHARS)) is not None
    )


def ends_on_month(body: str) -> bool:
    """`MONTH_ENDS.search(body)` for a stripped line."""
    return MONTH_ENDS.search(body, max(0, len(body) - _MONTH_CHARS)) is not None


def ends_on_day(body: str) -> bool:
    """`DAY_ENDS.search(body)` for a stripped line."""
    return body[-1] in _DAY_LAST and (
        DAY_ENDS.search(body, max(0, len(body) - _DAY_CHARS)) is not None
    )
