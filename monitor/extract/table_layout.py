"""What a table's rows say as a whole, read once per table rather than once per row.

A row's metric may depend on the other rows: a balance sheet's debt printed twice is split
into portions (`debt_schedule.split_labels`), a coded loan ("E - H") is read under the nearest
one-cell group row above it, a bare flow ("Sold") under the row opening its section. Asking
each of these by scanning the table for each row made a flattened schedule of ~1,900 rows
quadratic (a 50 KB one-line schedule took ~0.5 s), so each table's layout is read in one pass
and kept while its rows are asked about.
"""

from __future__ import annotations

from dataclasses import dataclass

from .debt_schedule import is_split_label, split_labels
from .sentences import Segment
from .table_model import Table

__all__ = ["Layout", "is_split_label", "layout_of"]


@dataclass(slots=True)
class Layout:
    table: Table  # (held: the cache below is keyed on this very table and its rows list)
    rows: list[Segment]
    count: int
    positions: dict[int, int]  # each row's index, by identity
    groups: list[Segment | None]  # each row's nearest one-cell row above it
    split: frozenset[str]  # labels printed as current and non-current portions

    def index(self, row: Segment) -> int | None:
        """The row's index in its table, None when it is not one of its rows."""
        position = self.positions.get(id(row))
        if position is not None:
            return position
        # (an equal row that is not the same object: the rare case, asked as before)
        return self.rows.index(row) if row in self.rows else None


_LAST: list[Layout] = []  # the layout of the table whose rows are being read


def layout_of(table: Table) -> Layout:
    """The table's layout, read again only when another table (or changed rows) is asked."""
    if _LAST:
        last = _LAST[0]
        if last.table is table and last.rows is table.rows and last.count == len(table.rows):
            return last
    layout = _read(table)
    _LAST[:] = [layout]
    return layout


def _read(table: Table) -> Layout:
    rows = table.rows
    groups: list[Segment | None] = []
    group: Segment | None = None
    for row in rows:
        groups.append(group)
        if len(row.cells) == 1:
            group = row
    labels = tuple(row.cells[0] if row.cells else "" for row in rows)
    positions = {id(row): index for index, row in reversed(list(enumerate(rows)))}
    return Layout(table, rows, len(rows), positions, groups, split_labels(labels))
