"""Periods of debt figures: one-off events, spans between two balance dates, comparatives.

A one-off issuance with no period named is dated by publication; a change "from $X at 1 July to
$Y at 30 September" by the quarter it spans; a balance never by a date after publication; and
"$A and $B …, respectively" gives the first its period and leaves the second (a comparative).
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period

from . import guards
from .annual_reports import annual_flow
from .closed_next import closing_month
from .context import DocContext
from .date_forms import MONTH_DAY_YEAR
from .debt_also_reported import also_reported_period
from .debt_past_term import date_past_term
from .debt_span_pairs import first_span_period
from .folded import Folded
from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL
from .numbers import APPROX, Money
from .periods import find_mentions, shift_month
from .resolver import fiscal_ahead, resolve, resolve_period
from .sentences import Segment

_PAIR_GAP = Folded(rf"^\s*,?\s*and\s+{APPROX}$")


_RESPECTIVELY = Folded(r"^[^;]{0,120}?\brespectively\b")


def is_respective_pair(text: str, first: Money, second: Money) -> bool:
    return bool(_PAIR_GAP.match(text[first.end : second.start])) and bool(
        _RESPECTIVELY.match(text[second.end : second.end + 140])
    )


def period_of(metric: str, segment: Segment, money: Money, end: int, ctx: DocContext) -> str | None:
    """Period label of a debt figure at `money` (its phrase reaching to `end`); a flow that
    took a fourth-quarter-and-full-year report's period, its sentence naming none, is the year's
    (`annual_flow`)."""
    label = _period_of(metric, segment, money, end, ctx)
    if metric in (DEBT_ISSUED, DEBT_REPAID) and not names_period(ctx, segment):
        return annual_flow(ctx, label)  # (a flow whose sentence names a period keeps it)
    return label


def _period_of(
    metric: str, segment: Segment, money: Money, end: int, ctx: DocContext
) -> str | None:
    """Period label of a debt figure at `money`, in order: a notice the sentence only cites,
    a period told around it, a one-off event's, a flow's that has happened, a balance's
    first date of a pair or publication, else the period the sentence resolves to."""
    if _dates_only_a_notice(metric, ctx, segment):
        return _notice_period(metric, ctx)
    told = _period_told_nearby(metric, segment, money, ctx)
    if told is not None:
        return told
    if _dated_as_one_off(metric, ctx, segment, money):
        return _one_off_period(metric, ctx, segment, money)
    if metric in (DEBT_ISSUED, DEBT_REPAID):
        return _happened_flow_period(ctx, segment, money, end)
    if metric == DEBT_TOTAL:
        first = _first_of_date_pair(ctx, segment, money.start)
        if first is not None:
            return first
        if _stale_background(ctx) and not names_period(ctx, segment):
            # "… against approximately $47 million worth of debt" in a January story that
            # recalled a loan of February 2022: a balance told in the present is at publication
            return publication_month(ctx)
    basis = _BASIS_AFTER.search(segment.text[end : end + 150])
    label = resolve_period(
        ctx,
        segment,
        money.start,
        end,
        as_of=metric == DEBT_TOTAL,
        limit=end + basis.start() if basis else None,
    )
    return _not_future(ctx, segment, label)


def _dates_only_a_notice(metric: str, ctx: DocContext, segment: Segment) -> bool:
    """Whether the sentence's only date is a notice's it cites: a flow's press release, a
    balance's filing (see `_dates_only_a_release`, `_dates_only_the_source`)."""
    if metric in (DEBT_ISSUED, DEBT_REPAID):
        return _dates_only_a_release(ctx, segment)
    return metric == DEBT_TOTAL and _dates_only_the_source(ctx, segment)


def _notice_period(metric: str, ctx: DocContext) -> str | None:
    """Period label of a figure whose sentence's only date is a notice it cites."""
    if metric in (DEBT_ISSUED, DEBT_REPAID):
        return publication_month(ctx)  # "further to its press release on November 21, …"
    # "According to a new filing with the SEC on Dec. 20, … restructure approximately $74
    # million worth of debt": the day dates the filing, not the balance (no date of its
    # own: the report's period, else publication)
    own = ctx.report or ctx.section
    return own.label() if own else publication_month(ctx)


