"""Which tables can give a figure at all, told from the words of their cells before they are read.

`tables.extract` reads a table's header rows (columns, spans, heading) and then asks every data
row for its metric (`table_rows`), ten rules a row. On a typical exhibit nearly every table is a
financial statement's rows ("Goodwill | 1,185 | 1,045", "Lease liabilities | …") that name no
metric, and all that reading finds nothing (about half of a typical exhibit's extraction went
there). `may_yield(table)` answers, from one scan of the table's cells, whether any figure can
come out of it; when it says no, `tables.extract` returns nothing without reading the table.

It is asked after the continuity and maturity checks (which read their tables themselves). The
other paths to a figure all start from a row's metric, and each needs a word in a cell:

- `row_metric(label)` is none unless the label, its footnote marks removed, holds "bitcoin",
  "btc" or "hodl", a debt total's word ("debt", "borrowings", "indebtedness", "notes
  payable") or "interest". It is also asked of a row's label plus " BTC" (only when the row's
  value cell holds "btc" or "bitcoin"), of "Bitcoin " plus a bare flow (only under a row whose
  label opens with the coin), of a tile's headline subject (a part of the label), of the cells
  of the first data row (months as rows) and of a peer table's headers: each a cell's text.
- The table-aware rules need a word of the label as well: a closing balance ("balance"), an AI
  capex row ("capex", "capital expenditure", "capital investment", "gpu"), a schedule's
  "Total" (the whole label), a named loan ("note", "loan", "facility", "credit", "debenture",
  "bond", "borrowings", "financing", after its note references are removed), a coded loan
  (through its group row's label, a row of the table); a termed loan is a row `table_cell_lines`
  rebuilt, known by its table id (such a table is always read).
- A split debt's sole portion (`table_portions`) is a row whose metric is a debt total.

Why exact: the words are tested on the cells lowercased and joined by NUL (no pattern reads
across a NUL), once with every digit, bracket and "*" deleted (a superset of what the footnote
cleaning deletes, so a word the cleaned label holds is still whole there; deleting only
non-letters never splits a word) and once with the note references deleted as `debt_schedule`
deletes them. A table with a non-ASCII character is always read (IGNORECASE matches "ſ" for
"s" and "ı" for "i", which lowercasing keeps apart). So a table this screen rules out has no
row with a metric, and `tables.extract` would have returned nothing for it.
`tests/extract/test_table_screen.py` checks that on every table of the labelled corpus, and on
one table per path above.
"""

from __future__ import annotations

import re

from .debt_schedule import NOTE_REFERENCE
from .table_cell_lines import is_termed_table
from .table_model import Table

# Words the label-reading rules need (one of them), in the cells less their footnote marks.
_LABEL_WORDS = re.compile(
    r"bitcoin|btc|hodl|debt|borrowing|indebtedness|notes\s+payable|interest|balance|capex|"
    r"capital\s+(?:expenditure|investment)|gpu"
)
# Words a named loan or a schedule's total needs, in the cells less their note references.
_LOAN_WORDS = re.compile(
    r"note|loan|facilit|credit|debenture|bond|borrowing|financ|"
    r"(?:^|\x00)\s*total(?:\s+principal(?:\s+(?:amount|outstanding|balance))?)?\s*(?:\x00|$)"
)
_FOOTNOTE_MARKS = str.maketrans("", "", "0123456789()*")
_SEPARATOR = "\x00"


def may_yield(table: Table) -> bool:
    """Can any row of `table` name a metric (see the module docstring)? False only when none
    can: then the table gives no figure."""
    rows = table.rows
    if any(is_termed_table(row.table) for row in rows):
        return True
    joined = _SEPARATOR.join(cell for row in rows for cell in row.cells)
    cells = joined.lower()
    if "btc" in cells or "bitcoin" in cells or "debt" in cells:
        return True  # (most tables that give a figure: substring tests before the regexes)
    if not joined.isascii():
        return True
    if _LABEL_WORDS.search(cells.translate(_FOOTNOTE_MARKS)) is not None:
        return True
    unnoted = NOTE_REFERENCE.sub("", cells) if "(" in cells else cells
    return _LOAN_WORDS.search(unnoted) is not None
