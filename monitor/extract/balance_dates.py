"""The day a balance (holdings, debt outstanding) stands at.

A balance named with its period's close ("as of", "at the end of", "ended March with",
"concluded the month with", "at quarter-end", "at the end of this period") stands at the
period's last day; "at the start
of" at its first; a date the sentence puts at its head ("On September 8, 2025, …") dates it
unless a date follows the figure closely. The date bound to the figure wins over a later
as-of date that belongs to a valuation ("8,490 BTC at month-end, valued at … as of January
5"); a period phrase that belongs to another figure of the sentence does not date it, and it
keeps the report's label; an annual report's undated balance stands at the year-end the
report states. A day never falls after publication when it came from a relative phrase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.vocabulary.periods import month_number

from .balance_moved import moved_from_level
from .fiscal_year_end import fiscal_year_end
from .folded import MONTH_WORD, Folded
from .numbers import NEXT_FIGURE
from .periods import Mention, Period, find_mentions, last_quarter_before
from .sentences import Segment
from .terms import is_price_date, is_since

if TYPE_CHECKING:
    from .context import DocContext


def balance_period(
    ctx: DocContext,
    segment: Segment,
    period: Period | None,
    start: int,
    end: int,
    *,
    holding: bool = False,
) -> Period | None:
    """The date a balance at `segment.text[start:end]` stands at, given the period its
    sentence or document gave it (see the module docstring for the order)."""
    if ctx.balance_day is not None and not ctx.dating(segment):
        return ctx.balance_day  # a list item under "Balance sheet as of March 31, 2024:"
    period = _sentence_period(ctx, segment, period, start, end)
    if period is None:
        return None
    named = _named_in(ctx, segment, period, start, end)
    if named is not None:
        day = _balance_day(segment.text, named, period)
        return _not_after_publication(ctx, named, day, segment.text)
    if _dates_an_earlier_figure(ctx, segment, period, start):
        if holding:
            # "the output for April was 268 BTC, and the treasury decreased to 1,005 BTC": a
            # holding reached by a named period's flows is at its last day (decided case 14,
            # "now holding" too: only a sentence that names no period keeps the label)
            return _reached_by(ctx, period, segment.text)
        return ctx.fallback() or period
    return _unnamed_period_day(ctx, segment, period, start, end, holding)


def _sentence_period(
    ctx: DocContext, segment: Segment, period: Period | None, start: int, end: int
) -> Period | None:
    """The period the sentence dates the balance with (an as-of date after it, a lead date, a
    valuation day, else the given period), or a year-end it states when that is no day."""
    period = (
        _as_of_date_after(ctx, segment, end)
        or _lead_date(ctx, segment, end)
        or _valued_on(ctx, segment, end)
        or period
    )
    if period is None or not period.is_date:
        # "a strong balance sheet at fiscal year-end with … no debt": the year-end day stated
        year_end = fiscal_year_end(segment.text, start, ctx.text or "", ctx.published)
        period = year_end or period
    return period


def _unnamed_period_day(
    ctx: DocContext, segment: Segment, period: Period, start: int, end: int, holding: bool
) -> Period | None:
    """The day a balance stands at when the sentence names no period at it: the period's
    close when the sentence or the next one tells a closing level, else the period itself."""
    if _closes_just_named_period(ctx, segment, period, start, holding):
        return _closing_day(ctx, period) or period
    if holding and not period.is_date:
        dated = _dated_by_next_sentence(ctx, segment)
        if dated is not None:
            return dated
    if _tells_closing_level(ctx, segment.text, period, start, holding):
        return _closing_day(ctx, period) or period
    if period == ctx.report and period.granularity == "year":
        return _stated_year_end(ctx, period) or period
    if (
        period in (ctx.report, ctx.document)
        and _on_balance_sheet(segment.text, end)
        and not (holding and _held_now(segment.text, start))
    ):
        return _closing_day(ctx, period) or period
    return period


def _closes_just_named_period(
    ctx: DocContext, segment: Segment, period: Period, start: int, holding: bool
) -> bool:
    """Whether an undated balance closes a period just named: a holding reached by named
    flows, or a balance right after its period's close was named."""
    if period.is_date:
        return False
    if holding and _reached_by_named_flows(ctx, segment, start):
        return True
    if holding and _left_by_earlier_flows(ctx, segment, period, start):
        return True
    return _closing_day_just_named(ctx, segment, period)


def _tells_closing_level(
    ctx: DocContext, text: str, period: Period, start: int, holding: bool
) -> bool:
    """Whether the sentence tells the level its period closed at."""
    if period == ctx.report and not period.is_date and _ended_with(text, start):
        # "mine 86.4 BTC in three months and end with a balance of 163.4 BTC" in the update for
        # the month ended March 31: the report period's closing balance
        return True
    if holding and not period.is_date and _at_period_close(text, start):
        # "Its HODL position at the end of this period increased 14% to 1,939 BTC": the close
        # of the period the sentence speaks of, named by the word "period" (decided case 14)
        return True
    if holding and not period.is_date and moved_from_level(text, start):
        # "reserves declined from 458 BTC to 351 BTC during the period": the level a change
        # over the period reached from a level it names, at its close (decided case 14)
        return True
    # "Increased Retained Bitcoin inventory by 7.6% from the prior quarter to 3,496
    # bitcoin": the level the report's period closed at (decided case 14)
    return holding and period == ctx.report and _changed_from_prior(text, start)


