"""The day an issuer's fiscal year ended, for a balance stated "at fiscal year-end".

A release of an issuer whose fiscal year is not the calendar's names the year's close in words
("a strong balance sheet at fiscal year-end with $10.5 million in cash … and no debt", "ended
the fiscal year with", "at the end of the financial year") and states the day once elsewhere
("the Company's September 30, 2022 year-ended audited financial statements", "for the fiscal
year ended June 30, 2025"). The balance stands at that day (README decided case 14: a holding or
debt tied to a named period is at its last day). With no day stated, nothing is guessed: a
fiscal year's end varies by issuer.
"""

from __future__ import annotations

import datetime as dt

from .folded import MONTH_WORD, Folded
from .periods import Period, month_number

# The close of the fiscal year in words, before the balance in its sentence.
_YEAR_END_WORDS = Folded(
    r"\b(?:(?:fiscal|financial)\s+year[- ]?end|end\s+of\s+(?:the\s+|its\s+|our\s+)?"
    r"(?:fiscal|financial)\s+year|(?:end|clos|finish|exit|conclud)(?:ed|ing)\s+(?:out\s+)?"
    r"(?:the\s+|its\s+|our\s+)?(?:fiscal|financial)\s+year)\b"
)
_WORDS_REACH = 120  # "at fiscal year-end with $10.5 million in cash and digital currency with"

# "September 30, 2022 year-ended", "30 September 2022 fiscal year end", "fiscal year ended
# September 30, 2022", "year ending 30 June 2025": the stated day
_DAY = (
    rf"(?:(?P<mon>{MONTH_WORD})\.?\s+(?P<d>\d{{1,2}}),?|(?P<d2>\d{{1,2}})\s+(?P<mon2>{MONTH_WORD}),?)"
    r"\s+(?P<y>(?:19|20)\d\d)"
)
_STATED_DAY = (
    Folded(_DAY + r"\s+(?:fiscal\s+|financial\s+)?year[- ]?end(?:ed|ing)?\b"),
    Folded(r"\b(?:fiscal|financial)\s+year\s+end(?:ed|ing)\s+(?:on\s+)?" + _DAY + r"\b"),
)
_SCAN_CHARS = 4000
_MAX_AGE = dt.timedelta(days=230)  # an annual release comes out within months of the year-end


def fiscal_year_end(
    text: str, start: int, document: str, published: dt.date | None
) -> Period | None:
    """The fiscal year-end day a balance at `text[start]` stands at, when its sentence names
    the fiscal year's close in words and the document states the day."""
    window = text[max(0, start - _WORDS_REACH) : start]
    if "year" not in window.lower() or _YEAR_END_WORDS.search(window) is None:
        return None  # (a substring first: most balances name no year's close)
    return _stated_day(document[:_SCAN_CHARS], published)


def _stated_day(head: str, published: dt.date | None) -> Period | None:
    """The latest fiscal year-end day the document states, not after publication."""
    days = []
    for pattern in _STATED_DAY:
        for found in pattern.finditer(head):
            try:
                day = dt.date(
                    int(found["y"]),
                    month_number(found["mon"] or found["mon2"]),
                    int(found["d"] or found["d2"]),
                )
            except (KeyError, ValueError):
                continue
            if published is None or published - _MAX_AGE <= day <= published:
                days.append(day)
    return Period.of_day(max(days)) if days else None
