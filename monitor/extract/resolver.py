"""The date resolver: the one place a figure's period is chosen, in a stated precedence.

The rule is the labelling convention's (tests/extract/real/README.md, "Periods" and decided
cases 2 and 7). For a figure at `segment.text[start:end]`, in order:

1. A change between two balance dates after the figure ("from $23.5 million at 1 January
   2024 to $5.3 million at 30 June 2024") is a flow over the whole span they bound.
2. The period phrase bound to the figure: the first one after it in its clause, before any
   comparison ("compared with", "vs.", "up from", "from 1,117 BTC"), the next figure, the next
   line item or a clause it opens ("… and Q2 reached 19.5 BTC").
3. Else the nearest period phrase before it in the sentence. Never a term or deadline
   ("until July 2024", "due 2030", "maturing in 2028": `terms`), never the date of a change's
   starting point ("from 8,090 as of January 31 to 8,260"). "this month" / "last month"
   inside a quotation count from when it was said (`DocContext.absolute_in`).
4. Else the document's period (`DocContext.fallback`): a section heading's, the report's own
   (its title's: a periodic report's one-off sales and repayments too, decided case 7), a news
   story's lead period, the recent period it names most, the month the prose is about; else
   the month of publication. A figure stated as monthly ("rising 21% month-over-month") takes
   the month, the quarter's last in a quarterly release.

Statements (`lead_only`: intentions, milestones) look only at a leading adverbial ("In
November, …") and at when they were said ("announced last month that …"), then the report's
own period, else the publication month — the same rule as every metric (decided case 2).
Stocks (`as_of`: holdings, debt) then go through `balance_dates.balance_period`: a stated day
or period close ("as of", "at the end of March", "ended the quarter with") gives the ISO day;
a valuation's, comparative's or later figure's date never does; with no date of their own
they keep the report's period label.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from .asides import in_aside
from .balance_dates import (
    ITEM_OPENER,
    LEAD_ADVERBIAL,
    after_publication,
    balance_period,
    line_end,
)
from .bare_quarters import own_quarter
from .closing_days import closing_day_of
from .comparison_bases import compared_from
from .event_dates import dates_an_event, dates_followed_event, dates_opening_event
from .fiscal import as_issuers_span
from .folded import Folded
from .numbers import NEXT_FIGURE
from .per_document import found_in
from .periods import Mention, Period, find_mentions, shift_month
from .retold_update import update_period
from .sentences import Segment

if TYPE_CHECKING:
    from .context import DocContext


def resolve_period(
    ctx: DocContext,
    segment: Segment,
    start: int,
    end: int,
    *,
    as_of: bool = False,
    lead_only: bool = False,
    limit: int | None = None,
    holding: bool = False,
) -> str | None:
    """Period label for a figure at `segment.text[start:end]`.

    `as_of` keeps an ISO date for stock figures (holdings, debt); `lead_only` is for
    statements (intentions, milestones): the look-back is restricted to a leading adverbial and
    the prose's topic is not used, since a statement is dated by its report or publication.
    `limit` is where the next figure starts; `holding` marks a bitcoin holding (decided
    case 14 dates it by the period whose flows reached it).
    """
    period = resolve(
        ctx,
        segment,
        start,
        end,
        lead_only=lead_only,
        limit=limit,
        inferred=not lead_only,
        flow=not as_of,
    )
    if as_of and _held_now(ctx, segment, start):
        period = _now_period(ctx, segment, start) or period
    if holding and _now_after_closed_year(ctx, segment, period, start):
        return shift_month(ctx.published, 0).label(as_of=as_of)  # (`published` is set)
    if as_of:
        named = _that_date(ctx, segment, end) or _valued_on(ctx, segment, end)
        if named is not None:
            return named.label()  # "the Company's 7,265 Bitcoin held at that date"
        period = balance_period(ctx, segment, period, start, end, holding=holding)
    return _figure_label(ctx, segment, period, as_of=as_of, holding=holding)


def _figure_label(
    ctx: DocContext, segment: Segment, period: Period | None, *, as_of: bool, holding: bool
) -> str | None:
    """The label of a figure's `period`; an undated holding's, of the year it closed
    (`_closed_year`)."""
    if holding and period is not None and not period.is_date:
        period = _closed_year(ctx, segment, period)
    return period.label(as_of=as_of) if period else None


# A fiscal year ends on the issuer's day, not on 31 December.
_FISCAL_WORDS = Folded(r"\b(?:fiscal|FY)")


def _closed_year(ctx: DocContext, segment: Segment, period: Period) -> Period:
    """ "In 2025, the company's bitcoin stack grew to 6,000 BTC", "(closed 2025 with a net loss.)
    At the same time, the company's bitcoin stack moved above 6,000 BTC": a holding its sentence
    ties to a calendar year that has ended is at the year's last day (decided case 14: a named
    period's last day; no stock figure takes a bare year). Only a year the sentence names, or
    one the sentence before names when this one opens "At the same time" / "Meanwhile": a
    holding whose sentence names no period keeps the report's label (case 14)."""
    text = segment.text
    if period.granularity == "year":
        named = any(m.period == period for m in ctx.dating(segment)) or _SAME_TIME.match(text)
        year = period if named else None
    elif _SAME_TIME.match(text) and not ctx.dating(segment):
        year = _previous_sentence_year(ctx, segment)
    else:
        return period
    if year is None or ctx.published is None or _FISCAL_WORDS.search(text):
        return period
    if year.last_day() >= ctx.published:
        return period  # ("in 2026 … has grown to 6,500 BTC so far": the year still runs)
    return Period.of_date(year.year, 12, 31)


