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

from .folded import Folded
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
    dropped = {id(item) for item in issued if _contradicted(item, text)}
    dropped |= {id(item) for item in _base_deals(issued)}
    dropped |= {id(item) for item in _undated_restatements(found, published)}
    if not dropped:
        return found
    return [item for item in found if id(item) not in dropped]


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


def _contradicted(item: Extracted, text: str) -> bool:
    evidence = item.evidence
    if _NOTES.search(evidence) and _PRICED.search(text) and not _CLOSED.search(text):
        return True  # priced, not closed: no debt yet
    return bool(_FACILITY.search(evidence) and _NOT_DRAWN.search(text))


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
