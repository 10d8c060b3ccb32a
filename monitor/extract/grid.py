"""Rebuild table rows from tables that reached us as text without one row per line.

Pages and exhibits flatten tables in several ways: one cell per line with the pipes on lines of
their own ("Bitcoin\\nProduced\\n|\\n322\\n|\\n370"), one cell per line without any pipe, pipes
at line ends ("Bitcoin Produced |\\n370 |"), or a whole row on one line without separators
("Bitcoin Produced 362 340 6%"). This module turns such a run of lines into the same row
`Segment`s a " | "-joined table gives (label first, then the value cells, with every cell's
offsets), so `tables` reads all layouts alike.

The text is cut into pieces at line breaks and pipes. A piece is a value (a number, an amount,
a dash, "N/A", "-13 %", "14.7 EH/s"), a period header ("Apr-24", "August 2024 1"), a comparison
header ("Month/Month"), a label, or prose. Consecutive non-values form a header run: its last
piece labels the values that follow, the rest is a header row. Prose ends the table. Lines that
are rows already (" | "-joined cells, "Label: value") are left to `sentences`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from . import table_cell_lines
from .date_forms import MONTH_NAME, YEAR
from .document_signs import document_sign, first_possible
from .gates import LineSigns
from .periods import expand_header, find_mentions, is_short_header, parse_header
from .sentences import Segment, colon_cells, table_cells
from .skipping import skipping
from .table_cell_lines import is_candidate as is_note

_I = re.IGNORECASE
# One value as a table prints it.
_VALUE_TOKEN = (
    r"(?:(?:US\$|C\$|\$)?\s?[-–—]|N/?A|N/M|nil|"
    r"\(?[-–+]?(?:US\$|C\$|A\$|\$|RMB|€|£)?\s?[-–]?\d+(?:,\d{3})*(?:\.\d+)?\)?"
    r"(?:\s?(?:million|billion|thousand|mn|bn|m|k)\b)?"
    r"(?:\s?(?:%|BTC|bitcoins?|EH/s|PH/s|TH/s|MW|GW|c/kWh|J/TH|W/TH|x)(?![\w/]))?)"
)
_VALUE = re.compile(rf"^{_VALUE_TOKEN}$", _I)
_ANY_VALUE = skipping(re.compile(_VALUE_TOKEN, _I))
# A highlight tile's value line names the level its headline rose or fell to ("TO 47,531 BTC
# (C. $3.9B)").
_LEVEL_VALUE = re.compile(rf"^TO\s+{_VALUE_TOKEN}(?:\s*\([^)]*\))?$", _I)
_CELL = re.compile(r"[^|]+")
# Words a period header holds besides its dates ("Three Months Ended June 30, 2024").
_HEADER_WORDS = skipping(
    re.compile(r"\b(?:months?|ended|ending|as\s+of|at|for\s+the|one|three|six|nine|twelve)\b", _I)
)
_STARTS_LIKE_VALUE = re.compile(r"^[-–(+$]?\s?(?:US\$|C\$|\$|RMB)?\s?\d")
# "Bitcoin Produced 362 340 6%": a label and the values of its row, on one line.
_FLAT_ROW = re.compile(
    rf"(?P<label>[A-Za-z][A-Za-z&/'’()\-–.,% ]*?[A-Za-z)])\s+"
    rf"(?![-–—]\s+[A-Za-z])(?P<values>{_VALUE_TOKEN}(?:\s+{_VALUE_TOKEN})*)(?=\s+[A-Za-z]|\s*$)",
    _I,
)
_WHOLE_FLAT = re.compile(rf"^(?:{_FLAT_ROW.pattern}\s*)+$", _I)
_COMPARISON = re.compile(
    r"^(?:\w+\s?/\s?\w+|[MQY]o[MQY]|%\s*(?:change|Δ)|(?:change|variance|Δ)(?:\s*\(%\))?|"
    r"\d+\s+months?\s*/\s*\d+\s+months?|"
    # a year-to-date column beside the months ("YTD 2025", "Year-to-date")
    r"ytd(?:\s?(?:19|20)?\d\d)?|year[- ]to[- ]date(?:\s(?:19|20)\d\d)?)$",
    _I,
)
_SENTENCE = re.compile(r"[.!?]\s+[A-Z]|[.!?]$")
_ABBREVIATED = skipping(re.compile(r"\b(?:Avg|No|approx|Inc|Corp)\.$", _I))
_DAY_FIRST_DATE = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+(?:19|20)\d\d$")
_BULLET = re.compile(r"^[\s•·▪◦●*o–-]+(?=\S)")
_BULLET_ONLY = "•·▪◦●o* "
_MAX_LABEL = 80
_MIN_DIGITS = 4  # a table worth rebuilding has at least two figures
_FOOTNOTE_VALUE = re.compile(r"^\d{1,2}$")
_GLUED_MARKER = skipping(re.compile(r"(?<=[A-Za-z])\d{1,2}\b"))

VALUE, PERIOD, COMPARISON, LABEL, PROSE = "value", "period", "comparison", "label", "prose"


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    start: int
    end: int
    kind: str
    inline: bool = False  # a value printed in the same piece as its label


# Signs of a text-laid-out table, checked over the whole text before any line is looked at:
# a line holding only a value or only pipes, or a label followed by two or more values.
_VALUE_LINE = document_sign(
    re.compile(
        r"^[ \t]*(?:\|[ \t|]*|[-–$(]?[ \t]?(?:US\$|C\$|\$)?\d[\d,.]*[ \t]?"
        r"(?:%|million|billion|[MBK]|EH/s|PH/s|MW|BTC)?\)?[ \t]*\|?)[ \t]*$",
        re.MULTILINE,
    )
)
_FLAT_LINE = document_sign(
    re.compile(
        r"^[ \t]*[A-Za-z][A-Za-z ()/&'’-]{2,60}[ \t]+[-–$(]?\d[\d,.]*%?\)?"
        r"(?:[ \t]+[-–$(]?\d[\d,.]*%?\)?)+[ \t]*$",
        re.MULTILINE,
    )
)
_SIGNS_NEEDED = 2
# A tile's value line: "TO 52,850 BTC (C. $6.0B) |".
_LEVEL_LINE = document_sign(re.compile(r"^[ \t]*TO[ \t]+[-–($]?[ \t]?\d[^\n]{0,30}$", re.MULTILINE))


# The signs searched where lines start (not tried at every position of a long text).
_VALUE_LINES = LineSigns(_VALUE_LINE)
_FLAT_LINES = LineSigns(_FLAT_LINE)
_LEVEL_LINES = LineSigns(_LEVEL_LINE)


def _looks_tabular(text: str) -> bool:
    # (`document_signs`: each sign searched from where RE2 finds it first, if anywhere)
    first = first_possible(_VALUE_LINE, text)
    if first is not None and _VALUE_LINES.at_least(_SIGNS_NEEDED, text, first):
        return True
    first = first_possible(_FLAT_LINE, text)
    if first is not None and _FLAT_LINES.found(text, first):
        return True
    first = first_possible(_LEVEL_LINE, text)
    return first is not None and _LEVEL_LINES.found(text, first)


def find_grid_rows(text: str, reference: object = None) -> list[Segment]:
    """Row segments of every text-laid-out table in `text` (empty for prose)."""
    # a filing's debt table set one row a line, its cells apart by wide gaps
    rows: list[Segment] = table_cell_lines.find_gapped_rows(text, 0)
    if not _looks_tabular(text):
        return rows
    table_id = 0
    for run in _runs(text):
        chunk = text[run[0] : run[1]]
        if _digit_count(chunk) < _MIN_DIGITS:
            continue
        # a filing note's table one cell per line, its rows' terms between label and amounts
        built = table_cell_lines.note_rows(text, run, table_id) if is_note(text, run) else []
        if not built and _may_hold_rows(text, run):
            pieces = _joined_signs(_joined_dates(text, list(_pieces(text, run, reference))))
            built = _captioned_values(text, pieces, table_id) or _assemble(text, pieces, table_id)
        if _is_table(built):
            rows.extend(built)
            table_id += 1
    return rows


# "Bitcoin holdings increased 98% TO 47,531 BTC": a tile's level could stand in a header's
# period text, which only a "to" before a gap can open (see `_may_hold_rows`).
_TO_GAP = re.compile(r"to\s", _I)


def _may_hold_rows(text: str, run: tuple[int, int]) -> bool:
    """Can the run's pieces make a table? A run of one line (no pipe, no tab or wide gap: one
    piece's classification, the costly part) is a table only as a flattened row or two ("Bitcoin
    Produced 362 340 Bitcoin Held 100 200"): any other reading of one line is one piece, or a
    header of periods with no value — one row at most, and a tile only if a period's text
    opened with "TO" and a gap. Exact: the same line `_pieces` would classify, asked first
    whether `_classify` could take the flattened-row branch (the only one giving values after a
    label); a run this rules out gives no row `_is_table` takes."""
    start, end = run
    if "|" in text[start:end]:
        return True
    lines = list(_lines(text[start:end], start))
    if len(lines) != 1:
        return True
    line = lines[0][0]
    if "\t" in line or "   " in line:
        return True  # tab cells (`_tab_cells`)
    return (len(line) <= _MAX_LABEL * 3 and _is_flat_row(line)) or _TO_GAP.search(line) is not None


def _is_table(built: list[Segment]) -> bool:
    """Two rows with values, or one highlight tile (a headline over "TO 47,531 BTC")."""
    valued = [row for row in built if len(row.cells) > 1 and _has_value(row)]
    tiles = (cell for row in valued for cell in row.cells[1:])
    return len(valued) >= 2 or any(_LEVEL_VALUE.match(cell) for cell in tiles)


_ASCII_DIGITS = b"0123456789"


def _digit_count(text: str) -> int:
    """How many ASCII digits `text` holds. Counted in its UTF-8 bytes (no multi-byte character
    holds a byte of an ASCII digit): `bytes.translate` deletes in one tight C loop, several
    times faster than `str.translate`, which looks every character up in a table."""
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded) - len(encoded.translate(None, _ASCII_DIGITS))


def _has_value(row: Segment) -> bool:
    return any(_VALUE.match(cell) or _LEVEL_VALUE.match(cell) for cell in row.cells[1:])


def _runs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of consecutive lines that could be a text-laid-out table."""
    start: int | None = None
    offset = 0
    for line in text.split("\n"):
        if not line:  # (an empty line, a third of a release's, neither starts nor ends a run)
            offset += 1
            continue
        body = line.strip()
        candidate = bool(body) and _candidate_line(body)
        if candidate and start is None:
            start = offset
        elif not candidate and body and start is not None:
            yield start, offset
            start = None
        offset += len(line) + 1
    if start is not None:
        yield start, len(text)