# "currently holds", "now total", "to date its treasury holds": the holding's own clause tells
# it in the present (the word within `_PRESENT_REACH` characters before the figure, no clause
# break between). "As of today" is a day of its own (`balance_dates`).
_PRESENT = Folded(
    r"\b(?:now|currently|presently|at\s+present|to\s+date|as\s+it\s+stands)\b[^.;,]{0,40}$"
)
_PRESENT_WORDS = ("now", "current", "present", "to date", "stands")
_PRESENT_REACH = 60


def _now_after_closed_year(
    ctx: DocContext, segment: Segment, period: Period | None, start: int
) -> bool:
    """A news story's holding told in the present after a calendar year that has ended ("mined
    1,214 BTC in 2024 and currently holds 6,012 BTC"; "closed 2024 with a loss. At the same
    time, its holdings now total …"): "now" ties it to publication, and the year dates the flow
    before it, not the balance (the year's close is `_closed_year`'s and `balance_dates`' for a
    holding with no present-tense word). A report's "now holds" stays at its period's close."""
    if period is None or ctx.report is not None or ctx.published is None:
        return False
    text = segment.text
    window = text[max(0, start - _PRESENT_REACH) : start]
    lowered = window.lower()
    if not any(word in lowered for word in _PRESENT_WORDS):  # (a substring test first)
        return False
    if _PRESENT.search(window) is None or _FISCAL_WORDS.search(text):
        return False
    if period.granularity == "year" and period.month is None:
        year = period
    elif _SAME_TIME.match(text) and not ctx.dating(segment):
        year = _previous_sentence_year(ctx, segment)
    else:
        return False
    return year is not None and year.last_day() < ctx.published


def _sentence_before_in_paragraph(ctx: DocContext, segment: Segment) -> str | None:
    """The sentence before the segment's, within its paragraph and `_PREVIOUS_REACH` (None at
    the document's start)."""
    text = ctx.text
    if not text or segment.start == 0:
        return None
    window = text[max(0, segment.start - _PREVIOUS_REACH) : segment.start]
    window = window[window.rfind("\n\n") + 1 :]
    breaks = list(_SENTENCE_BREAK.finditer(window.rstrip()))
    return window[breaks[-1].end() :] if breaks else window


def _previous_sentence_year(ctx: DocContext, segment: Segment) -> Period | None:
    """The calendar year the sentence before (in the same paragraph) names first, outside a
    comparison ("closed 2025 with a $153 million net loss")."""
    sentence = _sentence_before_in_paragraph(ctx, segment)
    if sentence is None:
        return None
    if _FISCAL_WORDS.search(sentence):
        return None
    for mention in find_mentions(sentence, ctx.reference):
        period = mention.period
        if (
            period is not None
            and period.granularity == "year"
            and not _COMPARISON.search(sentence, 0, mention.start)
        ):
            return period
    return None


# "Applying the market price … on June 30, 2023 … to the Company's 7,265 Bitcoin held at that
# date": a balance pointed back at the day its sentence named (even as a price's date).
_AT_THAT_DATE = Folded(
    r"^\W{0,3}(?:[\w-]+\s+){0,2}?(?:held|owned|outstanding)?\s*(?:at|as\s+of|on)\s+"
    r"(?:that|such|the\s+same)\s+date\b"
)


