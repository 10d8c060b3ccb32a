"""A balance the company "also reported" right after a sentence reporting a quarter's results.

Reading rule (README decided case 14's last clause: a figure whose own sentence names no date
takes the period of the report it comes from): "For the three months ending Sept. 30, Marathon
posted total revenue of $163,000. It also reported total debt obligations of $22 million" tells
a balance of the same report, so the quarter's label, not the month of publication. Only a
sentence opening on the company and "also reported" (or posted, recorded, disclosed), right
after a sentence naming a quarter or a three-month span, in the same paragraph.
"""

from __future__ import annotations

import re

from monitor.vocabulary.periods import Period

from .context import DocContext
from .periods import find_mentions
from .sentences import Segment

_ALSO_REPORTED = re.compile(
    r"^\W*(?:[Ii]t|[Tt]he\s+(?:[Cc]ompany|[Ff]irm|[Mm]iner)|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)"
    r"{0,2})\s+also\s+(?:reported|posted|recorded|disclosed)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# "For the three months ending Sept. 30": a quarter named by its last day.
_QUARTER_SPAN = re.compile(r"\b(?:three|3)\s+months\s+end(?:ed|ing)\s+(?:on\s+)?$", re.IGNORECASE)
_REACH = 400


def also_reported_period(ctx: DocContext, segment: Segment) -> str | None:
    """The quarter the sentence before reports, for a sentence telling what the company "also
    reported" (see the module docstring); else None."""
    if ctx.text is None or " also " not in segment.text or not _ALSO_REPORTED.match(segment.text):
        return None
    before = ctx.text[max(0, segment.start - _REACH) : segment.start]
    paragraph = before[before.rfind("\n") + 1 :].rstrip()
    previous = _SENTENCE_END.split(paragraph)[-1] if paragraph else ""
    for mention in find_mentions(previous, ctx.reference):
        period = mention.period
        if period is None:
            continue
        if period.granularity == "quarter":
            return period.label()
        if (
            period.is_date
            and period.index % 3 == 0
            and _QUARTER_SPAN.search(previous[: mention.start])
        ):
            return Period.of_quarter(period.year, period.index // 3).label()
    return None
