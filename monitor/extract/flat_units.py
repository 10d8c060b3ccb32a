"""Read a balance table flattened into one line after its units note, dated by its caption.

Filing viewers (XBRL "R" pages re-rendered by EDGAR mirrors) print a debt note's table as one
run of text: "The following table represents total debt outstanding by agreement as of
September 30, 2024: (Dollars in thousands): Convertible notes payable Current portion of debt
Long term debt Total Convertible Notes $ 3,370 $ - $ - $ 3,370 NYDIG financing - 9,183 - 9,183
… Total Debt $ 3,370 $ 14,529 $ 8,100 $ 25,999". The header's heads are words, not periods, so
`flat` finds no header; and where the heads end and the first row's label begins is not
marked. What is marked: the units note "(Dollars in thousands):", the caption's one as-of date,
and the last head "Total" (the whole balance beside its portions). Every row then holds the
same count of values; a row's last value is its balance under "Total", at the caption's date.

The rows come out as a header row (the caption's date heading the one value column, the
units note and heads as its label) and one row per label with its last value, like the rows
`flat` rebuilds, so `tables` reads each named loan and the total as it does a debt schedule.
"""

from __future__ import annotations

import re

from .date_forms import MONTH_DAY_YEAR, MONTH_NAME, YEAR
from .flat import first_values, flat_rows
from .flat_terms import term_rows
from .sentences import Segment
from .skipping import skipping

_FIRST_TABLE_ID = 300_000  # past any id `grid`, `glued` and `flat` give out

# The units note: "(Dollars in thousands):", "($ in thousands)", "(in millions of US dollars)".
_UNITS = re.compile(
    r"\((?:(?:U\.?S\.?\s?)?(?:Dollars|\$|USD)\s+)?in\s+(?:thousands|millions)"
    r"(?:\s+of\s+[A-Za-z.$ ]{1,25})?\)\s?:?",
    re.IGNORECASE,
)
_UNITS_WORDS = ("in thousands", "in millions", "in Thousands", "in Millions")
# The heads, from the units note to the whole-balance head "Total" (a few words each).
_HEADS = re.compile(r"\s*(?P<heads>(?:[A-Za-z][\w'’/-]{0,20}\s+){1,16}?Total)\s+(?=[A-Z(])")
# The caption's date: "outstanding … as of September 30, 2024:" shortly before the note.
_AS_OF = skipping(re.compile(rf"\bas\s+(?:of|at)\s+(?P<date>{MONTH_DAY_YEAR})\b"))
# A column's date: "June 30," (its year in the caption), "June 30, 2024", "June 30 2024" (the
# month "June", "Jun.", "Jun" alike)
_HEAD_DATE = rf"(?:{MONTH_NAME}\s\d{{1,2}},(?:\s{YEAR})?|{MONTH_NAME}\s\d{{1,2}}\s{YEAR})"
# Or heads ending with two or more dates, each a column ("Maturity Date Interest Rate June 30,
# December 31,"): a schedule of each loan's terms and its balances at those dates (a date
# printed without its year is the latest such day: `periods`).
_DATE_HEADS = re.compile(
    rf"\s*(?:[A-Za-z][\w'’/-]{{0,20}}\s+){{0,8}}?(?P<dates>(?:{_HEAD_DATE}\s+){{2,4}})(?=[A-Z])"
)
_DATE = re.compile(_HEAD_DATE)
_CAPTION_REACH = 160
_MIN_COLUMNS = 2  # a whole balance beside at least one portion
_MIN_ROWS = 2


def find_unit_rows(text: str) -> list[Segment]:
    """Header and row segments of every one-line balance table headed by a units note."""
    rows: list[Segment] = []
    if not any(words in text for words in _UNITS_WORDS):
        return rows  # cheap gate: no units note
    table = _FIRST_TABLE_ID
    for note in _UNITS.finditer(text):
        found = _table(text, note, table)
        if found:
            rows.extend(found)
            table += 1
    return rows


def _table(text: str, note: re.Match[str], table: int) -> list[Segment]:
    return _total_table(text, note, table) or _dated_table(text, note, table)


def _dated_table(text: str, note: re.Match[str], table: int) -> list[Segment]:
    """A schedule whose heads end with its date columns: each row's last values are its
    balances at those dates (its maturity date and rate stand before them)."""
    heads = _DATE_HEADS.match(text, note.end())
    if heads is None or "\n" in text[note.start() : heads.end()]:
        return []
    dates = [hit.span() for hit in _DATE.finditer(text, heads.start("dates"), heads.end())]
    data = term_rows(text, heads.end(), len(dates), table) or list(
        flat_rows(text, heads.end(), len(dates), table)
    )
    if not data:
        return []
    label = (note.start(), heads.start("dates"))
    cells = (text[label[0] : label[1]].strip(), *(text[a:b] for a, b in dates))
    header = Segment(
        text[note.start() : dates[-1][1]],
        note.start(),
        dates[-1][1],
        cells,
        spans=(label, *dates),
        table=table,
    )
    return [header, *data]


def _total_table(text: str, note: re.Match[str], table: int) -> list[Segment]:
    heads = _HEADS.match(text, note.end())
    if heads is None or "\n" in text[note.start() : heads.end()]:
        return []  # not one line (a table laid out in lines is `grid`'s)
    date = _caption_date(text, note.start())
    if date is None:
        return []  # a balance needs the date the caption gives
    columns = len(first_values(text, heads.end()))
    if columns < _MIN_COLUMNS:
        return []
    data = [_last_value(text, row, table) for row in flat_rows(text, heads.end(), columns, table)]
    if len(data) < _MIN_ROWS:
        return []
    start, end = date.span("date")
    header = Segment(
        text[start : heads.end()],
        start,
        heads.end(),
        (text[note.start() : heads.end()], date["date"]),
        spans=((note.start(), heads.end()), (start, end)),
        table=table,
    )
    return [header, *data]


def _caption_date(text: str, before: int) -> re.Match[str] | None:
    """The caption's one as-of date, closest before the units note."""
    dates = list(_AS_OF.finditer(text, max(0, before - _CAPTION_REACH), before))
    return dates[-1] if dates else None


def _last_value(text: str, row: Segment, table: int) -> Segment:
    """The row's label and its last value (the whole balance under "Total")."""
    spans = (row.spans[0], row.spans[-1])
    return Segment(
        text[spans[0][0] : spans[1][1]],
        spans[0][0],
        spans[1][1],
        (row.cells[0], row.cells[-1]),
        spans=spans,
        table=table,
    )
