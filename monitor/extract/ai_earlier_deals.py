"""An earlier deal named by its own words: "the initial two 15-year leases executed in May
2025", "under the original agreement signed in March", "its existing lease, signed in June".

A story about a new deal recalls the deals before it (README, decided case 1): such a deal is
background, not this document's milestone, when its words call it earlier (initial, original,
existing, prior, previous, earlier) and its date falls before the month of publication and
outside the report's own period. The same words on a deal of the current month ("signed an
initial ten-year lease with CoreWeave" in that month's news) name a new deal, and count.
"""

from __future__ import annotations

from .context import DocContext
from .folded import Folded
from .periods import Period

_EARLIER = Folded(
    r"\b(?:initial|original|existing|prior|previous|earlier|preceding)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:leases?|contracts?|agreements?|deals?)\b"
)
_REACH = 60


def is_earlier_deal(text: str, start: int, end: int, label: str | None, ctx: DocContext) -> bool:
    """Is the deal at `text[start:end]` (dated `label`) an earlier one the story recalls?"""
    if not _EARLIER.search(text, max(0, start - _REACH), end):
        return False
    period = Period.parse(label)
    if period is None or ctx.published is None or period in (ctx.report, ctx.document):
        return False
    month_start = ctx.published.replace(day=1)
    return period.last_day() < month_start
