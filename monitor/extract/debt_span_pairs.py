"""A filing's two spans named before a respective pair of debt flows.

10-Q and 10-K notes compare the period reported with the same period a year before, the spans
first and the amounts after: "During the three months ended March 31, 2024 and March 31, 2023,
interest expense was $6.3 million and $7.6 million, respectively"; "For the years ended
December 31, 2023 and 2022, the Company repaid $12.0 million and $3.1 million, respectively".
The first amount is the first span's (the filing's own period); the second is the comparative
(README, decided case 1), not a second instrument. Only whole quarters and years are read:
six- and nine-month spans are year-to-date totals, which are not labelled.
"""

from __future__ import annotations

import re

from .context import DocContext
from .date_forms import MONTH_DAY_YEAR
from .sentences import Segment

_DATE = rf"(?:{MONTH_DAY_YEAR}|\d{{1,2}}\s{{1,3}}[A-Z][a-z]{{2,8}}\s{{1,3}}\d{{4}})"

# "three months ended March 31, 2024 and March 31, 2023", "years ended December 31, 2023 and
# 2022", "fiscal quarters ended June 30, 2025 and 2024".
_SPAN_PAIR = re.compile(
    r"\b(?:(?:three|3|twelve|12)[\s-]{1,3}months?|(?:fiscal\s{1,3})?(?:quarters?|years?))"
    rf"\s{{1,3}}ended\s{{1,3}}(?:on\s{{1,3}})?{_DATE}\s{{0,3}},?\s{{1,3}}and\s{{1,3}}"
    rf"(?:{_DATE}|\d{{4}})\b",
    re.IGNORECASE,
)
_REACH = 200  # how far before the first amount the spans may be named


def span_pair_before(text: str, position: int) -> re.Match[str] | None:
    """The last pair of spans named in the `_REACH` characters before `position`, if any."""
    start = max(0, position - _REACH)
    if "ended" not in text[start:position].lower():
        return None  # cheap gate
    found = None
    for match in _SPAN_PAIR.finditer(text, start, position):
        found = match
    return found


def first_span_period(ctx: DocContext, segment: Segment, position: int) -> str | None:
    """The period label of the first span of a pair named before the amount at `position`."""
    pair = span_pair_before(segment.text, position)
    if pair is None:
        return None
    for mention in ctx.mentions(segment):
        if pair.start() <= mention.start < pair.end() and mention.period is not None:
            if mention.period.granularity in ("quarter", "year"):
                return mention.period.label()
            return None  # (a span read as a day or month is not one this module knows)
    return None
