"""Read tables whose rows reached us as running text, one cell after another.

Wire copy and re-posts often flatten a monthly-update table into one paragraph: "Metric October
2023 September 2023 October 2022 Month/Month Year/Year Bitcoin Produced 458 362 509 26% -10%
… Bitcoin Held 1 7,345 7,327 6,825 0% 8% Bitcoin Sold 440 340 450 …". Nothing marks a row's
end, but the header does: a run of two or more period labels ("May 20241,2", "Q3 2025",
"Apr-24") and then comparison labels ("Month/Month", "YoY", "% Change") gives the column count
N, and every row is a label followed by exactly N values. Values follow one grammar (a number,
an amount, a percentage, a dash or "N/A", maybe with a unit), labels are the words between
runs of values. A footnote marker printed between label and values ("Bitcoin Held 1 7,345")
or between values ("106,674 2 98,694") shows up as a surplus small integer and is dropped.

A table whose columns are miners ("BTDR CLSK CORZ BITF MARA" then "May (post-halving) BTC
production 184 417 448 156 616") is a peer comparison: of it only the column of the company the
document is about is read, each row as a label and that one value (the label names the period).

The rows come out as `Segment`s with one cell per column and every cell's offsets, like the
rows `grid` and `glued` rebuild, so `tables` picks the current column and the metric alike.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from .date_forms import MONTH_NAME
from .document_signs import document_sign, scan
from .entities import MINERS, ticker_of
from .flat_schedule import Schedule, schedule_rows
from .flat_terms import term_rows
from .flat_totals import find_total_rows
from .sentences import Segment
from .skipping import skipping

_FIRST_TABLE_ID = 200_000  # past any id `grid` and `glued` give out

_YEAR = r"(?:19|20)\d\d"
_YY = r"'?\d\d"
# One period heading a column.
_PERIOD = (
    rf"(?:{MONTH_NAME}\s?(?:\d{{1,2}},?\s)?{_YEAR}|{MONTH_NAME}[-\s]{_YY}(?![\d,])"
    rf"|Q[1-4][\s-]?(?:FY\s?)?(?:{_YEAR}|{_YY})|[1-4]Q\s?(?:{_YEAR}|{_YY})"
    rf"|(?:FY|H[12]|[12]H)\s?(?:{_YEAR}|{_YY})|\d{{1,2}}/\d{{1,2}}/{_YEAR}"
    rf"|(?:First|Second|Third|Fourth|1st|2nd|3rd|4th)\s(?:Qtr\.?|Quarter)\s{_YEAR}|{_YEAR})"
)
# A footnote marker after a header cell: glued to a year ("May 20241,2") or spaced.
_FOOTNOTE = r"(?:\d{1,2}(?:,\d{1,2})*(?![\d.])|[*†‡¹²³⁴⁵⁶⁷⁸⁹]+)"
_COMPARISON = (
    r"(?:%\s?)?(?:(?:Month|Quarter|Year|M|Q|Y)\s?(?:/|-over-|\sover\s|vs\.?\s?)\s?"
    r"(?:Month|Quarter|Year|M|Q|Y)|MoM|QoQ|YoY|[Cc]hange|Δ|[Vv]ariance|"
    # a year-to-date column beside the months: "YTD 2025", "YTD", "Year-to-Date"
    rf"YTD(?:\s?(?:{_YEAR}|{_YY}))?|[Yy]ear[- ][Tt]o[- ][Dd]ate)(?:\s?%|\s?\(%\))?"
)
_HEADER = skipping(
    re.compile(
        rf"(?<![\w/])(?P<periods>{_PERIOD}(?:{_FOOTNOTE})?(?:\s*(?:{_FOOTNOTE}\s+)?{_PERIOD}"
        rf"(?:{_FOOTNOTE})?)+)"
        rf"(?P<comparisons>(?:\s*(?:{_FOOTNOTE}\s+)?{_COMPARISON}(?![\w/]))*)"
    )
)
_PERIOD_RE = skipping(re.compile(_PERIOD))
# A 10-Q's columns printed as whole spans, each with its date: "Three Months Ended September
# 30, 2025 Nine Months Ended September 30, 2025 …" (the span names the column's period).
_SPAN = (
    rf"(?:For\s+the\s+)?(?:(?:Three|Six|Nine|Twelve|THREE|SIX|NINE|TWELVE|3|6|9|12)[- ]"
    rf"(?:Months|MONTHS|months)|(?:Fiscal\s+|FISCAL\s+)?(?:Years?|YEARS?))\s+(?:Ended|ENDED|ended)"
    rf"\s+{MONTH_NAME}\s?\d{{1,2}},?\s{_YEAR}"
)
_SPAN_HEADER = skipping(re.compile(rf"(?P<periods>{_SPAN}(?:\s+{_SPAN})+)(?P<comparisons>)"))
_SPAN_RE = re.compile(_SPAN)
_SPAN_HINT = document_sign(
    re.compile(r"(?:Months|MONTHS|months|Years?|YEARS?)\s+(?:Ended|ENDED|ended)\s")
)
_SPAN_LEAD = 22  # "For the Twelve Months " before "Ended"
# A date printed inside a row's label, before its values: a loan's "May 2021", "October
# 2021/December 2021" (drawn, maturing). It is a word of the label, not a value column.
_DATE_WORDS = rf"{MONTH_NAME}\s(?:\d{{1,2}},?\s)?{_YEAR}"
_LABEL_DATE = re.compile(rf"{_DATE_WORDS}(?:\s?/\s?{_DATE_WORDS})*(?=\s|$)")
_SINGLE = skipping(re.compile(rf"(?<![\w/])(?P<period>{_PERIOD})(?:{_FOOTNOTE})?\s?:(?=\s)"))
_SINGLE_REACH = 16  # from a year back to its colon: "2025:", "Q3 FY2025 1:"
# The last of periods a sentence lists before its table ("the Company's bitcoin holdings as of
# March 31, 2025 and September 30, 2024:", "for the years ended December 31, 2024 and 2023:"):
# the table has a column for each, so the last alone heads no one-column table.
_LISTED = re.compile(r"\d\s(?:and|&)\s$")
# Where a header may be: a year, a month with a two-digit year ("Aug-25", "Aug 25") or a
# quarter, twice within a period's length and a footnote of each other. Each is found by a
# scan that starts on a literal: one pattern with all of them would be several times slower.
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_SHORT_YEAR_HINT = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[-\s'’]'?\d\d(?![\d,.%:])"
)
_QUARTER_HINT = skipping(re.compile(r"Q[1-4]|(?<=[1-4])Q'?\d\d"))  # "Q3 2025", "3Q25"
_IN_NUMBER = frozenset("0123456789,.")
# A word's first character: after a space, or glued to "Metric:Oct 2023", "(Q3 2025".
_WORD_START = re.compile(r"(?<!\S)\S|(?<=[:(|/])\w")
_PERIOD_GAP = 40
_PERIOD_LEAD = 20  # a month name and day before the year
# Miners' tickers heading the columns of a peer table: three or more on one line.
_PEERS = skipping(re.compile(r"(?<![\w$])(?:[A-Z]{2,5}[ \t]+){2,}[A-Z]{2,5}(?![\w])"))
_MIN_PEERS = 2
_COMPARISON_RE = re.compile(_COMPARISON)

# A token of a row: a value, or any other run of non-space characters (a word of a label).
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+|\d(?=\s))?|\d+(?:\.\d+)?"
# A footnote marker glued to a value: a digit after a unit ("839 MW1") or after a number
# with thousands separators ("205,7592": no such number has four digits after its comma).
_VALUE = skipping(
    re.compile(
        rf"(?:\(?[-–+]?~?(?:(?:US\$|C\$|A\$|\$|€|£)\s?)?(?:{_NUMBER})\)?"
        # (not a loan's code before its dates: "$ 1,245 B December 2020 June 2022 …")
        rf"(?:\s?(?:million|billion|thousand|[MBK](?![\w/]|\s{MONTH_NAME}\s(?:19|20|\d\d?,))))?"
        r"(?:\s?(?:%|x|EH/s|PH/s|TH/s|MW|J/TH)\d?"
        # "BTC" after a number is its unit when another value or the line's end follows; else it
        # starts the next row's label ("mined 587 BTC sold 500")
        r"|\s?BTC(?=[ \t]*(?:\n|$)|\s+[-–(\$\d]))?"
        r"|(?:(?:US\$|C\$|A\$|\$)\s?)?[-–—]|N/?A|n/a|N/M|NM)(?=\s|$)"
    )
)
# Shared with the other readers of flattened text (`colons`, `month_rows`).
VALUE = _VALUE  # one cell's value as tables print it
PERIOD = _PERIOD  # one period as a header or a row label prints it
FOOTNOTE = _FOOTNOTE
_TOKEN = re.compile(r"\S+")
_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")  # a row full: the year starts the next label
_SMALL_INT = re.compile(r"^\(?\d{1,2}\)?$")  # a footnote marker: "2", "(1)"
_APPROX = re.compile(r"^(?:approx(?:imately)?|appx|est|c|ca)\.?$|^~$", re.IGNORECASE)
_LABEL_START = re.compile(r"[A-Za-z(]")
_MAX_LABEL_WORDS = 10
_MAX_LABEL_CHARS = 60  # a header's own label ("Comparison (%) Metric")
_MIN_ROWS = 2
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]$")
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{1,3}|approx|est|incl|excl)\.$")


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int
    value: bool
    dated: bool = False  # a date printed in a label


def find_flat_rows(text: str, entity: str | None = None) -> list[Segment]:
    """Row segments (header first) of every table flattened into running text, and the
    company's own column of any peer table."""
    rows: list[Segment] = []
    table = _FIRST_TABLE_ID
    marks = hints(text)
    taken: list[tuple[int, int]] = []
    headers = [*_span_headers(text), *_headers(text, marks), *_single_headers(text, marks)]
    for header in headers:
        if any(start <= header.start() < end for start, end in taken):
            continue
        found = _table(text, header, table)
        if found:
            rows.extend(found)
            taken.append((found[0].start, found[-1].end))
            table += 1
    rows.extend(find_total_rows(text, taken))  # a debt note's total, its header cut
    if entity:
        rows.extend(_peer_rows(text, ticker_of(entity), table))
    return rows


