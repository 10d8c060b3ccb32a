"""Rebuild table rows whose cells reached us glued together, with no space or separator.

Some pages flatten a table by dropping every cell boundary: "Key MetricsJanuary 2024*BTC
Mined371Power Sales Equivalent BTC18BTC Sold34BTC Held1,132Deployed …", or one row per line
with the period columns run together ("Metrics1Oct 2022Sep 2023Oct 2023" above "Bitcoin
Mined10.963.669.2"). A label running straight into its number is the sign: prose puts a space
there. This module cuts such text into the same row `Segment`s a " | "-joined table gives
(header first, then label and value cells with their offsets), so `tables` reads them alike.

Several values glued in one cell are only split when the cut is certain: plain numbers printed
with the same count of decimals in every column ("10.963.669.2" under three columns → 10.9,
63.6, 69.2), or, under change columns ("…Month/MonthYear/Year"), the one cut whose
percentages are the changes between its values (`splits`). Anything else is left alone. A
single glued period ending its line ("Key metrics2Dec-23") heads a one-column table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .document_signs import document_sign, scan
from .sentences import Segment
from .skipping import skipping
from .splits import split_checked

# Numbering of rebuilt tables: past any table id `grid` gives out.
_FIRST_TABLE_ID = 100_000
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A period heading a column, glued to what is before it ("Metrics1Oct 2022Sep 2023").
_PERIOD = skipping(
    re.compile(rf"{_MONTH}\s?(?:19|20)\d\d|{_MONTH}-\d\d(?!\d)|Q[1-4]\s?(?:19|20)\d\d")
)
# A label running straight into its value: "BTC Mined371", "Hash Rate (EH/s)7.2".
_PAIR = re.compile(
    r"(?P<label>[A-Z][A-Za-z'’&/\-]*(?:[ ()][A-Za-z'’&/()\-]+)*?[A-Za-z)])"
    r"(?P<value>\d[\d,]*(?:\.\d+)*(?: \d[\d,]*(?:\.\d+)*)*)(?=[A-Z*~(]|\s|$)"
)
_GLUED = re.compile(r"[A-Za-z)]\d")
# Cheap whole-text signs, found before any line is cut.
_STACK_HINT = document_sign(
    re.compile(r"(?:19|20)\d\d(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q[1-4])")
)
# One column: a period glued to the header's label and ending its line ("Key metrics2Dec-23").
_END_PERIOD_HINT = document_sign(
    re.compile(rf"{_MONTH}(?:\s?(?:19|20)\d\d|-\d\d)[ \t]*$", re.MULTILINE)
)
_PAIR_HINT = re.compile(r"[a-zA-Z)]\d[\d,.]*[A-Z]")
# `_PAIR_HINT` from its digit on: a pattern opening with a letter is tried at every letter of
# a text, one opening with a digit only where digits are (`_pair_hints`).
_PAIR_TAIL = document_sign(re.compile(r"\d[\d,.]*[A-Z]"))
_PAIR_LEAD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ)")
_PAIRS_IN_A_LINE = 3  # a line of glued pairs is a table printed on one line
_ROWS_UNDER_HEADER = 2
_HEADER_GAP = 3  # "January 2024*" then the first pair
_TITLE = re.compile(r"(?:[A-Z][a-z]+ ?){1,3}$")  # "Key Metrics" glued before the period
_DIGIT = re.compile(r"\d")
_DECIMALS = re.compile(r"^\d+(?:\.\d+)+$")
# Change columns glued after the periods: "…September 2022Month/MonthYear/Year".
_CHANGE = r"(?:(?:Month|Quarter|Year)/(?:Month|Quarter|Year)|[MQY]o[MQY]|[MQY]/[MQY]|% ?Change)"
_CHANGES = re.compile(rf"(?:\s*{_CHANGE})+")
# A label running straight into a run of values it may take arithmetic to cut.
_LABEL_RUN = re.compile(r"(?P<label>[A-Z][A-Za-z'’&/()\- ]*?[A-Za-z)])(?P<run>[-–($\d].*)")


def find_glued_rows(text: str) -> list[Segment]:
    """Row segments of every glued table in `text` (empty when there is none)."""
    rows: list[Segment] = []
    table = _FIRST_TABLE_ID
    done = -1  # where the last table found ends
    tried: set[int] = set()  # lines already read (a long line holds many candidates)
    for start in _candidate_lines(text):
        offset = text.rfind("\n", 0, start) + 1
        if offset <= done or offset in tried:
            continue
        tried.add(offset)
        lines = _lines_from(text, offset)
        line, _ = next(lines)
        found = _one_line_table(text, line, offset, table) or _stacked_table(
            text, line, offset, lines, table
        )
        if found:
            rows.extend(found)
            done = found[-1].end
            table += 1
    return rows


def _candidate_lines(text: str) -> list[int]:
    """Where a glued table may start: a year run into a month ("2022Sep 2023"), or a line
    with several labels run into their numbers ("Mined371Power … BTC18BTC Sold34")."""
    # (`document_signs.scan`: a hint's matches, found where RE2 finds them)
    starts = [hit.start() for hit in scan(_STACK_HINT, text)]
    starts += [
        hit.start()
        for hit in scan(_END_PERIOD_HINT, text)
        if hit.start() and (text[hit.start() - 1].islower() or text[hit.start() - 1].isdigit())
    ]
    pairs = _pair_hints(text)
    for first, third in zip(pairs, pairs[_PAIRS_IN_A_LINE - 1 :], strict=False):
        if "\n" not in text[first:third]:
            starts.append(first)
    return sorted(starts)


def _pair_hints(text: str) -> list[int]:
    """Where `_PAIR_HINT.finditer(text)` matches, found from the digits: a tail preceded by a
    letter is a match, unless that letter is the capital that ended the previous match (a
    match does not start inside the one before it). A tail preceded by anything else is not,
    and no match starts inside it (its digits, commas and dots are no letters)."""
    starts: list[int] = []
    taken = 0  # where the last match ends
    for tail in scan(_PAIR_TAIL, text):  # (`document_signs`: found where RE2 finds them)
        start = tail.start() - 1
        if start >= taken and text[start] in _PAIR_LEAD:
            starts.append(start)
            taken = tail.end()
    return starts


def _one_value(pair: re.Match[str]) -> bool:
    return " " not in pair["value"]


def _lines_from(text: str, offset: int) -> Iterator[tuple[str, int]]:
    """The lines of `text` from the one starting at `offset` on, with their offsets."""
    while offset <= len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        yield text[offset:end], offset
        offset = end + 1


def _one_line_table(text: str, line: str, offset: int, table: int) -> list[Segment] | None:
    """ "Key MetricsJanuary 2024*BTC Mined371Power Sales …18BTC Sold34": pairs on one line,
    under a header of one period printed just before the first pair."""
    if not _GLUED.search(line):
        return None
    pairs = [pair for pair in _PAIR.finditer(line) if _one_value(pair) and " " in pair["label"]]
    if len(pairs) < _PAIRS_IN_A_LINE:
        return None
    head = line[: pairs[0].start()]
    period = next(reversed(list(_PERIOD.finditer(head))), None)
    if period is None or len(head) - period.end() > _HEADER_GAP:
        return None
    title = _TITLE.search(head, 0, period.start())
    label = title.span() if title else (period.start(), period.start())
    rows = [_row(text, offset, [label, period.span()], line, table)]
    rows += [_row(text, offset, [pair.span("label"), pair.span("value")], line, table)
             for pair in pairs]  # fmt: skip
    return rows


def _stacked_table(
    text: str, line: str, offset: int, below: Iterator[tuple[str, int]], table: int
) -> list[Segment] | None:
    """A header line of glued periods (maybe then change columns), then one glued row per line."""
    periods = list(_PERIOD.finditer(line))
    if not periods:
        return None
    tail = line[periods[-1].end() :]
    changes = _CHANGES.fullmatch(tail.rstrip()) if tail.strip() else None
    if tail.strip() and changes is None:
        return None
    changed = [hit.span() for hit in re.finditer(_CHANGE, tail)] if changes else []
    shift = periods[-1].end()
    header = [(0, periods[0].start()), *(period.span() for period in periods)]
    header += [(start + shift, end + shift) for start, end in changed]
    columns = len(header) - 1
    rows = [_row(text, offset, header, line, table)]
    for row_line, row_offset in below:
        cells = _row_cells(row_line, columns, len(changed))
        if cells is None:
            if not _DIGIT.search(row_line) or row_line.rstrip().endswith("."):
                break  # prose or a blank line ends the table
            continue  # a row we cannot cut ("Mining Revenue*$0.2 million$1.7 million")
        rows.append(_row(text, row_offset, cells, row_line, table))
    return rows if len(rows) - 1 >= _ROWS_UNDER_HEADER else None


def _row_cells(line: str, columns: int, changes: int) -> list[tuple[int, int]] | None:
    """Spans of a glued row's label and values: cut by the decimals rule, or else by the
    arithmetic of its change columns."""
    lead = len(line) - len(line.lstrip())
    pair = _PAIR.fullmatch(line.strip())
    spans = _split_values(pair, columns) if pair is not None else None
    if pair is not None and spans is not None:
        cells = [pair.span("label"), *spans]
        return [(start + lead, end + lead) for start, end in cells]
    glued = _LABEL_RUN.fullmatch(line.strip())
    if glued is None or not changes:
        return None
    cut = split_checked(glued["run"], columns, changes)
    if cut is None:
        return None
    base = lead + glued.start("run")
    return [
        (lead + glued.start("label"), lead + glued.end("label")),
        *((base + start, base + end) for start, end in cut),
    ]


def _split_values(pair: re.Match[str], columns: int) -> list[tuple[int, int]] | None:
    """Spans of `columns` numbers in one value cell ("10.963.669.2" or "10.3 69.271.7" →
    10.9 | 63.6 | 69.2): within a run of glued numbers every number has the decimals the
    last one shows; a run without a decimal point is one number."""
    spans: list[tuple[int, int]] = []
    for run in re.finditer(r"\S+", pair["value"]):
        split = _split_run(run.group(), pair.start("value") + run.start())
        if split is None:
            return None
        spans.extend(split)
    return spans if len(spans) == columns else None


def _split_run(value: str, start: int) -> list[tuple[int, int]] | None:
    if "." not in value:
        return [(start, start + len(value))]
    if not _DECIMALS.match(value):
        return None
    chunks = value.split(".")
    decimals = len(chunks[-1])
    if any(len(chunk) <= decimals for chunk in chunks[1:-1]):
        return None
    spans: list[tuple[int, int]] = []
    cursor = start
    for position in range(len(chunks) - 1):
        whole = chunks[0] if position == 0 else chunks[position][decimals:]
        if len(whole) > 1 and whole[0] == "0":
            return None  # "10.905.3": no number is printed with a leading zero
        end = cursor + len(whole) + 1 + decimals
        spans.append((cursor, end))
        cursor = end
    return spans


def _row(text: str, offset: int, spans: list[tuple[int, int]], line: str, table: int) -> Segment:
    absolute = tuple((offset + start, offset + end) for start, end in spans)
    cells = tuple(line[start:end].strip(" *") for start, end in spans)
    start, end = absolute[0][0], absolute[-1][1]
    return Segment(text[start:end], start, end, cells, spans=absolute, table=table)