def _candidate_line(body: str) -> bool:
    """Short lines, pipe lines and flattened rows; not prose, not rows `sentences` reads."""
    if not body.strip("| "):
        return True  # pipes and spaces only (`strip` stops at the first other character)
    long_prose = len(body) > _MAX_LABEL + 4 and "|" not in body
    if long_prose and not _is_flat_row(body):
        return False  # (most lines: a long line of too few figures, told before the row tests)
    # a short line, a pipe line, or a long flattened row: a candidate unless a row already
    return not (table_cells(body) or colon_cells(body.lstrip("•·▪◦●*– ")))


def _pieces(text: str, run: tuple[int, int], reference: object) -> Iterator[Piece]:
    """Pieces of a run: split at pipes; a multi-line cell between pipes is one label."""
    start, end = run
    chunk = text[start:end]
    piped = "|" in chunk
    for cell in _CELL.finditer(chunk):
        lines = list(_lines(cell.group(0), start + cell.start()))
        if not lines:
            continue
        if piped and len(lines) > 1 and all(_joinable(line) for line, _, _ in lines):
            joined = " ".join(line for line, _, _ in lines)
            yield from _classify(joined, lines[0][1], lines[-1][2], reference)
            continue
        for line, line_start, line_end in lines:
            spaced = "\t" in line or "   " in line.strip()  # cells apart by tabs or wide gaps
            tabbed = _tab_cells(line, line_start, reference) if spaced else None
            yield from tabbed or _classify(line, line_start, line_end, reference)


