"""The period a whole document reports, which figures with no period of their own take.

In order of trust: the report's own period, named in a title-like sentence near the top
("January 2026 Production Update", "Third Quarter 2025 Results"); a news rewrite's period,
named in its first sentences; else the recent period the document names most (a quarterly
letter's highlight tiles, a call summary). Datelines and other full dates never name a report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .entities import is_peer_figure
from .folded import Folded
from .periods import Mention, Period, find_mentions
from .sentences import Segment
from .terms import is_term

# Words that mark a sentence as describing the report itself (title, opening paragraph).
_REPORT_CUE = Folded(
    r"\b(?:updates?|results|report|highlights|production\s+figures|earnings\s+call|"
    r"(?:its|the|their)\s+(?:(?:19|20)\d\d\s+)?(?:financial|fiscal)\s+year|"
    r"(?:monthly|production|operational|operations|mining)\s+(?:review|summary|numbers|"
    r"metrics|statistics|data))\b"
)  # "released its monthly review for April", "its production numbers for May"
# A title's own words: "Bitfarms Announces February 2025 Production", "Riot Platforms February
# 2025 Production and Operations" (the first line only: in prose "production" is no title).
_TITLE_CUE = Folded(r"\b(?:production|operations)\b")
# "DMG reported an 18% increase … during the third quarter": the verb names the report only
# in a story's title and opening sentences; further down it is news prose about something
# else ("As previously reported …, back in June", "As of the start of April, Marathon reports
# an operating fleet …").
_REPORTED = Folded(r"(?<!previously\s)\b(?:reported|reports)\b")
_REPORTED_SEGMENTS = 4  # title, byline or dateline, and the opening sentences
_REPORT_SCAN_CHARS = 2500
_ANNUAL = Folded(
    r"\b(?:full[- ]year|annual|fiscal|financial\s+year|FY|year[- ]end(?:ed)?|twelve\s+months|"
    r"year\s+end(?:ed|ing))\b"
)


def detect_report_period(segments: Iterable[Segment], reference: dt.date | None) -> Period | None:
    """The period a report covers: "January 2026 … Update", "Third Quarter 2025 … Results".

    The first month, quarter or year named in a title-like sentence near the top; datelines
    and other full dates never count.
    """
    prose = 0
    news_lead = False
    parts = [segment for segment in segments if not segment.is_row]
    for index, segment in enumerate(parts):
        if segment.start >= _REPORT_SCAN_CHARS:
            break
        prose += 1
        cued = _REPORT_CUE.search(segment.text) is not None or (
            prose == 1 and _is_title(segment.text) and _TITLE_CUE.search(segment.text) is not None
        )
        if prose == 1:
            news_lead = not cued and _is_news_lead(segment.text, reference)
        if not cued and not (prose <= _REPORTED_SEGMENTS and _REPORTED.search(segment.text)):
            continue
        if news_lead and _mentions_results(segment.text):
            continue  # a story about a deal that cites last quarter's results is no such report
        for mention in find_mentions(segment.text, reference):
            period = mention.period
            if period is None or period.is_date:
                continue
            bare_year = period.month is None and period.quarter is None and period.half is None
            if bare_year and (not cued or not _ANNUAL.search(segment.text)):
                # a bare year ("in 2025") is not what a monthly update is about, and a story
                # that only says "for fiscal 2025, X reported revenue of …" is no annual report
                continue
            if (
                reference is not None
                and period.month is not None
                and _after_month_of(period, reference)
            ):
                continue  # "results release on June 15": a month after publication is not covered
            if reference is not None and reference - period.last_day() > _REPORT_MAX_AGE:
                continue  # "as previously disclosed in the Report …, effective in May 2023"
            if period.month is not None and not _is_title(segment.text):
                following = parts[index + 1 : index + 1 + _NEXT_SEGMENTS]
                return _later_month(following, period, reference)
            return period
    return None


_NEXT_SEGMENTS = 2


def _later_month(following: list[Segment], month: Period, reference: dt.date | None) -> Period:
    """ "The update outlined that in June, the firm mined 450 BTC … The figures for July show
    a considerable uptick": a rewrite that opens with the prior month reports the later month
    it names next, if that month has ended."""
    if reference is None:
        return month
    for segment in following:
        for mention in find_mentions(segment.text, reference):
            later = mention.period
            if (
                later is not None
                and not later.is_date
                and later.granularity == "month"
                and month.last_day() < later.last_day() < reference
            ):
                return later
    return month


_TITLE_CHARS = 120
# A report comes out within months of its period's end (an annual report within about four):
# a period ended longer ago is recalled background, never the document's own.
_REPORT_MAX_AGE = dt.timedelta(days=190)


# "Applied Digital announced today that it has finalized …": a story about the day's event.
_TODAY = Folded(r"\btoday\b")


def _is_news_lead(text: str, reference: dt.date | None) -> bool:
    """A news story's opening sentence about an event, naming no period ("Cipher announced a
    10-year colocation agreement with Fluidstack …"): the story is about that event."""
    if not text.rstrip().endswith(".") or _is_title(text):
        return False
    return not any(  # (a dateline's day is no period of the story)
        m.period is not None and not m.period.is_date for m in find_mentions(text, reference)
    )


