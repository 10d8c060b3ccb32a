"""A one-sided bound keeps its number unless the same text gives the exact figure.

"More than 520 MW", "holds over 6,696 BTC", "holdings surpassed 10,000 BTC" are labelled with
their number, like "approximately" (README, decided case 20). When the document also states
the exact figure the bound stands for ("over 500 MW" in the headline, "526 MW" in the body),
only the exact one is recorded; this pass drops the bound after all sentences are read.
Beside an exact holding of the same period, a holding's bound always gives way (one holding
per date).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal

from monitor.vocabulary.periods import Period

from .model import (
    AI_CAPACITY,
    AI_CAPEX,
    BTC_HELD,
    BTC_PRODUCED,
    BTC_SALE_PROCEEDS,
    BTC_SOLD,
    DEBT_ISSUED,
    DEBT_REPAID,
    Extracted,
)
from .numbers import NUMBER, parse_decimal

_I = re.IGNORECASE
# A lower bound: "over 6,696", "more than 520", "in excess of", "surpassed 10,000".
_BOUND = re.compile(
    r"\b(?:(?:just\s+|a\s+little\s+|slightly\s+|well\s+)?(?:over|above|beyond)|more\s+than|"
    r"in\s+excess\s+of|upwards?\s+of|north\s+of|surpass\w*|exceed\w*|topp\w*|crossed|passed)\s+"
    rf"(?:the\s+)?(?:(?:US|C|A)?\$\s?)?(?P<n>{NUMBER})(?:\s*(?P<scale>million|billion)\b)?",
    _I,
)
# Money flows too: "has sold more than $300 million worth of Bitcoin" beside "the sale of
# 4,451 BTC … for approximately $305 million" is the exact sum's bound.
_METRICS = (
    BTC_HELD,
    BTC_PRODUCED,
    BTC_SOLD,
    AI_CAPACITY,
    BTC_SALE_PROCEEDS,
    DEBT_ISSUED,
    DEBT_REPAID,
    AI_CAPEX,
)
_SCALES = {"million": Decimal(1_000_000), "billion": Decimal(1_000_000_000)}
# How far above the bound the exact figure may lie and still be what the bound rounds down
# ("over 5,800" for 5,810; not "more than 6,000 BTC in May" for today's 3,349).
_REACH = Decimal("1.2")


def without_bounds(found: list[Extracted]) -> list[Extracted]:
    """`found` without bounds whose exact figure the document states."""
    bounds = [item for item in found if _is_bound(item)]
    if not bounds:
        return found
    dropped = {id(item) for item in bounds if _exact_given(item, found)}
    return [item for item in found if id(item) not in dropped] if dropped else found


def _is_bound(item: Extracted) -> bool:
    return (
        item.metric in _METRICS and item.value is not None and item.value in _bounded(item.evidence)
    )


def _exact_given(bound: Extracted, found: list[Extracted]) -> bool:
    return any(
        other.metric == bound.metric
        and other.unit == bound.unit
        and other.value is not None
        and _stands_for(bound, other.value)
        and not _is_bound(other)
        and (
            _overlapping(other.period, bound.period)
            or _present_bound_of(bound, other.value, other.period)
        )
        for other in found
    )


# "The company now holds over 2,500 BTC" beside "As of May 31, 2025, its bitcoin holdings had
# grown to 2,520.2 BTC": a holding told as the present, with no date of its own, is the latest
# exact holding the text gives when that lies a little above the bound, whatever period label
# the bound took from the report (README, decided case 20: only the exact figure).
_PRESENT = re.compile(r"\b(?:now|currently|presently|today)\b", _I)


def _present_bound_of(bound: Extracted, exact: Decimal, period: str | None) -> bool:
    if bound.metric != BTC_HELD or not _PRESENT.search(bound.evidence):
        return False
    assert bound.value is not None
    if not bound.value < exact <= bound.value * _REACH:
        return False
    ours, theirs = _span(bound.period), _span(period)
    return ours is not None and theirs is not None and theirs[0] >= ours[0]


def _stands_for(bound: Extracted, exact: Decimal) -> bool:
    """Is `exact` the figure `bound` stands for? A flow's or a capacity's exact figure lies a
    little above the bound; a holding has one figure per date (README, decided case 12), so
    beside an exact holding of the same period a bound is that holding or an earlier balance
    ("held over 6,300 BTC" before the sale the story reports) and gives way either way."""
    assert bound.value is not None
    if bound.metric == BTC_HELD:
        return exact != bound.value
    return bound.value < exact <= bound.value * _REACH


def _overlapping(first: str | None, second: str | None) -> bool:
    """One period inside the other ("2025" holds "2025-04", "2025-Q2" holds "2025-06-30"),
    a day counting as its month; a missing or unreadable period overlaps nothing."""
    a, b = _span(first), _span(second)
    if a is None or b is None:
        return False
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _span(label: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a period label covers (a day: its whole month)."""
    period = Period.parse(label)
    if period is None:
        return None
    month = period.as_month()
    return month.first_day(), month.last_day()


@functools.lru_cache(maxsize=512)
def _bounded(text: str) -> frozenset[Decimal]:
    """The numbers a lower-bound word stands before in `text`."""
    values: set[Decimal] = set()
    for match in _BOUND.finditer(text):
        value = parse_decimal(match["n"])
        if value is not None:  # (a sum in millions is its money figure as well)
            values.add(value * _SCALES[match["scale"].lower()] if match["scale"] else value)
    return frozenset(values)
