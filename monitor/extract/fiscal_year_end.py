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
    # (also "HIVE's fiscal year closed on March 31, 2025")
    Folded(r"\b(?:fiscal|financial)\s+year\s+(?:end(?:ed|ing)|closed)\s+(?:on\s+)?" + _DAY + r"\b"),
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


# The fiscal year told as over, with no day: "HIVE ended its fiscal year with 2,201 BTC", "the
# fiscal year that ended in March", "our financial year closed" (past tense only: "by the end of
# the fiscal year" is a goal).
_ENDED_WORDS = Folded(
    r"\b(?:(?:ended|closed|finished|concluded|completed)\s+(?:the\s+|its\s+|our\s+|their\s+)?"
    r"(?:fiscal|financial)\s+year|(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?"
    r"(?:has\s+|had\s+)?(?:ended|closed|concluded))\b"
)


# Annual results come out within about four months of the year's end (a 10-K within 60-90
# days, a foreign issuer's annual report within four months).
_RESULTS_SEASON_DAYS = 120


def ended_fiscal_year(document: str, published: dt.date | None) -> Period | None:
    """The fiscal year the document names with an end day already past (not after
    publication): the year it ended in, as the issuer's fiscal year is labelled."""
    day = _stated_day(document[:_SCAN_CHARS], published)
    return Period.of_year(day.first_day().year) if day is not None else None


def fiscal_year_over(document: str, published: dt.date | None) -> bool | None:
    """Has the issuer's fiscal year ended, as the document says: True when it names an end
    day a results season before publication (annual results name the next year's end as a
    target too), False when it names an end still ahead ("the fiscal year ending March 31,
    2026" in June 2025: the year so far) or only one long past (an August update that recalls
    "the fiscal year ended March 31, 2025" is in the next year), True for the words ("ended
    its fiscal year"), None when it says neither."""
    head = document[:_SCAN_CHARS]
    if "iscal" not in head and "inancial" not in head:
        return None  # (a substring first)
    days = _stated_days(head)
    past = [day for day in days if published is None or day <= published]
    if published is not None and past and (published - max(past)).days <= _RESULTS_SEASON_DAYS:
        return True
    if published is not None and (len(past) < len(days) or past):
        return False
    if _ENDED_WORDS.search(head) is not None or past:
        return True
    return None


def _stated_days(head: str) -> list[dt.date]:
    """Every fiscal year-end day `head` states."""
    days = []
    for pattern in _STATED_DAY:
        for found in pattern.finditer(head):
            try:
                month = month_number(found["mon"] or found["mon2"])
                days.append(dt.date(int(found["y"]), month, int(found["d"] or found["d2"])))
            except (KeyError, ValueError):
                continue
    return days


def _stated_day(head: str, published: dt.date | None) -> Period | None:
    """The latest fiscal year-end day the document states, not after publication."""
    days = [
        day
        for day in _stated_days(head)
        if published is None or published - _MAX_AGE <= day <= published
    ]
    return Period.of_day(max(days)) if days else None
