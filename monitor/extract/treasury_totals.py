"""A whole period's production completed by the month reported, as a running total.

"mined 214 bitcoins last month, taking the total for 2021 to 2,045" → 2,045 BTC for 2021;
"mined 598 BTC in March, bringing its first-quarter production to 1,871" → 1,871 for Q1.
The same frame in a month that does not close the period ("taking the total for 2024 to
1,200" in an October update) is a year-to-date figure, which the README does not label: the
total counts only when the month's own production closes the quarter, half or year it names.
"""

from __future__ import annotations

from collections.abc import Iterator

from .context import DocContext
from .evidence import observation
from .folded import Folded
from .model import BTC_PRODUCED, Extracted
from .numbers import parse_decimal
from .periods import Period
from .sentences import Segment

# "taking the total mined in the first quarter to 1,871", "bringing its 2021 tally to 2,045 BTC"
_TOTAL_FOR = Folded(
    r"\b(?:taking|takes|took|bringing|brings|brought|lifting|lifts|pushing|pushes|raising)\s+"
    r"(?:its|the|their|our|the\s+company['’]s)\s+(?P<mid>[^,;.]{0,60}?)"
    r"\b(?:total|tally|production|output)\b(?P<tail>[^,;.]{0,60}?)\s+to\s+"
    r"(?:approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|a\s+record\s+)?"
    r"(?P<qty>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?!\s*(?:%|percent|[ept]h|mw|million|billion)|\d|,\d)"
)
# A balance, money or hash rate, not mined coins.
_NOT_MINED = Folded(r"\b(?:held|holdings?|reserves?|treasury|balance|revenue|hash|sold|sales?)\b")
_WHOLE = ("quarter", "half", "year")


def period_totals(segment: Segment, ctx: DocContext, found: list[Extracted]) -> Iterator[Extracted]:
    """The running total of the sentence when its month's production closes that period."""
    months = {
        parsed
        for item in found
        if item.metric == BTC_PRODUCED
        and (parsed := Period.parse(item.period)) is not None
        and parsed.granularity == "month"
    }
    if len(months) != 1:
        return
    (month,) = months
    text = segment.text
    for match in _TOTAL_FOR.finditer(text):
        words = match.group("mid") + " " + match.group("tail")
        if _NOT_MINED.search(words):
            continue
        whole = _named_period(ctx, segment, match.start("mid"), match.start("qty"))
        if whole is None or whole.granularity not in _WHOLE:
            continue
        closes = whole.last_day()
        if (closes.year, closes.month) != (month.year, month.index):
            continue  # a running total within the period: year- or quarter-to-date
        yield observation(
            segment, BTC_PRODUCED, parse_decimal(match.group("qty")), "BTC", whole.label()
        )


def _named_period(ctx: DocContext, segment: Segment, start: int, end: int) -> Period | None:
    """The one period phrase between the total's verb and its figure, if exactly one."""
    named = [m.period for m in ctx.mentions(segment) if start <= m.start < end and m.period]
    return named[0] if len(named) == 1 else None
