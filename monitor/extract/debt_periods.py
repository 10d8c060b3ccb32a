"""Periods of debt figures: one-off events, spans between two balance dates, comparatives.

A one-off issuance with no period named is dated by publication; a change "from $X at 1 July to
$Y at 30 September" by the quarter it spans; a balance never by a date after publication; and
"$A and $B …, respectively" gives the first its period and leaves the second (a comparative).
"""

from __future__ import annotations

import re

from monitor.vocabulary.periods import Period

from .context import DocContext
from .folded import Folded
from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL
from .numbers import APPROX, Money
from .periods import shift_month
from .resolver import past_event_period, resolve_period
from .sentences import Segment

_PAIR_GAP = Folded(rf"^\s*,?\s*and\s+{APPROX}$")


_RESPECTIVELY = Folded(r"^[^;]{0,120}?\brespectively\b")


def is_respective_pair(text: str, first: Money, second: Money) -> bool:
    return bool(_PAIR_GAP.match(text[first.end : second.start])) and bool(
        _RESPECTIVELY.match(text[second.end : second.end + 140])
    )


def period_of(metric: str, segment: Segment, money: Money, end: int, ctx: DocContext) -> str | None:
    """Period label of a debt figure at `money` (its phrase reaching to `end`)."""
    text = segment.text
    if (metric == DEBT_ISSUED and not names_period(ctx, segment)) or (
        metric == DEBT_REPAID and _SUBSEQUENT.search(text[max(0, money.start - 200) : money.start])
    ):
        # Notes closed or a loan taken is a one-off event: with no period named, it is dated
        # by the event's month the story gave ("On March 28, 2024, the Company closed …"),
        # else by publication, not by the quarter a results story is about; so is a repayment
        # "subsequent to" the period reported.
        if ctx.event is not None and ctx.report is None:
            return ctx.event.label()
        if metric == DEBT_ISSUED and _within_report(ctx, text, money.start):
            return ctx.report.label()  # type: ignore[union-attr]
        return publication_month(ctx)
    if metric in (DEBT_ISSUED, DEBT_REPAID):
        # Notes closed or a loan repaid happened by publication: a later period (a build-out's
        # target quarter the prose was about) is not when.
        return past_event_period(ctx, segment, money.start, end)  # (a span first: `resolve`)
    basis = _BASIS_AFTER.search(text[end : end + 150])
    label = resolve_period(
        ctx,
        segment,
        money.start,
        end,
        as_of=metric == DEBT_TOTAL,
        limit=end + basis.start() if basis else None,
    )
    return _not_future(ctx, segment, label)


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
    ):
        return publication_month(ctx)  # the prose's later period is a term's too (a report's
        # own fiscal quarter may end after publication: "third quarter 2023" in August)
    return fallback.label() if fallback else None


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


def _within_report(ctx: DocContext, text: str, start: int) -> bool:
    """Is a one-off flow with no period of its own one of a periodic report's figures (decided
    case 7: "Canaan secured a $21 million term loan" in a rewrite of its March update), not an
    event the report tells from after its period's end?"""
    report = ctx.report
    if report is None or ctx.published is None or report.last_day() >= ctx.published:
        return False
    return _AFTER_PERIOD.search(text[max(0, start - 200) : start]) is None


def names_period(ctx: DocContext, segment: Segment) -> bool:
    return ctx.section is not None or bool(ctx.mentions(segment))


def publication_month(ctx: DocContext) -> str | None:
    return shift_month(ctx.published, 0).label() if ctx.published else None
