"""A span told by its last day in Chinese copy: the three months or the half ended on it.

    "截至2024年6月30日止三個月，比特礦業挖礦業務共產生了120個BTC"   → the quarter, 2024-Q2
    "截至2023年6月30日的半年則挖出了180個BTC"                         → the half, 2023-H1

The date alone would date the flow at its day (then its month, or a half-year report's half
when it is that half's last day, `foreign_halves`); the span after it says which quarter or
half the flow covers (README Periods). A span that does not end on a quarter's or a half's last
day ("截至5月15日止三個月") is no named period and is left as the date it is.

    "公司上半年共挖出263個BTC" (no year, in a story published after June) → 2024-H1

A first half told with no year, in a story published in the second half, is that year's first
half: the half just ended, whose results the story retells.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from monitor.vocabulary.periods import Period

# right after the date: "止三個月", "止的三个月", "的半年", "止六個月"
_SPAN = re.compile(
    r"\s?(?:止|为止|為止)?\s?(?:的)?\s?(?:(?P<quarter>三個月|三个月|3\s?個月|3\s?个月)|"
    r"(?P<half>半年(?![報报度])|六個月|六个月|6\s?個月|6\s?个月))"
)


def cheap_look(text: str) -> bool:
    """Does `text` name a span of months at all (the gate before `span`)?"""
    return "個月" in text or "个月" in text or "半年" in text


def span(text: str, end: int, day: Period) -> Period | None:
    """The quarter or half ending on `day` that the words right after it (at `end`) name."""
    m = _SPAN.match(text, end)
    if m is None or not day.is_date or day.month is None:
        return None
    last = day.last_day()
    quarter = Period.of_quarter(day.year, (day.month - 1) // 3 + 1)
    if m.group("quarter"):
        return quarter if quarter.last_day() == last else None
    half = Period.of_half(day.year, 1 if day.month <= 6 else 2)
    return half if half.last_day() == last else None


# "上半年" with no year of its own before it ("2024年上半年" is read with its year)
_BARE_FIRST_HALF = re.compile(r"(?<![\d年\s])上半年")


def bare_first_half(text: str, published: dt.date) -> Iterator[tuple[int, int, Period]]:
    """(start, end, half) of each first half told with no year, in copy published after June."""
    if published.month <= 6 or "上半年" not in text:
        return
    for m in _BARE_FIRST_HALF.finditer(text):
        yield m.start(), m.end(), Period.of_half(published.year, 1)
