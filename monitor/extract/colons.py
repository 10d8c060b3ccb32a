"""Read "Label: value" rows that reached us run together on one line.

A release's list of "Bitcoin mined in December: 720", "Total BTC holdings as of December 31:
3,002", "Total BTC sold in December: 293" often arrives flattened: "… Update (unaudited) Bitcoin
mined in December: 720 Total BTC holdings as of December 31: 3,002 Total BTC sold in December:
293 Deployed fleet: 88,924". Each colon is followed by one value, and the words between one
value and the next colon are the next row's label. A line is read so only when two or more
colons in it each open a value (prose rarely does that), and every row comes out as a
`Segment` with its label and value cells, like the rows other layout readers rebuild.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .flat import VALUE
from .sentences import Segment

_FIRST_TABLE_ID = 300_000  # past any id `grid`, `glued` and `flat` give out
_MIN_PAIRS = 2
_MAX_LABEL_WORDS = 12
_SENTENCE = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
_BULLET = re.compile(r"[•·▪◦●*–-]\s*")


def find_colon_rows(text: str) -> list[Segment]:
    """Rows of every line that holds two or more "Label: value" pairs."""
    rows: list[Segment] = []
    if text.count(":") < _MIN_PAIRS:
        return rows
    table = _FIRST_TABLE_ID
    for start, end in _colon_lines(text):
        pairs = list(_pairs(text, start, end))
        if len(pairs) >= _MIN_PAIRS:
            rows.extend(_row(text, label, value, table) for label, value in pairs if label)
            table += 1
    return rows


def _colon_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line holding two or more colons, in order: found from the colons
    (a few dozen in a release), not by testing each of its thousand lines."""
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        end = text.find("\n", colon)
        end = len(text) if end < 0 else end
        if text.count(":", start, end) >= _MIN_PAIRS:
            yield start, end
        colon = text.find(":", end)


def _pairs(
    text: str, start: int, end: int
) -> Iterator[tuple[tuple[int, int] | None, tuple[int, int]]]:
    """(label span, value span) of each colon that opens a value, the label running back to
    the previous value (or the line's start). A label that is no row's (a line cut mid-row:
    "mined: 7,391 Total BTC holdings …: 3,002") is None, and the next label still starts
    after its value."""
    cursor = start
    colon = text.find(":", start, end)
    while colon >= 0:
        value = VALUE.match(text, _skip_spaces(text, colon + 1, end), end)
        if value is not None:
            yield _label(text, cursor, colon), value.span()
            cursor = value.end()
        colon = text.find(":", colon + 1, end)


def _label(text: str, start: int, colon: int) -> tuple[int, int] | None:
    body = text[start:colon]
    stripped = body.strip()
    bullet = _BULLET.match(stripped)
    if bullet:
        stripped = stripped[bullet.end() :]
    if not stripped or not stripped[0].isupper() or _SENTENCE.search(stripped):
        return None
    if len(stripped.split()) > _MAX_LABEL_WORDS:
        return None
    first = start + body.index(stripped)
    return first, first + len(stripped)


def _skip_spaces(text: str, position: int, end: int) -> int:
    while position < end and text[position] in " \t":
        position += 1
    return position


def _row(text: str, label: tuple[int, int], value: tuple[int, int], table: int) -> Segment:
    start, end = label[0], value[1]
    cells = (text[label[0] : label[1]], text[value[0] : value[1]])
    return Segment(text[start:end], start, end, cells, spans=(label, value), table=table)
