"""A document's parts and restatements give way to the whole, exact, dated figure.

Releases state a site's production beside the company's ("539 bitcoin at the Lake Mariner
Facility" and "699 bitcoin across the Lake Mariner and Nautilus facilities"), unrestricted
holdings beside total holdings, and a headline's rounded figure beside the body's exact one
("holds over 5,800 BTC" and "holdings to 5,810"), and prose restates a table's figure
without its period (or the table's cell carries a footnote marker run into its value,
"Bitcoin mined2325" beside the prose's "325 Bitcoin mined"). The careful reader records the
company's exact figure once, with the period its table names; this pass drops the others
after all sentences are read.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from decimal import ROUND_FLOOR, Decimal

from .bounds import without_bounds
from .debt_words import is_title
from .model import (
    AI_CAPEX,
    BTC_HELD,
    BTC_PRODUCED,
    BTC_SALE_PROCEEDS,
    BTC_SOLD,
    DEBT_ISSUED,
    DEBT_REPAID,
    Extracted,
)
from .numbers import APPROX, BTC_ADJECTIVE, BTC_UNIT, FOOTNOTE, NUMBER, parse_decimal
from .restatements import without_restatements

_I = re.IGNORECASE
# "539 bitcoin at the Lake Mariner Facility": one named site.
_SITE_PART = re.compile(
    rf"(?P<n>{NUMBER}){FOOTNOTE}\s*{BTC_ADJECTIVE}{BTC_UNIT}\s+(?:at|from)\s+"
    r"(?:the\s+|its\s+|our\s+)?[A-Z][\w'-]+"
)
# "Unrestricted bitcoin holdings were approximately 3,464 BTC": a part of the holdings
# ("bringing its unrestricted holdings from 4,200 to 7,815 BTC": the level it reached).
_SUBSET_PART = re.compile(
    rf"\b(?:un)?restricted\s+(?:bitcoin\s+|BTC\s+)?holdings\b[^.;\d]{{0,40}}?"
    rf"(?:from\s+{APPROX}{NUMBER}(?:\s*{BTC_UNIT})?\s+to\s+)?{APPROX}(?P<n>{NUMBER})",
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
            others = _SameMetric(items)
            dropped.update(id(item) for item in items if others.gives_way(item))
    dropped |= _footnote_copies(found)
    dropped |= _truncated_restatements(by_metric.get(BTC_HELD, []))
    kept = [item for item in found if id(item) not in dropped] if dropped else found
    return without_rounded_money(without_restatements(without_bounds(kept)))


# The money flows a headline rounds (not balances: two instruments' balances may lie close)
_MONEY_FLOWS = frozenset({BTC_SALE_PROCEEDS, DEBT_ISSUED, DEBT_REPAID, AI_CAPEX})
_ROUND_PLACE = Decimal(100_000)  # ("$208 million": a whole million; "$8.5 million" too)
_WIDEST_PLACE = Decimal(1_000_000)


def without_rounded_money(found: list[Extracted]) -> list[Extracted]:
    """`found` without a headline's money flow that is a body figure's rounding, same metric,
    unit and period: a title's "$208 million" beside the body's "$208.3 million" (the rounded
    one's last printed place holds the exact one's difference). Two figures of body sentences
    are two flows ("repaid $2 million … also repaid $2.5 million"), never merged."""
    if not any(_headline_flow(item) for item in found):
        return found  # (most documents: no money flow in a title line)
    exact: dict[tuple[str, str, str | None], list[Decimal]] = {}
    for item in found:
        if item.metric in _MONEY_FLOWS and item.value is not None and not told_in_headline(item):
            exact.setdefault((item.metric, item.unit, item.period), []).append(item.value)
    for values in exact.values():
        values.sort()  # (each figure then looks at its neighbours only: `_rounds_one`)
    return [
        item
        for item in found
        if not (
            _headline_flow(item)
            and item.value is not None
            and _rounds_one(item.value, exact.get((item.metric, item.unit, item.period), []))
        )
    ]


def told_in_headline(item: Extracted) -> bool:
    """Is `item` read from title lines (each short, no full stop: a headline and its
    subhead), not a body sentence (whose last line, wrapped or not, ends in a full stop)?"""
    return all(is_title(line.strip()) for line in item.evidence.splitlines())


def _headline_flow(item: Extracted) -> bool:
    """Is `item` a money flow (`_MONEY_FLOWS`) told in a title line?"""
    return item.metric in _MONEY_FLOWS and told_in_headline(item)


def _rounds_one(value: Decimal, values: list[Decimal]) -> bool:
    """Is `value` (a whole number of its last place, a hundred thousand or a million) one of
    `values` (sorted) rounded or cut to that place?"""
    place = _ROUND_PLACE
    if value <= 0 or value % place:
        return False
    while value % (place * 10) == 0:
        place *= 10
    if place > _WIDEST_PLACE:
        return False  # "$200 million" beside "$250 million": two sums, not a rounding
    low = bisect.bisect_right(values, value - place)
    high = bisect.bisect_left(values, value + place)
    return any(other != value and other % place for other in values[low:high])


class _SameMetric:
    """The figures of one metric, indexed by what `gives_way` asks of them: each figure's
    question is a few look-ups, not a pass over every other figure (a document of a thousand
    figures would ask a million questions)."""

    def __init__(self, items: list[Extracted]) -> None:
        self._items = items
        # periods a table row gives each value; the largest value of each month
        self._row_periods: dict[Decimal, set[str | None]] = {}
        self._largest: dict[str, Decimal] = {}
        # the periods each value is told for, values in order (for the rounding window)
        self._periods: dict[Decimal, set[str | None]] = {}
        for item in items:
            assert item.value is not None
            if item.row_label is not None:
                self._row_periods.setdefault(item.value, set()).add(item.period)
            month = _month(item.period)
            if month not in self._largest or item.value > self._largest[month]:
                self._largest[month] = item.value
            self._periods.setdefault(item.value, set()).add(item.period)
        self._values = sorted(self._periods)
        self._hedged: dict[tuple[Decimal, str | None], bool] | None = None

    def gives_way(self, item: Extracted) -> bool:
        """A part of a larger figure of its month, a hedged round figure restating one, or a
        sentence restating a table's figure under another period (the table's column names
        it; the sentence's period was only the document's)."""
        value = item.value
        assert value is not None
        if item.row_label is None and self._row_periods.get(value, set()) - {item.period}:
            return True
        if _is_part(item):
            return self._largest[_month(item.period)] > value
        if value % 10 == 0 and self._hedged_somewhere(item):
            return self._restates_another(item)
        return False

    def _hedged_somewhere(self, item: Extracted) -> bool:
        """The round figure is hedged where it is told, or where the document tells it again:
        the headline's "Mined 800 Bitcoins in Q1" is the body's "mined more than 800 bitcoins
        in the first quarter", both the exact 828 rounded."""
        if self._hedged is None:
            hedged: dict[tuple[Decimal, str | None], bool] = {}
            for other in self._items:
                assert other.value is not None
                key = (other.value, other.period)
                if not hedged.get(key):
                    hedged[key] = other.value in _values(_HEDGED, other.evidence)
            self._hedged = hedged
        return self._hedged.get((item.value, item.period), False)

    def _restates_another(self, rounded: Extracted) -> bool:
        """Another figure of which `rounded` is the rounding (`_restates`)."""
        value = rounded.value
        assert value is not None
        reach = abs(value) * _ROUNDING
        low = bisect.bisect_left(self._values, value - reach)
        high = bisect.bisect_right(self._values, value + reach)
        return any(
            _restates_value(exact, period, rounded)
            for exact in self._values[low:high]
            for period in self._periods[exact]
        )


