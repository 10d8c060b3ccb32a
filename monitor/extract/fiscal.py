"""The issuer's fiscal calendar, read from a document that names a quarter both ways.

A results release often dates its quarter on the calendar ("three months ended September 30,
2025") and names it as the issuer does ("Q1 FY26"). The labelling convention records the
issuer's name, so the pair tells us where the fiscal year ends, and the report's period found
from the calendar phrase is relabelled as the issuer's fiscal quarter. Without both phrases
(or with a calendar fiscal year) nothing changes.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .periods import Period, find_mentions, full_year, last_quarter_before, month_number

_SCAN_CHARS = 6000  # the title, lead and highlights
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "Q1 FY26", "1Q FY2026", "Q2 fiscal 2025", "second quarter of fiscal year 2025"
_FISCAL_QUARTER = re.compile(
    r"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)\s?(?:FY\s?'?|fiscal\s+(?:year\s+)?)(?P<y>\d{4}|\d{2})\b|"
    r"\bfiscal\s+(?:Q(?P<q4>[1-4])|(?P<q5>first|second|third|fourth)\s+quarter)\b(?!\s*(?:of\s+)?\d)|"
    r"\b(?P<q3>first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?:FY\s?'?|fiscal\s+(?:year\s+)?)"
    r"(?P<y3>\d{4}|\d{2})\b",
    re.IGNORECASE,
)
# An earnings-call page's own heading: a line that is only the issuer's quarter ("Q3-2024",
# "2024-Q3", "Q3 2024 Earnings Call"). Only as a heading: a bare "Q1 2024" in prose may be any
# quarter (an outlook, a comparative), not the one the page reports.
_HEADING_QUARTER = re.compile(
    r"^[ \t]*(?:Q(?P<q>[1-4])[\s-]?(?P<y>\d{4})|(?P<y2>\d{4})[\s-]?Q(?P<q2>[1-4]))"
    r"(?:[ \t]+earnings\s+call(?:\s+transcript)?)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# ("the three and six-month period that ended on 31 December 2023": a relative clause, and
# the day before the month)
# ("the quarter ending September 30": a news story's words, its year the report's)
_QUARTER_ENDED = re.compile(
    r"\b(?:(?:three|3)(?:\s+and\s+(?:six|6|nine|9|twelve|12))?[\s-]+months?(?:\s+period)?|"
    r"(?:fiscal\s+)?quarter(?:ly\s+period)?)\s+(?:that\s+|which\s+)?end(?:ed|ing)\s+(?:on\s+)?"
    r"(?:(?P<mon>[A-Z][a-z]+)\.?,?\s+\d{1,2}(?:st|nd|rd|th)?,?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?P<mon2>[A-Z][a-z]+),?)"
    r"(?:\s+(?P<y>\d{4}))?\b",
    re.IGNORECASE,
)
# "reporting $87.3M in Q2 revenue", "its Q2 earnings", "second-quarter results": a bare quarter
# naming the results reported (no year: a year makes it a calendar claim, "Q3 2025").
_RESULTS_QUARTER = re.compile(
    r"\b(?:Q(?P<q>[1-4])|(?P<o>first|second|third|fourth)[\s-]quarter)\s+(?:fiscal\s+)?"
    r"(?:earnings|results|revenues?|financial\s+results|report)\b",
    re.IGNORECASE,
)


# "at the end of the fiscal fourth quarter", "fiscal Q4", "fourth fiscal quarter": the issuer's
# fourth quarter, named with no year (a year after it makes it a period of its own)
_FISCAL_FOURTH = re.compile(
    r"\bfiscal\s+(?:(?:fourth|4th)[\s-]+quarter|Q4)\b(?![\s,]+(?:of\s+)?(?:fiscal\s+|FY\s?)?"
    r"(?:19|20)?\d\d\b)|\b(?:fourth|4th)[\s-]+fiscal\s+quarter\b(?![\s,]+(?:of\s+)?"
    r"(?:fiscal\s+|FY\s?)?(?:19|20)?\d\d\b)",
    re.IGNORECASE,
)
_FISCAL_FOURTH_CHARS = 3000  # (a summary's lines)


def fiscal_fourth_document(
    text: str, published: dt.date | None
) -> tuple[Period | None, Period | None]:
    """The quarter a document reports that names it only as "the fiscal fourth quarter" (an
    undated call summary), and the calendar quarter its "the quarter" stands for; else Nones.
    The issuer's latest fourth quarter (`periods.find_mentions`' reading of the phrase): the
    calendar Q4 a reporting season before publication, else the fiscal year ended in the year
    of publication, which closed in the calendar quarter before publication."""
    if published is None or "iscal" not in text[:_FISCAL_FOURTH_CHARS]:
        return None, None  # (a substring test first)
    found = _FISCAL_FOURTH.search(text, 0, _FISCAL_FOURTH_CHARS)
    if found is None:
        return None, None
    quarter = next(
        (m.period for m in find_mentions(found.group(), published) if m.period is not None), None
    )
    if quarter is None or quarter.last_day() <= published:
        return quarter, None
    return quarter, last_quarter_before(published)


def fiscal_report(report: Period | None, text: str) -> Period | None:
    """`report` as the issuer's fiscal quarter when the document shows its fiscal calendar."""
    if report is None or (report.quarter is None and report.half is None):
        return report
    restated = _text_quarter(report, text[:_SCAN_CHARS])
    if restated is not None:
        return restated  # "2023 Q3 - Quarterly Report" over "the second quarter of 2023"
    calendar = _fiscal_calendar(text[:_SCAN_CHARS], report.last_day().year)
    end = report.last_day()
    if calendar is None or calendar[0] == 12:
        return report  # no fiscal calendar
    year_end, ended_year, ended_month = calendar
    fiscal = _fiscal_quarter(year_end, ended_year, ended_month)
    if (end.year, end.month) == (ended_year, ended_month):
        return fiscal  # the report found from the calendar date: the issuer's name of it
    if report.quarter == fiscal.quarter and abs(report.year - fiscal.year) <= 1:
        # "Reports Second Quarter Revenue … for the second quarter ended September 30, 2022":
        # the issuer's ordinal read as a calendar quarter; the end date names its fiscal year
        return fiscal
    return report  # the report is another quarter than the one that ended