_SHEET_REACH = 60
# A holding changed "from the prior quarter" (month, year) to its level: the period's close.
_FROM_PRIOR = Folded(
    r"\b(?:from|over|versus|vs\.?)\s+(?:the\s+)?(?:prior|previous|preceding|last)\s+"
    r"(?:month|quarter|year)\b"
)
_FROM_PRIOR_REACH = 120


# "end with a balance of 163.4 BTC", "closed with 8,000 BTC in its treasury", "finished with a
# treasury of": a closing verb with no period of its own names the report period's close.
_ENDED_WITH = Folded(
    r"\b(?:end(?:ed|ing|s)?|clos(?:ed|ing|es)|conclud(?:ed|ing|es)|finish(?:ed|ing|es))\s+"
    r"(?:up\s+)?with\s+(?:an?\s+(?:closing\s+|final\s+|total\s+)?(?:balance|treasury|holding|"
    r"position|reserve|stack)\s+of\s+)?(?:approximately\s+|about\s+|roughly\s+|nearly\s+)?$"
)
_ENDED_REACH = 60


def _ended_with(text: str, start: int) -> bool:
    return _ENDED_WITH.search(text, max(0, start - _ENDED_REACH), start) is not None


# "at the end of this period", "at period-end", "as of the close of the period": the close of
# the period the sentence is dated by, in words that name no period of their own.
_PERIOD_CLOSE = Folded(
    r"\b(?:at|as\s+of|by)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the|this|that)\s+"
    r"(?:reporting\s+|reported\s+)?period\b|\bat\s+(?:the\s+)?period[- ]end\b"
)
_PERIOD_CLOSE_REACH = 120


def _at_period_close(text: str, start: int) -> bool:
    """Does the holding's clause before `start` say it stands at the close of "the period"?"""
    window = max(0, start - _PERIOD_CLOSE_REACH)
    return "period" in text[window:start] and _PERIOD_CLOSE.search(text, window, start) is not None


def _changed_from_prior(text: str, start: int) -> bool:
    return _FROM_PRIOR.search(text, max(0, start - _FROM_PRIOR_REACH), start) is not None


# "That month-over-month gain pushed total holdings to 7,528.3 BTC", "Last month's production
# brings its total BTC holding up to 5,784", "mined 212 Bitcoins, increasing its total holdings
# by 4% to 2,377": the period's flows reached the holding, which stands at that period's close
# (decided case 14), unless it is said to stand now ("now holds").
_REACHED_TO = Folded(
    r"\b(?:push|bring|brought|tak|took|lift|rais|boost|grow|grew|increas)\w*\s+(?:[\w’'.-]+\s+)"
    r"{0,4}?(?:holdings?|treasury|reserves?|stack|total)\s+(?:[\w%.-]+\s+){0,3}?(?:up\s+)?to\s+"
    r"[^.;]{0,20}$"
)


_PREVIOUS_REACH = 200


def _closing_day_just_named(ctx: DocContext, segment: Segment, report: Period) -> bool:
    """ "As of April 30, the hash rate was 2.76 EH/s. The treasury holdings included 992.4
    BTC": the sentence just before, in the same paragraph, states the report period's closing
    day, and the undated holding that follows is the report's closing balance."""
    text = ctx.text
    if not text or segment.start == 0 or _NOW_WORD.search(segment.text):
        return False  # ("The Company currently has no debt": the report's label, case 14)
    if "same" in segment.text and _SAME_PERIOD.search(segment.text):
        # "The company's total holdings during the same period were approximately 7,021 BTC":
        # the holding points back to the day told a few lines before, across short paragraphs
        window = text[max(0, segment.start - _SAME_PERIOD_REACH) : segment.start]
    else:
        window = text[max(0, segment.start - _PREVIOUS_REACH) : segment.start]
        window = window[window.rfind("\n\n") + 1 :]  # (the same paragraph only)
    if not _DAY_CUE.search(window) and not _CLOSE_CUE.search(window):
        return False  # cheap gate
    closing = stock_date(report)
    mentions = find_mentions(window, ctx.reference)
    days = [m for m in mentions if m.period is not None and m.period.is_date]
    if days and days[-1].period != closing:
        # "As of May 31, our operating hashrate … On May 10, Iris Energy provided an investor
        # update. Key highlights: - … no debt": another day told since, whose news follows
        return False
    return any(_names_close(window, mention, closing) for mention in mentions)


_SAME_PERIOD = Folded(r"\b(?:during|in|for|at|as\s+of)\s+the\s+same\s+(?:period|date|time|day)\b")
_SAME_PERIOD_REACH = 400


