"""A filing note's two-date table that a filings site printed on one line.

Filings mirrors flatten a 10-Q's debt note to one run of text: the sentence introducing the
table, the column dates ("… as of September 30, 2022, and December 31, 2021: September 30,
2022 December 31, 2021"), then each row as its caption followed by one cell per date
("$499,520 loan, with interest at 2.49%, due December 2023. 150,089 232,337 $499,895 loan,
…"). A cell may be a dash and may carry a footnote mark ("17,639,433 [A]", "— [C]"). The
dates give the column count D, so a row ends after a run of exactly D cells that follows a
word or a full stop (a caption's own numbers, "2.49%", "$499,520 loan", are not such a run).
Other writers print the same note with day-first dates ("30 September 2022", read month-first
by `date_forms` before any reader), no-break or other Unicode spaces, and figures without
thousands separators ("150089 232337"); all are read alike.

The rows are rebuilt as table rows for the table reader (`tables`): the header row holds the
introducing sentence (where "debt" makes the table a debt schedule) and the dates; a row's
label is its caption up to the loan's terms (", with interest at …", ", due …": they are
terms, not the row's subject); the footnote mark is left out of the cell. Which column is the
report's, what a dash means and in what currency the balances are stay the reader's rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .date_forms import MONTH_NAME
from .document_signs import document_sign, first_possible
from .sentences import Segment

_FIRST_TABLE_ID = 450_000  # past any id the other layout readers give out
# A blank within the one line: a space, a tab, or a space a page copied as a no-break, thin or
# other Unicode space ("September\xa030, 2022"); never a line's end. (Listed, not "[^\S\n]":
# RE2 is asked about `_HINT` only in a class it can translate, `document_signs`.)
_BLANK = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# "September 30, 2022", and as `date_forms.month_first` reads a day-first date ("30 September
# 2022" -> "September 30 2022": no comma)
_DATE = rf"{MONTH_NAME}{_BLANK}\d{{1,2}},?{_BLANK}(?:19|20)\d\d"
# Two to four dates run together with blanks only, the first row's caption after them on the
# same line (a header on a line of its own is `glued_dated`'s or the line table's).
_HEADER = re.compile(rf"(?P<dates>{_DATE}(?:{_BLANK}+{_DATE}){{1,3}}){_BLANK}+(?=\S)")
# (the sign: a year, then blanks, then the next date)
_HINT = document_sign(re.compile(rf"(?:19|20)\d\d{_BLANK}+{_DATE}"))
_ONE_DATE = re.compile(_DATE)
# An amount as printed, grouped ("17,639,433") or not ("17639433", as some writers print a
# table); four digits that read as a year ("2023") are the caption's maturity, not a cell.
_AMOUNT = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d,])|(?!(?:19|20)\d\d(?![\d,]|\.\d))\d{4,15}(?:\.\d+)?"
# A cell: an amount (maybe "$", maybe negative in brackets) or a dash, maybe a footnote mark.
_CELL = rf"(?:\${_BLANK}?)?(?:\((?:{_AMOUNT})\)|(?:{_AMOUNT})|[—–-])"
_MARK = rf"(?:{_BLANK}?\[[A-Z0-9]{{1,2}}\])?"
# Two amounts side by side ("12.0 % $ 40,000 $ 35,250"): a row with more values than dates
# (its terms or original amount printed as columns), which the dates cannot place.
_TWO_CELLS = re.compile(rf"(?<![\w,.]){_CELL}{_BLANK}+{_CELL}(?![\w,])")
# The caption's own terms, cut from the label: the rate, the maturity, the lender's terms.
_TERMS = re.compile(rf",{_BLANK}(?:with|bearing|at|due|maturing|payable|secured)\b")
_MAX_CAPTION = 300  # a longer stretch without a row's cells is prose: the table has ended
_MAX_CELL = 40  # room for one cell and the blanks before it ("$ (17,639,433) [A]")
# What may follow a row's cells (the run's own look-ahead), checked on the whole text: a search
# bounded short of the line's end would take the window's end for the line's.
_ROW_END = re.compile(rf"{_BLANK}+[$A-Z]|{_BLANK}*(?:\n|$)")
_MAX_INTRO = 240  # the introducing sentence, read back from the dates
_MAX_ROWS = 60
_MIN_ROWS = 2


def find_note_rows(text: str) -> list[Segment]:
    """Row segments (header first) of every one-line two-date note table in `text`."""
    first = first_possible(_HINT, text)
    if first is None or _HINT.search(text, first) is None:
        return []  # cheap gate: no year runs into a second date
    rows: list[Segment] = []
    table = _FIRST_TABLE_ID
    for header in _HEADER.finditer(text, max(0, first - _MAX_INTRO)):
        found = _table(text, header, table)
        if found:
            rows.extend(found)
            table += 1
    return rows


def _table(text: str, header: re.Match[str], table: int) -> list[Segment] | None:
    dates = [hit.span() for hit in _ONE_DATE.finditer(text, *header.span("dates"))]
    intro = _intro_start(text, header.start())
    rows = [_segment(text, [(intro, header.start("dates")), *dates], table)]
    rows += _rows(text, header.end(), len(dates), table)
    return rows if len(rows) - 1 >= _MIN_ROWS else None


def _intro_start(text: str, start: int) -> int:
    """Where the sentence introducing the table starts (its line's start at the furthest)."""
    line = text.rfind("\n", 0, start) + 1
    return max(line, start - _MAX_INTRO)


def _run(columns: int) -> re.Pattern[str]:
    """Exactly `columns` cells after a word or a full stop, ending at the next caption (a "$" or
    a capital) or at the line's end."""
    cells = rf"{_BLANK}+".join([rf"(?P<c{index}>{_CELL}){_MARK}" for index in range(columns)])
    return re.compile(rf"(?<=[A-Za-z.)]){_BLANK}+{cells}(?={_BLANK}+[$A-Z]|{_BLANK}*(?:\n|$))")


def _rows(text: str, offset: int, columns: int, table: int) -> Iterator[Segment]:
    run = _run(columns)
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    for _ in range(_MAX_ROWS):  # (each search stops at the next row's cells)
        # a row is a caption and its cells: search no further than they can reach, not to the
        # end of a long flattened line
        window = min(line_end, offset + _MAX_CAPTION + _MAX_CELL * (columns + 1))
        cells = run.search(text, offset, window)
        if cells is None or cells.start() - offset > _MAX_CAPTION:
            return
        if not _ROW_END.match(text, cells.end()):
            return  # the cells ran to the window's end: longer than any row's
        if _TWO_CELLS.search(text, offset, cells.start()):
            return  # a caption holding amounts in a row: cells this reader cannot align
        terms = _TERMS.search(text, offset, cells.start())
        label = (offset, terms.start() if terms else cells.start())
        spans = [cells.span(f"c{index}") for index in range(columns)]
        yield _segment(text, [label, *spans], table)
        offset = cells.end()
        while offset < line_end and text[offset] != "\n" and text[offset].isspace():
            offset += 1


def _segment(text: str, spans: list[tuple[int, int]], table: int) -> Segment:
    cells = tuple(" ".join(text[a:b].split()) for a, b in spans)
    start, end = spans[0][0], spans[-1][1]
    return Segment(text[start:end], start, end, cells, spans=tuple(spans), table=table)
