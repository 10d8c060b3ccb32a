"""The month's own production told as a part of a running total.

"The company mined a net total of 135.1 Bitcoins over the seven months ending July 31, with 4.6
Bitcoins added in the last month": the running total (year to date, since a start) is not
labelled (README, "What is NOT labelled"), but the part it names for one month or quarter is
that period's production. The same fact in other words: "mined 1,200 BTC year to date,
including 150 BTC in July", "…, with 150 BTC in July alone", "…, with 150 BTC mined during the
third quarter". The part must be smaller than the total, its period a month or a quarter, and
nothing but an addition verb between the coins and the period ("150 BTC for hosting clients
in July", "150 BTC sold in July" are not the company's production). Of several parts in a row
("with 508 BTC in Q1 and an additional 375 BTC in Q2") only the last is the report's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .context import DocContext
from .evidence import observation
from .folded import Folded
from .model import BTC_PRODUCED, Extracted
from .numbers import COUNT_AS_PRINTED, parse_decimal
from .periods import Period
from .resolver import resolve_period
from .sentences import Segment

_ABOUT = r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+|some\s+|around\s+)?"
_QTY = COUNT_AS_PRINTED
_ADDED = r"(?:(?:were\s+|was\s+)?(?:added|mined|produced|earned|generated)\s+)"
# The part's period: up to the clause's end or the next part ("… in Q1 and 375 BTC in Q2").
_PART_PERIOD = r"(?P<when>in|during|over)\s+(?P<period>[^,;.]{2,30}?)(?=\s+and\s|[,;.]|\s*$)"
_RUNNING_PART = Folded(
    rf"\b(?:min(?:ed|ing)|produc(?:ed|ing)|earn(?:ed|ing)|generat(?:ed|ing))\s+"
    rf"(?:a\s+(?:net\s+)?total\s+of\s+)?{_ABOUT}(?P<total>{_QTY})\s*(?:bitcoins?|btc)\b"
    rf"[^.;$]{{0,80}}?,\s+(?:including|with|of\s+which)\s+{_ABOUT}(?P<qty>{_QTY})"
    rf"(?:\s*(?:bitcoins?|btc))?\s+{_ADDED}?"
    rf"{_PART_PERIOD}"
)
# "…, with 508 BTC in Q1 and an additional 375 BTC in Q2": the next part of the same total.
_NEXT_PART = Folded(
    rf"\s+and\s+(?:an\s+additional\s+|another\s+|a\s+further\s+)?{_ABOUT}(?P<qty>{_QTY})"
    rf"(?:\s*(?:bitcoins?|btc))?\s+{_ADDED}?{_PART_PERIOD}"
)
_PART_GRANULARITIES = ("month", "quarter")


def running_parts(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    """The month's (or quarter's) production named as a part of a running total."""
    text = segment.text
    for match in _RUNNING_PART.finditer(text):
        total = parse_decimal(match["total"])
        parts = [match]
        while (following := _NEXT_PART.match(text, parts[-1].end())) is not None:
            parts.append(following)
        # Several parts are consecutive periods: the last is the report's own, the earlier
        # ones its comparatives (README, "What is NOT labelled").
        last = parts[-1]
        qty = parse_decimal(last["qty"])
        if qty is None or total is None or not Decimal(0) < qty < total:
            continue
        label = _part_period(ctx, segment, last)
        if label is not None:
            yield observation(segment, BTC_PRODUCED, qty, "BTC", label)


def _part_period(ctx: DocContext, segment: Segment, match: re.Match[str]) -> str | None:
    """The month or quarter the part's own phrase names ("in July", "during the second
    quarter"; "in the last month" as the resolver reads it), else None."""
    start, end = match.start("when"), match.end("period")
    named = [m for m in ctx.mentions(segment) if start <= m.start < end]
    if not named:
        return None
    stated = next((m.period for m in named if m.period is not None), None)
    if stated is not None:
        return stated.label() if stated.granularity in _PART_GRANULARITIES else None
    label = resolve_period(ctx, segment, match.start("qty"), match.end())  # "the last month"
    parsed = Period.parse(label) if label else None
    return label if parsed is not None and parsed.granularity in _PART_GRANULARITIES else None