_TAB_CELL = re.compile(r"(?:[^\t ]| (?! ))+")  # text between tabs or gaps of 2+ spaces
_COLUMN_KINDS = (VALUE, PERIOD, COMPARISON)


def _tab_cells(line: str, start: int, reference: object) -> list[Piece] | None:
    """A row printed with tabs between its cells ("BTC held\t1,800\t1,580\t14%"), or a
    header ("Metric\tNovember 2025\tOctober 2025\tChange"): one piece per cell when every
    cell after the first heads or fills a column (prose with tabs for spaces does not)."""
    cells: list[Piece] = []
    for cell in _TAB_CELL.finditer(line):
        if cell.group(0).strip():
            cells += _tab_cell(
                cell.group(0).strip(),
                start + cell.start() + len(cell.group(0)) - len(cell.group(0).lstrip()),
                start + cell.start() + len(cell.group(0).rstrip()),
                reference,
                first=not cells,
            )
    if len(cells) < 2:
        return None
    if any(piece.kind not in _COLUMN_KINDS for piece in cells[1:]):
        return _header_with_words(cells)
    return cells


_MAX_HEADER_WORDS = 24


def _tab_cell(
    cell: str, start: int, end: int, reference: object, *, first: bool = False
) -> list[Piece]:
    """One tab cell's pieces; a short cell read as several ("YTD 2025") is one column head.
    A row's first cell that is a label and its first value ("Bitcoin mined 786   1,614": a
    page put one space after the label and a wide gap between the columns) stays a row."""
    pieces = list(_classify(cell, start, end, reference))
    if first and _label_then_values(pieces):
        return pieces
    if len(pieces) > 1 and len(cell) <= _MAX_HEADER_WORDS:
        return [Piece(cell, start, end, LABEL)]
    return pieces