# "… on its balance sheet at the end of March 2024. … a HODL position of 2,287 Bitcoin", "held
# 53,822 BTC at the end of the previous year. … pledged against $350 million in outstanding
# credit facilities": the period's close in words, as well as its day
_NOW_WORD = Folded(r"\b(?:now|currently|presently|today)\b")
_CLOSE_CUE = Folded(r"\b(?:end|close)\b")
_CLOSE_CUE_REACH = 12


def _names_close(window: str, mention: Mention, closing: Period) -> bool:
    """Does `mention` name the day `closing`, as a date or as the close of its period?"""
    if mention.period is None:
        return False
    if mention.period == closing:
        return True
    if mention.period.is_date or stock_date(mention.period) != closing:
        return False
    return (
        _CLOSE_CUE.search(window, max(0, mention.start - _CLOSE_CUE_REACH), mention.end) is not None
    )


# "The figure regarding the total number of Bitcoins in the stash was updated on July 31,
# 2022": the next sentence dates the figure just given.
_FIGURE_DATED = Folded(
    r"^\s*(?:the|this|that)\s+(?:figure|number|total|balance|tally|count)\b[^.;]{0,80}?\b"
    r"(?:updated|stated|reported|current|measured|taken|valid)\s+(?:as\s+(?:of|at)|on|at)\s+"
)
_NEXT_REACH = 200


def _dated_by_next_sentence(ctx: DocContext, segment: Segment) -> Period | None:
    """The day the sentence right after a holding says its figure stands at."""
    text = ctx.text
    if not text:
        return None
    following = text[segment.end : segment.end + _NEXT_REACH]
    cue = _FIGURE_DATED.match(following)
    if cue is None:
        return None
    mentions = find_mentions(following[cue.end() :], ctx.reference)
    if not mentions or mentions[0].start > 2 or mentions[0].period is None:
        return None
    day = mentions[0].period
    return day if day.is_date and not after_publication(ctx, day) else None


# "as of April 30", "update for July 31, 2024", "on March 31", "as of 30 April": a day a
# sentence dates itself by, month first or day first (`date_forms` prints "30th April" as
# "April 30th")
_DAY_CUE = Folded(
    r"\b(?:as\s+(?:of|at)|for|on)\s+(?:[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH_WORD
    + r"\b)"
)


# The sentence names the flows' period, if only as the report's: "during this period", "the
# month's", "month-over-month" (a holding "boosted to 7,649" with no period keeps the label).
_PERIOD_WORDS = Folded(
    r"\b(?:this|that|the)\s+(?:period|month|quarter)\b|\b(?:month|quarter)[- ](?:over|on)[- ]"
    r"(?:month|quarter)\b|"
    # "That Bitcoin was retained, bringing …": the flows of the period the sentence before named
    r"^\W*(?:that|this|these|those)\s+(?:[\w-]+\s+)?(?:bitcoins?|btc|coins|production|output)\b|"
    # "This represents a 91 percent production increase … and increasing total bitcoin holdings
    # to approximately 7,035": the sentence before, taken up as a whole
    r"^\W*(?:this|that)\s+(?:represents|represented|brings|brought|takes|took|means|meant|"
    r"marks|marked|lifts|lifted|pushes|pushed)\b"
)


def _reached_by_named_flows(ctx: DocContext, segment: Segment, start: int) -> bool:
    """Is the holding at `start` the level the flows of a period its sentence names brought it
    to?"""
    text = segment.text
    if not _REACHED_TO.search(text, max(0, start - 80), start):
        return False
    named = any(mention.start < start for mention in ctx.mentions(segment))
    return named or _PERIOD_WORDS.search(text, 0, start) is not None


# "The company sold 134 of these Bitcoins …, leaving it with 905 BTC", "After the sale, the
# company was left with 1,959 BTC": the holding a sale (or the mining) of the sentence left.
_LEFT_WITH = Folded(
    r"\b(?:leaving|left)\s+(?:(?:it|them|the\s+(?:company|firm|miner|group))\s+)?with\s+"
    r"(?:(?:about|approximately|roughly|nearly|some|over|around)\s+)?$"
)
_FLOW_BEFORE = Folded(r"\b(?:sold|sells|sale|selling|mined|produced)\b")
# A sale told after the named month closed: "On Monday, the company sold 100 BTC", "This week",
# "Since then", "Since its listing it has sold …": what it left stands at no month's close.
_LATER_THAN_MONTH = Folded(
    r"\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:this|last|past)\s+week|since|today|"
    r"yesterday|recently|ha(?:s|ve)\s+(?:now\s+|also\s+|since\s+)?(?:sold|mined|produced))\b"
)


