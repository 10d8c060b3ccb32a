"""One company's two figures "respectively": two metrics, or one metric for two periods.

"Riot's production and holdings were 450 BTC and 9,000 BTC, respectively" pairs each figure
with its metric; "Riot mined 450 BTC and 1,350 BTC in April and the first quarter,
respectively" pairs each with its period. Read figure by figure, the first sentence gives a
production of 9,000 and the second dates both figures in April: the pairs replace what the
figure families read from the same numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from . import guards
from .context import DocContext
from .evidence import observation
from .folded import Folded
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .numbers import APPROX, BTC_UNIT, NUMBER, parse_decimal
from .periods import Mention, Period
from .resolver import resolve_period
from .sentences import Segment
from .skipping import skipping

_METRIC_WORD = (
    r"(?:production|produced|mined|output|sales|sold|holdings|held|treasury|reserves?|balance)"
)
# ("approximately 2,203, and 780 bitcoin": a filing's serial comma)
_PAIR = (
    rf"{APPROX}(?P<q1>{NUMBER})(?:\s*{BTC_UNIT})?,?\s+and\s+{APPROX}(?P<q2>{NUMBER})"
    rf"(?:\s*{BTC_UNIT})?"
)
# "production and holdings were 450 BTC and 9,000 BTC, respectively", "produced and sold 450
# and 400 BTC in April, respectively"
_BY_METRIC = Folded(
    rf"\b(?P<w1>{_METRIC_WORD})\s+and\s+(?:(?:bitcoin|btc)\s+)?(?P<w2>{_METRIC_WORD})\b"
    rf"[^.;\d]{{0,40}}?{_PAIR}(?P<tail>[^.;\d]{{0,40}}?),?\s+respectively\b"
)
# "mined 450 BTC and 1,350 BTC in April and the first quarter, respectively"; "In April and
# March, Riot mined 450 and 430 bitcoin, respectively"
_BY_PERIOD = Folded(
    rf"\b(?P<verb>mined|produced|self-mined|earned|generated|sold|held|holding|holds)\s+{_PAIR}"
    # (the periods after the figures: "in April and the first quarter", "at June 30, 2024,
    # and December 31, 2023": words, a year, or a day and its year)
    r"(?P<tail>(?:[^.;\d]|\d{1,2},?\s+\d{4}\b|\d{4}\b){0,80}?),?\s+respectively\b"
)
_METRIC = {
    "production": BTC_PRODUCED,
    "produced": BTC_PRODUCED,
    "mined": BTC_PRODUCED,
    "self-mined": BTC_PRODUCED,
    "earned": BTC_PRODUCED,
    "generated": BTC_PRODUCED,
    "output": BTC_PRODUCED,
    "sales": BTC_SOLD,
    "sold": BTC_SOLD,
    "holdings": BTC_HELD,
    "held": BTC_HELD,
    "holding": BTC_HELD,
    "holds": BTC_HELD,
    "treasury": BTC_HELD,
    "reserve": BTC_HELD,
    "reserves": BTC_HELD,
    "balance": BTC_HELD,
}
_UNIT = skipping(re.compile(BTC_UNIT, re.IGNORECASE))


def respective(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """The pairs "respectively" states in the sentence (empty when it states none)."""
    return [*_by_metric(segment, ctx), *_by_period(segment, ctx)]


def _stated(match: re.Match[str]) -> bool:
    """Coins (a unit is printed), stated as done by the company for a whole period."""
    text, start = match.string, match.start()
    if _UNIT.search(match.group(0)) is None:
        return False
    if guards.is_hypothetical(text, start) or guards.is_negated(text, start):
        return False
    return not (guards.is_aggregate(text, start) or guards.is_cumulative(text, start, match.end()))


def _by_metric(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    text = segment.text
    for match in _BY_METRIC.finditer(text):
        metrics = (_METRIC[match["w1"].lower()], _METRIC[match["w2"].lower()])
        if metrics[0] == metrics[1] or not _stated(match):
            continue
        for metric, group in zip(metrics, ("q1", "q2"), strict=True):
            period = resolve_period(
                ctx, segment, match.start(group), match.end(), as_of=metric == BTC_HELD
            )
            yield observation(segment, metric, parse_decimal(match[group]), "BTC", period)


def _by_period(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    text = segment.text
    for match in _BY_PERIOD.finditer(text):
        if not _stated(match):
            continue
        periods = _two_periods(ctx, segment, match)
        if periods is None:
            continue
        metric = _METRIC[match["verb"].lower()]
        for period, group in zip(periods, ("q1", "q2"), strict=True):
            if metric == BTC_HELD and _earlier(period, periods):
                continue  # "held 11,452 and 10,428 … as of December 31 and September 30": the
                # earlier holding is the comparative (decided case 1)
            label = period.label(as_of=metric == BTC_HELD)
            yield observation(segment, metric, parse_decimal(match[group]), "BTC", label)


def _two_periods(ctx: DocContext, segment: Segment, match: re.Match[str]) -> tuple | None:
    """The two periods the pair refers to: named after the figures ("in April and the first
    quarter"), else before the verb ("In April and March, …")."""
    mentions = [m for m in ctx.mentions(segment) if m.period is not None]
    after = [m for m in mentions if match.end("q2") <= m.start < match.end()]
    if len(after) == 2:
        return after[0].period, after[1].period
    before = [m for m in mentions if m.end <= match.start()]
    if len(after) == 1:
        return _same_day_of_another_year(segment.text, after[0])
    if before:
        pair = _same_day_of_another_year(segment.text, before[-1])
        if pair is not None:
            return pair
    if not after and len(before) >= 2:
        return before[-2].period, before[-1].period
    return None


def _same_day_of_another_year(text: str, mention: Mention) -> tuple[Period, Period] | None:
    """ "June 30, 2025 and 2024": the day named, and the same day of the other year."""
    first = mention.period
    again = _SAME_DAY_YEAR.match(text, mention.end)
    if again is None or first is None or not first.is_date:
        return None
    if first.index == 2 and first.day_of_month == 29:
        return None  # (February 29 has no same day in most years)
    return first, Period.of_date(int(again["y"]), first.index, first.day_of_month)


# "As of September 30, 2025 and 2024, the Company held …": the same day of another year.
_SAME_DAY_YEAR = re.compile(r",?\s+and\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:BTC|bitcoin))")


def _earlier(period: Period, periods: tuple[Period, Period]) -> bool:
    """Whether `period` ends before the other of the pair."""
    return period.last_day() < max(other.last_day() for other in periods)


def replaced(found: list[Extracted], pairs: list[Extracted]) -> list[Extracted]:
    """`found` with the figures read from the pairs' numbers replaced by the pairs."""
    values: set[Decimal | None] = {pair.value for pair in pairs}
    kept = [
        item
        for item in found
        if item.metric not in (BTC_PRODUCED, BTC_SOLD, BTC_HELD) or item.value not in values
    ]
    return [*kept, *pairs]