def _label_then_values(pieces: list[Piece]) -> bool:
    return (
        len(pieces) > 1
        and pieces[0].kind == LABEL
        and all(piece.kind == VALUE for piece in pieces[1:])
    )


def _header_with_words(cells: list[Piece]) -> list[Piece] | None:
    """A tabbed header whose periods stand beside short column heads of words ("Mar-25\t
    Apr-25\tYTD 2025", "Q3 2025\tQ2 2025\tChange %"): the words head columns too (the
    table reader excludes them from the periods)."""
    periods = sum(piece.kind == PERIOD for piece in cells)
    others = [piece for piece in cells[1:] if piece.kind not in _COLUMN_KINDS]
    if periods < 2 or any(len(piece.text) > _MAX_HEADER_WORDS for piece in others):
        return None
    return [
        cell if cell.kind in _COLUMN_KINDS or cell is cells[0] else replace(cell, kind=COMPARISON)
        for cell in cells
    ]


_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
_HAS_YEAR = skipping(re.compile(r"(?:19|20)\d\d|['’-]\d\d\b"))


def _joined_dates(text: str, pieces: list[Piece]) -> list[Piece]:
    """A header date wrapped over two lines ("October 31," or "April" then "2023") is one
    period."""
    joined: list[Piece] = []
    for piece in _stacked_columns(pieces):
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind == PERIOD
            and _HAS_YEAR.search(last.text) is None
            and piece.kind == VALUE
            and _BARE_YEAR.match(piece.text)
        ):
            printed = " ".join(text[last.start : piece.end].split())
            joined[-1] = Piece(printed, last.start, piece.end, PERIOD)
            continue
        joined.append(piece)
    return joined


