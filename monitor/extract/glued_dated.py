"""Rebuild a statement or debt note whose header dates and row amounts reached us glued.

An SEC "R" page (the XBRL viewer's rendering of a 10-K or 10-Q note) loses every cell
boundary but the spaces inside the amount runs: a header line of dates run together
("December 31, 2022December 31, 2021", "Dec. 31, 2022Dec. 31, 2021") above rows whose label,
loan terms and amounts touch ("E - HMay 2021October 202315.0 %15,724 10,478 15,513",
"Total Debt157,493 100,495", "Less: Debt discount(5,747)(5,667)"). The dates give the column
count D; a row's amounts are the run of amounts ending its line, and its last D are the dated
columns (a debt schedule prints its loans' initial amounts before them). The loan terms (its
dates and rate) are cut from the label; a group line ("Equipment Financings:") is a row of
one cell, which names the kind of the loans listed by code under it ("A", "E - H"). The lines
above the dates, up to the sentence introducing the table ("$ in thousandsAs of:", "NoteLoan
DateMaturity Date"), are the header row's label, where the scale and the columns' subject
are read.

The same rows also come under dates stacked over lines ("September 30" / "2022" / "December
31" / "2021": `stacked_dates`). A loan's name may stand on a line of its own above its terms,
a rate told in words included ("SMBC Loan (1)" / "See below" / "August 2026" / "375,000 —"),
and the loans' total may be a line of amounts with no label (`unlabelled_totals`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import unlabelled_totals
from .date_forms import MONTH_NAME
from .document_signs import document_sign, first_possible
from .sentences import Segment
from .stacked_dates import StackedHeader, has_stacked_dates, stacked_headers

_FIRST_TABLE_ID = 150_000  # past `glued`'s ids, before `flat`'s
_YEAR = r"(?:19|20)\d\d"
_DATE = rf"{MONTH_NAME}\s?\d{{1,2}}(?:,\s?|\s){_YEAR}"
# A column's span before its date ("Three Months Ended September 30, 2025Nine Months Ended
# September 30, 2025"): kept in the column's cell, so the quarter is told from the year to date.
_SPAN = r"(?:(?:Three|Six|Nine|Twelve|3|6|9|12)\s+Months\s+Ended\s+)"
# A header line of two or more dates run together, maybe after a short lead ("As of:").
_HEADER = re.compile(rf"^(?P<lead>[^\d\n]{{0,30}}?)(?P<dates>(?:{_SPAN}?{_DATE}\s*){{2,}})$", re.M)
_ONE_DATE = re.compile(rf"{_SPAN}?{_DATE}")
_HINT = document_sign(re.compile(rf"{_YEAR}(?:{MONTH_NAME}\s?\d|{_SPAN})"))
# A figure grouped by thousands ("53,913"), or printed without separators where it stands apart
# ("53913", "$684082", "(181329)"; never a year, "2023", nor digits glued to a year or another
# figure: "202353,913" is the year 2023 and 53,913, told apart only by the separators). A grouped
# figure opens after a non-digit or right after such a year, never inside a number: "note due
# 2027 13,000" holds no figure 27.
_NUMBER = (
    r"(?<![\d,.])(?!(?:19|20)\d\d(?!\d))\d{4,15}(?:\.\d+)?(?![\d,])"
    r"|(?:(?<!\d)|(?<=(?:19|20)\d\d))\d{1,3}(?:,\d{3})*(?:\.\d+)?"
)
_AMOUNT = rf"(?:\$\s?)?(?:\(\s?(?:{_NUMBER})\s?\)|(?:{_NUMBER})|[—–-])"
# Amounts separated by spaces, or touching where a "$" or "(" opens the next one.
_RUN = rf"{_AMOUNT}(?:(?:\s+|(?=[$(])|(?<=\)))(?:{_AMOUNT}))*"
# A loan's terms between its name and its amounts: dates ("October 2021/December 2021") and
# an interest rate ("15.0 %", a range "9.8% - 13.0%", or "—%" for none).
_RATE = r"(?:\d+(?:\.\d+)?|[—–-])\s?%(?:\s?[-–]\s?\d+(?:\.\d+)?\s?%)?"
# (a maturity may name several months of one year: "April and June 2025")
_TERM = (
    rf"(?:(?:{MONTH_NAME}\s?(?:,|and|&)\s?){{0,3}}{MONTH_NAME}\s?(?:\d{{1,2}}(?:,\s?|\s))?{_YEAR}"
    rf"(?:\s?/\s?{MONTH_NAME}\s?{_YEAR})*|{_RATE})"
)
# A maturity printed as a bare year (or years) after the rates: "10.0%10.0%2025— 322,396",
# "5.5%5.5%202710,669 18,331" (the year is four digits; the amount after it is grouped).
_MATURITY = rf"(?:\s*{_YEAR}(?:\s?[-–]\s?{_YEAR})?)"
# (or opening a line of its own under the loan's name and rates: "2023— 53,913").
_TERMS = rf"(?:\s*{_TERM})*(?:(?:(?<=%)|^){_MATURITY})?"
_ROW = re.compile(rf"^(?P<name>.*?)(?P<terms>{_TERMS})\s*(?P<run>{_RUN})\s*$")
# A line of terms only, its loan's name on a line above and its amounts on one below (an R
# page breaks a row whose rate is a range: "Blockfi loan" / "9.7% - 13.1%" / "2023— 53,913").
# A rate told in words has a line of its own too ("SMBC Loan (1)" / "See below" / "August
# 2026" / "375,000 —"): a pointer to the note's text, or a floating rate.
_RATE_WORDS = (
    r"(?i:see\s+(?:below|above|note\s+\d{1,2}|\(\d\))|variable|various|floating|n/a|"
    r"(?:sofr|libor|prime(?:\s+rate)?|base\s+rate)(?:\s?\+\s?\d+(?:\.\d+)?\s?%)?)"
)
_TERMS_LINE = re.compile(rf"^(?:\s*(?:{_TERM}|{_YEAR}(?:\s?[-–]\s?{_YEAR})?|{_RATE_WORDS}))+\s*$")
_VALUE = re.compile(_AMOUNT)
# A line naming a loan whose amounts follow on a later line: "2029 Convertible Notes3.0%3.7%".
_NAME_LINE = re.compile(rf"^\s*(?P<name>[A-Za-z0-9][^\n]*?)(?:\s*{_TERM})*\s*$")
_GROUP = re.compile(r"^\s*(?P<name>[A-Z][^:\d]{2,60}):\s*$")
_MAX_HEAD_LINES = 6
_MAX_HEAD_CHARS = 40
_MAX_PROSE = 80  # a longer line without amounts is prose: the table has ended
_MIN_ROWS = 2


def find_dated_rows(text: str) -> list[Segment]:
    """Row segments (header first) of every glued table headed by glued dates, or by dates
    stacked over lines (`stacked_dates`)."""
    rows: list[Segment] = []
    table = _FIRST_TABLE_ID
    # cheap gate: a year runs into a month (`document_signs`: searched from where RE2 finds
    # it first, if anywhere)
    first = first_possible(_HINT, text)
    if first is not None and _HINT.search(text, first) is not None:
        for header in _HEADER.finditer(text):
            found = _table(text, header, table)
            if found:
                rows.extend(found)
                table += 1
    if not has_stacked_dates(text):
        return rows  # cheap gate: no line is a month and day above another date's piece
    read = [(row.start, row.end) for row in rows]
    for stacked in stacked_headers(text):
        if any(start <= stacked.start < end for start, end in read):
            continue  # (the dates of a glued header already read)
        found = _stacked_table(text, stacked, table)
        if found:
            rows.extend(found)
            table += 1
    return rows


def _table(text: str, header: re.Match[str], table: int) -> list[Segment] | None:
    dates = [hit.span() for hit in _ONE_DATE.finditer(text, *header.span("dates"))]
    head = _head_start(text, header.start())
    label = (head, header.start("dates"))
    rows = [_segment(text, [label, *dates], table)]
    rows += _rows(text, header.end() + 1, len(dates), table)
    return rows if len(rows) - 1 >= _MIN_ROWS else None


def _stacked_table(text: str, header: StackedHeader, table: int) -> list[Segment] | None:
    """A table under a header whose dates are stacked over lines."""
    head = _head_start(text, header.start)
    cells = (" ".join(text[head : header.start].split()), *(cell for cell, _ in header.dates))
    spans = ((head, header.start), *(span for _, span in header.dates))
    first = Segment(text[head : header.end], head, header.end, cells, spans=spans, table=table)
    rows = [first, *_rows(text, header.end + 1, len(header.dates), table)]
    return rows if len(rows) - 1 >= _MIN_ROWS else None


def _head_start(text: str, start: int) -> int:
    """Where the header's own lines start: up to the sentence introducing the table."""
    for _ in range(_MAX_HEAD_LINES):
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        line = text[above : start - 1].strip() if start else ""
        if not line or start == 0 or len(line) > _MAX_HEAD_CHARS or line.endswith("."):
            return start
        start = above
    return start


