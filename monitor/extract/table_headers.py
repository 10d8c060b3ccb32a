"""Header rows: each value column's period, and the header text the amounts are read in.

A header row has no metric label and names at least one period; cells that name none, and
YTD, change or percentage cells, become excluded columns so the others stay aligned.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import DocContext
from .folded import Folded
from .periods import expand_header, find_mentions, is_short_header, parse_header
from .sentences import Segment
from .table_model import Column, Table
from .table_spans import apply_span, apply_spans, names_spans, spanned_column

_EXCLUDED_COLUMN = Folded(
    r"ytd|year[- ]to[- ]date|%|change|m/m|y/y|q/q|month/month|year/year|quarter/quarter|Δ|"
    r"variance|cumulative|\bvs\b|"
    # "Nine Months Ended September 30, 2025": a year to date (decided case 42), not the year
    # its last day falls in
    r"\b(?:nine|9)[- ]months?\b"
)

_MAX_UNDER_HEADER = 120
_UNIT_HEADER = Folded(r"^(?:units?|uom|unit\s+of\s+measure)\s*$")


def read_columns(table: Table, ctx: DocContext) -> list[Segment]:
    """Set the table's columns and heading from its header rows, the lines under them, or a
    header printed one cell per line above; return the data rows."""
    data_rows = read_header(table, ctx)
    table.heading += under_header(table, data_rows, ctx)
    if not table.columns and len(table.header_cells) >= 2:
        header = header_columns(Segment("", 0, 0, table.header_cells), ctx)
        if header is not None:
            table.columns, table.headers = header
            spanned = " ".join(table.header_cells)
            table.columns = [apply_span(column, spanned) for column in table.columns]
    _align_unit_column(table, data_rows)
    return data_rows


# A unit cell: "BTC", "US$ million", "MW", "EH/s", "%", "$'000" (no digit but in "'000").
_UNIT_CELL = Folded(r"^\s*(?:btc|bitcoin|us\$|c\$|\$|usd|cad|mw|eh/s|ph/s|%|#|units?)\b")


def _align_unit_column(table: Table, data_rows: list[Segment]) -> None:
    """ "Unit | May 2025 | April 2025" over "Bitcoin mined | BTC | 702 | 690": the header's
    first cell heads the rows' unit cells, not their labels (the empty label cell was lost)."""
    if not table.headers or not _UNIT_HEADER.match(_first_header(table)):
        return
    widths = [len(row.cells) - 1 for row in data_rows]
    units = [row for row in data_rows if len(row.cells) > 2 and _UNIT_CELL.match(row.cells[1])]
    if not units or len(units) * 2 < len(data_rows) or max(widths) != len(table.columns) + 1:
        return
    table.columns = [Column(None, excluded=True), *table.columns]
    table.headers = ["", *table.headers]


def _first_header(table: Table) -> str:
    """The header row's label cell (where "Unit" stands when the empty label was dropped)."""
    for row in table.rows:
        if row.cells and not any(char.isdigit() for char in row.cells[0]):
            return row.cells[0].strip(" |")
    return ""


def read_header(table: Table, ctx: DocContext) -> list[Segment]:
    """Set `table.columns` from header rows; return the data rows."""
    data: list[Segment] = []
    header_text = table.caption
    title = ""
    for row in table.rows:
        if not data and names_spans(row):
            header_text += " " + row.text  # "Three Months Ended Sep 30, | Nine Months Ended …"
            table.heading += " " + row.text
            continue
        late = data and (table.columns or len(data) > _MAX_TITLE_ROWS or not _dated_cells(row))
        # (a statement laid out in text lines: rows `grid` rebuilt; checked cheapest first)
        header = None if late else header_columns(row, ctx)
        if header is not None and data:
            if not _statement_header(header[0]):
                data.append(row)
                continue
            title = _title(data, row, ctx)
            data = []  # the lines above a statement's header were its title, not rows
        if header is not None:
            table.columns, table.headers = header
            header_text += " " + row.text
            table.heading += " " + row.text
            continue
        data.append(row)
    if _AS_OF_HEAD.search(table.heading):
        header_text = table.heading  # balances "As of:" each date: no span of the caption's
    table.columns = apply_spans(table.columns, header_text)
    table.heading += title  # "(In thousands of Canadian dollars)", "Statements of Financial
    # Position": what the amounts are in and what the statement is (not a span of its columns)
    return _without_notes(table, data)


_MAX_TITLE = 600
_MAX_TITLE_ROWS = 4  # a page's title lines: kind, company, statement, span


def _title(rows: list[Segment], header: Segment, ctx: DocContext) -> str:
    """The text from a statement's first title line to its header row."""
    if ctx.text is None or header.start - rows[0].start > _MAX_TITLE:
        return " " + " ".join(row.text for row in rows)
    return " " + ctx.text[rows[0].start : header.start]


# A statement's "Note" column: its header's label ends with it ("As at | Note | September 30,
# 2023 | …"), and a row's note reference ("9", "7, 9") stands before its amounts.
_NOTE_HEAD = Folded(r"\bnotes?\s*$")
_NOTE_REF = re.compile(r"^\d{1,2}(?:,\s?\d{1,2}){0,3}$")


def _without_notes(table: Table, data: list[Segment]) -> list[Segment]:
    """Data rows without their note references, under a header with a Note column: the
    reference is no amount, and the amounts after it are the date columns'. Only a row with
    more cells than columns has one ("Loans payable | 9 | 60,419 | 11,892")."""
    if not table.columns or not any(len(row.cells) - 1 > len(table.columns) for row in data):
        return data  # cheap: no row wider than the columns
    headers = tuple(table.headers)
    label = next((row.cells[0] for row in table.rows if row.cells[1:] == headers), "")
    if not _NOTE_HEAD.search(label):
        return data
    return [_unnoted(row, len(table.columns)) for row in data]