def _stacked_columns(pieces: list[Piece]) -> list[Piece]:
    """A header of several columns printed over two lines, the months and days on one
    ("September 30,   December 31,") and each column's year under its own on the next ("2020
    2019"): the k-th year ends the k-th date. (Joined one by one, the first date's year would
    go to the last date.)"""
    if sum(piece.kind == PERIOD for piece in pieces) < 2:
        return pieces  # cheap gate: no two period heads
    out = list(pieces)
    index = 0
    while index < len(out):
        dates = _yearless_run(out, index)
        years = out[index + dates : index + 2 * dates]
        if dates >= 2 and len(years) == dates and all(_is_year(piece) for piece in years):
            out[index : index + 2 * dates] = [
                Piece(f"{date.text} {year.text}", date.start, date.end, PERIOD)
                for date, year in zip(out[index : index + dates], years, strict=True)
            ]
        index += max(dates, 1)
    return out


def _yearless_run(pieces: list[Piece], start: int) -> int:
    """How many period heads without a year run from `start`."""
    count = 0
    for piece in pieces[start:]:
        if piece.kind != PERIOD or _HAS_YEAR.search(piece.text) is not None:
            break
        count += 1
    return count


def _is_year(piece: Piece) -> bool:
    return piece.kind == VALUE and _BARE_YEAR.match(piece.text) is not None


# A currency sign printed in a cell of its own before the amount ("Appx. $" | "51.2 million"),
# as exhibits set a dollar column: the sign and the amount are one value.
_LONE_SIGN = re.compile(
    r"(?:(?:appx|approx(?:imately)?|est|c|ca)\.?\s*|~\s*)?(US\$|C\$|A\$|\$|€|£)$", _I
)
_HAS_SIGN = skipping(re.compile(r"[$€£]|US\$|RMB"))


def _joined_signs(pieces: list[Piece]) -> list[Piece]:
    joined: list[Piece] = []
    for piece in pieces:
        last = joined[-1] if joined else None
        sign = _LONE_SIGN.fullmatch(last.text) if last is not None and last.kind != VALUE else None
        if last is not None and sign and piece.kind == VALUE and not _HAS_SIGN.search(piece.text):
            start = last.end - len(sign.group(1))
            joined[-1] = Piece(f"{sign.group(1)}{piece.text}", start, piece.end, VALUE)
            continue
        joined.append(piece)
    return joined


def _lines(cell: str, offset: int) -> Iterator[tuple[str, int, int]]:
    position = 0
    for line in cell.split("\n"):
        bullet = _BULLET.match(line)
        skip = bullet.end() if bullet and not _STARTS_LIKE_VALUE.match(line.strip()) else 0
        body = line[skip:]
        stripped = body.strip()
        if stripped.strip(_BULLET_ONLY):  # (not bullet marks and spaces only)
            lead = skip + len(body) - len(body.lstrip())
            yield stripped, offset + position + lead, offset + position + lead + len(stripped)
        position += len(line) + 1


def _joinable(line: str) -> bool:
    """Lines of one wrapped cell: short, no sentence in them."""
    return len(line) <= _MAX_LABEL and not _SENTENCE.search(line.rstrip(":"))


# "($ in thousands)", "(US$ millions, except per share)": a units note above a table, which
# its caption must keep (not a value of the line before it).
_UNITS_NOTE = re.compile(
    r"^\(\s*(?:US\$|C\$|\$|USD)?\s*(?:in\s+)?(?:thousands|millions|billions|'000s?|000s?)\b[^)]*\)$",
    _I,
)


