"""Hard-wrapped prose read as one line: "… value of its 140.5 Bitcoin holdings on\nOctober 31".

Plain-text mail, PDF dumps and filings' text break their sentences (and long titles) at a fixed
column. Every reader in `monitor.extract` reads a line as a unit (a title, a row, a sentence),
so a break inside a sentence cuts a figure from its unit, its date or its verb. Before any
reading, each line break taken for a wrap is made a space, so the text keeps its length and
every offset still points into the text as given (as `spaced_thousands` does).

A break is a wrap when `sentences.continues` says the line goes on (it stops mid-phrase), or,
in a text laid out at a fixed width, when the line is full: the next line's first word would
not have fitted on it ("… Mining\nOperation Updates for March 2023", "… (Nasdaq:\nCLSK)").
Table rows (cells glued, spaced or in a run of figures), bullets, "Label: value" rows and
blank lines never join, and a line stopping on a noun above a capital (a headline above its
story: "… reduces $260M debt load\nBitcoin miner …") joins only when it is full. The sentence
splitter still reads the lines as laid out (`sentences.segments(text, layout)`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .sentences import ITEM_OPENER, colon_cells, continues, ends_on_abbreviation, spaced_cells

# A fixed width is one a writer or a converter wraps at (mail 72-80 columns, PDF text wider);
# a text is laid out at it when enough lines are filled close to it (a filled line stops
# within a word or two of the width) and hardly any prose line runs past it.
_WIDTHS = range(60, 101)
_FILLED_REACH = 12
_FILLED_LINES = 4
_OUTLIERS_PER_FILLED = 2  # lines past the width allowed (short paragraphs left unwrapped,
# a converter's long line): one per two filled lines
_FIRST_WORD = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
_GLUED = re.compile(r"[a-z%][\d$]|\d[A-Z][a-z]")
_FIGURE = r"[(\[]?[-–—$€£]?\d[\d,.]*[%)\]]?"
# Cells kept apart by a run of spaces: "Current portion of long-term loans  10   16,658".
_SPACED_FIGURE = re.compile(r"\S(?:\s{2,}|\t)[(\[]?[-–—$€£]?\d")
_CELL = rf"(?:{_FIGURE}|[-–—])"
_FIGURE_RUN = re.compile(rf"(?<!\S){_CELL}(?:[ \t]+{_CELL}){{2}}(?!\S)")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)\]]*$")
_ITEM_START = re.compile(r"[•·▪◦●*]|[–—-](?:\s|[^\W\d_])")


def joined(text: str) -> str:
    """`text` with each hard wrap made a space (same length); `text` itself when none."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _width(lines)
    out: list[str] = []
    changed = False
    for index, line in enumerate(lines[:-1]):
        out.append(line)
        following = lines[index + 1]
        # (an empty line, a third of a release's, is no wrap and joins none: no call for it)
        if line and following and _prose_wrap(line, following, width):
            out.append(" ")
            changed = True
        else:
            out.append("\n")
    if not changed:
        return text
    out.append(lines[-1])
    return "".join(out)


def _prose_wrap(line: str, following: str, width: int) -> bool:
    """Does `line` break inside a sentence of prose going on in `following`?"""
    if not (continues(line, following, weak=False) or (width and _filled(line, following, width))):
        return False
    # (`continues` also joins a table's lines for the sentence reader; the layout readers read
    # those lines as rows, so they keep their breaks)
    return not (_row_like(line) or _row_like(following))


def _row_like(line: str) -> bool:
    """A table's line: figures only ("4,107 4,236"), figures in a run ("Bitcoin Mined, net 31.7
    26.8 27.9"), or cells glued to their label ("Bitcoin Mined10.963.669.2", "2022Sep 2023")."""
    if _GLUED.search(line) or _FIGURE_RUN.search(line) or _SPACED_FIGURE.search(line):
        return True
    # (figures alone, unless they end a sentence: "… as of August\n29, 2024.")
    return not _LETTER.search(line) and not line.rstrip().endswith((".", ",", ";"))


def _prose(line: str) -> bool:
    return bool(line.strip()) and "|" not in line and "\t" not in line


def _width(lines: list[str]) -> int:
    """The column the text is wrapped at, or 0 when it is not laid out at a fixed width: the
    width with the most lines filled close to it, twice as many as lines running past it."""
    # (flush-left lines only: an indented line is laid out by hand, a list item or a quote)
    lengths = sorted(len(line.rstrip()) for line in lines if _prose(line) and line[0] > " ")
    count = len(lengths)
    best, most = 0, _FILLED_LINES - 1
    for width in sorted({length for length in lengths if length in _WIDTHS}, reverse=True):
        longer = count - bisect_right(lengths, width)
        filled = count - longer - bisect_right(lengths, width - _FILLED_REACH)
        if filled > most and longer * _OUTLIERS_PER_FILLED <= filled:
            best, most = width, filled
    return best


def _filled(line: str, following: str, width: int) -> bool:
    """Is `line` full at `width`, `following` going on with its sentence?"""
    body = line.rstrip()
    if len(body) > width or not _prose(line) or not _prose(following):
        return False
    word = _FIRST_WORD.search(following)
    if word is None or len(body) + 1 + len(word.group(0)) <= width:
        return False  # the next word would have fitted: the line ended where its writer did
    if _ITEM_START.match(following.lstrip()) or ITEM_OPENER.match(following):
        return False
    if _SENTENCE_END.search(body) and not ends_on_abbreviation(body):
        return False  # a sentence ends there: joined or not, it reads the same, and a heading
        # or a label may follow ("… plan.”\nHighlights:")
    return not (
        spaced_cells(body) or spaced_cells(following) or colon_cells(body) or colon_cells(following)
    )
