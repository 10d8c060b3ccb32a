"""Finding tables: runs of consecutive rows of one kind, with their captions.

A table is a run of consecutive rows plus the few lines just above it (its caption: "(US$ in
thousands)", "Three Months Ended March 31,"); a header printed one cell per line above the
rows is kept too. `is_value_row` tells a row of short value cells from wrapped prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .sentences import Segment
from .skipping import skipping
from .table_model import Table

_I = re.IGNORECASE
_CAPTION_LINES = 3
_MAX_HEADER_LINES = 8

# A rule line between a header and its rows ("|---|:---:|", "+-----+"): no row, no break.
_RULE = re.compile(r"^[\s|:+=_\-–—]*[-=_–—]{3}[\s|:+=_\-–—]*$")


def find_tables(segments: list[Segment]) -> Iterator[Table]:
    """Runs of consecutive rows of one kind (pipe rows or colon rows), with their captions."""
    segments = [segment for segment in segments if not _RULE.match(segment.text)]
    index = 0
    while index < len(segments):
        if not segments[index].is_row:
            index += 1
            continue
        start = index
        kind = _row_kind(segments[index])
        while (
            index < len(segments) and segments[index].is_row and _row_kind(segments[index]) == kind
        ):
            index += 1
        caption = segments[max(0, start - _CAPTION_LINES) : start]
        yield Table(
            rows=segments[start:index],
            caption=" ".join(s.text for s in caption),
            header_cells=_header_lines_above(segments, start),
        )


def _header_lines_above(segments: list[Segment], start: int) -> tuple[str, ...]:
    """Header cells printed one per line with a trailing pipe, above rows joined by pipes
    ("Key Metrics |", "Three Months Ended Q1 2023 |", "Three Months Ended Q2 2023 |", "|")."""
    cells: list[str] = []
    index = start - 1
    while index >= 0 and len(cells) < _MAX_HEADER_LINES:
        text = segments[index].text.strip()
        if segments[index].is_row or not text.endswith("|"):
            break
        cell = text.strip("| ")
        if cell:
            cells.insert(0, cell)
        index -= 1
    return tuple(cells)


def _row_kind(segment: Segment) -> object:
    """Rows of one table: pipe rows, colon rows, or the rows rebuilt from one text table."""
    if segment.table >= 0:
        return segment.table
    return " | " in segment.text


_SHORT_CELL = skipping(re.compile(r"\d|^(?:[-–—]|N/?A|nil)$|/|%|change", _I))
_MAX_VALUE_CELL = 25


def is_value_row(row: Segment) -> bool:
    """A row of a label and short cells, values or column headers ("Bitcoin Sold", "(55.0)",
    "1.3 EH/s", "-"; "Metric", "Oct 2023", "Month/Month"), not wrapped prose."""
    values = row.cells[1:]
    return bool(values) and all(
        len(cell) <= _MAX_VALUE_CELL and _SHORT_CELL.search(cell.strip()) for cell in values
    )