# "In Q3 2025 the company reported $72 million in revenue", "The company's third quarter 2025
# results highlighted this transition, showcasing record quarterly revenue": a result cited,
# as opposed to the report published ("today announced its results for the third quarter",
# "released its production update for May").
_RESULT_CITED = Folded(
    r"\b(?:reported|reports|posted)\s+(?:an?\s+|its\s+)?(?:\w+\s+){0,3}?(?:US\$|C\$|\$|\d|revenues?\b|"
    r"(?:net|operating)\s+(?:loss|income)|(?:adjusted\s+)?(?:earnings|ebitda)\b|loss\b|profit\b)"
)
_RESULTS_PUBLISHED = Folded(
    r"\b(?:announc|releas|publish|present|provid|issu|unveil|fil|report|post|shar)\w*\s+"
    r"(?:\S+\s+){0,8}?(?:results|update|report)\b"
)


def _mentions_results(text: str) -> bool:
    """Does the sentence cite results ("reported $72 million in revenue") rather than say that
    the report itself was published?"""
    if _RESULTS_PUBLISHED.search(text):
        return False
    return _RESULT_CITED.search(text) is not None or "results" in text.lower()


def _is_title(text: str) -> bool:
    """A short line with no sentence end and no figure: a headline, not news prose."""
    return len(text) <= _TITLE_CHARS and not text.rstrip().endswith(".") and "BTC" not in text


def _after_month_of(period: Period, reference: dt.date) -> bool:
    """Does `period` end after the month of `reference` (the month itself may be reported)?"""
    return (period.year, period.month or 12) > (reference.year, reference.month)


_LEAD_SEGMENTS = 2
_LEAD_MAX_AGE = dt.timedelta(days=100)


def detect_lead_period(
    segments: Iterable[Segment], reference: dt.date | None, entity: str | None = None
) -> Period | None:
    """A news rewrite names its period in its first sentences ("… a 7.3% increase in mined BTC
    in September 2023"): the first recent month or quarter there, ended before publication."""
    if reference is None:
        return None
    seen = 0
    news_lead = False
    first = ""
    for segment in segments:
        if segment.is_row:
            continue
        seen += 1
        if seen > _LEAD_SEGMENTS or segment.start > _REPORT_SCAN_CHARS:
            break
        if seen == 1:
            news_lead = _is_news_lead(segment.text, reference)
        elif news_lead and (_TODAY.search(first) or _mentions_results(segment.text)):
            break  # the story is about the event of its lead, not the results it cites, nor
            # a month recalled after "announced today that it has finalized a new lease"
        first = first or segment.text
        for mention in find_mentions(segment.text, reference):
            period = mention.period
            if (
                period is None
                or period.is_date
                or (period.month is None and period.quarter is None)
            ):
                continue
            if is_peer_figure(segment.text, mention.start, entity):
                continue  # "… far below MARA, which held 52,850 BTC at the end of December"
            if reference - _LEAD_MAX_AGE <= period.last_day() <= reference:
                return period
    return None