def _headers(text: str, marks: tuple[int, ...]) -> Iterator[re.Match[str]]:
    """Header runs, looked for only where two year-like tokens stand close together (scans
    for those are far cheaper than the header pattern run over a whole exhibit), and tried
    only at the word starts just before the first of them."""
    searched = -1
    for here, following in pairwise(marks):
        if following - here > _PERIOD_GAP or here < searched:
            continue
        for start in word_starts(text, max(0, here - _PERIOD_LEAD, searched), here):
            header = _HEADER.match(text, start)
            if header is not None:
                searched = header.end()
                yield header
                break


def _span_headers(text: str) -> Iterator[re.Match[str]]:
    """Runs of dated span columns, tried at the word starts just before each "Months Ended"
    (a cheap scan: most documents print none)."""
    searched = -1
    for hit in scan(_SPAN_HINT, text):  # (`document_signs`: found where RE2 finds them)
        if hit.start() < searched:
            continue
        for start in word_starts(text, max(0, hit.start() - _SPAN_LEAD, searched), hit.start()):
            header = _SPAN_HEADER.match(text, start)
            if header is not None:
                searched = header.end()
                yield header
                break


def word_starts(text: str, start: int, end: int) -> Iterator[int]:
    """Where a word starts in `start`…`end` (inclusive), first to last."""
    return (hit.start() for hit in _WORD_START.finditer(text, start, end + 1))


