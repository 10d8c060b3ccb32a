"""A half-year report named in the head of Chinese, Japanese or Korean copy.

"比特礦業公佈了截至2022年6月30日的半年報" (the interim report for the half ended 30 June),
"2024年上半年", "2023년 상반기 실적", "2024年上半期決算": the story retells a report titled for
the half, whose figures are the half's (README decided case 42: a half is labelled when the
text names it as a half). Its flows told "截至2022年6月30日" (through the half's last day) are
the half's, not June's, and a holding with no date of its own takes the half's label (decided
case 14's last clause). A quarter's or month's report names no half; nor does a "six months"
span (case 42), which this module does not read.
"""

from __future__ import annotations

import re

from monitor.vocabulary.periods import Period

# (the year, then: a half-year report after the half's last day, or the first/second half;
# CJK copy prints spaces between digits and counters: "2022 年6 月30 日")
_HALF = re.compile(
    r"(?P<y>20\d{2})\s?[年년]\s?(?:"
    r"(?P<june>6\s?月\s?30\s?[日号號]\s?(?:的|之)?\s?(?:半年[報报]|半年度[報报]告|中期[報报]告))|"
    r"(?P<first>上半年|上半期|上期決算|상반기)|(?P<second>下半年|下半期|하반기))"
)


def named(head: str) -> Period | None:
    """The half the story's head names as its report's, or None."""
    m = _HALF.search(head) if ("半" in head or "반기" in head or "上期" in head) else None
    if m is None:
        return None
    return Period.of_half(int(m.group("y")), 2 if m.group("second") else 1)


def through_end(own: Period | None, half: Period) -> bool:
    """Whether a flow's own period is the half's last day ("截至2022年6月30日 … 產生了263個
    BTC": through the end of the half the report covers)."""
    return own is not None and own.is_date and own.last_day() == half.last_day()