_DOCUMENT_SCAN_CHARS = 6000
_MONTHLY_LAG = dt.timedelta(days=20)  # a monthly update comes out within days of month-end
_DOCUMENT_MENTIONS = 2


def detect_document_period(segments: Iterable[Segment], reference: dt.date | None) -> Period | None:
    """The period a document with no title period is about: the latest month or quarter it
    names among those ended recently before publication, if named more than once.

    A quarterly letter's highlights say "IN Q3 2025" line after line, a call summary "in
    3Q '25" beside "from … in 2Q '25" (the prior quarter ended too long ago to be reported
    now). A balance dated at a quarter's end well after that end stands for the quarter
    ("as of September 30, 2021" in a story published in November); within days of a
    month-end it stands for the month. Peers' sentences count too: a sector round-up's
    month is the same for every miner in it.
    """
    if reference is None:
        return None
    counts: dict[Period, int] = {}
    news_lead: bool | None = None
    for segment in segments:
        if segment.start > _DOCUMENT_SCAN_CHARS:
            break
        if news_lead is None:
            news_lead = _is_news_lead(segment.text, reference) and not segment.is_row
        elif news_lead and _mentions_results(segment.text):
            continue  # results cited in a story about another event do not date it
        mentions = find_mentions(segment.text, reference)
        for index, mention in enumerate(mentions):
            period = _reported_span(mention.period, reference)
            weight = _DOCUMENT_MENTIONS if period and mention.period.is_date else 1  # type: ignore[union-attr]
            if period is None:
                period = _fiscal_quarter_ended(segment.text, mentions[index:], reference)
                weight = _DOCUMENT_MENTIONS  # dated like a balance-sheet date
            if period is None or is_term(segment.text, mention):
                continue
            counts[period] = counts.get(period, 0) + weight
    # Named once, a period is as likely background ("a prior loan … back in June"); a
    # quarter's balance-sheet date counts twice (it is what a quarterly report is dated by).
    if not counts:
        return None
    # The latest period is the one reported; earlier ones are background or comparatives.
    latest = max(counts, key=lambda period: (period.last_day(), counts[period]))
    return latest if counts[latest] >= _DOCUMENT_MENTIONS else None


def _reported_span(period: Period | None, reference: dt.date) -> Period | None:
    """The month or quarter `period` may be a report of, if it ended recently."""
    if period is None or (period.month is None and period.quarter is None):
        return None
    if period.is_date:
        day = period.last_day()
        month = Period.of_month(day.year, day.month)
        if day != month.last_day():
            return None  # a mid-month date is an event, not a reporting date
        if reference - day > _MONTHLY_LAG:
            if day.month % 3:
                return None
            period = Period.of_quarter(day.year, day.month // 3)
        else:
            period = month
    end = period.last_day()
    if not reference - _LEAD_MAX_AGE <= end <= reference:
        return None
    return period


_FISCAL_WORD = Folded(r"\b(?:fiscal|fy)")
_ENDED_WORD = Folded(r"\bended\b")
_ENDED_REACH = 40
_FISCAL_BEFORE = 8  # "fiscal Q1 2026"


def _fiscal_quarter_ended(
    text: str, mentions: tuple[Mention, ...], reference: dt.date
) -> Period | None:
    """ "the first quarter of fiscal 2026 (period ended August 31, 2025)": an issuer's fiscal
    quarter, whose label runs ahead of the calendar, reported now because it ended recently."""
    quarter, ended = mentions[0], mentions[1] if len(mentions) > 1 else None
    period = quarter.period
    if period is None or period.quarter is None or ended is None or ended.period is None:
        return None
    fiscal = _FISCAL_WORD.search(text, max(0, quarter.start - _FISCAL_BEFORE), quarter.end)
    if fiscal is None or not ended.period.is_date:
        return None
    if ended.start - quarter.end > _ENDED_REACH or not _ENDED_WORD.search(
        text, quarter.end, ended.start
    ):
        return None
    day = ended.period.last_day()
    return period if reference - _LEAD_MAX_AGE <= day <= reference else None