def calendar_quarter(fiscal: Period, calendar: Period | None, text: str) -> Period | None:
    """The calendar quarter the issuer's `fiscal` quarter ended in (`calendar`, the report as
    first found, unless that was the issuer's ordinal read as a calendar quarter)."""
    if calendar is None:
        return None
    if _text_quarter(calendar, text[:_SCAN_CHARS]) == fiscal:
        return fiscal  # (the title's quarter corrected by the text's: no fiscal calendar)
    found = _fiscal_calendar(text[:_SCAN_CHARS], calendar.last_day().year)
    if found is None or _fiscal_quarter(*found) != fiscal:
        return calendar
    return Period.of_quarter(found[1], (found[2] - 1) // 3 + 1)


def _fiscal_quarter(year_end: int, year: int, month: int) -> Period:
    """The issuer's quarter ending in `month` of `year`, its fiscal year ending in
    `year_end` (a month)."""
    months_left = (year_end - month) % 12  # from the quarter's end to the fiscal year's end
    fiscal_year = year + (1 if month + months_left > 12 else 0)
    return Period.of_quarter(fiscal_year, 4 - months_left // 3)


def _fiscal_calendar(head: str, report_year: int) -> tuple[int, int, int] | None:
    """The month the issuer's fiscal year ends, from a named fiscal quarter and the calendar
    end of the same quarter ("Q1 FY26" and "three months ended September 30, 2025" → June),
    with that calendar end (year, month). An end named without its year is in the report's
    year (`report_year`)."""
    named = _named_quarter(head)
    ended = _QUARTER_ENDED.search(head)
    if named is None or ended is None:
        return None
    ended_year = int(ended["y"]) if ended["y"] else report_year
    quarter, year_text = named
    try:
        month = month_number(ended["mon"] or ended["mon2"])
    except KeyError:
        return None
    year_end = (month - 1 + 3 * (4 - quarter)) % 12 + 1
    calendar_year = ended_year + (1 if month + 3 * (4 - quarter) > 12 else 0)
    # "fiscal Q1" with no year: the quarter the release reports is the one that ended.
    fiscal_year = full_year(year_text) if year_text else calendar_year
    # The named quarter must be the ended one (same fiscal year), else the pair says nothing.
    if calendar_year != fiscal_year:
        return None
    return year_end, ended_year, month


def _named_quarter(head: str) -> tuple[int, str | None] | None:
    """The issuer's own name of its quarter (number, year as printed): a fiscal phrase, else a
    heading line naming the quarter."""
    named = _FISCAL_QUARTER.search(head)
    if named is not None:
        text = named["q"] or named["q2"] or named["q3"] or named["q4"] or named["q5"]
        quarter = int(text) if text.isdigit() else _ORDINALS[text.lower()]
        return quarter, named["y"] or named["y3"]
    heading = _HEADING_QUARTER.search(head)
    if heading is not None:
        return int(heading["q"] or heading["q2"]), heading["y"] or heading["y2"]
    results = _RESULTS_QUARTER.search(head)
    if results is None:
        return None
    quarter = int(results["q"]) if results["q"] else _ORDINALS[results["o"].lower()]
    return quarter, None


_ORDINAL_NAMES = ("first", "second", "third", "fourth")


def _text_quarter(report: Period, head: str) -> Period | None:
    """The calendar quarter the text reports when its title named another: "Bit Digital
    (BTBT) - 2023 Q3 - Quarterly Report" (a filing index's label) over "Total revenue for the
    second quarter of 2023 … for the three months ended June 30, 2023". The text states the
    quarter twice, by its end day and by its calendar name; an issuer's fiscal quarter is
    named in fiscal words ("second quarter of fiscal 2023") and is left to the fiscal rule."""
    if report.quarter is None:
        return None
    ended = _QUARTER_ENDED.search(head)
    if ended is None or not ended["y"]:
        return None
    try:
        month = month_number(ended["mon"] or ended["mon2"])
    except KeyError:
        return None
    if month % 3:
        return None  # not a calendar quarter's end
    quarter = Period.of_quarter(int(ended["y"]), month // 3)
    if quarter == report or quarter.quarter is None:
        return None
    return quarter if _names_calendar_quarter(head, quarter) else None


def _names_calendar_quarter(head: str, quarter: Period) -> bool:
    """Does the text name `quarter` by its calendar name ("second quarter of 2023", "Q2
    2023", "2Q 2023")?"""
    number, year = quarter.quarter, quarter.year
    assert number is not None
    ordinal = _ORDINAL_NAMES[number - 1]
    pattern = (
        rf"\b(?:{ordinal}[\s-]+quarter(?:\s+of)?,?\s+{year}|"
        rf"Q{number}\s*{year}|{number}Q\s*{year})\b"
    )
    return re.search(pattern, head, re.IGNORECASE) is not None


# "for the three months ended December 31, 2024", "quarter ended …", "six months ended …": a
# span found from its calendar end day (not "third quarter ended …": an ordinal is the
# issuer's name already)
_CALENDAR_SPAN = re.compile(
    r"(?:the\s+)?(?:(?:three|3|six|6)(?:\s+and\s+\w+)?[\s-]+months?|(?:fiscal\s+)?quarter|"
    r"quarterly\s+period|half[- ]year|(?:interim\s+)?period)\b[^\n]{0,40}?\bend(?:ed|ing)\b",
    re.IGNORECASE,
)


def as_issuers_span(period: Period, phrase: str, text: str) -> Period:
    """A quarter or half that `phrase` found from its calendar end day ("three months ended
    December 31, 2024"), named as the issuer does when the document shows its fiscal calendar
    ("Q2 FY25" beside that phrase: 2025-Q2); else `period` as found."""
    if period.is_date or (period.quarter is None and period.half is None):
        return period
    if _CALENDAR_SPAN.match(phrase) is None:
        return period
    year_end = _year_end_month(text)
    if year_end is None:
        return period
    end = period.last_day()
    months_left = (year_end - end.month) % 12
    fiscal_year = end.year + (1 if end.month + months_left > 12 else 0)
    if period.quarter is not None:
        return Period.of_quarter(fiscal_year, 4 - months_left // 3)
    if months_left % 6:
        return period  # a half that is no half of the fiscal year
    return Period.of_half(fiscal_year, 2 - months_left // 6)


@functools.lru_cache(maxsize=4)
def _year_end_month(text: str) -> int | None:
    """The month the issuer's fiscal year ends, when the document names a fiscal quarter and
    its calendar end with a year; None for a calendar fiscal year (asked for each figure of a
    document: kept for the last few documents)."""
    head = text[:_SCAN_CHARS]
    ended = _QUARTER_ENDED.search(head)
    if ended is None or not ended["y"]:
        return None
    found = _fiscal_calendar(head, int(ended["y"]))
    return None if found is None or found[0] == 12 else found[0]