def _left_by_earlier_flows(ctx: DocContext, segment: Segment, period: Period, start: int) -> bool:
    """Is the holding at `start` what the sentence's flows left ("sold 134 …, leaving it with
    905 BTC"), in a month or quarter the story named before the month of publication? It
    stands at that period's close (decided case 14), as when its own sentence names the period;
    a flow dated by the publication month names none and keeps the label."""
    text = segment.text
    if "with" not in text[max(0, start - 40) : start] or ctx.published is None:
        return False  # cheap gate
    if _LEFT_WITH.search(text, max(0, start - 40), start) is None:
        return False
    if _FLOW_BEFORE.search(text, 0, start) is None or _LATER_THAN_MONTH.search(text, 0, start):
        return False
    return period.granularity in ("month", "quarter") and period.last_day() < ctx.published.replace(
        day=1
    )


# "continues to maintain 19,211 Bitcoin on its balance sheet", "still holds": a holding told in
# the present names no period; it takes the report's label (decided case 14, "now holds").
_HELD_NOW = Folded(
    r"\b(?:continues|continue|continuing)\s+to\s+(?:hold|maintain|keep|carry|have)\b|"
    r"\b(?:now|currently|still)\s+(?:holds|has|maintains|keeps|carries|owns)\b"
)


def _held_now(text: str, start: int) -> bool:
    return _HELD_NOW.search(text, max(0, start - 60), start) is not None


def _on_balance_sheet(text: str, end: int) -> bool:
    """Is the figure ending at `end` said to be on the balance sheet (in its own clause: not
    "holds 1,205 bitcoins, and it has about $83 million in cash on its balance sheet")?"""
    if "balance sheet" not in text.lower():
        return False  # cheap gate
    stop = min(len(text), end + _SHEET_REACH, line_end(text, end))
    figure = NEXT_FIGURE.search(text, end, stop)
    return _ON_BALANCE_SHEET.search(text, end, figure.start() if figure else stop) is not None


# "Total Debt -- $687.3 million reported on the balance sheet": the balance stands at the
# reported period's closing day.
_ON_BALANCE_SHEET = Folded(r"\b(?:on|in)\s+(?:the|its|our)\s+(?:\w+\s+)?balance\s+sheets?\b")


_PERIOD_ENDED = Folded(
    r"\b(?:period|quarter|months)\s+end(?:ed|ing)\s+(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2}),?\s+"
    r"(?P<y>(?:19|20)\d\d)\b"
)


def _closing_day(ctx: DocContext, period: Period) -> Period | None:
    """The last day of the reported period: the year-end or quarter-end the report states
    ("the first quarter of fiscal 2026 (period ended August 31, 2025)"), else a calendar
    period's last day once it has ended."""
    if period.granularity == "year":
        return _stated_year_end(ctx, period)
    if period.granularity not in ("quarter", "month"):
        return None
    head = (ctx.text or "")[:_YEAR_ENDED_SCAN]
    stated = _PERIOD_ENDED.search(head) if "nded" in head else None
    if stated is not None and period.granularity == "quarter":
        try:
            return Period.of_date(int(stated["y"]), month_number(stated["mon"]), int(stated["d"]))
        except (KeyError, ValueError):
            return None
    if ctx.published is not None and period.last_day() <= ctx.published:
        return stock_date(period)
    return None


# The comparison words of _COMPARISON without ";" (an as-of date may sit past a semicolon).
_COMPARISON_WORDS = Folded(
    r"\b(?:compared|comparison|versus|vs\.?|up\s+from|down\s+from|from\s+the\s+(?:prior|"
    r"previous|same)|relative\s+to|against|while|whereas)\b|"
    r"\bfrom\s+(?:the\s+)?(?:approximately\s+|about\s+|roughly\s+)?(?:US\$|C\$|\$)?\d"
)  # "rose to 1,152 BTC from 1,117 BTC on January 31": the date is the starting point's


LEAD_ADVERBIAL = re.compile(
    r"^(?:In|During|For|As\s+of|As\s+at|On|Beginning|Starting|Since|At|Through|Over|By|From|"
    r"Throughout|Between|Effective)\b[^,]{0,80},",
)


def _reported_quarter(ctx: DocContext, named: Mention, text: str) -> bool:
    """Is `named` the report's own quarter, named as on the calendar ("Q2 2025" in its
    results; not "the fiscal fourth quarter", which keeps the issuer's label)?"""
    quarter = named.period
    if quarter is None or quarter.granularity != "quarter" or quarter != ctx.report:
        return False
    return _FISCAL_NAME.search(text, max(0, named.start - _FISCAL_REACH), named.end) is None


_FISCAL_REACH = 12  # "fiscal Q2 2025", "the fiscal fourth quarter": the word before the phrase
# A results release in the document's head ("Reports Second Quarter 2025 Results", "Q2 FY2025
# earnings", "quarterly report", "10-Q"): only there is a quarter named before its calendar end
# the issuer's fiscal quarter, already closed. A mid-quarter update or a news story that names
# the quarter still running ("held 48,237 BTC at the end of Q2 2025 so far", out on May 22)
# speaks of the calendar quarter, whose close has not come.
_RESULTS_HEAD = Folded(
    r"\b(?:results|earnings|financial\s+report|quarterly\s+report|10-q|interim\s+report|"
    r"shareholder\s+letter)\b"
)
_RESULTS_HEAD_CHARS = 600


