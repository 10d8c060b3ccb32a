"""A document's parts and restatements give way to the whole, exact, dated figure.

Releases state a site's production beside the company's ("539 bitcoin at the Lake Mariner
Facility" and "699 bitcoin across the Lake Mariner and Nautilus facilities"), unrestricted
holdings beside total holdings, and a headline's rounded figure beside the body's exact one
("holds over 5,800 BTC" and "holdings to 5,810"), and prose restates a table's figure
without its period. The careful reader records the company's exact figure once, with the
period its table names; this pass drops the others after all sentences are read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import ROUND_FLOOR, Decimal

from .bounds import without_bounds
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .numbers import APPROX, BTC_ADJECTIVE, BTC_UNIT, FOOTNOTE, NUMBER, parse_decimal
from .restatements import without_restatements

_I = re.IGNORECASE
# "539 bitcoin at the Lake Mariner Facility": one named site.
_SITE_PART = re.compile(
    rf"(?P<n>{NUMBER}){FOOTNOTE}\s*{BTC_ADJECTIVE}{BTC_UNIT}\s+(?:at|from)\s+"
    r"(?:the\s+|its\s+|our\s+)?[A-Z][\w'-]+"
)
# "Unrestricted bitcoin holdings were approximately 3,464 BTC": a part of the holdings.
_SUBSET_PART = re.compile(
    rf"\b(?:un)?restricted\s+(?:bitcoin\s+|BTC\s+)?holdings\b[^.;\d]{{0,40}}?{APPROX}(?P<n>{NUMBER})",
    _I,
)
# "over 5,800", "nearly 500": a hedged figure.
_HEDGED = re.compile(
    rf"\b(?:over|more\s+than|nearly|almost|approximately|about|around|roughly|above|some|~)\s*"
    rf"(?P<n>{NUMBER})",
    _I,
)
_ROUNDING = Decimal("0.05")
_TREASURY = (BTC_PRODUCED, BTC_HELD, BTC_SOLD)


def without_parts(found: list[Extracted]) -> list[Extracted]:
    """`found` without site parts, subsets and rounded restatements of a stated whole."""
    by_metric: dict[str, list[Extracted]] = {}
    for item in found:
        if item.metric in _TREASURY and item.value is not None:
            by_metric.setdefault(item.metric, []).append(item)
    dropped: set[int] = set()
    for items in by_metric.values():
        if len(items) > 1:
            tabled = _tabled_periods(items)
            dropped |= {id(item) for item in items if _gives_way(item, items, tabled)}
    dropped |= _truncated_restatements(by_metric.get(BTC_HELD, []))
    kept = [item for item in found if id(item) not in dropped] if dropped else found
    return without_restatements(without_bounds(kept))


def _tabled_periods(same_metric: list[Extracted]) -> dict[Decimal, set[str | None]]:
    """The periods each value is stated under in table rows (read once per metric, not once
    per sentence figure asking)."""
    periods: dict[Decimal, set[str | None]] = {}
    for other in same_metric:
        if other.row_label is not None and other.value is not None:
            periods.setdefault(other.value, set()).add(other.period)
    return periods


def _gives_way(
    item: Extracted, same_metric: list[Extracted], tabled: dict[Decimal, set[str | None]]
) -> bool:
    """A part of a larger figure of its month, a hedged round figure restating one, or a
    sentence restating a table's figure under another period (the table's column names it;
    the sentence's period was only the document's; `tabled`: `_tabled_periods`)."""
    assert item.value is not None
    periods = tabled.get(item.value)
    if item.row_label is None and periods and (len(periods) > 1 or item.period not in periods):
        return True  # a row states the value under a period other than the sentence's
    if _is_part(item):
        return any(
            _month(other.period) == _month(item.period) and _larger(other, item.value)
            for other in same_metric
        )
    if item.value % 10 == 0 and _hedged_somewhere(item, same_metric):
        return any(_restates(other, item) for other in same_metric if other is not item)
    return False


def _hedged_somewhere(item: Extracted, same_metric: list[Extracted]) -> bool:
    """The round figure is hedged where it is told, or where the document tells it again: the
    headline's "Mined 800 Bitcoins in Q1" is the body's "mined more than 800 bitcoins in the
    first quarter", both the exact 828 rounded."""
    assert item.value is not None
    return any(
        other.value == item.value
        and other.period == item.period
        and item.value in _values(_HEDGED, other.evidence)
        for other in same_metric
    )


def _is_part(item: Extracted) -> bool:
    if item.row_label is not None or item.metric == BTC_SOLD:
        return False
    pattern = _SITE_PART if item.metric == BTC_PRODUCED else _SUBSET_PART
    return item.value in _values(pattern, item.evidence)


def _restates(exact: Extracted, rounded: Extracted) -> bool:
    """`rounded` ("over 5,800") is `exact` (5,810) rounded, for the same or an enclosing period."""
    assert exact.value is not None and rounded.value is not None
    close = abs(exact.value - rounded.value) <= rounded.value * _ROUNDING
    return exact.value != rounded.value and close and _overlapping(exact.period, rounded.period)


def _truncated_restatements(held: list[Extracted]) -> set[int]:
    """ "holds 346.84 bitcoins" and "a total of 346 BTC": the whole number restates the exact
    balance of the same month (one pass: exact balances by their whole part)."""
    exact: dict[Decimal, list[str | None]] = {}
    for item in held:
        assert item.value is not None
        whole = item.value.to_integral_value(rounding=ROUND_FLOOR)
        if whole != item.value:
            exact.setdefault(whole, []).append(item.period)
    if not exact:
        return set()
    return {
        id(item)
        for item in held
        if item.value in exact
        and any(_overlapping(period, item.period) for period in exact[item.value])
    }


def _larger(other: Extracted, value: Decimal) -> bool:
    return other.value is not None and other.value > value


def _month(period: str | None) -> str:
    return (period or "")[:7]


def _overlapping(first: str | None, second: str | None) -> bool:
    """Same month, or one period inside the other by its label ("2023" holds "2023-12")."""
    a, b = _month(first), _month(second)
    return a.startswith(b) or b.startswith(a)


def _values(pattern: re.Pattern[str], text: str) -> frozenset[Decimal]:
    """The numbers `pattern` captures (group `n`) in `text`."""
    # Remembered by the pattern's identity: hashing a compiled pattern hashes its program.
    _PATTERNS.setdefault(id(pattern), pattern)
    return _values_by_id(id(pattern), text)


_PATTERNS: dict[int, re.Pattern[str]] = {}  # (kept, so that an id is never reused)


@functools.lru_cache(maxsize=512)
def _values_by_id(pattern_id: int, text: str) -> frozenset[Decimal]:
    pattern = _PATTERNS[pattern_id]
    return frozenset(_parsed(match["n"] for match in pattern.finditer(text)))


def _parsed(numbers: Iterable[str]) -> Iterable[Decimal]:
    for number in numbers:
        value = parse_decimal(number)
        if value is not None:
            yield value