def _unnoted(row: Segment, columns: int) -> Segment:
    if len(row.cells) - 1 <= columns or not _NOTE_REF.match(row.cells[1].strip()):
        return row
    spans = row.spans[:1] + row.spans[2:] if row.spans else ()
    return replace(row, cells=row.cells[:1] + row.cells[2:], spans=spans)


_STATEMENT_COLUMNS = 2
_YEAR = re.compile(r"(?:19|20)\d\d")


def _dated_cells(row: Segment) -> bool:
    """Cheap test before a late header is parsed: a row rebuilt from a text-laid-out table,
    two or more cells after the label, and a year among them (a statement's "September 30,
    2023 | December 31, 2022")."""
    if row.table < 0 or len(row.cells) <= _STATEMENT_COLUMNS:
        return False
    return any(_YEAR.search(cell) for cell in row.cells[1:])


def _statement_header(columns: list[Column]) -> bool:
    """A statement's header printed under its title lines ("DEBT | 3 Months Ended", "Exhibit
    99.2", the company's name): the current date and its comparative ("As at | Note |
    September 30, 2023 | December 31, 2022"). A lone period after rows is a tile's caption
    under its figure ("Mined 2,144 BTC" over "IN Q3 2025."), which stays a row."""
    dated = [column for column in columns if column.period is not None and not column.excluded]
    return len(dated) >= _STATEMENT_COLUMNS


# "$ in thousands As of:", "Balance as of": the columns are dates a balance is at, whatever
# span the page's title names above the table ("12 Months Ended Dec. 31, 2023").
_AS_OF_HEAD = Folded(r"(?:as\s+(?:of|at)|balance\s+at)\s*:?\s*(?:$|\n)")


def under_header(table: Table, data_rows: list[Segment], ctx: DocContext) -> str:
    """The lines between a rebuilt table's header and its first row ("(unaudited)", "$'000"):
    they say what the columns' amounts are in."""
    if not data_rows or data_rows[0] is table.rows[0] or ctx.text is None:
        return ""
    start = max(row.end for row in table.rows[: table.rows.index(data_rows[0])])
    gap = ctx.text[start : data_rows[0].start]
    return " " + gap if 0 < len(gap) <= _MAX_UNDER_HEADER else ""


def header_columns(row: Segment, ctx: DocContext) -> tuple[list[Column], list[str]] | None:
    """Columns named by a header row; None when the row is not a header.

    A header has no metric label and names at least one period. Its first cell is a column
    only when it is nothing but a period ("May 2024 | April 2024"); otherwise it labels the
    label column ("Metrics", "Three months ended December 31,"). Cells that name no period
    ("Unit", "% change") become excluded columns so the others stay aligned.
    """
    cells = list(row.cells)
    if cells and cells[0].startswith("|"):
        first = cells[0].lstrip("| ")
        # " | 2025 | 2024": the label cell is empty; "| Metric | May 2025": a framed row's
        pure = _header_cell(first, ctx) is not None and is_pure_period(first, ctx)
        if pure or _UNIT_HEADER.match(first):  # "| Unit | May 2025": the unit column's head
            cells = ["", first, *cells[1:]]
        else:
            cells[0] = first
    if len(cells) < 2:
        return None
    first = _header_cell(cells[0], ctx)
    value_cells = cells if first is not None and is_pure_period(cells[0], ctx) else cells[1:]
    columns = [_header_cell(cell, ctx) or Column(None, excluded=True) for cell in value_cells]
    if not any(column.period is not None and not column.excluded for column in columns):
        return None
    return _six_months_to_date(columns, value_cells), value_cells


# "Three Months Ended June 30, 2025 | Six Months Ended June 30, 2025": the six months beside a
# quarter are its year to date (decided case 42), not a half the text names
_THREE_MONTHS = Folded(r"\b(?:three|3)[- ]months?\b")
_SIX_MONTHS = Folded(r"\b(?:six|6)[- ]months?\b")


def _six_months_to_date(columns: list[Column], cells: list[str]) -> list[Column]:
    """The columns, a six-month span's excluded when a three-month span heads another."""
    if not any("onths" in cell for cell in cells):  # (a substring test first)
        return columns
    six = [k for k, cell in enumerate(cells) if _SIX_MONTHS.search(cell)]
    if not six or not any(_THREE_MONTHS.search(cell) for cell in cells):
        return columns
    return [replace(c, excluded=True) if k in six else c for k, c in enumerate(columns)]


def _header_cell(cell: str, ctx: DocContext) -> Column | None:
    if _EXCLUDED_COLUMN.search(cell):
        return Column(parse_header(cell, ctx.reference), excluded=True)
    period = parse_header(cell, ctx.reference)
    if period is None:
        return None
    return spanned_column(cell, period) or Column(period)


def is_pure_period(cell: str, ctx: DocContext) -> bool:
    """ "Jan 2026" or "1/31/2025", not "For the three months ended" or "Metrics"."""
    if is_short_header(cell):
        return True
    cell = expand_header(cell)
    remainder = cell
    for mention in find_mentions(cell, ctx.reference):
        remainder = remainder.replace(cell[mention.start : mention.end], " ")
    return sum(char.isalpha() for char in remainder) < 3