# "2025)" on a line of its own ends an aside wrapped from the line before ("Bitcoin Holdings:
# 443 BTC (vs 431 BTC in Jan" / "2025)"): the year of a comparison, not a value of a row. A
# bracketed negative closes what it opens ("(3,618)").
_CLOSES_WRAPPED_ASIDE = re.compile(r"^[^(]{1,40}\)$")


def _classify(piece: str, start: int, end: int, reference: object) -> Iterator[Piece]:
    if _UNITS_NOTE.match(piece) or _CLOSES_WRAPPED_ASIDE.match(piece):
        yield Piece(piece, start, end, PROSE)
        return
    if _VALUE.match(piece):
        yield Piece(piece, start, end, VALUE)
        return
    if _LEVEL_VALUE.match(piece):
        yield Piece(piece, start, end, VALUE)
        return
    if _STARTS_LIKE_VALUE.match(piece) and len(piece) <= 30:
        # "30 June 2024" heads a column; "1,211 BTC" or "$51.2 million" fills one
        kind = (
            PERIOD
            if _DAY_FIRST_DATE.match(piece) and _is_period_header(piece, reference)
            else VALUE
        )
        yield Piece(piece, start, end, kind)
        return
    if _COMPARISON.match(piece):
        yield Piece(piece, start, end, COMPARISON)
        return
    if _is_period_header(piece, reference):
        yield from _period_pieces(piece, start, end, reference)
        return
    header = _flat_header(piece, start, reference)
    if header:
        yield from header
        return
    if len(piece) <= _MAX_LABEL * 3 and _is_flat_row(piece):
        yield from _flat_row(piece, start)
        return
    if len(piece) > _MAX_LABEL or (_SENTENCE.search(piece) and not _ABBREVIATED.search(piece)):
        yield Piece(piece, start, end, PROSE)
        return
    yield Piece(piece, start, end, LABEL)


# Prose puts these right before a number ("a fleet of about 55,000"); a row label does not end so.
_PROSE_BEFORE_NUMBER = skipping(
    re.compile(
        r"\b(?:of|about|with|to|from|by|at|up|down|than|and|or|the|a|an|approximately|over|"
        r"nearly|around|reached|was|were|is|are|totaling|totalling|on|for)$",
        _I,
    )
)
_MAX_FLAT_LABEL_WORDS = 7
_MONTH_LAST = re.compile(rf"\b{MONTH_NAME}$")
_DAY_YEAR_FIRST = re.compile(rf"\d{{1,2}}\s{{1,3}}{YEAR}\b")
_FLAT_DIGIT_SHARE = 8  # a flattened row is at least one eighth digits


def _is_flat_row(piece: str) -> bool:
    """ "Bitcoin Produced 362 340 6%": short labels, each followed by values, nothing else."""
    if piece.endswith(".") or _digit_count(piece) * _FLAT_DIGIT_SHARE < len(piece):
        return False  # prose: too few figures for its length (and a cheap test before the regex)
    if not _WHOLE_FLAT.match(piece):
        return False
    return all(
        len(match["label"].split()) <= _MAX_FLAT_LABEL_WORDS
        and not _PROSE_BEFORE_NUMBER.search(match["label"])
        and not _cut_date(match)
        for match in _FLAT_ROW.finditer(piece)
    )


def _cut_date(match: re.Match[str]) -> bool:
    """ "Digital assets, March 31 2020": a label's date (a day-first date read month-first, see
    `date_forms`) is no label and two values."""
    return bool(_MONTH_LAST.search(match["label"]) and _DAY_YEAR_FIRST.match(match["values"]))


def _flat_row(piece: str, start: int) -> Iterator[Piece]:
    for match in _FLAT_ROW.finditer(piece):
        label_start, label_end = match.span("label")
        yield Piece(match["label"], start + label_start, start + label_end, LABEL)
        values_start = match.start("values")
        for value in _ANY_VALUE.finditer(match["values"]):
            if not value.group(0).strip():
                continue
            value_start = start + values_start + value.start()
            yield Piece(value.group(0), value_start, value_start + len(value.group(0)), VALUE,
                        inline=True)  # fmt: skip


