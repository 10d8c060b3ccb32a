"""A markdown table a page printed on one line, its rows run together.

Document indexes and scraped wire copy print a release's table as one line: "Bitcoin Mining
Update for March 2025 | Metrics | Mar 2025 | Feb 2025 | | --- | --- | --- | | Number of
Bitcoins produced | 530.1 | 472.7 | | Total number of Bitcoins held | 2,474.8 | 1,944.7 |".
The separator row ("| --- | --- | --- |") gives the column count, so every row's end is known:
after each run of that many cells comes the blank between one row's closing pipe and the next
row's opening one. That blank (and the one before the header and after the last row) becomes a
line break, so the table reads as the line-per-row table it was. Same length, so every offset
holds (the evidence is quoted from the text as given).
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,12}")
_MAX_ROWS = 60  # a release's table; a longer run is left as printed


def unflattened(text: str) -> str:
    """`text` with every one-line markdown table cut into one line per row."""
    if "---" not in text or "|" not in text:
        return text  # (a substring test first: most documents print no markdown table)
    chars: list[str] | None = None
    for separator in _SEPARATOR.finditer(text):
        line_start = text.rfind("\n", 0, separator.start()) + 1
        if not text[line_start : separator.start()].strip():
            continue  # the separator opens its line: the table has its rows on lines already
        line_end = text.find("\n", separator.end())
        line_end = len(text) if line_end < 0 else line_end
        breaks = _row_breaks(text, line_start, line_end, separator)
        if breaks:
            chars = chars if chars is not None else list(text)
            for index in breaks:
                chars[index] = "\n"
    return "".join(chars) if chars is not None else text


def _row_breaks(text: str, start: int, end: int, separator: re.Match[str]) -> list[int]:
    """Offsets of the one-space blanks between the table's rows (and around it), or none when
    the line does not hold whole rows of the separator's width."""
    pipes = [index for index in range(start, end) if text[index] == "|"]
    columns = separator.group().count("|") - 1
    first = pipes.index(separator.start())
    header = first - 1 - columns  # the header row's opening pipe
    if header < 0 or not _blank(text, pipes[first - 1], pipes[first]):
        return []
    breaks = [pipes[first - 1] + 1]
    opening = pipes[header]
    if opening > start and text[opening - 1] == " ":
        breaks.append(opening - 1)  # the caption before the header
    closing = first + columns  # the separator row's closing pipe
    rows = 0
    while closing + 1 + columns < len(pipes) and rows < _MAX_ROWS:
        if not _blank(text, pipes[closing], pipes[closing + 1]):
            break
        breaks.append(pipes[closing] + 1)
        closing += 1 + columns
        rows += 1
    if rows == 0:
        return []
    after = pipes[closing] + 1
    if after < end and text[after] == " ":
        breaks.append(after)  # prose after the last row
    return breaks


def _blank(text: str, left: int, right: int) -> bool:
    """One space between two pipes: a row's end and the next row's start."""
    return right == left + 2 and text[left + 1] == " "
