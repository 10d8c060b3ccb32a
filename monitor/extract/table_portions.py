"""A balance sheet's debt split into portions, one of them none: the other is the whole debt.

A statement of financial position prints a debt under current and again under non-current
liabilities ("Loans payable (Note 8) 27,006,311" and, lower, "Loans payable (Note 8) -"). Each
row is a portion, not the balance (README, decided case 28), and the table reader leaves both
out (`debt_schedule.split_labels`). But where every other portion is a dash (none) in the
column read, the one portion with an amount is all the debt owed at that date: it is read as
the balance.
"""

from __future__ import annotations

from .model import DEBT_TOTAL
from .sentences import Segment
from .table_cells import cell_value
from .table_model import Table
from .table_rows import split_portion


def sole_portions(
    table: Table, rows: list[Segment], metrics: dict[int, str | None], columns: list[int]
) -> dict[int, str]:
    """The metric of each split debt's row whose other portions are all dashes in `columns`."""
    groups: dict[str, list[Segment]] = {}
    for row in rows:
        if metrics[id(row)] is None and split_portion(row, table):
            groups.setdefault(row.cells[0].strip(" |").lower(), []).append(row)
    found: dict[int, str] = {}
    for portions in groups.values():
        sole = _sole_amount(portions, columns)
        if sole is not None:
            found[id(sole)] = DEBT_TOTAL
    return found


def _sole_amount(portions: list[Segment], columns: list[int]) -> Segment | None:
    """The one portion with an amount in every column read, the others dashes there."""
    holders: set[int] = set()
    for column in columns:
        cells = [cell_value(row, column) for row in portions]
        if any(cell is None for cell in cells):
            return None  # a portion with no cell in the column: the split is not plain
        amounts = [index for index, cell in enumerate(cells) if cell is not None and not cell.dash]
        if len(amounts) != 1:
            return None
        holders.add(amounts[0])
    return portions[holders.pop()] if len(holders) == 1 else None