def _single_headers(text: str, marks: tuple[int, ...]) -> Iterator[re.Match[str]]:
    """One period closed by a colon ("For the month of November 2025: BTC mined 587 …"):
    a one-column table."""
    for here in marks:
        colon = text.find(":", here, here + _SINGLE_REACH)
        if colon >= 0:
            header = _SINGLE.search(text, max(0, here - _PERIOD_LEAD), colon + 2)
            if header is not None and not _listed(text, header.start()):
                yield header


def _listed(text: str, start: int) -> bool:
    """The period at `start` ends a sentence's list of periods ("… 2025 and September 30")."""
    return _LISTED.search(text, max(0, start - 8), start) is not None


@functools.lru_cache(maxsize=2)
def hints(text: str) -> tuple[int, ...]:
    """Where a year, a month with a two-digit year or a quarter is printed, in order (kept
    for the document: every reader of flattened tables starts from them)."""
    return tuple(sorted(set(_hints(text))))


def _hints(text: str) -> Iterator[int]:
    for hit in _YEAR_HINT.finditer(text):
        start = hit.start()
        if not start or text[start - 1] not in _IN_NUMBER:
            yield start  # a year, not four digits of "1,2019" (a footnote may follow it)
    yield from (hit.start() for hit in _SHORT_YEAR_HINT.finditer(text))
    yield from (max(0, hit.start() - 1) for hit in _QUARTER_HINT.finditer(text))


