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
