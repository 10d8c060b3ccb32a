"""A whole period's production completed by the month reported, as a running total.

"mined 214 bitcoins last month, taking the total for 2021 to 2,045" → 2,045 BTC for 2021;
"mined 598 BTC in March, bringing its first-quarter production to 1,871" → 1,871 for Q1.
The period may also follow the figure: "Earned 345 Self-Mined Bitcoin in September for a
Total of 5,621 Bitcoin Year-to-Date and 1,115 in the Third Quarter", "mined 598 BTC in March,
for a total of 1,871 BTC in the first quarter", "… totaling 1,871 BTC for Q1 2023".
The same frame in a month that does not close the period ("taking the total for 2024 to
1,200" in an October update) is a year-to-date figure, which the README does not label: the
total counts only when the month's own production closes the quarter, half or year it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import DocContext
from .evidence import observation
from .folded import Folded
from .model import BTC_PRODUCED, Extracted
from .numbers import COUNT_AS_PRINTED, parse_decimal
from .periods import Period
from .sentences import Segment
from .skipping import skipping

# "taking the total mined in the first quarter to 1,871", "bringing its 2021 tally to 2,045 BTC"
_TOTAL_FOR = Folded(
    r"\b(?:taking|takes|took|bringing|brings|brought|lifting|lifts|pushing|pushes|raising)\s+"
    r"(?:its|the|their|our|the\s+company['’]s)\s+(?P<mid>[^,;.]{0,60}?)"
    r"\b(?:total|tally|production|output)\b(?P<tail>[^,;.]{0,60}?)\s+to\s+"
    r"(?:approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|a\s+record\s+)?"
    rf"(?P<qty>{COUNT_AS_PRINTED})(?!\s*(?:%|percent|[ept]h|mw|million|billion)|\d|,\d)"
)
# "for a total of 1,871 BTC in the first quarter", "and 1,115 in the Third Quarter": the figure,
# then the period it totals (which `_named_period` must find right after it).
_TOTAL_THEN_PERIOD = Folded(
    r"\b(?P<lead>for\s+a\s+(?:[\w-]+\s+)?total\s+of|totall?ing|totall?ed|and)\s+"
    r"(?:approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?"
    rf"(?P<qty>{COUNT_AS_PRINTED})(?!\s*(?:%|percent|[ept]h|mw|million|billion)|\d|,\d)"
    r"(?:\s*(?:self-mined\s+|mined\s+)?(?:bitcoins?|btc))?\s+(?:in|for|during|over)\s+"
    r"(?P<tail>(?:the\s+)?(?:full\s+|entire\s+|whole\s+)?[\w-]+(?:\s+[\w-]+){0,3})"
)
# The words before "and N in the third quarter" must be a production: "sold 200 BTC in
# September and 600 in the third quarter" is a sale's total, which this module does not read.
_PRODUCTION_BEFORE = Folded(
    r"\b(?:min(?:ed|ing)|produc(?:ed|ing|tion)|earn(?:ed|ing)|generat(?:ed|ing))\b"
)
_BEFORE_CHARS = 80
# A balance, money or hash rate, not mined coins.
_NOT_MINED = Folded(r"\b(?:held|holdings?|reserves?|treasury|balance|revenue|hash|sold|sales?)\b")
_WHOLE = ("quarter", "half", "year")


def period_totals(segment: Segment, ctx: DocContext, found: list[Extracted]) -> Iterator[Extracted]:
    """The running total of the sentence when its month's production closes that period."""
    month = _one_month(found)
    if month is None:
        return
    text = segment.text
    for match in _TOTAL_FOR.finditer(text):
        words = match.group("mid") + " " + match.group("tail")
        if _NOT_MINED.search(words):
            continue
        whole = _named_period(ctx, segment, match.start("mid"), match.start("qty"))
        whole = whole or _year_in(words)  # "its total 2023 production": a bare year
        if whole is None or whole.granularity not in _WHOLE:
            continue
        closes = whole.last_day()
        if (closes.year, closes.month) != (month.year, month.index):
            continue  # a running total within the period: year- or quarter-to-date
        yield observation(
            segment, BTC_PRODUCED, parse_decimal(match.group("qty")), "BTC", whole.label()
        )


# A year as a bare modifier of the total ("its total 2023 production", "its 2021 tally"), which
# the period finder does not take for a period on its own.
_BARE_YEAR = skipping(re.compile(r"(?<![\d,.$])\b((?:19|20)\d\d)\b(?![\d,.]\d)"))


def _year_in(words: str) -> Period | None:
    found = _BARE_YEAR.findall(words)
    return Period.parse(found[0]) if len(found) == 1 else None


def _named_period(ctx: DocContext, segment: Segment, start: int, end: int) -> Period | None:
    """The one period phrase between the total's verb and its figure, if exactly one."""
    named = [m.period for m in ctx.mentions(segment) if start <= m.start < end and m.period]
    return named[0] if len(named) == 1 else None


def totals_then_period(
    segment: Segment, ctx: DocContext, found: list[Extracted]
) -> Iterator[Extracted]:
    """Totals whose whole period follows the figure ("for a total of 1,871 BTC in Q1"), when
    the sentence's month of production closes that period."""
    month = _one_month(found)
    if month is None:
        return
    text = segment.text
    for match in _TOTAL_THEN_PERIOD.finditer(text):
        before = text[max(0, match.start() - _BEFORE_CHARS) : match.start()]
        if _NOT_MINED.search(before) or not _PRODUCTION_BEFORE.search(before):
            continue
        whole = _named_period(ctx, segment, match.end("qty"), match.end("tail"))
        if whole is None or whole.granularity not in _WHOLE:
            continue
        closes = whole.last_day()
        if (closes.year, closes.month) != (month.year, month.index):
            continue  # a quarter or year the month does not close: a running total
        yield observation(
            segment, BTC_PRODUCED, parse_decimal(match.group("qty")), "BTC", whole.label()
        )


def _one_month(found: list[Extracted]) -> Period | None:
    """The one month whose production the sentence states, if exactly one."""
    months = {
        parsed
        for item in found
        if item.metric == BTC_PRODUCED
        and (parsed := Period.parse(item.period)) is not None
        and parsed.granularity == "month"
    }
    return next(iter(months)) if len(months) == 1 else None