def _results_release(ctx: DocContext) -> bool:
    """Does the document's head call it a results release?"""
    return _RESULTS_HEAD.search((ctx.text or "")[:_RESULTS_HEAD_CHARS]) is not None


def _not_after_publication(ctx: DocContext, named: Mention, day: Period, text: str) -> Period:
    """ "its end-of-month holdings" in a story with no period of its own, published on May 9:
    which month ended is not said, and a day still to come is no balance date, so the balance
    keeps the publication month's label (undated)."""
    published = ctx.published
    reported = _reported_quarter(ctx, named, text)
    if (named.relative is None and not reported) or published is None or not day.is_date:
        return day
    if day.last_day() <= published:
        return day
    if named.relative == "report-quarter" or (reported and _results_release(ctx)):
        # "ended the quarter with 8,049 Bitcoin" in a "fourth-quarter" release out on December
        # 3: the issuer's fiscal quarter, which has closed, at the last quarter-end before. So
        # too "Q2 2025" in a "Second Quarter 2025 Results" release out on May 22.
        return stock_date(last_quarter_before(published))
    if reported:
        return named.period or day  # the calendar quarter still running: its label, no day
    return day.as_month()


# "(Fiscal Year Ended September 30, 2025)": the day an annual report's balances stand at.
_YEAR_ENDED = Folded(
    r"\byear\s+end(?:ed|ing)\s+(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\b"
)


_YEAR_ENDED_SCAN = 3000


def _stated_year_end(ctx: DocContext, year: Period) -> Period | None:
    """An annual report's undated balance stands at the year-end the report states."""
    head = (ctx.text or "")[:_YEAR_ENDED_SCAN]
    if "nded" not in head and "nding" not in head:
        return None  # cheap gate ("ended", "Ending")
    position = 0
    while (found := _YEAR_ENDED.search(head, position)) is not None:
        position = found.end()
        if int(found["y"]) != year.year:
            continue  # a comparative year ("compared with the year ended June 30, 2024")
        try:
            return Period.of_date(year.year, month_number(found["mon"]), int(found["d"]))
        except (KeyError, ValueError):
            return None
    return None


_OWNER_REACH = 40  # "3,568 BTC, all of its mined coins in 2022": the phrase follows its figure


def _dates_an_earlier_figure(ctx: DocContext, segment: Segment, period: Period, start: int) -> bool:
    """ "added 3,568 BTC, all of its mined coins in 2022, …, pushing holdings to 9,086": the
    period named before another figure dates that figure; the balance has no date of its own."""
    if period.is_date:
        return False
    text = segment.text
    for mention in reversed(ctx.dating(segment)):
        if mention.end > start:
            continue
        if ctx.absolute(mention) != period:
            return False  # the nearest period phrase before the balance is another one
        # a figure between the phrase and the balance, or one the phrase follows closely
        owner = NEXT_FIGURE.search(text, max(0, mention.start - _OWNER_REACH), start)
        # (or a nil flow told in words: "did not sell any of its Bitcoin produced in November,
        # which left its total BTC holding at 363.9 BTC")
        return (
            owner is not None
            or NIL_FLOW.search(text, max(0, mention.start - _NIL_REACH), start) is not None
        )
    return False


_NIL_REACH = 80  # "did not sell any of its Bitcoin produced in November": the verb further back
# A flow of nothing, told in words: a figure (zero) of the period all the same.
NIL_FLOW = Folded(
    r"\b(?:did\s+not|didn't|has\s+not|hasn't|had\s+not)\s+(?:sell|liquidate|dispose\s+of)\s+"
    r"any\b|\b(?:sold|liquidated)\s+(?:none|no)\b"
)


def _reached_by(ctx: DocContext, period: Period, text: str) -> Period | None:
    """The last day of the period whose flows reached a holding, once it has ended."""
    if ctx.published is not None and period.last_day() > ctx.published:
        if _fiscal_year_named(text, period):
            return period  # "reported a remarkable fiscal year 2025, … treasury to 13,000"
        return ctx.fallback() or period
    if period.granularity == "year" and period.month is None:
        day = period.last_day()
        return Period.of_date(day.year, day.month, day.day)
    return stock_date(period)


_FISCAL_NAME = re.compile(r"\bfiscal\b|\bFY", re.IGNORECASE)  # "fiscal 2025", "FY2025"


def _fiscal_year_named(text: str, period: Period) -> bool:
    """Is `period` a bare year the text names as the issuer's fiscal year ("fiscal year
    2025", "FY2025")? A fiscal year may have ended before its calendar namesake; its closing
    day is not known, so the year's label stands."""
    if period.granularity != "year" or period.month is not None:
        return False
    return re.search(rf"\b(?:fiscal\s+(?:year\s+)?|FY\s?){period.year}\b", text, re.I) is not None