def _flat_header(piece: str, start: int, reference: object) -> list[Piece]:
    """ "Metric Jan 2026 Dec 2025": a header row flattened into one line — a label, then
    two or more periods and nothing else with a digit in it."""
    if len(piece) > _MAX_LABEL or not any(map(str.isdigit, piece)):
        return []
    mentions = [m for m in find_mentions(piece, reference) if m.period is not None]  # type: ignore[arg-type]
    if len(mentions) < 2:
        return []
    rest = piece[: mentions[0].start]
    gaps = [piece[a.end : b.start] for a, b in pairwise(mentions)]
    unmarked = _GLUED_MARKER.sub("", rest)  # "Metrics1 Dec 2022 …": a footnote marker
    if any(char.isdigit() for char in unmarked + "".join(gaps) + piece[mentions[-1].end :]):
        return []
    if any(gap.strip(" |,") for gap in gaps):
        return []  # words between the periods: prose, not a header
    pieces = [Piece(rest.strip(), start, start + len(rest.rstrip()), LABEL)] if rest.strip() else []
    for mention in mentions:
        text = piece[mention.start : mention.end]
        pieces.append(Piece(text, start + mention.start, start + mention.end, PERIOD))
    return pieces


def _period_pieces(piece: str, start: int, end: int, reference: object) -> list[Piece]:
    """A header line of periods: one piece, or one per period when the line prints several
    side by side ("June 30, 2018 June 30, 2018" under "Three months ended | Six months
    ended": each heads its own column)."""
    if piece.count(",") > 1 or sum(map(str.isdigit, piece)) > 8:
        several = _flat_header(piece, start, reference)
        if len(several) > 1 and all(part.kind == PERIOD for part in several):
            return several
    return [Piece(piece, start, end, PERIOD)]


def _is_period_header(piece: str, reference: object) -> bool:
    """ "Apr-24", "August 2024 1", "Q3 2025", "Three Months Ended June 30, 2024"."""
    if len(piece) > 60 or parse_header(piece, reference) is None:  # type: ignore[arg-type]
        return False
    if is_short_header(piece):
        return True  # "Aug-23", "Oct '23"
    piece = expand_header(piece)  # "First Qtr. 2024"
    remainder = piece
    for mention in find_mentions(piece, reference):  # type: ignore[arg-type]
        remainder = remainder.replace(piece[mention.start : mention.end], " ")
    remainder = _HEADER_WORDS.sub(" ", remainder)
    return sum(char.isalpha() for char in remainder) < 3


def _assemble(text: str, pieces: list[Piece], table_id: int) -> list[Segment]:
    rows: list[Segment] = []
    run: list[Piece] = []
    current: list[Piece] = []
    for piece in pieces:
        if piece.kind == PROSE:
            rows.extend(_finish(text, run, current, table_id))
            run, current = [], []
            continue
        if piece.kind != VALUE:
            if current:
                rows.extend(_finish(text, [], current, table_id))
                current = []
            run.append(piece)
            continue
        if run:
            rows.extend(_finish(text, run[:-1], [], table_id))
            current, run = [run[-1]], []
        if current:
            current.append(piece)
    rows.extend(_finish(text, run, current, table_id))
    return rows


_MAX_CAPTION_WORDS = 6
_LEAD_SPACES = 3  # four words or more
_FIGURE = skipping(re.compile(r"\d{3}|\d[,.]\d"))
_MIN_TILES = 2