def _period_told_nearby(metric: str, segment: Segment, money: Money, ctx: DocContext) -> str | None:
    """Period label told around the figure: the first span of a pair before it, the story of
    a saying day after a flow, the day the sentence before dated or the quarter it reported
    (its sentence naming no period); else None."""
    if metric != DEBT_TOTAL:
        span = first_span_period(ctx, segment, money.start)
        if span is not None:
            return span  # "During the three months ended March 31, 2024 and March 31, 2023, …"
    saying = _saying_day(ctx, segment, money) if metric in (DEBT_ISSUED, DEBT_REPAID) else None
    if saying is not None:
        # "Riot secured a $50 million loan from Coinbase, the company said on October 10": the
        # flow has no date of its own; the story's period (decided cases 7 and 27), else the
        # month of the saying day (told by then), not the later publication's
        story = ctx.section or ctx.report or ctx.lead or ctx.document or ctx.topic
        return story.label() if story else saying.as_month().label()
    if names_period(ctx, segment):
        return None
    day = _dated_just_before(ctx, segment)
    if day is not None:  # the event the sentence before dated (see `_dated_just_before`)
        return day.label() if metric == DEBT_TOTAL else shift_month(day.last_day(), 0).label()
    # "… For the three months ending Sept. 30, … It also reported total debt"
    return also_reported_period(ctx, segment) if metric == DEBT_TOTAL else None


def _one_off_period(metric: str, ctx: DocContext, segment: Segment, money: Money) -> str | None:
    """Period label of a flow dated as a one-off event.

    Notes closed or a loan taken is a one-off event: with no period named, it is dated by the
    event's month the story gave ("On March 28, 2024, the Company closed …"), else by
    publication, not by the quarter a results story is about; so is a repayment "subsequent
    to" the period reported."""
    if ctx.event is not None and ctx.report is None:
        return ctx.event.label()
    own = _own_report(ctx) if metric == DEBT_ISSUED else None
    if own is not None and _within_report(ctx, own, segment.text, money.start):
        return own.label()  # (the report's period, decided case 7)
    closed = None if ctx.mentions(segment) else closing_month(ctx, segment, money.end)
    # ("… has issued $1.3 billion … The notes were issued on September 30, 2025")
    return closed.label() if closed is not None else publication_month(ctx)


def _happened_flow_period(ctx: DocContext, segment: Segment, money: Money, end: int) -> str | None:
    """Period label of notes closed or a loan repaid: the closing's month when the sentence
    names no period and tells of a closing; else never a later period than publication."""
    if not ctx.mentions(segment):
        # "… After the closing of the transaction on …"
        closed = closing_month(ctx, segment, money.end)
        if closed is not None:
            return closed.label()
    # Notes closed or a loan repaid happened by publication: a later period (a build-out's
    # target quarter the prose was about) is not when.
    return flow_period(ctx, segment, money.start, end)  # (a span first: `resolve`)


# "The company said the proceeds were used to partially repay a bitcoin-collateralized loan",
# after "… generating net proceeds of about $305 million": the repayment is the proceeds named
# in the sentence before.
_LEAD_DATE = re.compile(r"^(?:On|As\s+of|As\s+at|At)\b[^,]{0,40},")


def _not_future(ctx: DocContext, segment: Segment, label: str | None) -> str | None:
    """A balance is never dated after publication: "$55 million of debt … until July 2024" names
    a term, and "On September 8, we … for all $7.7 million outstanding …, which we will redeem
    on September 23" is dated by its leading date; else by the report (or publication)."""
    period = Period.parse(label)
    if period is None or ctx.published is None or period.last_day() <= ctx.published:
        return label
    lead = _LEAD_DATE.match(segment.text)
    for mention in ctx.mentions(segment):
        if lead and mention.start < lead.end() and mention.period and mention.period.is_date:
            return mention.period.label()
    fallback = ctx.fallback()
    if (
        fallback is not None
        and fallback not in (ctx.report, ctx.section)
        and fallback.last_day() > ctx.published
        and not _fiscal_document_ended(ctx, fallback)
    ):
        return publication_month(ctx)  # the prose's later period is a term's too (a report's
        # own fiscal quarter may end after publication: "third quarter 2023" in August)
    return fallback.label() if fallback else None