_ENDED = Folded(r"end|last\s+day")


# Relative phrases that stand for the report's own period ("the month", "the quarter",
# "ended the period").
_REPORT_RELATIVE = ("report", "report-quarter", "report-period", "report-half")


# "concluded the month with a treasury of 13,011 BTC", "finished the quarter with 11,466 BTC",
# "exited April with", "closed out the year holding": a balance at the close of that period.
_CLOSE_VERB = (
    r"(?:end(?:ed|ing|s)?|clos(?:ed|ing|es)|conclud(?:ed|ing|es)|finish(?:ed|ing|es)|"
    r"exit(?:ed|ing|s)|wrap(?:ped|ping|s)\s+up)"
)


_CLOSED_BEFORE = Folded(rf"\b{_CLOSE_VERB}\s+(?:out\s+)?(?:the\s+|its\s+|their\s+)?$")


_CLOSED_AT = Folded(rf"{_CLOSE_VERB}\b")


# "till June 20, 2022, Bitfarms held …": a balance up to that day is the balance on it.
_DATING_CUE = Folded(r"\b(?:end|ended|ending|as\s+(?:of|at)|at|till|until|through)\b")


# "…, ending the year with 1,034 BTC", "…, leaving no outstanding debt": the balance at the end
# of the period just named.
_END_STATE = Folded(r"\b(?:ending|ended|leaving|closing|closed|eliminat\w*|reduc\w*)\b")


# "operations for September 2025, … while accumulating over 5,800 BTC in its treasury", "for
# the quarter, bringing its holdings to 1,800 BTC": a holding reached in the period named
# before it is at the period's close (README decided case 14)
_REACHED = Folded(
    r"\b(?:accumulat\w*|amass\w*|stack(?:ing|ed|s)?|bringing|brought|brings|grow(?:ing|s)?|grew|increas(?:ing|ed|es)|"
    r"rais(?:ing|ed|es)|reach(?:ing|ed|es)?|push(?:ing|ed|es)|boost(?:ing|ed|s)?|"
    r"lift(?:ing|ed|s)?|swell(?:ing|ed|s)?|expand(?:ing|ed|s)?|tak(?:ing|es)|took)\s+"
    r"(?:(?:its|their|the|our|total|bitcoin|btc|treasury|holdings?|reserves?|balance|stack)\s+)*"
    r"(?:to\s+|over\s+|beyond\s+|more\s+than\s+|approximately\s+|about\s+|nearly\s+|"
    r"roughly\s+|some\s+|a\s+total\s+of\s+)*$"
)


def _in_year(period: Period) -> bool:
    """A month, quarter or half (a bare year's close is read by `_reached_by`)."""
    return period.month is not None or period.quarter is not None or period.half is not None


def _reached_after(text: str, mention: Mention, start: int) -> bool:
    """Does the balance at `start` follow the period phrase as the level a verb of reaching
    names, no other figure between (one between is dated by `_dates_an_earlier_figure`)?"""
    if start <= mention.end or NEXT_FIGURE.search(text, mention.end, start) is not None:
        return False
    return _REACHED.search(text, mention.end, start) is not None


_CLOSE_AFTER = 25


_TERM_DATE = Folded(r"\b(?:due|matur\w*|until|expir\w*)\b")


_PRICE_DATE = Folded(r"\bprice\b")


# "142.2 bitcoins through Nov. 30 were worth $14.2 million as of Dec. 6": "through" dates it
_AS_OF = Folded(r"\b(?:as\s+(?:of|at)|on|per|at\s+the\s+end\s+of|through)\s+$")


# A new line that starts a new item (capital, digit, bullet), not a wrapped sentence.
_NEW_LINE = re.compile(r"\n\s*(?=[A-Z0-9•▪*#–-])")


def line_end(text: str, end: int) -> int:
    """Where the line item holding `end` stops: lines of a list run into one segment each
    date only their own figures."""
    found = _NEW_LINE.search(text, end)
    return found.start() if found else len(text)


# "As of March 31, 2024, held 163.4 Bitcoin valued at approximately $11.7 million As of April
# 30, 2024, held 155.1 Bitcoin": a capital "As of" inside a sentence opens the next item of a
# list flattened into one line; its date is that item's, not the figure's before it.
ITEM_OPENER = re.compile(r"(?<=[\w)%])\s+As\s+(?:of|at)\s")


# How far after a balance its own date is looked for.
_DATE_REACH = 600
# Longer than any match of `_COMPARISON_WORDS`: one starting before a line's end is found whole.
_COMPARISON_CHARS = 60


def _comparison_after(text: str, end: int, line_end_at: int) -> int | None:
    """Where a comparison starts after `end` on its line (a search bounded by the line: a long
    line of many figures is not read to its end once for each)."""
    stop = _COMPARISON_WORDS.search(text, end, line_end_at + _COMPARISON_CHARS)
    return stop.start() if stop is not None and stop.start() < line_end_at else None


