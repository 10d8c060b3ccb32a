"""Read tables with one row per period, laid out as text without cell separators.

A quarterly release often tabulates its months: "Month BTC Produced BTC Sold BTC Held" then
"July 2025 650.5 0 4,529.7", "August 2025 663.7 0 5,193.4", … one row per line or all on one
line. Each row is a period label followed by the same count K of values, so two or more
consecutive such rows are the table, and the words just before the first row are its header:
K metric names, cut where the layout allows no doubt — one word per column, or at each repeat
of the first word ("BTC Produced | BTC Sold | BTC Held"), or after each closing bracket
("Produced (BTC) | Sold (BTC)"). A leading "Month"/"Period" heads the period column. The rows
come out like a " | "-joined table's, so `tables` reads them as months-as-rows.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .flat import FOOTNOTE, PERIOD, VALUE, hints, word_starts
from .sentences import Segment

_FIRST_TABLE_ID = 400_000  # past any id the other layout readers give out
_PERIOD_ROW = re.compile(rf"(?<![\w/])(?P<period>{PERIOD})(?:{FOOTNOTE})?(?=\s)")
_WORD = re.compile(r"\S+")
_PERIOD_LEAD = 20
# A row's period is followed by a value: "2025 650.5", "Q1 2025 1,200" (cheap to test first).
_VALUE_NEXT = re.compile(r"\S*\s+[-–—($~\d]")
_MIN_ROWS = 2
_MAX_HEADER_WORDS = 15
_PERIOD_COLUMN = frozenset({"month", "period", "date", "quarter", "months", "year"})
_STOP = re.compile(r"[.!?:]$")

Span = tuple[int, int]


def find_month_rows(text: str) -> list[Segment]:
    """Header and rows of every periods-as-rows table laid out as text."""
    rows: list[Segment] = []
    table = _FIRST_TABLE_ID
    labels = _period_labels(text)
    index = 0
    while index < len(labels):
        run = _run(text, labels, index)
        if len(run) >= _MIN_ROWS:
            found = _table(text, run, table)
            if found:
                rows.extend(found)
                table += 1
            index += len(run)
        else:
            index += 1
    return rows


def _period_labels(text: str) -> list[re.Match[str]]:
    """Period labels that start a word, in order, each once."""
    found: list[re.Match[str]] = []
    for here in hints(text):
        if (found and here < found[-1].end()) or not _VALUE_NEXT.match(text, here):
            continue
        for start in word_starts(text, max(0, here - _PERIOD_LEAD), here):
            label = _PERIOD_ROW.match(text, start)
            if label is not None and label.end() > here:
                found.append(label)
                break
    return found


def _run(text: str, labels: list[re.Match[str]], first: int) -> list[tuple[Span, list[Span]]]:
    """Rows from `labels[first]` on: each a period label and K values, K the same for all."""
    run: list[tuple[Span, list[Span]]] = []
    for index in range(first, len(labels)):
        label = labels[index]
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        values = _values(text, label.end(), end)
        if not values or (run and len(values) != len(run[0][1])):
            break
        run.append((label.span("period"), values))
        if values[-1][1] < end and text[values[-1][1] : end].strip():
            break  # words after the values: the table ends with this row
    return run


def _values(text: str, start: int, end: int) -> list[Span]:
    """Spans of the values from `start` up to the first word that is not one."""
    spans: list[Span] = []
    for word in _WORD.finditer(text, start, end):
        if spans and word.start() < spans[-1][1]:
            continue  # inside a value already read ("$1.2 million")
        value = VALUE.match(text, word.start(), end)
        if value is None or not value.group(0).strip():
            break
        spans.append(value.span())
    return spans


def _table(text: str, run: list[tuple[Span, list[Span]]], table: int) -> list[Segment] | None:
    columns = len(run[0][1])
    header = _header(text, run[0][0][0], columns)
    if header is None:
        return None
    rows = [_segment(text, header, table)]
    rows += [_segment(text, [label, *values], table) for label, values in run]
    return rows


def _header(text: str, start: int, columns: int) -> list[Span] | None:
    """The column names just before the first row: the period column's own name (if any),
    then one name per value column."""
    words = _header_words(text, start)
    lead: list[Span] = []
    if words and text[slice(*words[0])].lower() in _PERIOD_COLUMN:
        lead, words = [words[0]], words[1:]
    groups = _groups(text, words, columns)
    if groups is None:
        return None
    return lead + [(group[0][0], group[-1][1]) for group in groups]


def _header_words(text: str, start: int) -> list[Span]:
    """Words before `start`, back to a sentence end or a line holding no header word."""
    line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    if not text[line_start:start].strip():  # the header is on the line above
        line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    words = [word.span() for word in _WORD.finditer(text, line_start, start)]
    kept: list[Span] = []
    for span in reversed(words):
        if _STOP.search(text[slice(*span)]) or VALUE.fullmatch(text[slice(*span)]):
            break
        kept.insert(0, span)
    return kept[-_MAX_HEADER_WORDS:]


def _groups(text: str, words: list[Span], columns: int) -> list[list[Span]] | None:
    """Cut the header words into `columns` names, only where the cut is certain."""
    names = [text[slice(*span)] for span in words]
    if len(words) == columns:
        return [[span] for span in words]
    if not names:
        return None
    first = names[0].lower()
    starts = [index for index, name in enumerate(names) if name.lower() == first]
    if len(starts) != columns:
        starts = [0] + [index + 1 for index, name in enumerate(names[:-1]) if name.endswith(")")]
        if len(starts) != columns or not names[-1].endswith(")"):
            return None
    bounds = [*starts, len(words)]
    return [words[a:b] for a, b in pairwise(bounds)]


def _segment(text: str, spans: list[Span], table: int) -> Segment:
    start, end = spans[0][0], max(stop for _, stop in spans)
    cells = tuple(" ".join(text[a:b].split()) for a, b in spans)  # a name wrapped: one line
    return Segment(text[start:end], start, end, cells, spans=tuple(spans), table=table)