def _fiscal_document_ended(ctx: DocContext, period: Period) -> bool:
    """Is `period` the document's fiscal quarter, which closed in a calendar quarter that ended
    before publication ("the fiscal fourth quarter" of a June year-end, summarised in August)?"""
    calendar = ctx.document_calendar
    published = ctx.published
    return (
        period is ctx.document
        and calendar is not None
        and published is not None
        and calendar.last_day() <= published
    )


# "valued at about $18 million, based on the average Bitcoin price in September": the month
# dates the price used, not the balance.
_BASIS_AFTER = Folded(r"\b(?:based\s+on|using)\b[^.;]{0,40}\bprices?\b")


_SUBSEQUENT = Folded(r"\bsubsequent(?:ly)?\b")
# "After the quarter closed, we issued …", "Since quarter-end, …", "has since secured": told
# by a periodic report, but after its period.
_AFTER_PERIOD = Folded(
    r"\b(?:subsequent(?:ly)?|after\s+the\s+(?:end\s+of\s+the\s+)?(?:quarter|month|year|period)|"
    r"(?:since|following)\s+(?:the\s+)?(?:end\s+of\s+the\s+)?(?:quarter|month|year|period)|"
    r"has\s+since|recently|today|this\s+week|post[- ](?:quarter|period))\b"
)


def _dated_as_one_off(metric: str, ctx: DocContext, segment: Segment, money: Money) -> bool:
    """Is the flow dated as a one-off event (its event's month, the report's period, else
    publication): new debt whose sentence names no period; a repayment "subsequent to" the
    period reported, or whose sentence names none in a story with a stale document period."""
    if metric == DEBT_ISSUED:
        return not names_period(ctx, segment)
    if metric != DEBT_REPAID:
        return False
    if _SUBSEQUENT.search(segment.text[max(0, money.start - 200) : money.start]):
        return True
    return _stale_document(ctx) and not names_period(ctx, segment)


# How many whole months before publication's month a document period may end and still date a
# flow its sentence leaves undated (news of a repayment runs weeks, not months, behind it).
_DOCUMENT_BEHIND = 2
# A month a news story names is background to a balance it states in the present sooner: news of
# a month's figures runs days behind it ("At the end of September, … reported" in a November
# story that says "one SPV claims it owes $71 million"); a quarter's results run weeks behind.
_MONTH_BEHIND = 1


