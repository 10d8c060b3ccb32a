"""A filed statement mirrored without its units line: amounts in thousands of its dollar.

Reading rule: SEC statements and their notes are presented "in thousands"; a filings mirror
often drops that line ("| Revenue - bitcoin mining | $ | 223,942 | … | Interest expense |
(36,559) |"). A careful reader still reads such a statement in thousands when (1) it prints its
dollar sign as a cell of its own, the statement layout, (2) it is a statement: one of its rows
is a statement line (revenue, net loss, operating loss, total assets, EBITDA, loss before
taxes), (3) its columns are dated, and (4) no amount in it reaches a million, which a listed
miner's statement in whole dollars always would (its revenue or assets). A statement printed in
whole units ("¥ 179,049,077") is left as printed.
"""

from __future__ import annotations

import re

from .folded import Folded
from .numbers import parse_cell
from .table_model import Table

# A statement line every income statement, segment note or balance sheet prints.
_STATEMENT_LINE = Folded(
    r"^\s*\|?\s*(?:total\s+)?(?:revenues?\b|net\s+(?:loss|income)|operating\s+(?:loss|income)|"
    r"total\s+assets|ebitda|(?:loss|income)\s+before\s+(?:income\s+)?taxes|segment\s+operating)"
)
_DOLLAR_CELL = re.compile(r"^\s*(?:US)?\$\s*$")
_MILLION = 1_000_000


# The last table read and its answer: the table reader asks once per money cell without a
# currency, so without this every cell would rescan the whole table (cells squared). The
# table is held (compared by identity, with its row count) so a reused id cannot match.
_LAST: list[tuple[Table, int, bool]] = []


def in_thousands(table: Table) -> bool:
    """Is `table` a statement printed in thousands with its units line lost (module rules)?"""
    if _LAST and _LAST[0][0] is table and _LAST[0][1] == len(table.rows):
        return _LAST[0][2]
    found = _reads_in_thousands(table)
    _LAST[:] = [(table, len(table.rows), found)]
    return found


def _reads_in_thousands(table: Table) -> bool:
    if not table.columns or all(column.period is None for column in table.columns):
        return False
    rows = table.rows
    if not any(_DOLLAR_CELL.match(cell) for row in rows for cell in row.cells[1:]):
        return False
    if not any(_STATEMENT_LINE.search(row.cells[0]) for row in rows if row.cells):
        return False
    for row in rows:
        for cell in row.cells[1:]:
            value = parse_cell(cell)
            if value is not None and (value.scaled or abs(value.value) >= _MILLION):
                return False
    return True