@dataclass
class _Reading:
    """What the rows read so far leave to the rows below them."""

    named: tuple[int, int] | None = None  # a loan's name on a line above its amounts
    parts: list[tuple[str, ...]] = field(default_factory=list)  # rows read: label, dated amounts
    totalled: bool = False  # an unlabelled total was read (`unlabelled_totals`)


def _rows(text: str, offset: int, columns: int, table: int) -> Iterator[Segment]:
    reading = _Reading()
    for line, start in _lines(text, offset):
        if _TERMS_LINE.match(line):
            continue  # the rates or maturity of the loan named above
        row = _ROW.match(line) if line.strip() else None
        if row is not None:
            segment = _amount_row(text, row, start, columns, table, reading)
            if segment is not None:
                yield segment
            continue
        grouped = _GROUP.match(line)
        if grouped is not None:  # a row of its own: the loans under it are its kind
            reading.named = None
            yield _segment(
                text, [(start + grouped.start("name"), start + grouped.end("name"))], table
            )
        elif _ends_table(line):
            return
        else:
            reading.named = _name_above(line, start)


def _ends_table(line: str) -> bool:
    """A line without amounts that is blank or prose: the table has ended."""
    return not line.strip() or len(line) > _MAX_PROSE or line.rstrip().endswith(".")