def _peer_rows(text: str, ticker: str, table: int) -> list[Segment]:
    """Rows of `ticker`'s column in tables headed by miners' tickers."""
    rows: list[Segment] = []
    if ticker not in text:
        return rows
    for header in _PEERS.finditer(text):
        names = header.group(0).split()
        if ticker not in names or sum(name in MINERS for name in names) < _MIN_PEERS:
            continue
        column = names.index(ticker)
        # (a schedule's group heading has no value cells: not a peer's row)
        data = [row for row in _rows(text, header.end(), len(names), table) if len(row.spans) > 1]
        if len(data) < _MIN_ROWS:
            continue
        for row in data:
            spans = [row.spans[0], row.spans[column + 1]]
            rows.append(_segment(text, spans, table))
        table += 1
    return rows


def _table(text: str, header: re.Match[str], table: int) -> list[Segment] | None:
    columns = _header_cells(header)
    single = header.re is _SINGLE
    if len(columns) < (1 if single else 2):
        return None
    # a debt schedule's loans with their terms before their balances (`flat_terms`)
    terms = [] if single else term_rows(text, header.end(), len(columns), table)
    data = terms or list(_rows(text, header.end(), len(columns), table, capital=single))
    if len(data) < _MIN_ROWS:
        return None
    return [_header_segment(text, header.start(), columns, table), *data]


def _header_cells(header: re.Match[str]) -> list[tuple[int, int]]:
    """Spans of the period and comparison labels heading the value columns."""
    text = header.string
    if header.re is _SINGLE:
        return [(header.start("period"), header.end("period"))]
    one = _SPAN_RE if header.re is _SPAN_HEADER else _PERIOD_RE
    periods = one.finditer(text, header.start("periods"), header.end("periods"))
    changes = _COMPARISON_RE.finditer(text, header.start("comparisons"), header.end("comparisons"))
    return [hit.span() for hit in periods] + [hit.span() for hit in changes]


