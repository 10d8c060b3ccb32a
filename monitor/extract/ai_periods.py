"""Periods of AI build-out facts: when it happened or the state was reported, never a target.

A milestone is dated by a period its sentence names after it, in a leading adverbial or just
before it in its clause ("live since December 2023", "In October, …", "in 3Q '25, with lease
commencement resulting in 22.5 MW of energized capacity"); else by the report's own period,
else by the month of publication. A milestone's period after the month of publication is a
schedule: the fact is dated by the report or the publication. A capacity level takes the
period its sentence names unless that is after publication (a delivery schedule).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .asides import in_aside
from .context import DocContext
from .folded import Folded
from .periods import Period
from .resolver import fiscal_ahead, resolve
from .sentences import Segment
from .skipping import skipping

_CLAUSE_REACH = 90
_DEICTIC = frozenset({"published", "published-previous"})
_AFTER_REACH = 80
_YEAR_END = re.compile(r"(?i:year[- ]end|end\s+of\s+(?:the\s+)?year)")
_CLAUSE_BREAK = skipping(re.compile(r"[;:]|\s[-–—•]\s|\.\s|\b(?:compared|versus|vs\.?|from)\b"))
# "invest US$200 million to deploy 50 MW of AI inference capacity by the third quarter of
# 2026": the capacity is what the spend buys, so the period its target names dates both.
_PURPOSE_MW = Folded(
    r"\s+(?:to|for)\s+(?:deploy|build|develop|add|construct|bring|deliver|energi[sz]e)\w*\s+"
    r"(?:\w+\s+){0,3}?[\d.,]+\s*(?:mw|megawatts?)\b"
)


def event_period(ctx: DocContext, segment: Segment, start: int, end: int) -> str | None:
    """Month or quarter label of a milestone at `segment.text[start:end]`."""
    topic = ctx.topic  # a milestone's date is no topic for the figures that follow
    period = (
        _named_right_after(ctx, segment, end)
        or _report_period_after(ctx, segment, end)
        or _ending_the_sentence(ctx, segment, end)
        or _in_clause_before(ctx, segment, start)
        or _weekday_of_news(ctx, segment, start, end)
        or _event_of_paragraph(ctx, segment)
        # a one-off event in a quarter's summary section takes that period (decided case 7)
        or ctx.section
        or resolve(ctx, segment, start, end, lead_only=True)
    )
    ctx.topic = topic
    period = _not_a_target(ctx, period)
    return period.as_month().label() if period else None


# "TeraWulf announced on Monday that it has entered into a data center lease", "IREN said on
# Tuesday it agreed to buy …": a news story's weekday is a day of the week it was published
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY = Folded(r"\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_WEEKDAY_REACH = 80


def _weekday_of_news(ctx: DocContext, segment: Segment, start: int, end: int) -> Period | None:
    """The month of the weekday named just before the event ("announced on Monday that …"):
    the latest such day on or before publication (not the lead's month of another topic)."""
    if ctx.published is None or "day" not in segment.text:
        return None
    # (the nearest before the event, or inside its words: "announced on Monday that it has
    # entered into …")
    days = list(_ON_WEEKDAY.finditer(segment.text, max(0, start - _WEEKDAY_REACH), end))
    if not days:
        return None
    named = days[-1]
    weekday = _WEEKDAYS.index(named.group().split()[-1].lower())
    day = ctx.published - dt.timedelta(days=(ctx.published.weekday() - weekday) % 7)
    return Period.of_month(day.year, day.month)


def _event_of_paragraph(ctx: DocContext, segment: Segment) -> Period | None:
    """ "On September 26, 2024, we launched our GPU-as-a-Service offering … We have entered into a
    contract with an AI cloud services provider …": a paragraph opened by an event's day tells
    that event in its next sentences (the month of the event, README "Periods")."""
    if ctx.event is None or ctx.text is None or not 0 <= ctx.event_at < segment.start:
        return None
    return None if "\n" in ctx.text[ctx.event_at : segment.start] else ctx.event


def _in_clause_before(ctx: DocContext, segment: Segment, start: int) -> Period | None:
    """ "revenue in 3Q '25, with intra-quarter lease commencement resulting in 22.5 MW of
    energized capacity": a month or quarter named shortly before, in the same clause."""
    text = segment.text
    for mention in reversed(ctx.mentions(segment)):
        if mention.end > start or (mention.period is None and mention.relative not in _DEICTIC):
            continue
        between = text[mention.end : start]
        if len(between) > _CLAUSE_REACH or _CLAUSE_BREAK.search(between):
            return None
        if in_aside(text, mention.start, mention.end, start):
            continue  # "Core Scientific, which emerged from bankruptcy in January, announced …"
        # "Last month, Core Scientific signed a contract to supply 16 MW": counted from when
        # it was said, as every metric's "this month" / "last month"
        period = ctx.absolute_in(segment, mention)
        if period and not (period.month or period.quarter or period.half):
            # "Fiscal year 2025 marked … as the Company executed … lease agreements": a whole
            # year named as such dates the year's event (a bare "in 2024" is no such name)
            return period if _WHOLE_YEAR.search(text, mention.start, mention.end) else None
        return period if period and (period.month or period.quarter) else None
    return None


_WHOLE_YEAR = Folded(r"\b(?:fiscal|full[- ]year|FY)\b")
_OPENING = 12  # "In the third quarter, …", "Fiscal year 2025 marked …": the sentence's first words
_SENTENCE_REACH = 240


def _opening_the_sentence(ctx: DocContext, segment: Segment, start: int) -> Period | None:
    """ "Fiscal year 2025 marked a fundamental inflection point … as the Company executed lease
    agreements totaling 522 critical IT MW": a period opening the sentence dates what the
    sentence states, further on than a clause's reach, when it is a whole named period (a
    month, a quarter, a year named as fiscal or full) and no clause break comes between."""
    mentions = ctx.mentions(segment)
    first = mentions[0] if mentions else None
    if first is None or first.start > _OPENING or first.end > start:
        return None
    between = segment.text[first.end : start]
    if len(between) > _SENTENCE_REACH or _CLAUSE_BREAK.search(between):
        return None
    if any(m.start < start for m in mentions[1:]):
        return None  # another period between: the nearer one decides (or none)
    period = ctx.absolute_in(segment, first)
    if period is None or period.is_date:
        return None
    if period.month or period.quarter:
        return period
    return period if _WHOLE_YEAR.search(segment.text, first.start, first.end) else None


def spend_period(
    ctx: DocContext, segment: Segment, start: int, end: int, limit: int | None
) -> str | None:
    """Period label of capex at `segment.text[start:end]`: the period its sentence names, unless
    that is after publication ("the upgrade, scheduled to launch in July 2025, will cost about
    C$55 million"): a schedule, and the spend is dated by the report or the publication."""
    purpose = _PURPOSE_MW.match(segment.text, end)
    if purpose is not None and limit is None:
        end = purpose.end()  # the capacity's own period, read past the figure it buys
    if _dated_only_in_aside(ctx, segment, start) or (
        not ctx.dating(segment) and _estimated(segment.text, start)
    ):
        # "subsequent infrastructure investments, estimated at approximately CAD $27.6
        # million": an estimate is stated now, not in the month of the event the prose told
        period = ctx.section or ctx.report
        if period is None and ctx.document is not None and fiscal_ahead(ctx, ctx.document):
            period = ctx.document  # "Q1 FY26 operating performance: …" in the same notes
        period = period or _publication_month(ctx)
        return period.label() if period else None
    period = resolve(ctx, segment, start, end, limit=limit, inferred=True)
    period = _unscheduled(ctx, segment, period)
    if period is not None and _COMPLETION.search(segment.text):
        # "backed by a $128 million binding supply deal and a December 2026 completion goal":
        # when the build ends, not when the money is committed (a capacity keeps its target)
        period = _not_a_target(ctx, period)
    # Spending is a flow: "On May 26, IREN agreed to buy $1.6 billion of GPUs" is May's capex
    # (a balance date such as "as of June 30" dates it to that month, too).
    return period.as_month().label() if period else None


_ESTIMATE_REACH = 80
_COMPLETION = Folded(r"\bcomplet(?:ion|ed|e)\b")


# A relative clause set off by commas before the amount: "Damoon, in which Northern Data
# acquired a majority stake in July, bought some 400 million euros … of GPUs" (the month dates
# the stake, told as background, not the purchase).
_RELATIVE_ASIDE = re.compile(r",\s{1,3}(?:in\s+which|of\s+which|which|who|whose)\b[^,;.]{0,120},")


def _dated_only_in_aside(ctx: DocContext, segment: Segment, start: int) -> bool:
    """Does every period the sentence names lie in a relative clause before the figure?"""
    if ", " not in segment.text[:start]:
        return False  # cheap gate
    asides = [match.span() for match in _RELATIVE_ASIDE.finditer(segment.text, 0, start)]
    mentions = ctx.mentions(segment) if asides else []
    return bool(mentions) and all(
        any(first <= mention.start < last for first, last in asides) for mention in mentions
    )


def _estimated(text: str, start: int) -> bool:
    """Is the figure at `start` an estimate or plan, by the words of its own clause?"""
    head = text[max(0, start - _ESTIMATE_REACH) : start]
    head = head[head.rfind(". ") + 1 :]  # (a sentence the splitter left joined: "Inc. Funding")
    return _ESTIMATE.search(head) is not None


_ESTIMATE = Folded(
    r"\b(?:estimat\w*|expect\w*|plan(?:s|ned|ning)?|budget\w*|project(?:ed|s)|anticipat\w*|"
    r"will|would)\b"
)


def state_period(ctx: DocContext, segment: Segment, start: int, end: int) -> str | None:
    """Period label of a capacity level stated at `segment.text[start:end]`.

    A period named right after the figure dates it ("energize the first 40 MW … in the first
    quarter of 2026"), as does a month or quarter just before it in its clause ("in 3Q '25,
    with lease commencement resulting in 22.5 MW"); one named further back belongs to another
    clause ("deployment through 2026 at its campus, where it is building … 200 MW"), and a
    relative phrase after it is a schedule ("set to open by year-end"). Else the section's or
    report's period, else the release's lead period, else the publication month. A delivery or
    launch date after publication is a schedule: the level is dated as if none were named."""
    period = (
        _named_right_after(ctx, segment, end)
        or _report_period_after(ctx, segment, end)
        or _ending_the_sentence(ctx, segment, end)
        or _in_clause_before(ctx, segment, start)
        or _opening_the_sentence(ctx, segment, start)
    )
    # "will deliver 300 MW during 2026", "39 MW slated for delivery by January 2027": a
    # delivery date after publication is a schedule; the capacity is contracted now. (A target
    # to energise, "50 MW by Q3 2026", is guidance and keeps its period.)
    period = _unscheduled(ctx, segment, period)
    if period is None and ctx.section is None and ctx.report is None and _is_news_headline(segment):
        period = _publication_month(ctx)  # "Terawulf Signs 70 MW AI Hosting Lease": today's news
    if period is None:
        period = ctx.section or ctx.report or ctx.lead or ctx.document or _publication_month(ctx)
    return period.as_month().label() if period else None


# A headline's deal verb in the present tense: "Terawulf Signs 70 MW AI Hosting Lease", "Cipher
# Inks 168 MW Deal with Fluidstack", "IREN Secures 200 MW Contract"
_HEADLINE_DEAL = Folded(
    r"\b(?:signs|inks|secures|lands|wins|enters\s+into|strikes|seals|clinches|expands|"
    r"announces)\b"
)
_HEADLINE_START = 4
_HEADLINE_CHARS = 160


def _is_news_headline(segment: Segment) -> bool:
    """Is `segment` a story's first line telling a deal in the present tense (news of the day,
    not the month a later line names for another topic, "hashrate dropped … in November")?"""
    text = segment.text
    return (
        segment.start <= _HEADLINE_START
        and len(text) <= _HEADLINE_CHARS
        and not text.rstrip().endswith(".")
        and _HEADLINE_DEAL.search(text) is not None
    )


# "The company signed a colocation agreement with AI hyperscaler CoreWeave for an additional 150
# MW of critical IT capacity in August 2025.": the month that ends the event's sentence, with no
# clause between, dates the event however long its object (README "Periods": the period the
# sentence names)
_SENTENCE_END_REACH = 160
_ON_BEFORE = Folded(r"\b(?:in|on|during)\s+(?:early\s+|mid-?|late\s+)?$")
_SENTENCE_END = re.compile(r"\s*[.!]?\s*$")


def _ending_the_sentence(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    after = next((m for m in ctx.mentions(segment) if m.start >= end), None)
    if after is None or after.relative is not None or after.period is None:
        return None
    text = segment.text
    if after.start - end > _SENTENCE_END_REACH or _CLAUSE_BREAK.search(text, end, after.start):
        return None
    if _ON_BEFORE.search(text, max(0, after.start - 12), after.start) is None:
        return None
    if _SENTENCE_END.match(text, after.end) is None:
        return None
    return ctx.absolute(after)


def _named_right_after(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    after = next((m for m in ctx.mentions(segment) if m.start >= end), None)
    if after is None or after.relative is not None or after.period is None:
        return None
    if _YEAR_END.match(segment.text, after.start):
        return None  # "set to open by year-end": a schedule, whichever year it is read as
    between = segment.text[end : after.start]
    if len(between) > _AFTER_REACH or _CLAUSE_BREAK.search(between):
        return None
    if _cites_source(segment.text, after.start, after.end):
        return None
    return ctx.absolute(after)


def _report_period_after(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    """The month of publication when the period right after a milestone is the report it is
    disclosed in ("disclosed a deal with CoreWeave in its annual report for 2023"): the report's
    year is not when the deal was made, nor is it the milestone's."""
    after = next((m for m in ctx.mentions(segment) if m.start >= end), None)
    if after is None or after.start - end > _AFTER_REACH:
        return None
    if not _REPORT_FOR_BEFORE.search(segment.text, max(0, after.start - 40), after.start):
        return None
    return _publication_month(ctx)


# "15-year IT lease for 352 MW of capacity with an undisclosed tenant (Hut 8's Q1 2026 earnings
# disclosure characterized the tenant as …)": a period naming a company's report, cited as the
# source of another fact, dates that report, not the figure before it.
_POSSESSOR_BEFORE = Folded(r"['’]s\s+$")
_SOURCE_AFTER = Folded(
    r"\s+(?:[\w-]+\s+)?(?:earnings|results|report|disclosure|filing|release|letter|call)\b"
)


# "disclosed a deal with CoreWeave in its annual report for 2023": the year the report covers,
# not when the deal was made
_REPORT_FOR_BEFORE = Folded(
    r"\b(?:report|results|filing|10-K|10-Q|20-F|40-F|statements|disclosure)\s+(?:(?:for|of)\s+)?"
    r"(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?$"
)


def _cites_source(text: str, start: int, end: int) -> bool:
    """Is the period phrase at `text[start:end]` a company's report named as a source?"""
    if _REPORT_FOR_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(
        _POSSESSOR_BEFORE.search(text, max(0, start - 3), start) and _SOURCE_AFTER.match(text, end)
    )


def _publication_month(ctx: DocContext) -> Period | None:
    published = ctx.published
    return Period.of_month(published.year, published.month) if published else None


# A delivery or launch schedule, as opposed to a target to energise.
_SCHEDULE = Folded(
    # ("plans to provide 382 MW … to CoreWeave by the first half of 2026": provided to a tenant)
    r"\b(?:deliver\w*|provid(?:e|es|ed|ing)|slated|scheduled|launch\w*|(?:ready\s+for|in|into|enter\w*)[\s-]+service|"
    r"(?:come|comes|coming|go|goes|going)\s+(?:online|live)|handover|hand\s+over|"
    # "plans to bring an additional 8 MW online by the end of Q2 next year, requiring $50
    # million in capital investment": when the build opens, not when the money is put in
    r"(?:bring|brings|bringing)\s+(?:[\w-]+\s+){0,5}?(?:online|on-line|live)|"
    # "when operations begin in the second half of 2026", "expected to be operational in 2H26",
    # "operations are set to commence in 2027": when the site opens, not what it holds now
    # ("with operations targeted to begin in October 2026", "operations planned to start")
    r"operational|operations?\s+(?:(?:are\s+|is\s+)?(?:set|expected|scheduled|due|targeted|"
    r"planned|slated|anticipated)\s+to\s+)?(?:begins?|began|start\w*|commenc\w*)|"
    # "with operations targeted for October 2026", "operations planned for 2H 2026"
    r"operations?\s+(?:(?:are\s+|is\s+)?(?:targeted|planned|expected|scheduled|slated)\s+for)|"
    # "a 15-year AWS lease for 300 MW (rent starts Aug 2026)", "revenue commencement in 2026":
    # when the tenant starts paying, not what is contracted now
    r"(?:rent|revenue|billing|lease\s+payments?)\s+(?:(?:is|are)\s+)?(?:(?:set|expected|"
    r"scheduled|due)\s+to\s+)?(?:begins?|starts?|commenc\w*|kicks?\s+in)|"
    r"(?:rent|revenue|lease)\s+commencement)\b"
)  # "ready for service in 2027", "expected to come online in Q2 2026": when, not a state


def _unscheduled(ctx: DocContext, segment: Segment, period: Period | None) -> Period | None:
    """`period`, unless it is a delivery or launch date after publication (see `_not_a_target`)."""
    if period is None or not _names_schedule(segment.text):
        return period
    return _not_a_target(ctx, period)


@functools.lru_cache(maxsize=32)
def _names_schedule(text: str) -> bool:
    """Does the sentence name a delivery or launch (asked by each of its figures: kept)?"""
    return _SCHEDULE.search(text) is not None


def _not_a_target(ctx: DocContext, period: Period | None) -> Period | None:
    if period is None or ctx.published is None or period in (ctx.report, ctx.document):
        return period  # the report's own (fiscal) quarter is never a target
    if period.last_day() > _month_end(ctx.published):
        return ctx.report or ctx.lead or ctx.document or _publication_month(ctx)
    return period


def _month_end(day: dt.date) -> dt.date:
    return Period.of_month(day.year, day.month).last_day()
