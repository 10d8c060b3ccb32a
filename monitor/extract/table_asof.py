"""A debt table with no period columns, dated by its caption.

A 10-Q's convertible-notes table heads its columns with amounts, not dates ("| Principal |
Unamortized issuance costs | Net carrying amount"), and its caption says when: "The net
carrying amounts of the Convertible Notes as of September 30, 2025 were as follows". Each
note's row then states its principal, under the first column, at that one date.
"""

from __future__ import annotations

from .context import DocContext
from .folded import Folded
from .periods import Period, find_mentions
from .table_model import Table

# The first value column holds a balance: "Principal", "Outstanding", "Carrying amount".
_BALANCE_COLUMN = Folded(
    r"^\s*\|?\s*(?:(?:outstanding\s+|aggregate\s+)?principal|outstanding|balance|"
    r"(?:net\s+)?carrying\s+(?:amount|value))\b"
)
_AS_OF = Folded(r"\b(?:as\s+(?:of|at)|at)\s*$")


def caption_date(table: Table, ctx: DocContext) -> Period | None:
    """The one as-of date the caption of a table without period columns gives, when the
    table's first value column is a balance; else None."""
    if table.columns or not table.rows:
        return None
    cells = table.rows[0].cells
    widths = {len(row.cells) for row in table.rows[1:]}
    # "| Principal | …" (or "Principal | …" over rows one cell wider): the label cell is
    # empty or was dropped, the first cell heads the first column
    lost = bool(cells) and (cells[0].startswith("|") or widths == {len(cells) + 1})
    headers = [cells[0].lstrip("| "), *cells[1:]] if lost else cells[1:]
    if not headers or any(char.isdigit() for char in "".join(headers)):
        return None  # no header row of words over the amounts
    if not _BALANCE_COLUMN.search(headers[0]):
        return None
    dates = [
        mention
        for mention in find_mentions(table.caption, ctx.reference)
        if mention.period is not None and mention.period.is_date
    ]
    if len({mention.period for mention in dates}) != 1:
        return None  # "as of September 30, 2025 and December 31, 2024": which one is shown?
    if not _AS_OF.search(table.caption[: dates[0].start]):
        return None
    return dates[0].period
