"""A statement printed as blocks, one per period: only the reported block's rows are read.

Reading rule: a segment note mirrored as text prints the current year's block, then a line
"| Year Ended December 31, 2024 |" and the prior year's block with the same row labels. The
rows under that second heading are the comparative (README: prior-period columns are not
labelled), not more rows of the current column: reading stops at a row that is only a period
heading ("Year Ended …", "Three Months Ended …") naming another period than the table's own.
"""

from __future__ import annotations

from .context import DocContext
from .folded import Folded
from .periods import find_mentions
from .sentences import Segment
from .table_model import Table

# A row that is only a period heading: "| Year Ended December 31, 2024 |", "Three Months Ended
# June 30, 2024".
_HEADING = Folded(
    r"^\s*\|?\s*(?:(?:fiscal\s+)?year|(?:three|six|nine|twelve|\d{1,2})\s+months|quarter)\s+"
    r"ended\b"
)


def reported_block(table: Table, rows: list[Segment], ctx: DocContext) -> list[Segment]:
    """`rows` up to a heading row naming another period than the table's first column."""
    if not table.columns or table.columns[0].period is None:
        return rows
    own = table.columns[0].period
    for index, row in enumerate(rows):
        if not row.cells or "ended" not in row.cells[0].lower():
            continue  # cheap gate
        if any(cell.strip(" |") for cell in row.cells[1:]) or not _HEADING.match(row.cells[0]):
            continue
        named = [m.period for m in find_mentions(row.cells[0], ctx.reference) if m.period]
        if named and all(period.last_day() != own.last_day() for period in named):
            return rows[:index]  # the comparative block starts here
    return rows