def _footnote_copies(found: list[Extracted]) -> set[int]:
    """ "Bitcoin mined2325" in a table glued together, and "325 Bitcoin mined" in the prose:
    the cell's first digit is the label's footnote marker run into the value, which the prose
    states of the same period (a careful reader takes the prose's figure, not a 2,325). One
    pass: the prose's figures by metric and period, then each cell looked up."""
    prose = {
        (item.metric, item.period, format(item.value, "f"))
        for item in found
        if item.row_label is None and item.value is not None and item.metric in _TREASURY
    }
    if not prose:
        return set()
    copies: set[int] = set()
    for cell in found:
        if cell.row_label is None or cell.value is None or cell.metric not in _TREASURY:
            continue
        printed = format(cell.value, "f")
        if len(printed) < 2 or (cell.metric, cell.period, printed[1:]) not in prose:
            continue
        # (only a value run straight into its label can carry a marker)
        if re.search(rf"[A-Za-z)]{re.escape(printed)}\b", cell.evidence):
            copies.add(id(cell))
    return copies


def _is_part(item: Extracted) -> bool:
    if item.row_label is not None or item.metric == BTC_SOLD:
        return False
    pattern = _SITE_PART if item.metric == BTC_PRODUCED else _SUBSET_PART
    return item.value in _values(pattern, item.evidence)


def _restates_value(exact: Decimal, period: str | None, rounded: Extracted) -> bool:
    """`rounded` ("over 5,800") is `exact` (5,810) rounded, for the same or an enclosing period."""
    assert rounded.value is not None
    close = abs(exact - rounded.value) <= rounded.value * _ROUNDING
    return exact != rounded.value and close and _overlapping(period, rounded.period)


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