def _amount_row(
    text: str, row: re.Match[str], start: int, columns: int, table: int, reading: _Reading
) -> Segment | None:
    """The segment of a line ending in amounts, if it is a row (else None, `reading` updated)."""
    values = [hit.span() for hit in _VALUE.finditer(row.string, *row.span("run"))]
    name = row["name"].strip()
    cut = name.endswith(("%", ","))  # (a label cut inside its terms: not a row)
    if len(values) < columns:
        if name and not cut:
            # a name with a footnote mark glued to it ("Other Convertible Notes2"), its
            # amounts on a line below
            reading.named = (start + row.start("name"), start + row.end("name"))
        return None
    if cut:
        return None
    dated = [(start + a, start + b) for a, b in values[-columns:]]
    if name:
        cells = [(start + row.start("name"), start + row.end("name"))]
    elif reading.named is not None:
        cells = [reading.named]
    else:
        return _unlabelled_total(text, dated, table, reading)
    reading.named = None
    segment = _segment(text, [*cells, *dated], table)
    reading.parts.append(segment.cells)
    return segment


def _unlabelled_total(
    text: str, dated: list[tuple[int, int]], table: int, reading: _Reading
) -> Segment | None:
    """The first line of amounts with no label that adds up the rows above it, as a total."""
    amounts = tuple(" ".join(text[a:b].split()) for a, b in dated)
    if reading.totalled or not unlabelled_totals.adds_up(reading.parts, amounts):
        return None
    reading.totalled = True
    return _total(text, dated, table)


def _total(text: str, dated: list[tuple[int, int]], table: int) -> Segment:
    """The row of an unlabelled total: its label is "Total", its span the amounts'."""
    row = _segment(text, dated, table)
    label = (dated[0][0], dated[0][0])
    cells = (unlabelled_totals.TOTAL, *row.cells)
    return Segment(row.text, row.start, row.end, cells, spans=(label, *dated), table=table)


def _name_above(line: str, start: int) -> tuple[int, int] | None:
    """The span of a loan's name on a line of its own (its rates maybe glued after it)."""
    row = _NAME_LINE.match(line)
    if row is None:
        return None
    return start + row.start("name"), start + row.end("name")


def _lines(text: str, offset: int) -> Iterator[tuple[str, int]]:
    while offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        yield text[offset:end], offset
        offset = end + 1


def _segment(text: str, spans: list[tuple[int, int]], table: int) -> Segment:
    cells = tuple(" ".join(text[a:b].split()) for a, b in spans)
    start, end = spans[0][0], spans[-1][1]
    return Segment(text[start:end], start, end, cells, spans=tuple(spans), table=table)
