"""One cell of a row: its value as printed, its evidence, and its labels.

A dash means none (0); a tile's value line gives the level it reached; a value cell may date
itself ("160.5 BTC as of June 30, 2024").
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Extracted
from .numbers import CellValue, parse_cell
from .peer_rows import unpiped
from .sentences import Segment
from .tiles import level_of

_I = re.IGNORECASE
# A value cell that dates itself: "160.5 BTC as of June 30, 2024".
DATED_VALUE = re.compile(
    r"^(?P<value>[^\s(]+(?:\s(?:BTC|bitcoins?|million|billion))?)\s+"
    r"(?P<as_of>(?:as\s+(?:of|at)|at)\s+\S.*)$",
    _I,
)


def cell_value(row: Segment, index: int | None) -> CellValue | None:
    if index is None or index + 1 >= len(row.cells):
        return None
    text = unpiped(row.cells[index + 1])  # a framed row's last cell: "12.4 BTC |"
    level = level_of(text)
    if level is not None:
        return parse_cell(level)
    dated = DATED_VALUE.match(text)
    return parse_cell(dated["value"] if dated else text)


def cell_segment(row: Segment, index: int, ctx: DocContext) -> Segment:
    """Evidence for one cell: a row rebuilt from a text table is quoted from its label to
    the cell (its values may sit on separate lines); a one-line row is quoted whole."""
    if not row.spans or index + 1 >= len(row.spans) or ctx.text is None:
        return row
    end = max(row.spans[index + 1][1], row.spans[0][1])  # a tile's caption may follow it
    return Segment(ctx.text[row.start : end], row.start, end)


def labelled(item: Extracted, row_label: str, column_label: str | None) -> Extracted:
    """`item` naming its cell's row and column. (Built field by field: `dataclasses.replace`
    reads the class's fields again on every call, several times the cost, once per cell.)"""
    return Extracted(
        item.metric,
        item.value,
        item.unit,
        item.currency,
        item.period,
        item.evidence,
        item.start,
        item.end,
        item.kind,
        item.detail,
        row_label,
        column_label,
    )
