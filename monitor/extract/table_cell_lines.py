"""A filing note's table that a viewer page printed one cell per line.

XBRL viewer pages (a 10-Q's "R" pages, as filings mirrors give their text) print a debt note's
table one cell per line: the header's cells ("June 30," "December 31," "Issuance Date"
"Maturity Date" "Interest Rate" "2025" "2024"), then each row's label and its cells, a "$" or
a "%" on a line of its own, blank cells as blank lines, on some pages a pipe before each cell.
Read as rows of a label and its values (`grid`), a row's terms split it: its issuance and
maturity dates head columns of their own, its rate's "%" starts a row.

When the header names the balance dates — full dates ("December 31, 2023"), or days whose
years follow ("June 30," … "2025"; "as of September 30," … "2024" "2023") — the rows are
rebuilt here: a row is a label, its terms (dates, rates, a maturity word: "Not specified"),
then one amount per date in the header's order; a row printing fewer amounts (blank cells)
fills the first dates, more amounts than dates are an unlabelled row's (not read). A footnote
mark ("(1)", a lone "1") is no cell, a lone "$" belongs to its amount, a lone "%" to its rate,
a lone ")" closes a negative amount. A second table's head (a units note, a maturities
schedule's "FY 2025" or "Thereafter") ends the table.

The rows become the `Segment`s a " | "-joined table gives, the header first (its words keep
the scale: "(in USD thousands)"), so which column is the report's, what a total or a net
figure is, and every other rule stay the table reader's (`tables`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .date_forms import MONTH_NAME, YEAR
from .numbers import AMOUNT_AS_PRINTED
from .sentences import Segment
from .table_model import Table

AMOUNT, DASH, SIGN, TERM, YEAR_CELL, MARK, PERCENT, CLOSE, WORD = (
    "amount", "dash", "sign", "term", "year", "mark", "percent", "close", "word"
)  # fmt: skip

_AMOUNT = re.compile(rf"\(?(?:\$\s?)?{AMOUNT_AS_PRINTED}\)?|\d+\.\d+\(\d\)")
# A cell's text: no pipe, no line break, no gap of two blanks or more inside it. (Its one blank
# may be a no-break space: "June\xa030," is one cell, as typesetters keep a date together.)
_CELL_TEXT = re.compile(r"[^\s|](?:[^\s|]|[ \xa0\u202f](?=[^\s|]))*")
_YEAR = re.compile(YEAR)
_MARK = re.compile(r"\(\d{1,2}\)|\d|\[[A-Z0-9]{1,2}\]")
_DASH = re.compile(r"[—–-]")
_SIGN = re.compile(r"US\$|C\$|\$")
# A row's term: a date or a month ("April 8, 2027", "Apr-25", "Jul-26 - Feb-27", "June 2030"),
# a rate ("13.80%", "0.0-11.3%"), a maturity or rate word.
_DATE_TERM = re.compile(rf"{MONTH_NAME}[\s\-]{{0,2}}\d")
_TERM_WORDS = re.compile(
    r"(?:not\s+specified|various|see\s+below|upon\s+demand|on\s+demand|renews\s+monthly|n/?a)",
    re.IGNORECASE,
)
_FULL_DATE = re.compile(rf"{MONTH_NAME}\s{{1,3}}\d{{1,2}},?\s{{1,3}}{YEAR}")
_DAY_ONLY = re.compile(rf"{MONTH_NAME}\s{{1,3}}\d{{1,2}},?(?!\s{{0,3}}\d)")
# A second table's head after the rows: a units note, a maturities schedule's columns.
_NEXT_TABLE = re.compile(
    r"\((?:\$|US\$|USD)?\s?in\s+(?:USD\s+)?(?:thousands|millions)\)|\bFY\s?\d{2,4}\b|"
    r"\bthereafter\b|\bremainder\b|\bmaturities\b",
    re.IGNORECASE,
)
# Two values on one line ("2,618 2,960", "$529 $529", "15,500 —"): not this layout.
_TWO_VALUES = re.compile(r"\$?\s?\(?\d[\d,.]*\)?%?\s+\$?\s?(?:\(?\d|[—–-])")
# Table ids of these rows, apart from the other layouts' (`flat_note_rows` starts at 450,000):
# a row rebuilt here is known by its id (`termed_loan`).
FIRST_TABLE_ID = 460_000
_LAST_TABLE_ID = 469_999
_CAPTION = 400  # the note's title and the sentence introducing the table, above the run
_MAX_DATES = 4
_MAX_TERMS = 4  # a row's terms: issuance and maturity dates, one or two rates
_MIN_ROWS = 2


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int
    kind: str


def is_candidate(text: str, run: tuple[int, int]) -> bool:
    """Cheap gate: a line holding only "$" (a money cell's sign printed on its own line) in
    a run that, or whose caption above it, speaks of loans or debt."""
    chunk = text[run[0] : run[1]]
    if "\n$" not in chunk and "|$\n" not in chunk:
        return False
    return _LOANS.search(text, max(0, run[0] - _CAPTION), run[1]) is not None


# A line setting three cells or more apart by wide gaps ("Term loan    8.4%    $15,907,000").
_WIDE_GAP = re.compile(r"\S(?: {3,}|\t)(?=\S)")
_SHORT_LINE = 84  # a header's or a wrapped cell's line
# An amount after a wide gap ("8.4%    $15,907,000", ungrouped "$15907000"), tried only where
# three blanks stand. (Five digits ungrouped: four may be a year.)
_AFTER_GAP = re.compile(r" {3,}\$?(?:\d{1,3},\d{3}|\d{5})")
_MAX_GAPS = 200  # wide gaps looked at before giving up (a page laid out with blanks)
_MIN_GAPPED = 2


def find_gapped_rows(text: str, table: int) -> list[Segment]:
    """Rows (header first) of the debt tables whose rows each stand on a line, their cells
    apart by wide gaps, the header's cells on short lines above ("December 31," "2023")."""
    if not _gapped_amount(text) or _LOANS.search(text) is None:
        return []  # cheap gate: no line sets an amount apart by a wide gap
    rows: list[Segment] = []
    for run in _gapped_runs(text):
        found = note_rows(text, run, table)
        if found:
            rows += found
            table += 1
    return rows


def _gapped_amount(text: str) -> bool:
    """Does a line set an amount apart by a wide gap after another cell? (The blanks are found
    by `str.find`, the amount matched only there: a search from every character of a long
    page would cost more than the page's other gates.)"""
    at = text.find("   ")
    for _ in range(_MAX_GAPS):
        if at < 0:
            return False
        if at > 0 and not text[at - 1].isspace() and _AFTER_GAP.match(text, at):
            return True
        at = text.find("   ", at + 3)
        while at > 0 and text[at - 1] == " ":
            at = text.find("   ", at + 1)  # inside the same run of blanks
    return False


def _gapped_runs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of lines each gapped or short (blank lines between), two gapped at least."""
    start: int | None = None
    gapped = 0
    offset = 0
    for line in text.split("\n"):
        body = line.strip()
        wide = "   " in body and len(_WIDE_GAP.findall(body)) >= _MIN_GAPPED
        if body and not wide and len(body) > _SHORT_LINE:
            if start is not None and gapped >= _MIN_GAPPED:
                yield start, offset
            start, gapped = None, 0
        elif body:
            start = offset if start is None else start
            gapped += wide
        offset += len(line) + 1
    if start is not None and gapped >= _MIN_GAPPED:
        yield start, len(text)


def note_rows(text: str, run: tuple[int, int], table: int) -> list[Segment]:
    """The rows (header first) of the one-cell-per-line table in `text[run]`, or none when
    the run is no such table (a cell line holding two values, no balance dates)."""
    tokens = _merged(list(_tokens(text, run)))
    if tokens is None:
        return []
    first = _first_row(tokens)
    if first is None:
        return []
    dates = _header_dates(tokens[:first])
    if not 1 <= len(dates) <= _MAX_DATES or _spans_periods(tokens[:first]):
        return []
    table += FIRST_TABLE_ID
    heads = _word_heads(tokens[(_intro(tokens[:first]) or 0) + 1 : first])
    rows = _rows(text, tokens[first:], len(dates), heads, table)
    if len(rows) < _MIN_ROWS:
        return []
    return [_header(text, tokens[:first], dates, table), *rows]


# A rate among the cells between a row's label and its first amount ("13.00%", "15.25 %").
_RATE = re.compile(r"\d\s*%")
# The table's words name a debt schedule: its loans' balances.
_LOANS = re.compile(r"\b(?:loans?|debt|notes?\s+payable|borrowings)\b", re.IGNORECASE)


def is_termed_table(table: int) -> bool:
    """Is `table` the id of a table rebuilt here (whose rows `termed_loan` may read)?"""
    return FIRST_TABLE_ID <= table <= _LAST_TABLE_ID


def termed_loan(row: Segment, context: str) -> bool:
    """Is `row` one loan of a debt schedule rebuilt here, told by its own terms: an interest
    rate printed between its label and its balances ("Marquee Funding Partners | Jul-26 -
    Feb-27 | 13.00% | 1,616": a lender's name, no instrument word)? (A total, a discount or an
    "Other financial liability" prints no rate.)"""
    if not is_termed_table(row.table) or len(row.spans) < 2:
        return False
    gap = row.text[row.spans[0][1] - row.start : row.spans[1][0] - row.start]
    return _RATE.search(gap) is not None and _LOANS.search(context) is not None


def printed_head(table: Table, current: int, text: str | None) -> str | None:
    """A rebuilt header's column as the page prints it, where the cell joined a day and its
    year printed apart ("June 30," … "2025" read as "June 30, 2025"): the day's cell, as the
    figure's column label must quote the page."""
    head = table.rows[0] if table.rows else None
    if text is None or head is None or not FIRST_TABLE_ID <= head.table <= _LAST_TABLE_ID:
        return None
    if current + 1 >= len(head.spans) or head.cells[current + 1] in text:
        return None
    start, end = head.spans[current + 1]
    return text[start:end]


def _tokens(text: str, run: tuple[int, int]) -> Iterator[_Token]:
    """The run's cells: its lines cut at pipes and at gaps of two blanks or more (a page that
    sets a row's cells on one line, apart by spaces)."""
    start, end = run
    for cell in _CELL_TEXT.finditer(text, start, end):
        body = cell.group(0)
        yield _Token(body, cell.start(), cell.end(), _kind(body))


def _kind(body: str) -> str:
    if _YEAR.fullmatch(body):
        return YEAR_CELL
    if _MARK.fullmatch(body):
        return MARK
    if _AMOUNT.fullmatch(body):
        return AMOUNT
    if _DASH.fullmatch(body):
        return DASH
    if _SIGN.fullmatch(body):
        return SIGN
    if body == "%":
        return PERCENT
    if body == ")":
        return CLOSE
    if body.endswith("%") or _DATE_TERM.match(body) or _TERM_WORDS.fullmatch(body):
        return TERM
    return WORD


def _merged(tokens: list[_Token]) -> list[_Token] | None:
    """A lone "%" joins its rate, a lone ")" its negative amount; None when a line holds more
    than one value ("14,208 —": a row laid out on its lines, not this layout)."""
    out: list[_Token] = []
    for token in tokens:
        last = out[-1] if out else None
        if token.kind == PERCENT and last is not None:
            out[-1] = _Token(last.text + "%", last.start, token.end, TERM)
        elif token.kind == CLOSE and last is not None and last.kind == AMOUNT:
            out[-1] = _Token(last.text + ")", last.start, token.end, AMOUNT)
        elif token.kind == WORD and _TWO_VALUES.match(token.text):
            return None  # "2,618 2,960", "$529 $529": cells side by side
        else:
            out.append(token)
    return out


def _first_row(tokens: list[_Token]) -> int | None:
    """Index of the first row's label: the word before the first amount's terms (and before
    the words of columns the header names: "Circle 8 revolving credit facility | Circle 8
    cranes with a book value of $31.7 million | - | 8.4% | …")."""
    amount = next((i for i, t in enumerate(tokens) if t.kind in (AMOUNT, DASH)), None)
    if amount is None:
        return None
    index = amount - 1
    while index >= 0 and tokens[index].kind in (SIGN, TERM, MARK, YEAR_CELL, DASH):
        index -= 1
    if index <= 0 or tokens[index].kind != WORD:
        return None
    words = _word_heads(tokens[:index])
    while words and index > 1 and tokens[index - 1].kind == WORD:
        index, words = index - 1, words - 1
    return index


_Dated = tuple[str, tuple[int, int]]  # a balance date and where its day is printed


def _header_dates(header: list[_Token]) -> list[_Dated]:
    """The balance dates the header names, in column order, each once: the cells that are a
    date alone after the sentence introducing the table (not a page title's "Mar. 31, 2023"
    above it), else the dates that sentence names ("as of June 30, 2022 and December 31,
    2021")."""
    intro = _intro(header)
    cells = header[intro + 1 :] if intro is not None else header
    full = [(t.text, (t.start, t.end)) for t in cells if _FULL_DATE.fullmatch(t.text)]
    if not full:
        full = _days_over_years(cells)
    if not full and intro is not None:
        token = header[intro]
        full = [
            (hit.group(0), (token.start + hit.start(), token.start + hit.end()))
            for hit in _FULL_DATE.finditer(token.text)
        ]
    return _distinct(full)


def _days_over_years(cells: list[_Token]) -> list[_Dated]:
    """Days printed apart from their years ("June 30," "December 31," … "2025" "2024"; "as of
    September 30," over "2024" "2023"), the k-th day with the k-th year."""
    days = [(t.text, t.start, t.end) for t in cells if _DAY_ONLY.fullmatch(t.text)]
    days += [
        (hit.group(0), t.start + hit.start(), t.start + hit.end())
        for t in cells[:1]
        for hit in _DAY_ONLY.finditer(t.text)
    ]
    years = [t.text for t in cells if t.kind == YEAR_CELL]
    if len(days) == 1:
        days = days * len(years)
    if not days or len(days) != len(years):
        return []
    return [
        (f"{day.rstrip(',')}, {year}", (start, end))
        for (day, start, end), year in zip(days, years, strict=True)
    ]


# A column head of a span ("Year ended December 31,", "Three Months Ended"): the columns are
# a statement's periods (a roll-forward's), not the balance dates of a debt schedule.
_SPAN_HEAD = re.compile(r"\b(?:months?|years?|quarters?)\s+ended\b", re.IGNORECASE)


def _spans_periods(header: list[_Token]) -> bool:
    intro = _intro(header)
    cells = header[intro + 1 :] if intro is not None else header
    return any(_SPAN_HEAD.search(token.text) for token in cells)


def _intro(header: list[_Token]) -> int | None:
    """Index of the sentence introducing the table ("… consist of the following (in
    thousands):"), the last header cell ending with a colon."""
    colons = [i for i, token in enumerate(header) if token.text.endswith(":")]
    return colons[-1] if colons else None


def _distinct(dates: list[_Dated]) -> list[_Dated]:
    """Each date once, by its day ("Mar. 31, 2023" and "March 31, 2023" are one)."""
    seen: dict[tuple[str, str, str], _Dated] = {}
    for date, span in dates:
        parts = re.match(r"([A-Za-z]{3})[A-Za-z.]*\s+(\d{1,2}),?\s+(\d{4})", date)
        if parts:
            key = (parts.group(1).lower(), parts.group(2), parts.group(3))
            seen.setdefault(key, (" ".join(date.split()), span))
    return list(seen.values())


# A header cell that heads a column of words, not balances: "Collateral", "Guarantors".
_WORDS_HEAD = re.compile(r"\b(?:collateral|guarantors?|lenders?|security)\b", re.IGNORECASE)


@dataclass
class _Row:
    """A row being read: its label, the cells after its last term, the words it took in."""

    label: _Token
    cells: list[_Token] = field(default_factory=list)
    terms: int = 0
    words: int = 0


def _rows(text: str, tokens: list[_Token], dates: int, heads: int, table: int) -> list[Segment]:
    """Rows of `tokens`; `heads` is how many term columns (collateral, guarantor) the header
    names whose cells may be words."""
    rows: list[Segment] = []
    row: _Row | None = None
    for token in tokens:
        if row is not None and _NEXT_TABLE.search(token.text) and token.kind != AMOUNT:
            break  # a second table's head: the maturities schedule under the balances
        if token.kind == WORD and not _taken_in(row, heads):
            rows += _row(text, row, dates, table)
            row = _Row(token)
        elif row is None:
            continue
        elif token.kind == WORD:
            row.words += 1  # a collateral's or guarantor's words
        elif token.kind in (AMOUNT, DASH):
            row.cells.append(token)
        elif token.kind in (TERM, YEAR_CELL):
            row.cells, row.terms = [], row.terms + 1  # cells before a term were terms too
            if row.terms > _MAX_TERMS:
                break  # dates on dates: a schedule's head, not a row's terms
    return rows + _row(text, row, dates, table)


def _taken_in(row: _Row | None, heads: int) -> bool:
    """Is a word a term cell of `row` (its collateral, its guarantor) rather than the next
    row's label: the header names such columns, the row has read no term or amount yet."""
    if row is None or row.label.text.endswith(":"):
        return False
    return row.words < heads and row.terms == 0 and not any(c.kind == AMOUNT for c in row.cells)


def _row(text: str, row: _Row | None, dates: int, table: int) -> list[Segment]:
    """The row's amounts, one per date (none for a heading alone). Beyond the dates, leading
    dashes are terms' cells ("- | - | 3,518,000 | 2,619,000"); trailing ones an unlabelled
    row's."""
    if row is None or not row.cells or row.label.text.endswith(":"):
        return []
    cells = row.cells
    while len(cells) > dates and cells[0].kind == DASH:
        cells = cells[1:]
    return [_segment(text, [row.label, *cells[:dates]], table)]


def _word_heads(header: list[_Token]) -> int:
    """How many of the header's cells head a column of words (a collateral, a guarantor)."""
    return sum(1 for token in header if token.kind == WORD and _WORDS_HEAD.fullmatch(token.text))


def _header(text: str, header: list[_Token], dates: list[_Dated], table: int) -> Segment:
    """The header row: its words (the units note among them), then the balance dates."""
    intro = _intro(header)
    kept = header[intro:] if intro is not None else header
    words = [token for token in kept if token.kind == WORD]
    lead = words or header[:1]
    label = (lead[0].start, lead[-1].end)
    spans = [label, *(span for _, span in dates)]
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    cells = (" ".join(token.text for token in lead), *(date for date, _ in dates))
    return Segment(text[start:end], start, end, cells, spans=tuple(spans), table=table)


def _segment(text: str, cells: list[_Token], table: int) -> Segment:
    start, end = cells[0].start, cells[-1].end
    return Segment(
        text[start:end],
        start,
        end,
        tuple(cell.text for cell in cells),
        spans=tuple((cell.start, cell.end) for cell in cells),
        table=table,
    )
