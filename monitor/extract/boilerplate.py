"""A disclaimer's or a source list's paragraph says nothing about the period a story reports.

"Disclaimer. Editorial analysis with data as of May 24, 2026 (HIVE announcement from May 18,
IREN Q3 FY2026 results published on May 7, …)", "Sources: HIVE Q4 FY2026 report; Bitfarms Q1
2026 results": the periods there are the sources the writer read, often other companies'
reports, not the story's own (README "Periods": the report's own period is its title's, its
lead's). The period detectors skip such a paragraph, wherever it stands (an editorial page
often opens with its disclaimer). Its figures, if any, are still read as prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .folded import lowered
from .sentences import Segment

# a paragraph (line) opening with a disclaimer's or a source list's label
_LABEL = re.compile(
    r"[\s*_#>•-]*(?:(?:legal\s+|important\s+)?disclaimers?|(?:data\s+)?sources?|"
    r"disclosures?|important\s+notice)\s*[.:—–-]",
    re.IGNORECASE,
)
# Words one of which the head of a line `_LABEL` opens holds (lowercased): its cheap gate.
_LABEL_WORDS = ("disclai", "source", "notice", "disclos")
# The document's screen: each label word holds one of these ("discl": both "disclai" and
# "disclos", one search of the document fewer).
_SCREEN_WORDS = ("discl", "source", "notice")
_HEAD = 20
_NEWLINE = re.compile("\n")


def without_boilerplate(parts: Iterable[Segment], text: str) -> list[Segment]:
    """`parts` without the sentences of a paragraph that a disclaimer's or a source list's
    label opens."""
    opened = {start for start in label_lines(text) if _opens_boilerplate(text, start)}
    if not opened:
        return list(parts)  # (most documents: no part is looked at)
    kept: list[Segment] = []
    line_start = -1
    boilerplate = False
    for part in parts:
        start = text.rfind("\n", 0, part.start) + 1
        if start != line_start:
            line_start = start
            boilerplate = start in opened
        if not boilerplate:
            kept.append(part)
    return kept


def label_lines(text: str) -> set[int]:
    """The starts of the lines whose first `_HEAD` characters hold a label's word in any case:
    the only lines `_opens_boilerplate` can say yes to. A screen done once for the document
    (a lowercased copy searched for each word) rather than once for each of its lines."""
    lower = lowered(text)  # the document's lowercase, kept by `folded` for its other readers
    if len(lower) != len(text):  # ("İ" lowers to two characters: offsets would move)
        return {0} | {newline.end() for newline in _NEWLINE.finditer(text)}
    starts: set[int] = set()
    for word in _SCREEN_WORDS:
        found = lower.find(word)
        while found >= 0:
            starts.update(_heads_holding(lower, found, found + len(word)))
            found = lower.find(word, found + 1)
    return starts


def _heads_holding(text: str, start: int, end: int) -> Iterator[int]:
    """The starts of the lines whose first `_HEAD` characters hold `text[start:end]`: its own
    line's, and an earlier short line's whose head runs on into it."""
    line = text.rfind("\n", 0, start) + 1
    while line >= end - _HEAD:
        yield line
        if line == 0:
            return
        line = text.rfind("\n", 0, line - 1) + 1


def _opens_boilerplate(text: str, start: int) -> bool:
    """Does the line at `start` open a disclaimer or a source list that names a date? A bare
    caption ("Source: Farside Investors") names no period: it keeps its place among the
    sentences the detectors count."""
    lower = text[start : start + _HEAD].lower()
    if not any(word in lower for word in _LABEL_WORDS):
        return False  # cheap gate: the label's words
    if _LABEL.match(text, start) is None:
        return False
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    return any(character.isdigit() for character in line)