def _item_end(text: str, end: int) -> int:
    """Where the figure's line item stops, `_DATE_REACH` characters after it at the most (one
    line of a flattened page may hold a whole table)."""
    return min(line_end(text, end), end + _DATE_REACH)


def _as_of_date_after(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    """ "holdings to 631.86 BTC valued at $29.3 million as of December 31, 2021": a balance's
    as-of date may follow another figure in the clause (not a comparison's date)."""
    text = segment.text
    limit = _item_end(text, end)
    stop = _comparison_after(text, end, limit)
    limit = stop if stop is not None else limit
    opener = ITEM_OPENER.search(text, end, limit)
    limit = opener.start() if opener else limit
    bound = _bound_after(ctx, segment, end)
    for mention in ctx.mentions(segment):
        if mention.start < end or mention.end > limit or mention.period is None:
            continue
        if bound is not None and bound.start < mention.start:
            return None  # "18,005 BTC at month-end, valued at … as of January 5": its own date
        lead = text[max(0, mention.start - 40) : mention.start]
        if _TERM_DATE.search(lead):
            return None  # "…, which is due upon maturity on Nov. 11, 2024": a term, not a date
        if not mention.period.is_date or after_publication(ctx, mention.period):
            continue  # "… will redeem all notes on September 23": a plan, not a balance date
        if is_since(text, mention):
            continue  # "an increase of 416 BTC since its last update on 2 December": a start
        if _AS_OF.search(lead[-20:]) and not _PRICE_DATE.search(lead):
            return mention.period
    return None


def _valued_on(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    """ "currently holds 19.57 BTC valued at $2.26 million based on the September 21 closing
    price", "holdings of 7,649 BTC, based on a price of $57,180 on December 1": a balance
    whose sentence names no date of its own stands on the day it is valued at, unless that
    day falls after the report's period (then the report's label stands)."""
    if ctx.dating(segment):
        return None  # a period of its own ("As of June 30, … at the July 3 price") wins
    report = ctx.section or ctx.report
    text = segment.text
    limit = _item_end(text, end)
    stop = _comparison_after(text, end, limit)
    limit = stop if stop is not None else limit
    for mention in ctx.mentions(segment):
        if mention.start < end or mention.end > limit or mention.period is None:
            continue
        day = mention.period
        if not day.is_date or after_publication(ctx, day) or not is_price_date(text, mention):
            continue
        if report is not None and day.last_day() > report.last_day():
            return None  # a monthly update's holding priced weeks later: the report's label
        return day
    return None


def _bound_after(ctx: DocContext, segment: Segment, end: int) -> Mention | None:
    """The period phrase that follows the figure before any other figure ("8,490 BTC at
    month-end, valued at $1.6 billion as of January 5" → "month-end"): the figure's own."""
    after = next((m for m in ctx.dating(segment) if m.start >= end), None)
    if after is None or NEXT_FIGURE.search(segment.text, end, after.start) is not None:
        return None
    if after.period is not None and after.period.granularity == "year":
        return None  # "$862.5 million of 2029 Notes outstanding as of September 30": a name
    return after


def after_publication(ctx: DocContext, period: Period) -> bool:
    """Does `period` end after the document was published (a term or a plan, not a report)?"""
    return ctx.published is not None and period.last_day() > ctx.published


def _lead_date(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    """ "On September 8, 2025, we … for all US$7,700,000 … outstanding …, pursuant to which
    we will redeem … on September 23": a balance is dated by the sentence's leading date,
    unless a date follows the figure closely."""
    lead = LEAD_ADVERBIAL.match(segment.text)
    if lead is None or lead.end() > end or line_end(segment.text, lead.end()) < end:
        return None  # (the leading date of a list's first line dates only that line)
    dates = [m for m in ctx.mentions(segment) if m.period is not None and m.period.is_date]
    if any(end <= m.start <= end + _CLOSE_AFTER for m in dates):
        return None
    for mention in dates:
        if mention.start < lead.end():  # "On September 8, 2025, …" (the year past the comma)
            return mention.period
    return None


def stock_date(period: Period) -> Period:
    """A stock figure stated for a month, quarter or half is a balance at its last day."""
    if period.is_date or period.is_longer_than_half:
        return period
    day = period.last_day()
    return Period.of_date(day.year, day.month, day.day)


def _named_in(
    ctx: DocContext, segment: Segment, period: Period, start: int, end: int
) -> Mention | None:
    """The phrase that dated the balance ("held 3,534 BTC at the end of September", "as of
    quarter end"), if the sentence dated it, rather than the figure falling back to the
    report's period. A month named before the balance only dates it with an end/as-of cue
    ("In May it produced …, bringing its holdings to 1,466" is a balance with no date)."""
    for mention in ctx.mentions(segment):
        if mention.relative == "ago":
            continue  # "debt free two weeks ago": a month counted back, not a month-end
        if mention.start >= end and _other_clause(segment.text, end, mention):
            continue
        lead = segment.text[max(0, mention.start - 16) : mention.end]
        between = segment.text[mention.end : max(mention.end, end)]
        # "In its third-quarter 10-Q, it had $130 million outstanding" (not "Cash of $22.4
        # million in Q3, …, $1.0 million debt": there the quarter dates the figure before it)
        quarter = (
            mention.period is not None
            and mention.period.quarter is not None
            and NEXT_FIGURE.search(segment.text, 0, mention.start) is None
        )
        if _period_of(ctx, mention) == period and (
            mention.start >= end
            or quarter  # "In its third-quarter 10-Q, it had $130 million outstanding"
            or _opens_for(segment.text, mention, start)
            or _ATTRIBUTIVE.match(segment.text, mention.end) is not None
            or _DATING_CUE.search(lead)
            or _END_STATE.search(between)
            or (_in_year(period) and _reached_after(segment.text, mention, start))
            or _closes(segment.text, mention)
        ):
            return mention
        if mention.relative in _REPORT_RELATIVE and (
            _ENDED.search(lead) or _closes(segment.text, mention) or _starts(segment.text, mention)
        ):
            return mention
    return None


def _period_of(ctx: DocContext, mention: Mention) -> Period | None:
    """The mention's period; "during the quarter" / "for the month" read as the report's, so
    that "Total debt decreased to $640 million during the quarter" is dated like "during the
    third quarter" (the balance the change reached at the period's close)."""
    if mention.period is not None or mention.relative not in _REPORT_RELATIVE:
        return mention.period
    return ctx.absolute(mention)


# "Its March holdings stood at 2,000 BTC": the month names the balance itself.
_ATTRIBUTIVE = Folded(
    r"(?:['’]s)?(?:[- ]end)?\s*(?:bitcoin\s+|btc\s+)?(?:holdings|balance|treasury|reserves?)\b"
)
_OPENING_REACH = 15
# ("In the first half of the year, it cut its debt to $58 million": the article before the
# period phrase, which starts at its ordinal)
_OPENING_IN = re.compile(r"\s*(?:In|During|For|At)\s+(?:the\s+month\s+of\s+|the\s+)?")


def _opens_for(text: str, mention: Mention, start: int) -> bool:
    """ "In March, the company held 2,000 BTC": a month opening the sentence is the balance's
    own when no other figure comes between (else it dates that figure: "In May it produced
    …, bringing its holdings to 1,466")."""
    opening = _OPENING_IN.match(text)  # (the preposition may be inside the mention)
    if opening is None or opening.end() < mention.start or mention.start > _OPENING_REACH:
        return False
    return NEXT_FIGURE.search(text, mention.end, start) is None


def _closes(text: str, mention: Mention) -> bool:
    """The period phrase is the object of a closing verb ("concluded the month with …")."""
    if _CLOSED_AT.match(text, mention.start):
        return True
    return _CLOSED_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None


def _other_clause(text: str, end: int, mention: Mention) -> bool:
    """ "holds a total of 11,568 BTC, …, and the company sold 600 BTC in April": past another
    figure, a plain period phrase dates that figure, not the balance (an end/as-of cue still
    dates it: "1,000 BTC and $50 million in cash at the end of March")."""
    if NEXT_FIGURE.search(text, end, mention.start) is None:
        return False
    return _DATING_CUE.search(text, max(end, mention.start - 16), mention.end) is None


# "held 1,659 BTC at the start of the month": the period's first day, not its last.
# ("including production since the beginning of the month": a span's start, told of a flow,
# dates no balance)
_START_OF = Folded(
    r"(?<!since\s)(?<!since\sthe\s)\b(?:start|beginning|opening)\s+(?:of\s+)?(?:the\s+)?$"
)


# "at the end of 2023", "at year-end 2023": a calendar year's last day (a fiscal year's end
# is the issuer's and is not guessed; "in 2023" dates nothing).
_YEAR_END_CUE = Folded(r"\b(?:end\s+of|year[- ]end)\s*$")


def _starts(text: str, mention: Mention) -> bool:
    return _START_OF.search(text, max(0, mention.start - 24), mention.start) is not None


def _first_month(period: Period) -> int:
    if period.month is not None:
        return period.month
    if period.quarter is not None:
        return 3 * period.quarter - 2
    if period.half is not None:
        return 6 * period.half - 5
    return 1


def _balance_day(text: str, named: Mention, period: Period) -> Period:
    """The day a balance dated by `named` stands at."""
    if _starts(text, named) and not period.is_date:
        return Period.of_date(period.year, _first_month(period), 1)
    if period.is_longer_than_half:
        phrase = text[max(0, named.start - 24) : named.end]
        head = phrase[: len(phrase) - len(str(period.year))]
        closed = _YEAR_END_CUE.search(head) or _closes(text, named)  # "ended 2025 with"
        if not period.is_date and closed and not _FISCAL_NAME.search(phrase):
            day = period.last_day()
            return Period.of_date(day.year, day.month, day.day)
        return period
    return stock_date(period)
