"""Debt figures checked against the whole document, after every sentence has been read.

A sentence alone cannot tell whether new debt was really taken on: a headline says "Bitdeer
Secures $400 Million in Convertible Notes" while the body only announces the *pricing*; a
"secured a $100 million credit facility" story goes on to say the company *plans to draw* on
it; a headline's "US$500 Million of Convertible Notes" is the base deal that the body restates
as US$588 million "including the exercise in full of the $88 million option". Each check here
drops the issued figure the rest of the document contradicts.
"""

from __future__ import annotations

import datetime as dt

from .folded import Folded, lowered
from .model import DEBT_ISSUED, DEBT_REPAID, Extracted
from .numbers import IN_SENTENCE, find_money

# An offering announced as priced ...
_PRICED = Folded(
    rf"\b(?:pric(?:ed|ing|es)\b{IN_SENTENCE}{{0,80}}\b(?:offering|notes|bonds|debentures)|"
    rf"(?:offering|notes|bonds|debentures)\b{IN_SENTENCE}{{0,40}}\bpric(?:ed|ing)\b)"
)
# ... and never said to have closed ("closing price" is a share price, not a closing).
_CLOSED = Folded(
    r"\b(?:closed|closes|closing(?!\s+(?:sale\s+)?prices?)|completed|completion|consummat\w*)\b"
)
_FLOWS = (DEBT_ISSUED, DEBT_REPAID)
_REACH = 120
_NOTES = Folded(r"\b(?:notes?|bonds?|debentures?|offering)\b")
# A facility that is available but not (yet) drawn.
_NOT_DRAWN = Folded(
    r"\b(?:(?:plans?|intends?|expects?|anticipates?)\s+to\s+draw|undrawn|"
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?drawn|"
    r"no\s+(?:amounts?|borrowings)\s+(?:have\s+been\s+|were\s+|are\s+)?(?:drawn|outstanding))\b"
)
_FACILITY = Folded(r"\b(?:facility|line\s+of\s+credit|credit\s+line|revolv\w*)\b")
# "…, which includes the exercise in full of the $88 million option …": the total restates the
# base deal plus the option.
_WITH_OPTION = Folded(
    rf"\binclud\w*\s+(?:the\s+)?(?:full\s+)?exercise\b{IN_SENTENCE}{{0,80}}\b(?:option|over-?allotment)"
)


def reconcile(
    found: list[Extracted], text: str, published: dt.date | None = None
) -> list[Extracted]:
    """`found` without the debt flows that the rest of the document contradicts."""
    issued = [item for item in found if item.metric == DEBT_ISSUED]
    dropped: set[int] = set()
    if issued:
        doubts = _Doubts(text)
        dropped = {id(item) for item in issued if doubts.contradict(item)}
        dropped |= {id(item) for item in _base_deals(issued)}
    dropped |= {id(item) for item in _undated_restatements(found, published)}
    if not dropped:
        return found
    return [item for item in found if id(item) not in dropped]


class _Doubts:
    """What the whole document says against new debt, read once (and only when needed: the
    document-wide scans are the costly part)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lower = lowered(text)
        self._priced_only: bool | None = None
        self._not_drawn: bool | None = None

    def contradict(self, item: Extracted) -> bool:
        if _NOTES.search(item.evidence) and self.priced_only():
            return True  # priced, not closed: no debt yet
        return bool(_FACILITY.search(item.evidence)) and self.not_drawn()

    def priced_only(self) -> bool:
        if self._priced_only is None:
            self._priced_only = self._around("pric", _PRICED) and _CLOSED.search(self._text) is None
        return self._priced_only

    def not_drawn(self) -> bool:
        if self._not_drawn is None:
            self._not_drawn = self._around("draw", _NOT_DRAWN)
        return self._not_drawn

    def _around(self, word: str, pattern: Folded) -> bool:
        """Does `pattern` match near an occurrence of `word`? (Scanning the windows around a
        plain substring is much cheaper than running the pattern over the whole document.)"""
        position = self._lower.find(word)
        while position >= 0:
            start = max(0, position - _REACH)
            if pattern.search(self._text[start : position + _REACH]):
                return True
            position = self._lower.find(word, position + len(word))
        return False


def _undated_restatements(found: list[Extracted], published: dt.date | None) -> list[Extracted]:
    """ "today announced the extinguishment of $2.1 million" (dated by publication) restates
    "On October 26, 2022, … the extinguishment of $2.1 million": the dated sentence says when."""
    if published is None:
        return []
    month = f"{published.year:04d}-{published.month:02d}"
    flows = [item for item in found if item.metric in _FLOWS]
    dated = {(item.metric, item.value, item.unit) for item in flows if item.period != month}
    return [
        item
        for item in flows
        if item.period == month and (item.metric, item.value, item.unit) in dated
    ]


def _base_deals(issued: list[Extracted]) -> list[Extracted]:
    """Issued figures equal to a stated total less its option: the same deal, counted once."""
    bases: set[tuple[object, str]] = set()
    for item in issued:
        if item.value is None or not _WITH_OPTION.search(item.evidence):
            continue
        for money in find_money(item.evidence):
            if money.currency == item.unit and 0 < money.amount < item.value:
                bases.add((item.value - money.amount, item.unit))
    return [item for item in issued if (item.value, item.unit) in bases]
