"""A balance the company "also reported" right after a sentence reporting a quarter's results.

Reading rule (README decided case 14's last clause: a figure whose own sentence names no date
takes the period of the report it comes from): "For the three months ending Sept. 30, Marathon
posted total revenue of $163,000. It also reported total debt obligations of $22 million" tells
a balance of the same report, so the quarter's label, not the month of publication. Only a
sentence opening on the company and "also reported" (or posted, recorded, disclosed), right
after a sentence naming a quarter or a three-month span, in the same paragraph. A quarter the
sentence before only compares with ("up from the three months ended …", "versus the second
quarter"), or one ended more than a results season before
publication, is not the report's: the balance then keeps its own dating.
"""

from __future__ import annotations

import datetime as dt
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
# "up from the three months ended …", "compared with the second quarter of 2022": the
# comparison word right before the quarter ("rose to $4 million from $2 million in the three
# months ended …" compares money, not quarters: its quarter is the report's).
_COMPARED = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:the\s+|its\s+)?"
    r"(?:same\s+|prior[- ]year\s+|year[- ](?:earlier|ago)\s+)?$",
    re.IGNORECASE,
)
# A quarter's results come out within about four months of its end (10-Q within 40-45 days,
# a foreign issuer's interim report later); an older quarter is history, not this report.
_RESULTS_SEASON_DAYS = 120


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
        quarter: Period | None = None
        if period.granularity == "quarter":
            quarter = period
        elif (
            period.is_date
            and period.index % 3 == 0
            and _QUARTER_SPAN.search(previous[: mention.start])
        ):
            quarter = Period.of_quarter(period.year, period.index // 3)
        if quarter is None or _only_compared(previous, mention.start):
            continue
        if _reported_in_season(quarter, ctx.reference):
            return quarter.label()
    return None


def _only_compared(sentence: str, start: int) -> bool:
    """Does the sentence bring in the quarter at `start` only as the comparison ("from the
    three months ended …", "versus the second quarter")?"""
    return _COMPARED.search(sentence[max(0, start - 40) : start]) is not None


def _reported_in_season(quarter: Period, reference: dt.date | None) -> bool:
    """Could a report published on `reference` be this quarter's results (it ended, at most a
    results season before)?"""
    if reference is None:
        return True
    return 0 <= (reference - quarter.last_day()).days <= _RESULTS_SEASON_DAYS