def _that_date(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    """The day a stock figure's "held at that date" points back to: the last day named before
    it in its sentence."""
    after = segment.text[end : end + 60]
    if " date" not in after or _AT_THAT_DATE.search(after) is None:  # (a substring test first)
        return None
    days = [m.period for m in ctx.mentions(segment) if m.end <= end and m.period is not None]
    days = [period for period in days if period.is_date]
    return days[-1] if days else None


# "now holds 905 bitcoins …, worth $55.2 million based on a BTC price of $61,000 on June 30,
# 2024": the day the holding is valued at is the day its sentence states it for (decided case
# 14: the holding's own sentence names its date), unless a date of its own came before it, or
# the day falls after the period the document reports (then its label stands, as in
# `balance_dates`, whose price-day reading stops at a comparison: "up from 850 last month and
# worth …").
_VALUED = Folded(r"\b(?:worth|valued\s+at|value\s+of)\b")
_VALUED_REACH = 120


def _valued_on(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    """The day a holding's value is told at, after the holding in its sentence."""
    text = segment.text
    window = text[end : end + _VALUED_REACH]
    if "worth" not in window and "value" not in window:  # (substring tests first)
        return None
    valued = _VALUED.search(text, end, end + _VALUED_REACH)
    if valued is None:
        return None
    mentions = ctx.mentions(segment)
    if any(m.period is not None and m.end <= end for m in mentions):
        return None  # "As of June 30, it held 905 BTC, worth …": its own date decides
    reach = end + _VALUED_REACH
    days = [
        m
        for m in mentions
        if m.period is not None and m.period.is_date and valued.end() <= m.start < reach
    ]
    if not days or ", " in text[valued.end() : days[0].start]:
        return None  # "worth $75 million, after selling 50 BTC on June 30": the sale's day
    day = days[0].period
    own = ctx.section or ctx.report or ctx.document  # (not the lead's or the topic's)
    if own is not None and not own.is_date and day.last_day() > own.last_day():
        return None  # an August update's holding priced on September 24: the update's label
    return day


# "Cango now holds 4,529.7 BTC", "currently holds", "today has": a balance in the present tense.
_NOW = Folded(r"\b(?:now|currently|presently|today|at\s+present|as\s+it\s+stands)\b[^.;,]{0,40}$")
_NOW_REACH = 50
_FLOWS_REACH = 160


def _held_now(ctx: DocContext, segment: Segment, start: int) -> bool:
    """A news story's balance said to stand now, its sentence naming no period (or only in a
    later clause: "now stand at 3,349 BTC, taking into account … the added June production"):
    it stands in the month of publication, not the month the story's figures are about."""
    text = segment.text
    if ctx.report is not None or ctx.published is None:
        return False  # a report's "now holds" is at its period's close
    now = _NOW.search(text, max(0, start - _NOW_REACH), start)
    if now is None or _OUTCOME.search(text):
        return False  # "As a result of their efforts, Riot now holds …": the period's outcome
    if _FLOWS_BEFORE.search(text, max(0, start - _FLOWS_REACH), start):
        return False  # "Sold 173 BTC but added 44 BTC to its treasury, which now holds 1,147"
    if _THEN_AND_NOW.search(text, max(0, now.start() - _THEN_REACH), now.start()):
        return True  # "ending Q3 with 3,418 BTC and now holding over 4,000 BTC": then, and now
    # "The deal was announced on April 23 by the miner, which currently holds 19,223 BTC": a
    # date before the relative clause is its antecedent's verb's, not the holding's
    relative = _RELATIVE_BEFORE.search(text, max(0, now.start() - 12), now.start())
    cut = relative.start() if relative is not None else -1
    return all(
        m.end <= cut or (m.start > start and "," in text[start : m.start])
        for m in ctx.dating(segment)
    )


def _now_period(ctx: DocContext, segment: Segment, start: int) -> Period | None:
    """The period a news story's holding "now" stands in: the update the story retells
    (decided case 46: "Cango produced 650.5 BTC in July … now holds 4,529.7 BTC" → July), else
    the month of publication; always that month for a holding set apart from a dated one
    ("ending Q3 with 3,418 BTC and now holding over 4,000 BTC")."""
    text = segment.text
    now = _NOW.search(text, max(0, start - _NOW_REACH), start)
    then = now is not None and _THEN_AND_NOW.search(
        text, max(0, now.start() - _THEN_REACH), now.start()
    )
    update = None if then else update_period(ctx)
    return update or (shift_month(ctx.published, 0) if ctx.published else None)


# A relative clause opening right before "now"/"currently" (`_held_now`).
_RELATIVE_BEFORE = Folded(r",\s+(?:which|who)\s+$")


# "Sold 173 BTC but added 44 BTC to its treasury, which now holds 1,147 BTC": the holding
# its own sentence reaches by the period's flows (decided cases 14 and 26), not a news
# story's "now".
_FLOWS_BEFORE = Folded(
    r"\b(?:sold|added|mined|produced|bought|purchased|acquired)\s+(?:\w+\s+){0,2}?\d[\d,.]*\s*"
    r"(?:btc|bitcoins?)\b[^.;]{0,60}?\b(?:which|and|that)\s+(?:its\s+\w+\s+)?"
    r"(?:now|currently)\s+[^.;]{0,20}$"
)

# "… ending Q3 with 3,418 BTC and now holding over 4,000": a dated holding, then "and now"
# another: the sentence sets the two apart, so the period it named is the first one's only.
_THEN_AND_NOW = Folded(
    r"\b(?:with|held|holding|holdings\s+of|had)\s+(?:about\s+|approximately\s+|over\s+|some\s+)?"
    r"\d[\d,.]*\s*(?:btc|bitcoins?)\b[^.;\d]{0,40}\band\s+(?:is\s+|are\s+)?$"
)
_THEN_REACH = 90

# A balance stated as the outcome of the period just described stands at that period.
_OUTCOME = Folded(r"^\W*(?:as\s+a\s+(?:result|consequence)|consequently|thus|thereby|hence)\b")

# After a figure, a comparison clause or a new figure starts talking about something else.
_COMPARISON = Folded(
    r"\b(?:compared|comparison|versus|vs\.?|(?:up|down)\s+(?:\d+(?:\.\d+)?%\s+)?from|from\s+the\s+"
    r"(?:prior|previous|same)|relative\s+to|against|an?\s+(?:\w+\s+)?(?:\d+(?:\.\d+)?%\s+)?(?:increase|"
    r"decrease|rise|decline|drop|jump|gain|fall)|(?:increase|decrease|rise|decline|drop|jump|"
    r"gain|fall|slightly\s+down|slightly\s+up)\s+from|"
    # "… is similar to Riot Platforms' decision in July 2022": a likeness to another's event
    r"similar\s+to|akin\s+to|mirroring|just\s+(?:as|like)|"
    # "1,930.8 BTC (37.5% higher than Q2)": the base of a change told with "than"; not a
    # "than" right before a number ("greater than 9,000 BTC", "fewer than 100 BTC"), which
    # bounds that number as "more than" does (that figure's own, its period its own)
    r"(?:higher|lower|greater|fewer|bigger|smaller)\s+than(?!\s+(?:us\$|c\$|[$€£])?\d)|"
    r"from\s+(?:[A-Z][a-z]+'s|the\s+(?:prior|"
    r"previous|same|last))|while|whereas|due|matur\w*|(?:that|which|it|they)\s+(?:had\s+)?"
    r"(?:borrowed|raised|issued|took|received|secured|obtained|drew)|"
    # "a $35 million loan, which was borrowed … in 2022": a passive relative clause about the
    # noun has a date of its own
    r"(?:that|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"\w+(?:ed|en|wn)|(?:far\s+|well\s+)?(?:below|"
    r"above|behind|ahead\s+of)|(?:which|who)\s+(?:\w+\s+)?(?:held|holds|had|has|sold|mined|"
    r"produced|reported)|and\s+(?:also\s+)?(?:reported|posted|announced|said|recorded))\b|;|"
    r"\bfrom\s+(?:(?:more|less)\s+than\s+|about\s+|approximately\s+|roughly\s+|nearly\s+|~\s*)?"
    r"(?:US\$|C\$|[$€£])?\d[\d,.]*(?!\d|[,.]?\s*(?:st|nd|rd|th)\b|\s*(?:[A-Z][a-z]{2,8}\.?\s|"
    r"[-/]))"
)  # "(from 212 in Q1 2023)": a starting figure ("from 1 January 2024" is a date)

_BOUNDARY_OVERLAP = 20  # a boundary phrase may run past the period phrase it precedes


def past_event_period(ctx: DocContext, segment: Segment, start: int, end: int) -> str | None:
    """Period label of something that has happened (a loan drawn, notes repaid): never after
    the month of publication."""
    period = resolve(ctx, segment, start, end, flow=True)
    if period is not None and ctx.published is not None:
        month = Period.of_month(ctx.published.year, ctx.published.month)
        later = period.last_day() > month.last_day() and not period.is_date
        if later and not fiscal_ahead(ctx, period):
            period = month
    return period.as_month().label() if period else None


def fiscal_ahead(ctx: DocContext, period: Period) -> bool:
    """Is `period` the document's own quarter labelled by a fiscal year running ahead of the
    calendar ("Q1 FY26" told in November 2025)? The document period is never one that has not
    ended, but for such a label (`document_period._fiscal_label_ahead`); nor is a quarterly
    report's."""
    if ctx.published is None or period.quarter is None or period.is_date:
        return False
    if period == ctx.document:
        return period.first_day() > ctx.published
    # A quarterly report ("CleanSpark(CLSK) - 2026 Q1 - Earnings Call Transcript", told on
    # 5 February 2026) is held after its quarter ended: one whose calendar namesake has not
    # ended is the issuer's fiscal quarter.
    return period == ctx.report and period.last_day() > ctx.published


def resolve(
    ctx: DocContext,
    segment: Segment,
    start: int,
    end: int,
    *,
    lead_only: bool = False,
    limit: int | None = None,
    inferred: bool = True,
    flow: bool = False,
) -> Period | None:
    """The `Period` behind `resolve_period`. A `lead_only` statement named no period falls
    back to the report's period; else, when `inferred`, the document's inferred period (a
    milestone in a quarterly call summary), or otherwise a news rewrite's lead period (an
    intention in a rewrite of a monthly update takes the update's month, decided case 2);
    else the month of publication."""
    period = None if lead_only else _span_after(ctx, segment, end, limit)
    if period is None:
        period = _period_after(ctx, segment, end, limit, flow=flow)
    if period is None:
        period = _period_before(ctx, segment, start, lead_only=lead_only)
    if period is None:
        return _unnamed_period(ctx, segment, lead_only=lead_only, inferred=inferred, flow=flow)
    if can_be_topic(period) and not after_publication(ctx, period):
        ctx.topic = period  # (a deadline "through June 2024" is no topic of the prose)
    return period


def _unnamed_period(
    ctx: DocContext, segment: Segment, *, lead_only: bool, inferred: bool, flow: bool
) -> Period | None:
    """The period of a figure whose sentence names none around it (see `resolve`)."""
    if lead_only:
        # The document's own period (its title's, else the one its prose names most), never
        # the topic of the previous sentence nor a background month of its opening.
        own = ctx.report or (ctx.document if inferred else _reported_lead(ctx))
        return own or (shift_month(ctx.published, 0) if ctx.published else None)
    if flow and ctx.report is None:
        weekend = _weekend_of_news(ctx, segment)
        if weekend is not None:
            return weekend  # "the sale of 4,451 BTC, executed over the weekend"
    if found_in(_MONTHLY, segment.text):
        return ctx.month_of_report()
    if _SAME_TIME.match(segment.text) or _CONTINUED.match(segment.text):
        # ("In July 2023, the Group amended the note. Pursuant to which the Group has
        # repaid US$7 million …": a relative clause cut off as a sentence of its own)
        same = _previous_sentence_period(ctx, segment)
        if same is not None:
            return same  # "The company sold 7,202 coins in June. Meanwhile, it produced …"
    opened = _opened_paragraph(ctx, segment)
    return opened if opened is not None else ctx.fallback()


# "the board approved the sale of 4,451 BTC, executed over the weekend": a flow told as the news
# of the weekend before publication is that weekend's, not the period a background sentence
# before it named ("reserves exceeded 7,500 BTC at the end of the year"). Only in a story with
# no report period of its own (a periodic report dates its one-off flows, decided case 7).
_WEEKEND = Folded(r"\b(?:(?:over|during)\s+the\s+(?:past\s+|last\s+)?|this\s+|last\s+)weekend\b")
_SATURDAY = 5


def _weekend_of_news(ctx: DocContext, segment: Segment) -> Period | None:
    """The month of the weekend before publication, when the sentence tells its flow as done
    "over the weekend" / "this weekend"."""
    if ctx.published is None or "weekend" not in segment.text:  # (a substring test first)
        return None
    if _WEEKEND.search(segment.text) is None:
        return None
    saturday = ctx.published - dt.timedelta(days=(ctx.published.weekday() - _SATURDAY) % 7)
    return shift_month(saturday, 0)


# "Core Scientific Sold More Bitcoin in July Than It Mined": a rewrite's opening that reports
# the month's flows names the report it rewrites ("Marathon's board began a strategic review
# in April", "Riot, which held 19,223 BTC at the end of March, …" name none).
# (a sale in any of its verbs: "Core Scientific liquidated over 7,000 Bitcoin in June")
_REPORTED_LEAD = Folded(
    r"\b(?:mined|produced|sold|generated|output|churned\s+out|liquidated|disposed\s+of|"
    r"monetized|monetised|offloaded)\b"
)
_LEAD_CHARS = 400

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


def _reported_lead(ctx: DocContext) -> Period | None:
    """The news rewrite's lead period, when the opening sentence naming it reports bitcoin
    figures."""
    if ctx.lead is None:
        return None
    for sentence in _SENTENCE_BREAK.split((ctx.text or "")[:_LEAD_CHARS]):
        if _REPORTED_LEAD.search(sentence) and any(
            m.period == ctx.lead for m in find_mentions(sentence, ctx.reference)
        ):
            return ctx.lead  # (a title naming the month may come first: "… in June")
    return None


# "from … <date> to … <date>", "between <date> and <date>"
_SPAN_OPEN = Folded(r"\b(?P<open>from|between)\b")

_SPAN_JOIN = {"from": Folded(r"\b(?:to|through)\b"), "between": Folded(r"\band\b")}

_SPANS = {1: "month", 3: "quarter", 6: "half", 12: "year"}


def _span_after(ctx: DocContext, segment: Segment, end: int, limit: int | None) -> Period | None:
    """ "reduced the loan by $18.2 million from $23.5 million at 1 January 2024 to $5.3 million
    at 30 June 2024": a change between two balance dates is a flow over the span they bound,
    when that span is a whole month, quarter, half or year."""
    text = segment.text
    stop = min(line_end(text, end), len(text) if limit is None else limit)
    # The opening word before the first date ("from January" is one phrase): the first one
    # after the figure, looked for once per figure (not once per pair of dates after it: a
    # run-on of many dates would be read once per date). Only a date that ends after it can
    # open the span (the phrase may hold it: "from January").
    opening = _SPAN_OPEN.search(text, end, stop)
    if opening is None:
        return None
    # (the sentence's phrases are in order and do not overlap: their starts and ends both rise)
    dating = ctx.dating(segment)
    after = max(
        bisect.bisect_left(dating, end, key=_start),
        bisect.bisect_left(dating, opening.end(), key=_end),
    )
    before = bisect.bisect_left(dating, stop, lo=after, key=_start)
    bounds = [m for m in dating[after:before] if m.period is not None and _bound(m.period)]
    join = _SPAN_JOIN[opening["open"].lower()]
    for first, second in itertools.pairwise(bounds):
        if not join.search(text, first.end, second.start):
            continue
        span = _span_between(text, first, second)
        if span is not None:
            return span
    return None


def _start(mention: Mention) -> int:
    return mention.start


def _end(mention: Mention) -> int:
    return mention.end


def _bound(period: Period) -> bool:
    return period.is_date or period.granularity == "month"


_YEAR_IN = re.compile(r"(?:19|20)\d\d")


def _span_between(text: str, first: Mention, second: Mention) -> Period | None:
    """The whole period two balance dates, or a first and a last month, bound ("generated 2,798
    BTC from January to the end of December 2022": the year; a first month named without a year
    is the one before the last month, not the one before publication)."""
    start, last = first.period, second.period
    assert start is not None and last is not None
    if start.is_date != last.is_date:
        return None
    if start.is_date:
        return _whole_span(start, last)
    if start.last_day() > last.last_day() and not _YEAR_IN.search(text, first.start, first.end):
        year = last.year if (start.month or 0) <= (last.month or 0) else last.year - 1
        start = Period.of_month(year, start.month or 1)
    if start.last_day() > last.last_day():
        return None
    return _whole_span(_day_before(start), last)


def _day_before(month: Period) -> Period:
    """The balance date that opens `month` (the last day of the month before it)."""
    day = dt.date(month.year, month.month or 1, 1) - dt.timedelta(days=1)
    return Period.of_date(day.year, day.month, day.day)


def _whole_span(first: Period, last: Period) -> Period | None:
    """The month, quarter, half or year from `first` to `last` ("from December 31, 2023 to
    June 30, 2024" spans the first half: a balance at a month's end opens the next day)."""
    start, stop = first.last_day(), last.last_day()
    if (start + dt.timedelta(days=1)).day == 1 and start.day != 1:
        start += dt.timedelta(days=1)
    if start.day != 1 or stop != Period.of_month(stop.year, stop.month).last_day():
        return None
    months = (stop.year - start.year) * 12 + stop.month - start.month + 1
    kind = _SPANS.get(months)
    if kind is None or (start.month - 1) % months:
        return None  # not a calendar span ("March to May" is no quarter)
    index = (start.month - 1) // months + 1
    if kind == "month":
        return Period.of_month(start.year, start.month)
    if kind == "quarter":
        return Period.of_quarter(start.year, index)
    if kind == "half":
        return Period.of_half(start.year, index)
    return Period.of_year(start.year)


# A sentence that says it happened at the same time as the one before speaks of that
# sentence's period ("The company sold 7,202 coins in June … Meanwhile, it produced only 1,106
# coins"), not of the document's.
_SAME_TIME = Folded(
    r"\W*(?:meanwhile|additionally|in\s+addition|at\s+the\s+same\s+time|simultaneously|"
    r"(?:in|during)\s+the\s+same\s+(?:month|quarter|period))\b"
)

# A sentence that opens on a relative pronoun continues the one before ("Pursuant to which
# the Group has repaid …"): its event is that sentence's.
_CONTINUED = Folded(
    r"\W*(?:pursuant\s+to|under|by|following|after|in\s+connection\s+with)\s+which\b"
)


def continues_previous(text: str) -> bool:
    """Does the sentence open on a relative pronoun, continuing the one before?"""
    return "which" in text[:40].lower() and _CONTINUED.match(text) is not None


_PREVIOUS_REACH = 300


def _opened_paragraph(ctx: DocContext, segment: Segment) -> Period | None:
    """ "In May 2022 the Company liquidated all of its Bitcoin holdings. Approximately 17
    Bitcoin were liquidated …": the period that opened the paragraph's previous sentence, in a
    document whose own period is only inferred from its prose (no report, lead or section
    period: a filing note's subsequent event is told in its own month)."""
    if ctx.report is not None or ctx.lead is not None or ctx.section is not None:
        return None
    if ctx.opened is None or ctx.text is None:
        return None
    opened_at, period = ctx.opened
    if not 0 < segment.start - opened_at <= _PREVIOUS_REACH:
        return None  # (the distance first: no slice of a long document for every figure)
    return None if "\n" in ctx.text[opened_at : segment.start] else period


def _previous_sentence_period(ctx: DocContext, segment: Segment) -> Period | None:
    """The month or quarter the sentence before (in the same paragraph) is about: the first it
    names outside a comparison ("produced 300 BTC in July, up from 250 BTC in June": July)."""
    sentence = _sentence_before_in_paragraph(ctx, segment)
    if sentence is None:
        return None
    for mention in find_mentions(sentence, ctx.reference):
        if can_be_topic(mention.period) and not _COMPARISON.search(sentence, 0, mention.start):
            return mention.period
    return None


# "production reached a record 825 BTC, rising 21% month-over-month": a month's figure, even in
# a release whose title names the quarter.
_MONTHLY = Folded(r"\b(?:month[- ]over[- ]month|mom|m/m|monthly)\b")


def can_be_topic(period: Period | None) -> bool:
    """Months and quarters are what prose is "about"; dates and bare years are not."""
    return (
        period is not None
        and not period.is_date
        and (period.month is not None or period.quarter is not None)
    )


# "866 bitcoin … was produced with 24,500 miners as of the end of September": a balance date
# dates a stock (the fleet), never a flow's period.
_AS_OF = Folded(r"\bas\s+(?:of|at)\s+(?:the\s+)?(?:end\s+of\s+)?$")

# "remaining debt includes a $150-million convertible note agreed in June with Coatue": a
# participle after a balance's noun dates when the instrument began, not the balance
# (the instrument's noun right before: "costs … to be incurred in 2026" is no origin)
_ORIGIN = Folded(
    r"\b(?:notes?|loans?|facility|facilities|debentures?|borrowings?|agreements?|financing)\s+"
    r"(?:(?:first|originally|initially)\s+)?(?:agreed|signed|issued|borrowed|entered\s+into|"
    r"announced|closed|drawn|obtained|secured|arranged|taken\s+out|raised|originated|advanced)"
    r"\s+(?:(?:back\s+)?(?:on|in|during)\s+)?$"
)


# The debt the figure's money goes to retire, a date naming it ("to repay the Jan 28, 2026
# loan", "to refinance its notes of March 2025"): that debt's day, not the figure's.
_REPAID_DEBT = Folded(
    r"\bto\s+(?:repay|refinance|pay\s+(?:off|down)|retire|redeem|replace|roll\s+over)\s+"
    r"(?:the|its|their|our|an?)\s+(?:(?!(?:in|on|during)\s)[\w-]+\s+){0,4}?(?:(?:loans?|notes?|debt|facility|"
    r"borrowings?|debentures?)\s+(?:of|from|dated|issued|drawn|due|maturing)\s+(?:on\s+|in\s+)?)?$"
)
_REPAID_REACH = 70
# The period after the figure opens a flow of its own, told with its figure ("… topped June's
# output of 250 BTC", "… above June production of 250 BTC"): that figure's period.
_NAMES_NEXT_FLOW = Folded(
    r"\s*(?:(?:bitcoin|btc|self-mining|self-mined)\s+)?(?:production|output|holdings|sales)\s+"
    r"(?:of|was|were|totaled|totalled|reached)\s+(?:about\s+|approximately\s+|roughly\s+)?\d"
)


def _period_after(
    ctx: DocContext, segment: Segment, end: int, limit: int | None, *, flow: bool = False
) -> Period | None:
    text = segment.text
    # Only the first period phrase after the figure can be its own; look for a comparison or
    # the next figure only between the two (a short window, not the rest of the sentence).
    dating = ctx.dating(segment)
    index = bisect.bisect_left(dating, end, key=_start)  # (in order: the first from `end` on)
    after = dating[index] if index < len(dating) else None
    if after is None or (limit is not None and after.end > limit):
        return None
    if after.start > line_end(text, end) or ITEM_OPENER.search(text, end, after.end):
        return None
    if dates_an_event(text, after.start, after.end):
        return None  # "mined 1,200 BTC after the April halving": the halving's month
    if flow and _AS_OF.search(text, max(end, after.start - 30), after.start):
        return None
    if not flow and _ORIGIN.search(text, max(end, after.start - 50), after.start):
        return None  # "a $150-million convertible note agreed in June": the note's origin
    if _REPAID_DEBT.search(text, max(end, after.start - _REPAID_REACH), after.start):
        return None  # "borrowed $11M … to repay the Jan 28, 2026 loan": the repaid loan's day
    if _NAMES_NEXT_FLOW.match(text, after.end):
        return None  # "July's 282 BTC topped June's output of 250 BTC": the next figure's month
    window = min(len(text), after.end + _BOUNDARY_OVERLAP)
    scan = _past_aside(text, end, after.start)
    for pattern in (_COMPARISON, NEXT_FIGURE):
        boundary = pattern.search(text, scan, window)
        if boundary is not None and boundary.start() < after.end:
            return None
    if _opens_next_clause(text, end, after):
        return None
    following = index + 1
    closed = closing_day_of(text, after, dating[following]) if following < len(dating) else None
    if closed is not None:
        after = closed  # "… in the fourth quarter, which ended December 31, 2024"
    elif following < len(dating) and _restates(text, after, dating[following]):
        after = _issuers_name(text, after, dating[following])  # "… (fiscal Q2 2025)"
    return _issuers(ctx, segment, after)


def _issuers(ctx: DocContext, segment: Segment, mention: Mention) -> Period | None:
    """The mention's period; a quarter found from its calendar end day ("for the quarter
    ended December 31, 2024") named as the issuer does when the document shows its fiscal
    calendar ("Q3 Fiscal 2025 Results": 2025-Q3)."""
    period = ctx.absolute_in(segment, mention)
    # "165 BTC mined in Q3" of a story on the issuer's fiscal Q3: that quarter
    period = own_quarter(period, ctx.report or ctx.lead or ctx.document, segment.text, mention)
    if period is None or ctx.text is None or "nd" not in segment.text[mention.start : mention.end]:
        return period  # (cheap: no "ended"/"ending" in the phrase)
    return as_issuers_span(period, segment.text[mention.start : mention.end], ctx.text)


# "mined 5,167 BTC ($86.1 million at the time of publication) for all of 2022", "produced 30
# BTC (valued at $2.8 million) in April": an aside in brackets right after the figure (its
# value, an equivalent) is no next figure; the phrase after the bracket still dates the figure.
_ASIDE_OPEN = re.compile(r"\s*\(")
_ASIDE_REACH = 80
# "… ) for all of 2022": a few words, no comma ("… for $29.9 million during the month of December
# 2022": a month named as a month)
_ASIDE_GAP = re.compile(r"\s*(?:[A-Za-z]+\s+){0,3}(?:the\s+month\s+of\s+)?")

# "held 53,822 BTC worth approximately $4.7 billion at the end of the previous year": the
# holding's value in words is an aside too; so is a sale's money, its price per coin and its
# proceeds ("sold 7,202 bitcoins at an average price of roughly $23,000, for total proceeds of
# approximately $167 million in June": the month dates the sale, decided case 4's money is no
# next figure; "sold 1,755 BTC for a total of $29.9 million during December 2022" too)
_VALUE_ASIDE = Folded(
    r"(?:\s*,?\s*(?:worth|valued\s+at|for|at|or)\s+(?:an?\s+average\s+(?:(?:sale|selling)\s+)?"
    r"(?:price\s+)?of\s+|(?:(?:total|net|gross|aggregate)\s+)?proceeds\s+of\s+|a\s+total\s+of\s+)?"
    r"(?:(?:approximately|about|around|roughly|nearly|some|over|more\s+than)\s+)?"
    r"(?:US\$|C\$|\$|€|£)\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|[mbk]n?)\b)?"
    r"(?:\s+(?:per|a|each)\s+(?:bitcoin|BTC|coin))?,?){1,2}"
)


def _past_aside(text: str, end: int, before: int) -> int:
    """Where to look for a boundary after the figure ending at `end`: past a bracketed aside
    or a value in words that follows it and ends before the period phrase at `before`."""
    valued = _VALUE_ASIDE.match(text, end, before)
    if valued is not None:
        close = valued.end() - 1
    else:
        opened = _ASIDE_OPEN.match(text, end)
        if opened is None:
            return end
        close = text.find(")", opened.end(), min(before, opened.end() + _ASIDE_REACH))
        if close < 0 or "(" in text[opened.end() : close]:
            return end
    if not _ASIDE_GAP.fullmatch(text, close + 1, before):
        return end  # "(approximately $40MM USD), and a targeted go-live date of July 2025"
    return close + 1


# "Q1 bitcoin mined reached 9.68 BTC and Q2 reached ~19.5 BTC": a period right after "and"
# that a new figure closely follows is that clause's subject, not the first figure's period;
# so too after the figure's own noun and a comma ("Throughout 2024, Acme repaid $60 million
# of debt, and in February 2025 it repaid $10 million": the second repayment's month).
_AND_JOIN = Folded(
    r"(?:[\s,]*|\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*)and\b\s*"
    r"(?:(?:in|during|for|throughout)\s+)?"
)  # ("and February" may be part of the period phrase)

_CLAUSE_FIGURE_REACH = 30


def _opens_next_clause(text: str, end: int, after: Mention) -> bool:
    if "and" not in text[end : after.start + 4]:
        return False  # cheap gate
    join = _AND_JOIN.match(text, end)
    if join is None or join.end() < after.start:
        return False  # no "and", or more words between it and the period
    return NEXT_FIGURE.search(text, after.end, after.end + _CLAUSE_FIGURE_REACH) is not None


# "CleanSpark announced last month that it would begin selling …": the period right after a
# verb of saying dates the statement itself.
_SAID = Folded(
    r"\b(?:said|announced|stated|disclosed|revealed|indicated|confirmed|noted|told\s+\w+)\s+"
    r"(?:in\s+|on\s+|during\s+)?$"
)


def _said_when(ctx: DocContext, segment: Segment, start: int) -> Period | None:
    for mention in ctx.dating(segment):
        if mention.end > start:
            break
        if _SAID.search(segment.text, max(0, mention.start - 30), mention.start):
            return ctx.absolute(mention)
    return None


def _period_before(
    ctx: DocContext, segment: Segment, start: int, *, lead_only: bool
) -> Period | None:
    """The period named before the figure at `start` in its sentence: the nearest mention
    that dates the figure's own clause (`_dates_another` passes over the others). With
    `lead_only`, only the date it was said on or the sentence's opening adverbial counts."""
    if lead_only:
        said = _said_when(ctx, segment, start)
        if said is not None:
            return said
        lead = LEAD_ADVERBIAL.match(segment.text)
        if lead is None or lead.end() > start:
            return None
        start = lead.end()
    text = segment.text
    dating = ctx.dating(segment)
    for index in range(len(dating) - 1, -1, -1):
        mention = dating[index]
        if mention.end > start or _dates_another(text, mention, start):
            continue
        if _VERSUS_BEFORE.search(text, max(0, mention.start - 20), mention.start):
            if _CLOSED_AFTER.match(text, mention.end):
                continue  # "(+97% vs. Q1 FY22) and 364 Bitcoin mined": the other side, closed
            # "a 129% increase in Bitcoins mined compared to Q2 2021, totaling 251.68 BTC": the
            # comparison's other side, its clause still open, dates the comparative; the figure
            # has no period of its own in the sentence (what comes before the comparison,
            # "second-quarter results for 2022", is another clause's): the document's
            return None
        previous = dating[index - 1] if index else None
        return _issuers(ctx, segment, _as_named(text, previous, mention))
    return None


def _dates_another(text: str, mention: Mention, start: int) -> bool:
    """Does `mention`, before the figure at `start`, date something other than the figure: a
    span's start, an aside, an event recalled or a comparison's base?"""
    if _starting_point(text, mention, start):
        return True
    if in_aside(text, mention.start, mention.end, start):
        return True  # "Core Scientific, which emerged from bankruptcy in January, repaid …"
    if dates_an_event(text, mention.start, mention.end):
        return True  # "following the halving in April, mining a total of 699 bitcoin"
    if dates_opening_event(text, mention.start, mention.end, start):
        return True  # "Following a sale of 1,818 Bitcoin in December, Riot … sold 1,080"
    if dates_followed_event(text, mention.start):
        return True  # "It follows a smaller divestment in January … brings holdings to 3,000"
    # "a 27% increase from June, and produced 692 BTC": the base's month
    return compared_from(text, mention.start, mention.end, start)


def _as_named(text: str, previous: Mention | None, mention: Mention) -> Mention:
    """`mention` as the period it names with the mention before it: the quarter "that ended on
    June 30", or the issuer's own name for a period restated ("Fiscal Q1 2025 (quarter ended
    December 31, 2024)")."""
    if previous is None:
        return mention
    closed = closing_day_of(text, previous, mention)
    if closed is not None:
        return closed  # "the second quarter that ended on June 30"
    if _restates(text, previous, mention):
        return _issuers_name(text, previous, mention)
    return mention


# "(+97% vs. Q1 FY22) and 364 Bitcoin mined": a comparison's other side closed before the
# figure dates that side only (a "from … to" change is `_starting_point`'s).
_VERSUS_BEFORE = Folded(r"\b(?:vs\.?|versus|compared\s+(?:with|to))\s+$")
_CLOSED_AFTER = Folded(r"\s*\)")

# "Fiscal Q1 2025 (quarter ended December 31, 2024)", "the three months ended December 31,
# 2024 (Q1 FY25)": one period named twice; the issuer's fiscal name is the label.
_APPOSITION = re.compile(r"\s*\(\s*(?:[Ff]iscal\s+(?:year\s+)?)?$")
_FISCAL_NAME = re.compile(r"\b(?:[Ff]iscal\b|FY)")


def _restates(text: str, first: Mention, second: Mention) -> bool:
    return _APPOSITION.match(text[first.end : second.start]) is not None


def _issuers_name(text: str, first: Mention, second: Mention) -> Mention:
    """Of two period phrases naming one period, the one in the issuer's fiscal words."""
    head = text[max(0, first.start - 8) : first.end]
    if _FISCAL_NAME.search(head):
        return first
    return second if _FISCAL_NAME.search(text[first.end : second.end]) else first


# "holdings rose from 8,090 BTC as of January 31 to 8,260 BTC": the date inside the "from"
# part of a change dates its starting point, never the figure the change reaches.
_FROM_BEFORE = Folded(r"\bfrom\b")

_TO_BETWEEN = Folded(r"\bto\b")

_FROM_REACH = 60


def _starting_point(text: str, mention: Mention, start: int) -> bool:
    """Is the period phrase at `mention` the date of a change's starting point, the figure at
    `start` being where the change ends ("from 8,090 as of January 31 to 8,260")?"""
    if "from" not in text[max(0, mention.start - _FROM_REACH) : mention.start].lower():
        return False  # cheap gate
    return (
        _FROM_BEFORE.search(text, max(0, mention.start - _FROM_REACH), mention.start) is not None
        and _TO_BETWEEN.search(text, mention.end, start) is not None
    )
