"""A table's column dates printed over several lines, one piece a line.

A filing's note table keeps its header cells' line breaks when it reaches us as text, so the
dates heading its columns are cut apart: "September 30" / "2022" / "December 31" / "2021"
(each cell a month and day above its year), "September 30," / "December 31," / "2022" /
"2021" (a row of months and days above a row of years, the usual 10-Q layout), or one whole
date a line ("Sep. 30, 2023" / "Dec. 31, 2022", an XBRL viewer page). Read in order, the
pieces pair up again: a month and day followed by a year is one date; a run of months and
days followed by a run of as many years pairs them column by column. Anything else (a lone
date, a year without its month) is no header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .document_signs import document_sign, first_possible, scan

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19|20)\d\d"
_MONTH_DAY = rf"{_MONTH}\s?\d{{1,2}},?"
# One piece of a stacked header: a whole date, a month and day, or a year.
_PIECE = re.compile(
    rf"(?P<date>{_MONTH_DAY}[ \t]?{_YEAR})(?!\d)|(?P<day>{_MONTH_DAY})(?!\d)"
    rf"|(?P<year>{_YEAR})(?!\d)"
)
# A line holding only such pieces (a row of months and days may share one line).
_LINE = re.compile(rf"[ \t]*(?:(?:{_MONTH_DAY}(?:[ \t]?{_YEAR})?|{_YEAR})(?!\d)[ \t]*){{1,6}}")
# Cheap sign of a stacked header: a line that is a month and day (maybe with its year, or two
# months and days), and the next line opens with another month or is years.
_HINT_LINES = (
    rf"[ \t]*{_MONTH_DAY}(?:[ \t]?{_YEAR})?(?:[ \t]+{_MONTH_DAY})?[ \t]*\n"
    rf"[ \t]*(?:{_MONTH}\s?\d|{_YEAR}(?:[ \t]+{_YEAR})*[ \t]*$)"
)
# (opening with the line break, a literal: the engine then looks for line breaks alone, where
# "^" in MULTILINE mode would try the pattern at every character; the text's first line is
# tried apart)
_HINT = document_sign(re.compile(rf"\n{_HINT_LINES}", re.M))
_HINT_AT_START = re.compile(_HINT_LINES, re.M)
_MAX_LINES = 8  # four columns, each a month-day line and a year line


@dataclass(frozen=True)
class StackedHeader:
    """The header's lines (`start`, `end`) and each column's date: its text and offsets."""

    start: int
    end: int
    dates: tuple[tuple[str, tuple[int, int]], ...]


def has_stacked_dates(text: str) -> bool:
    """Cheap gate: may `text` hold a stacked header?"""
    first = first_possible(_HINT, text)  # (`document_signs`: where RE2 finds it first)
    if first is not None and _HINT.search(text, first) is not None:
        return True
    return _HINT_AT_START.match(text) is not None


def stacked_headers(text: str) -> Iterator[StackedHeader]:
    """Every header of two or more dates stacked over lines in `text`."""
    done = -1
    starts = [0] if _HINT_AT_START.match(text) else []
    starts += [hint.start() + 1 for hint in scan(_HINT, text)]  # (`document_signs`)
    for start in starts:
        if start <= done:
            continue
        header = _header_at(text, start)
        if header is not None:
            done = header.end
            yield header


def _header_at(text: str, start: int) -> StackedHeader | None:
    pieces: list[re.Match[str]] = []
    end = start
    for _ in range(_MAX_LINES):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if _LINE.fullmatch(text, end, line_end) is None:
            break
        pieces += _PIECE.finditer(text, end, line_end)
        end = line_end + 1
    dates = _paired(text, pieces)
    if dates is None or len(dates) < 2:
        return None
    return StackedHeader(start, end - 1, tuple(dates))


def _paired(text: str, pieces: list[re.Match[str]]) -> list[tuple[str, tuple[int, int]]] | None:
    """The dates the pieces make, in column order, or None when they do not pair up."""
    dates: list[tuple[str, tuple[int, int]]] = []
    at = 0
    while at < len(pieces):
        piece = pieces[at]
        if piece["date"]:
            dates.append((_spaced(piece["date"]), piece.span()))
            at += 1
            continue
        days = _run(pieces, at, "day")
        years = _run(pieces, at + len(days), "year")
        if not days or len(years) != len(days):
            return None
        for day, year in zip(days, years, strict=True):
            cell = f"{_spaced(day['day'])} {year['year']}"  # its pieces, as printed
            dates.append((cell, (day.start(), year.end() if len(days) == 1 else day.end())))
        at += len(days) + len(years)
    return dates


def _run(pieces: list[re.Match[str]], at: int, kind: str) -> list[re.Match[str]]:
    run: list[re.Match[str]] = []
    while at < len(pieces) and pieces[at][kind]:
        run.append(pieces[at])
        at += 1
    return run


def _spaced(words: str) -> str:
    return " ".join(words.split())