def _header_segment(text: str, start: int, columns: list[tuple[int, int]], table: int) -> Segment:
    """The header row: its own label ("Metric") is the short text before the first period on
    the same line; else an empty label at the first period."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    label = (start, start)
    if lead.strip() and len(lead.strip()) <= _MAX_LABEL_CHARS and not _VALUE.search(lead):
        first = line_start + len(lead) - len(lead.lstrip())
        label = (first, line_start + len(lead.rstrip()))
    return _segment(text, [label, *columns], table)


def _rows(
    text: str, start: int, columns: int, table: int, capital: bool = False
) -> Iterator[Segment]:
    """Rows after the header: label words, then exactly `columns` values (footnote markers
    dropped). A row with another count of values cannot be aligned and is skipped; a label
    too long to be one, or a sentence, ends the table (and so does a label in lower case
    under a one-column header, where prose is the likelier reading)."""
    label: list[_Token] = []
    values: list[_Token] = []
    schedule = Schedule()
    for token in _tokens(text, start):
        if token.value and label and (values or not _dash_in_label(token, text)):
            if len(values) < columns or not _BARE_YEAR.match(token.text):
                values.append(token)
                continue
            token = replace(token, value=False)  # "… $ 50,000 2029 Convertible Notes 172,500"
        if values:
            yield from _row(text, label, values, columns, table, schedule)
            label, values = [], []
        if not label and not _starts_label(token, capital):
            return  # a row starts with a word
        label.append(token)
        if len(label) > _MAX_LABEL_WORDS or _ends_sentence(token.text):
            return
    if values:
        yield from _row(text, label, values, columns, table, schedule)


def _starts_label(token: _Token, capital: bool) -> bool:
    """A row starts with a word (a year starts a loan's name: "2029 Convertible Notes")."""
    if not token.value and _BARE_YEAR.match(token.text):
        return True
    return bool(token.text[0].isupper() if capital else _LABEL_START.match(token.text))


def _ends_sentence(word: str) -> bool:
    """ "end." ends a sentence; "Jan.", "Avg.", "approx." do not."""
    return _SENTENCE_END.search(word) is not None and _ABBREVIATION.match(word) is None


def _tokens(text: str, start: int) -> Iterator[_Token]:
    """Values and words from `start` on; "Appx." before a value is neither."""
    position = start
    while True:
        word = _TOKEN.search(text, position)
        if word is None:
            return
        date = _LABEL_DATE.match(text, word.start())
        if date is not None:
            yield _Token(date.group(0), date.start(), date.end(), False, dated=True)
            position = date.end()
            continue
        value = _VALUE.match(text, word.start())
        if value is not None and value.group(0).strip():
            yield _Token(value.group(0), value.start(), value.end(), True)
            position = value.end()
            continue
        position = word.end()
        following = _TOKEN.search(text, position)
        if _APPROX.match(word.group(0)) and following and _VALUE.match(text, following.start()):
            continue  # "Appx. $51.2 million": the cell is the amount
        yield _Token(word.group(0), word.start(), word.end(), False)


def _dash_in_label(token: _Token, text: str) -> bool:
    """ "Bitcoin Sales - Net Proceeds": a dash between words belongs to the label."""
    if token.text not in "-–—":
        return False
    following = _TOKEN.search(text, token.end)
    return following is not None and _VALUE.match(text, following.start()) is None


def _row(
    text: str,
    label: list[_Token],
    values: list[_Token],
    columns: int,
    table: int,
    schedule: Schedule,
) -> list[Segment]:
    dated = any(token.dated for token in label)
    # (a loan's terms are no footnote markers: "B December 2020 June 2022 17.0 % 428 24 95")
    kept = None if dated and len(values) > columns + 1 else _aligned(values, columns)
    if kept is None and dated:
        # a loan's row: its terms, then its balances (`flat_schedule`)
        words = [(token.start, token.end, token.dated) for token in label]
        spans = [(value.start, value.end) for value in values]
        return schedule_rows(text, words, spans, columns, table, schedule)
    if kept is None:
        return []
    cells = [(label[0].start, label[-1].end), *((value.start, value.end) for value in kept)]
    return [_segment(text, cells, table)]


def _aligned(values: list[_Token], columns: int) -> list[_Token] | None:
    """Exactly `columns` values: as printed, or without the footnote markers among them."""
    if len(values) == columns:
        return values
    if len(values) == columns + 1 and _SMALL_INT.match(values[0].text):
        return values[1:]  # "Bitcoin Held 1 7,345 …": the marker of the first cell
    if len(values) == columns + 1 and _BARE_YEAR.match(values[0].text):
        return values[1:]  # "Convertible senior notes due 2030 $ - $ 850.0": the label's year
    unmarked = [value for value in values if not _SMALL_INT.match(value.text)]
    return unmarked if len(unmarked) == columns else None


def _segment(text: str, spans: list[tuple[int, int]], table: int) -> Segment:
    start, end = spans[0][0], max(stop for _, stop in spans)
    cells = tuple(" ".join(text[a:b].split()) for a, b in spans)  # "April\n2025": one line
    return Segment(text[start:end], start, end, cells, spans=tuple(spans), table=table)


def flat_rows(text: str, start: int, columns: int, table: int) -> Iterator[Segment]:
    """Rows from `start` on, each a label and exactly `columns` values (for `flat_units`,
    whose header gives no period to count the columns by)."""
    return _rows(text, start, columns, table)


def first_values(text: str, start: int) -> list[str]:
    """The values of the first row from `start` on: its label's words, then the run of values
    up to the next word (how many columns a header of words heads)."""
    values: list[str] = []
    words = 0
    for token in _tokens(text, start):
        # "… notes due 2030 $ - $ 850.0": a year before the values is the label's
        year = not values and _BARE_YEAR.match(token.text) is not None
        if token.value and not year and (values or not _dash_in_label(token, text)):
            values.append(token.text)
            continue
        if values or words >= _MAX_LABEL_WORDS:
            break
        words += 1
    return values
