"""A period named as a schedule or target: when something is due, not what a text reports.

"expected to be operational in the second half of 2027", "when operations begin in the second
half of 2026", "slated for delivery by January 2027", "targeting Q4 2026": a calendar period
that starts after publication, told as when a build-out is due. No report covers such a period
and no fact of the text is dated by it (README: the period the sentence names, else the
report's own, else the publication month; no label of the corpus has a calendar period that
starts after its publication). An issuer's fiscal quarter may be labelled later than the
calendar months it covers ("Q1 FY26", "the third quarter ended Dec. 31, 2023" → 2024-Q3 for a
March year-end): a fiscal name is never a schedule.
"""

from __future__ import annotations

import datetime as dt

from .folded import Folded
from .periods import Mention, Period

_REACH = 80  # a schedule's words stand just before its period, in the same clause
# Words that make the period a due date: a forecast, plan or delivery, or an event to come.
_CUE = Folded(
    r"\b(?:expect\w*|anticipat\w*|slated|scheduled|target\w*|plann?\w*|projected|aim\w*|"
    r"on\s+track|due|will|shall|deliver\w*|launch\w*|begin\w*|commenc\w*|start\w*|online|"
    r"operational|completion|complete[sd]?|energi[sz]\w*|by|until|through)\b"
)
# "Q1 FY26", "fiscal 2026", "the quarter ended September 30, 2025": the issuer's own label.
_FISCAL = Folded(r"\b(?:fiscal|FY|ended|ending)")
_BREAK = Folded(r"[;:]|\.\s|\s[-–—•]\s")


def starts_after(period: Period | None, published: dt.date | None) -> bool:
    """Does `period` start after `published` (so it has not begun when the text came out)?"""
    return period is not None and published is not None and period.first_day() > published


def is_schedule(text: str, mention: Mention, published: dt.date | None) -> bool:
    """Is the period phrase `mention` of `text` a calendar period not yet begun at publication,
    named as a due date by the words just before it (see the module)?"""
    if not starts_after(mention.period, published):
        return False
    if _FISCAL.search(text, mention.start, mention.end) is not None:
        return False
    head = text[max(0, mention.start - _REACH) : mention.start]
    breaks = list(_BREAK.finditer(head))
    if breaks:  # the clause holding the period starts after the last break
        head = head[breaks[-1].end() :]
    return _CUE.search(head) is not None