def _captioned_values(text: str, pieces: list[Piece], table_id: int) -> list[Segment]:
    """Highlight tiles printed figure first, caption under it ("2,144" / "BTC produced" /
    "52,850" / "BTC held"): every value then a short caption without digits, to the run's
    end (after a title). Read in label-then-value order, each caption would take the next
    tile's figure."""
    first = next((i for i, piece in enumerate(pieces) if piece.kind == VALUE), len(pieces))
    stop = next((i for i in range(first, len(pieces)) if pieces[i].kind == PROSE), len(pieces))
    if any(piece.kind == VALUE for piece in pieces[stop:]):
        return []  # more figures after the prose: not a block of tiles alone
    tiles = pieces[first:stop]
    if len(tiles) < 2 * _MIN_TILES or len(tiles) % 2:
        return []
    pairs = list(zip(tiles[::2], tiles[1::2], strict=True))
    if not all(value.kind == VALUE and _is_caption(caption) for value, caption in pairs):
        return []
    return [_segment(text, [caption, value], table_id) for value, caption in pairs]


def _is_caption(piece: Piece) -> bool:
    return (
        piece.kind == LABEL
        and len(piece.text.split()) <= _MAX_CAPTION_WORDS
        and _FIGURE.search(piece.text) is None  # "Held as of July 31" is a caption
    )


def _finish(text: str, header: list[Piece], row: list[Piece], table_id: int) -> list[Segment]:
    """The header run (if it names any column) and the row, as segments."""
    segments: list[Segment] = []
    if any(piece.kind in (PERIOD, COMPARISON) for piece in header):
        segments.append(_header_segment(text, header, table_id))
    if len(row) > 1:
        segments.append(_row_segment(text, row, table_id))
    elif header and not any(piece.kind in (PERIOD, COMPARISON) for piece in header):
        labels = [piece for piece in header if piece.kind == LABEL]
        if len(labels) >= 2:  # metric names heading the columns of a months-as-rows table
            segments.append(_segment(text, labels, table_id))
    return segments


def _header_segment(text: str, header: list[Piece], table_id: int) -> Segment:
    first = next(i for i, piece in enumerate(header) if piece.kind in (PERIOD, COMPARISON))
    leads = [i for i, piece in enumerate(header) if i > first and _leads_in(piece)]
    if leads and leads[-1] + 1 < len(header):
        # "Mar. 31, 2023 / DEBT / NOTE 9 – DEBT / Long-term debt consists of the following
        # (in thousands): / March 31, 2023 / December 31, 2022": a page title's date, then the
        # line that introduces the table and its own header; the columns are the periods
        # after that line, the rest is the header's label
        first = leads[-1] + 1
    lead = header[:first]
    columns = [piece for piece in header[first:] if piece.kind in (PERIOD, COMPARISON)]
    if lead:
        label = Piece(" ".join(piece.text for piece in lead), lead[0].start, lead[-1].end, LABEL)
    else:
        label = Piece("", columns[0].start, columns[0].start, LABEL)
    return _segment(text, [label, *columns], table_id)


def _leads_in(piece: Piece) -> bool:
    """A label that introduces a table: words ending with a colon ("… consists of the
    following (in thousands):"), not a header cell ("One Month", "October 31,")."""
    return (
        piece.kind == LABEL and piece.text.endswith(":") and piece.text.count(" ") >= _LEAD_SPACES
    )


def _row_segment(text: str, row: list[Piece], table_id: int) -> Segment:
    label, values = row[0], row[1:]
    if any(not value.inline for value in values):
        # "Bitcoin Held 2" then the values on their own: the inline "2" is a footnote marker.
        values = [v for v in values if not (v.inline and _FOOTNOTE_VALUE.match(v.text))]
    return _segment(text, [label, *values], table_id)


def _segment(text: str, cells: list[Piece], table_id: int) -> Segment:
    start = min(cell.start for cell in cells)  # a tile's caption is printed under its figure
    end = max(cell.end for cell in cells)
    return Segment(
        text[start:end],
        start,
        end,
        tuple(cell.text for cell in cells),
        spans=tuple((cell.start, cell.end) for cell in cells),
        table=table_id,
    )