def _stale_document(ctx: DocContext) -> bool:
    """Would a flow with no period of its own take a document period (no report, lead, topic
    or section) that ended months before publication: one the story names only as background
    ("… $150 million raised in June 2024", "… reduced to 9% by June" in an October story)?"""
    document = ctx.document
    if document is None or ctx.published is None or ctx.fallback() is not document:
        return False
    month = ctx.published.year * 12 + ctx.published.month - 1 - _DOCUMENT_BEHIND  # (0-based)
    first = dt.date(month // 12, month % 12 + 1, 1)
    return document.last_day() < first


def _stale_background(ctx: DocContext) -> bool:
    """Would a balance with no period of its own take a document period or a topic (no report,
    lead or section) that ended months before publication: the month of a loan the story
    recalls ("BMS received a $32 million … loan … in February 2022"), not of the balance?"""
    fallback = ctx.fallback()
    if ctx.published is None or fallback is None or fallback not in (ctx.document, ctx.topic):
        return False
    if fallback in (ctx.report, ctx.lead, ctx.section):
        return False
    behind = _MONTH_BEHIND if fallback.month is not None else _DOCUMENT_BEHIND
    month = ctx.published.year * 12 + ctx.published.month - 1 - behind  # (0-based)
    return fallback.last_day() < dt.date(month // 12, month % 12 + 1, 1)


def _own_report(ctx: DocContext) -> Period | None:
    """The periodic report a document is or rewrites: its title's period, else a rewrite's
    lead period, else the recent period it names most ("It secured a $100M BTC-backed loan"
    in a rewrite of Riot's April update that names April throughout), unless that ended months
    before publication (background the story names, `_stale_document`)."""
    if ctx.report is not None or ctx.lead is not None:
        return ctx.report or ctx.lead
    return None if _stale_document(ctx) else ctx.document


def _within_report(ctx: DocContext, report: Period, text: str, start: int) -> bool:
    """Is a one-off flow with no period of its own one of a periodic report's figures (decided
    case 7: "Canaan secured a $21 million term loan" in a rewrite of its March update), not an
    event the report tells from after its period's end?"""
    if report is ctx.report and ctx.report_calendar is not None:
        report = ctx.report_calendar  # (a fiscal quarter's end on the calendar)
    if ctx.published is None or report.last_day() >= ctx.published:
        return False
    return _AFTER_PERIOD.search(text[max(0, start - 200) : start]) is None


# "as of June 30, 2025 and December 31, 2024 was $35.0 million": a filing's current date and
# its comparative, the current first; one balance stated for both is the current date's.
_DATE = rf"(?:{MONTH_DAY_YEAR}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\s+\d{{4}})"
_DATE_PAIR = re.compile(rf"\b(?:as\s+(?:of|at)|at)\s+(?P<first>{_DATE})\s+and\s+{_DATE}")
_PAIR_REACH = 160


def _first_of_date_pair(ctx: DocContext, segment: Segment, position: int) -> str | None:
    """The first date of an "as of <date> and <date>" pair before the amount, if any."""
    text = segment.text
    start = max(0, position - _PAIR_REACH)
    pair = _DATE_PAIR.search(text, start, position)
    if pair is None:
        return None  # (with "$5.0 million and nil, respectively" the first is the first's too)
    for mention in ctx.mentions(segment):
        if mention.start == pair.start("first") and mention.period is not None:
            return mention.period.label()
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_EVENT_REACH = 400


# A deal's proper name ("the Debt Settlement Agreement", "the Senior Secured Notes").
_DEAL_NAME = re.compile(
    r"\b(?:[A-Z][\w-]+\s+){1,4}(?:Agreements?|Notes|Loans?|Facility|Debentures|Bonds)\b"
)


def _same_deal(previous: str, text: str) -> bool:
    """Does `text` name again a deal the previous sentence named (so tells the same event)?"""
    return any(match.group() in previous for match in _DEAL_NAME.finditer(text))


# A sentence opening on the deal the sentence before told: "This note provides for a loan of
# $150 million" (the deal's day is that sentence's).
_DEAL_ANAPHOR = re.compile(
    r"(?:This|That|The\s+same|Such)\s+(?:promissory\s+|convertible\s+|term\s+)?(?:note|loan|"
    r"agreement|financing|facility|offering|deal|transaction|funding|restructuring)\b"
    # "On Jan. 30, Greenidge entered into several agreements … The transaction reduced the
    # balance … to roughly $17 million": the deal the sentence before told, by its noun
    r"|The\s+(?:transaction|restructuring)\s+(?:reduced|cut|lowered|brought|left|allowed)\b"
)
# "In July 2023, the firm raised $7.5 million in a share issue. This funding allowed debt to be
# reduced to $72 million": the month the anaphor's sentence names dates the event too.
_MONTH_ANAPHOR = re.compile(r"(?:This|That|The)\s+(?:funding|raise|transaction|restructuring)\b")


def _dated_just_before(
    ctx: DocContext, segment: Segment, reach: int = _EVENT_REACH
) -> Period | None:
    """The day a sentence opening with it gave ("On January 30, 2023, the Company entered into
    a Debt Settlement Agreement …"), when that sentence comes right before this one in the same
    paragraph and this one names the same deal: it tells the same event ("The $75.8 million …
    was reduced by $58.5 million pursuant to the Debt Settlement Agreement"); or the day the
    sentence before names anywhere, when this one opens on "This note", "The same loan" …"""
    if ctx.text is None:
        return None
    before = ctx.text[max(0, segment.start - reach) : segment.start]
    paragraph = before[before.rfind("\n") + 1 :].rstrip()
    previous = _SENTENCE_END.split(paragraph)[-1] if paragraph else ""
    lead = _LEAD_DATE.match(previous)
    listed = _list_lead(before)
    if lead is not None and previous.startswith("On") and _same_deal(previous, segment.text):
        dated = previous[: lead.end()]
    elif listed is not None:
        dated = listed  # "On November 9, 2023 we closed the Sale …: ◦The … Loan … was extinguished"
    elif _DEAL_ANAPHOR.match(segment.text):
        dated = previous  # "… on November 27, 2024, … enter into a promissory note. This note …"
    else:
        return None
    month_too = _MONTH_ANAPHOR.match(segment.text) is not None
    for mention in find_mentions(dated, ctx.reference):
        day = mention.period
        if day is not None and month_too and day.granularity == "month":
            day = Period.of_day(day.last_day())  # (a stock at that month's last day)
        if day is None or not day.is_date:
            continue
        report = ctx.report
        if report is not None and day.last_day() <= report.last_day():
            return None  # within a periodic report's period: the report's (decided case 7)
        return day
    return None


# An item's own bullet, and a line that opens another item.
_ITEM_MARK = re.compile(r"\s*[•◦▪●*-]?\s*")
_ITEM_LINE = re.compile(r"\s*[•◦▪●*-]")
_ON_DATE = re.compile(rf"^On\s+{MONTH_DAY_YEAR}\b")


def dated_just_before(ctx: DocContext, segment: Segment) -> Period | None:
    """The day the sentence before (or a list's lead, some items up) gives the event this one
    tells, whatever this sentence names (see `_dated_just_before`)."""
    return _dated_just_before(ctx, segment, 2 * _EVENT_REACH)


def _list_lead(before: str) -> str | None:
    """The date opening the sentence a bulleted list hangs from ("On November 9, 2023 we closed
    the Sale …, Greenidge received …:"), when `before` ends at an item of that list: each item
    tells a part of the event that sentence dated."""
    lines = before.split("\n")
    if len(lines) < 2 or not lines[-1].strip() or not _ITEM_MARK.fullmatch(lines[-1]):
        return None  # the text before the item on its line is its bullet alone
    for line in reversed(lines[:-1]):
        if not line.strip() or _ITEM_LINE.match(line):
            continue  # an earlier item of the same list
        if not line.rstrip().endswith(":"):
            return None
        paragraph_start = _SENTENCE_END.split(line.strip())
        sentence = next((part for part in paragraph_start if _ON_DATE.match(part)), None)
        match = _ON_DATE.match(sentence) if sentence else None
        return match.group() if match else None
    return None


# "further to its previous press release on November 21, 2023, the Company has settled …": the
# date is the earlier release's, not the event's.
_RELEASE_DATED = Folded(
    r"\b(?:previous|prior|earlier)\s+(?:press\s+|news\s+)?(?:release|announcement)s?\s+"
    r"(?:on|dated|of|from)\s+$"
)


def _dates_only_a_release(ctx: DocContext, segment: Segment) -> bool:
    """Every period the sentence names dates an earlier release it refers to."""
    if "release" not in segment.text and "announcement" not in segment.text:
        return False  # cheap gate
    published = publication_month(ctx)
    # (a dateline's date is the publication's: it says the same as the fallback)
    mentions = [
        m
        for m in ctx.mentions(segment)
        if m.period is None or m.period.as_month().label() != published
    ]
    return bool(mentions) and all(
        _RELEASE_DATED.search(segment.text, max(0, m.start - 60), m.start) for m in mentions
    )


def names_period(ctx: DocContext, segment: Segment) -> bool:
    return ctx.section is not None or bool(ctx.mentions(segment))


def publication_month(ctx: DocContext) -> str | None:
    return shift_month(ctx.published, 0).label() if ctx.published else None


# "a new filing with the U.S. Securities and Exchange Commission on Dec. 20", "said in a
# statement on Monday": the day the source said it.
_SOURCE_DATED = Folded(
    r"\b(?:filings?|filed|statement|(?:press\s+|news\s+)?release|announcement|announced|"
    r"disclosed|reported|said|stated|letter|post(?:ed)?)\b(?:[^.;$]|(?<=\b[a-z])\.){0,70}?"
    r"\b(?:on|dated)\s+$"
)


def _dates_only_the_source(ctx: DocContext, segment: Segment) -> bool:
    """Every period the sentence names is a day that dates its source (a filing, statement)."""
    mentions = ctx.mentions(segment)
    if not mentions or " on " not in segment.text:
        return False  # cheap gate
    return all(
        mention.period is not None
        and mention.period.is_date
        and _SOURCE_DATED.search(segment.text, max(0, mention.start - 90), mention.start)
        for mention in mentions
    )


# "…, the company said on October 10", "…, Riot said in a statement on Oct. 10": the
# attribution after a flow, its verb right before the day (not "disclosed in the Report on Form
# 6-K, On December 29, …", whose day is the event's).
_SAID_ON = Folded(
    r"\b(?:said|says|stated|announced|disclosed|reported|added|noted|confirmed|wrote)\s+"
    r"(?:in\s+(?:a|its|the)\s+(?:(?:press|news)\s+)?(?:statement|filing|release|post|letter)\s+)?"
    r"on\s+$"
)


def _saying_day(ctx: DocContext, segment: Segment, money: Money) -> Period | None:
    """The day of the attribution after the flow at `money` ("…, the company said on October
    10") when it is every period the sentence names; else None."""
    mentions = ctx.mentions(segment)
    if not mentions or " on " not in segment.text:
        return None  # cheap gate
    only_saying = all(
        mention.start > money.end
        and mention.period is not None
        and mention.period.is_date
        and _SAID_ON.search(segment.text, max(0, mention.start - 60), mention.start)
        for mention in mentions
    )
    return mentions[0].period if only_saying else None


# "loans of $250,000 and $2,000,000, respectively, on Sept. 2 and Sept. 15": a day for each
# flow (not "as of" two dates, which are a balance and its comparative).
_RESPECTIVE_DAYS = Folded(r"[^.;$]{0,20}?\brespectively\s*,?\s+on\s+")


def respective_days(
    ctx: DocContext, segment: Segment, after: int, metric: str
) -> tuple[str, str] | None:
    """The months of a respective pair of flows whose two days follow it ("…, respectively, on
    Sept. 2 and Sept. 15")."""
    if metric not in (DEBT_ISSUED, DEBT_REPAID) or "respectively" not in segment.text:
        return None  # cheap gate
    opening = _RESPECTIVE_DAYS.match(segment.text, after)
    if opening is None:
        return None
    days = [
        mention.period
        for mention in ctx.mentions(segment)
        if opening.end() <= mention.start <= opening.end() + 40
        and mention.period is not None
        and mention.period.is_date
    ]
    if len(days) != 2:
        return None
    return days[0].as_month().label(), days[1].as_month().label()


def flow_period(ctx: DocContext, segment: Segment, start: int, end: int) -> str | None:
    """Period label of a flow that has happened (a loan drawn, notes repaid): never after the
    month of publication, but for a year, half or quarter still running at publication that
    the sentence names ("with the remaining $23.5 million settled in 2024", published in
    August 2024): the flow fell within it, and the sentence says no more."""
    period = resolve(ctx, segment, start, end, flow=True)
    if period is not None and ctx.published is not None:
        month = Period.of_month(ctx.published.year, ctx.published.month)
        later = period.last_day() > month.last_day() and not period.is_date
        if (
            later
            and not _running_and_named(ctx, segment, period, start, end)
            and not (fiscal_ahead(ctx, period))
        ):
            period = month
    past_term = date_past_term(ctx, segment, end)
    if past_term is not None:
        period = past_term  # "notes due 2030 in October 2024": sold in October 2024
    return period.as_month().label() if period else None


# How far after the amount the flow's own period is named ("$23.5 million settled in 2024").
_OWN_PERIOD_AFTER = 40


def _running_and_named(
    ctx: DocContext, segment: Segment, period: Period, start: int, end: int
) -> bool:
    """Is `period` running at publication and named in the flow's own words: in its clause
    before the amount, or just after it (not "…, which are on track to begin in Q4 2025")?"""
    if ctx.published is None or period.first_day() > ctx.published:
        return False  # (a period not begun at publication: a target, not when)
    first = start - len(guards.clause_before(segment.text, start))
    lead = _LEAD_PERIOD.match(segment.text)  # "During the fourth quarter of 2025, it repaid …"
    return any(
        (first <= mention.start <= end + _OWN_PERIOD_AFTER or (lead and mention.end <= lead.end()))
        and ctx.absolute_in(segment, mention) == period
        for mention in ctx.mentions(segment)
    )


_LEAD_PERIOD = Folded(r"\s*(?:in|during|for|throughout|over)\s[^,;.]{0,60},")
