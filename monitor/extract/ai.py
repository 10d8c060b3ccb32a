"""AI / HPC build-out: capex guided or committed, AI capacity in MW, concrete milestones.

Capacity counts only when the megawatts are bound to AI/HPC ("50 MW of AI capacity",
"590 MW of critical IT load dedicated to HPC"); a campus's or portfolio's power ("the 1.0 GW
Corsicana campus") is not AI capacity, and an "additional 70 MW" tranche is an increment, not
a level. Capex needs AI context in the sentence and a spending phrase bound to the amount;
contract values, revenue, financing, unit costs ("per MW") and ranges are not capex.
Milestones are past-tense facts — a contract signed, capacity energised, GPUs delivered.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from . import guards
from .context import DocContext, resolve, resolve_period
from .entities import is_peer_figure
from .evidence import money_observations, observation
from .gates import any_of
from .model import (
    AI_CAPACITY,
    AI_CAPEX,
    AI_MILESTONE,
    CAPACITY_ENERGISED,
    CONTRACT_SIGNED,
    GPUS_DELIVERED,
    MILESTONE,
    Extracted,
)
from .numbers import (
    APPROX,
    IN_SENTENCE,
    LEADING_POWER,
    POWER,
    Money,
    may_hold_money,
    power_in_mw,
    starts_number,
)
from .periods import Period
from .sentences import Segment

_I = re.IGNORECASE
# AI words are matched case-sensitively where the lowercase form is an ordinary word ("ai").
_AI_CONTEXT = re.compile(
    r"\b(?:AI|A\.I\.|HPC|GPUs?|AI/HPC|HPC/AI)\b|"
    r"(?i:\b(?:artificial\s+intelligence|high[- ]performance\s+computing|inference|"
    r"data\s+cent(?:er|re)s?|data\s+halls?|critical\s+IT|colocation|hyperscalers?|"
    r"Fluidstack|CoreWeave)\b)"
)
_AI_HINTS = any_of("ai ", " ai", "ai/", "/ai", "ai-", "a.i.", "hpc", "gpu", "intelligence",
                   "performance", "inference", "data c", "data h", "critical it", "colocation",
                   "hyperscal", "fluidstack", "coreweave")  # fmt: skip
_POWER_HINTS = any_of("mw", "gw", "watt")
_AI_TARGET = (
    r"(?:AI|HPC|AI/HPC|HPC/AI|(?i:high[- ]performance\s+computing)|GPU|"
    r"(?i:artificial\s+intelligence))"
)
_QUALIFIERS = (
    r"(?:(?:gross|net|critical|IT|compute|computing|power|contracted|dedicated|total|new|"
    r"additional|incremental|further)\s+)*"
)
_CAPACITY = [
    re.compile(rf"{LEADING_POWER}\s+(?:of\s+)?(?P<qual>{_QUALIFIERS}){_AI_TARGET}\b"),
    re.compile(
        rf"{LEADING_POWER}\s+(?:of\s+)?(?P<qual>{_QUALIFIERS})(?i:capacity|IT\s+load|load|power|"
        rf"infrastructure)\s+(?:\w+\s+){{0,2}}?(?i:for|dedicated\s+to|allocated\s+to|to\s+support|"
        rf"for\s+use\s+in|supporting)\s+{_AI_TARGET}"
    ),
    # "HPC capacity of 40 MW", "total HPC capacity in operation there to 40 MW"
    re.compile(
        rf"\b{_AI_TARGET}\s+(?i:capacity|load|IT\s+load)(?:\s+[^.;,\d]{{1,30}}?)?\s+"
        rf"(?i:of|to|reached|totaling|totalling|at)\s+{POWER}"
    ),
    # "critical IT load" and "IT capacity" are data-centre words; mining sites are not sized so.
    re.compile(
        rf"{LEADING_POWER}\s+(?:of\s+)?(?P<qual>{_QUALIFIERS})(?i:(?:critical\s+)?IT\s+(?:load|capacity))"
    ),
]
_INTO_COMPANY = re.compile(
    r"^\s+(?:in|into)\s+(?:[A-Z][\w.&-]*\s+){0,3}(?:Mining|Inc\.?|Corp\.?|Ltd\.?|Holdings|"
    r"Platforms|Digital|Technologies|Group|plc)\b|^\s+(?:equity\s+)?(?:stake|investment)\s+in\b"
)
_WITH_CLAUSE = re.compile(r",\s+with\b")
_INCREMENT = re.compile(r"\b(?:additional|incremental|another|further|expansion)\b", _I)

_SPEND_BEFORE = re.compile(
    rf"\b(?:invest(?:ing|ed|s)?|spend(?:ing|s)?|spent|allocat(?:e|ed|ing|es)|"
    rf"commit(?:ted|ting|s)?|budget(?:ed)?)\s+(?:\w+\s+){{0,3}}?{APPROX}$|"
    rf"\b(?:capital\s+expenditures?|capex|capital\s+(?:investment|commitment|spending|budget)|"
    rf"investment|costs?)\b(?:[^.;$]{{0,60}}?\s)?(?:of|totaling|totalling|was|were|is|are|"
    rf"will\s+be|to\s+be|at|estimated\s+at|expected\s+to\s+be|budgeted\s+at)\s+{APPROX}$",
    _I,
)
_PURCHASE_BEFORE = re.compile(
    rf"\bpurchas\w*\b[^.;$]{{0,80}}?\b(?:GPUs?|servers?|equipment|chips|accelerators|site|"
    rf"facility|data\s+cent(?:er|re)|campus|building)\b"
    rf"[^.;$]{{0,60}}?\bfor\s+{APPROX}$",
    _I,
)
_SPEND_AFTER = re.compile(
    r"^\s+(?:of|in)\s+(?:capital\s+expenditures?|capex|capital|investment)\b", _I
)
_RANGE_AFTER = re.compile(r"^\s*(?:to|-|–|and)\s*(?:US\$|\$|C\$|RMB)", _I)
_RANGE_BEFORE = re.compile(r"(?:\$|RMB)[^$]{0,20}(?:to|-|–)\s*$")
_NOT_CAPEX = re.compile(
    r"\b(?:revenue|contract\s+value|raised|financing|proceeds|private\s+placement|offering|"
    r"loan|notes|valuation|market\s+cap)\b",
    _I,
)

_CONTRACT = re.compile(
    r"\b(?:signed|[Ss]igns|entered\s+into|[Ee]nters\s+[Ii]nto|executed|inked|finali[sz]ed|"
    r"(?:has\s+|have\s+)?announced|[Aa]nnounces|secured|[Ss]ecures|[Uu]psized|awarded)\b"
    rf"{IN_SENTENCE}{{0,100}}?\b(?:agreements?|contracts?|leases?|deal|MOU|memorandum|term\s+sheet)\b"
)
_ENERGISED = re.compile(
    r"\b(?:[Ee]nergi[sz]ed|[Ee]nergi[sz]es|brought\s+online|came\s+online|went\s+live|"
    r"commenced\s+operations|began\s+operations|(?:is|are)\s+now\s+operational)\b"
)
_GPUS = re.compile(
    r"\b(?:took\s+delivery\s+of|[Rr]eceived|[Rr]eceives|delivered|installed|deployed|"
    r"commissioning\s+of|commissioned)\b"
    rf"{IN_SENTENCE}{{0,60}}?\bGPUs?\b|\bGPUs?\b{IN_SENTENCE}{{0,40}}?\b(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:delivered|received|installed|deployed)\b"
)
_NOT_YET = re.compile(
    r"\b(?:once|when|until|upon|to\s+be|expected\s+to\s+be|being|yet\s+to)\s+(?:\w+\s+)?$", _I
)


def has_ai_context(text: str) -> bool:
    """Does `text` talk about AI / HPC / GPUs / data centres?"""
    return bool(_AI_HINTS.search(text.lower()) and _AI_CONTEXT.search(text))


def extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """AI build-out observations stated in one sentence."""
    text = segment.text
    lower = text.lower()
    if not _AI_HINTS.search(lower) or not _AI_CONTEXT.search(text):
        # In a release about an AI/HPC build-out, spending on its sites needs no AI word.
        if ctx.ai_document and may_hold_money(lower):
            return list(_capex(segment, ctx))
        return []
    found = list(_milestones(segment, ctx))
    if _POWER_HINTS.search(lower):
        found.extend(_capacity(segment, ctx))
    if may_hold_money(lower):
        found.extend(_capex(segment, ctx))
    return found


def _capacity(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    text = segment.text
    seen: set[int] = set()
    for pattern in _CAPACITY:
        for match in pattern.finditer(text):
            if match.start("mw") in seen or not starts_number(text, match.start("mw")):
                continue
            seen.add(match.start("mw"))
            if _is_increment(text, match) or is_peer_figure(text, match.start("mw"), ctx.entity):
                continue
            if guards.is_aggregate(text, match.start("mw")):
                continue
            value = power_in_mw(match["mw"], match["power_unit"])
            period = resolve_period(ctx, segment, match.start("mw"), match.end())
            yield observation(segment, AI_CAPACITY, value, "MW", period)


def _is_increment(text: str, match: re.Match[str]) -> bool:
    qualifiers = match.groupdict().get("qual") or ""
    lead = text[max(0, match.start("mw") - 25) : match.start("mw")]
    return bool(_INCREMENT.search(qualifiers) or _INCREMENT.search(lead))


def _capex(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    text = segment.text
    monies = ctx.monies(segment)
    for index, money in enumerate(monies):
        if not _is_capex(text, money, monies[index + 1 :]):
            continue
        if is_peer_figure(text, money.start, ctx.entity) or guards.is_aggregate(text, money.start):
            continue
        # "… GPUs for $43.9m, with delivery expected during 4Q 2024": the spend is dated by
        # the purchase, not by the delivery clause that follows.
        follow = _WITH_CLAUSE.search(text, money.end)
        limit = follow.start() if follow else None
        period = resolve_period(ctx, segment, money.start, money.end, limit=limit)
        yield from money_observations(segment, AI_CAPEX, money, monies[index + 1 :], period)


def _is_capex(text: str, money: Money, later: list[Money]) -> bool:
    before = text[max(0, money.start - 160) : money.start]
    after = text[money.end :]
    if guards.is_per_unit(text, money.end) or _RANGE_AFTER.match(after):
        return False
    if _RANGE_BEFORE.search(before):
        return False  # the upper end of a range
    if _INTO_COMPANY.match(after):
        return False  # "SoftBank invests $50 million in Cipher Mining": equity, not capex
    spend = _SPEND_BEFORE.search(before[-90:]) or _PURCHASE_BEFORE.search(before)
    if spend is None and not _SPEND_AFTER.match(after):
        return False
    return not _NOT_CAPEX.search(before[-90:])


def _milestones(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    text = segment.text
    for detail, pattern in (
        (CONTRACT_SIGNED, _CONTRACT),
        (CAPACITY_ENERGISED, _ENERGISED),
        (GPUS_DELIVERED, _GPUS),
    ):
        match = pattern.search(text)
        if match is None or guards.is_hypothetical(text, match.start()):
            continue
        if _NOT_YET.search(text[: match.start()]) or guards.is_negated(text, match.start()):
            continue
        if is_peer_figure(text, match.start(), ctx.entity):
            continue
        period = _milestone_period(ctx, segment, match)
        yield observation(segment, AI_MILESTONE, None, "", period, kind=MILESTONE, detail=detail)


def _milestone_period(ctx: DocContext, segment: Segment, match: re.Match[str]) -> str | None:
    """A milestone happened: a period after publication is a target, not when it happened."""
    period = resolve(ctx, segment, match.start(), match.end(), lead_only=True)
    if (
        period is not None
        and ctx.published is not None
        and period.last_day() > _month_end(ctx.published)
    ):
        period = Period.of_month(ctx.published.year, ctx.published.month)
    return period.as_month().label() if period else None


def _month_end(day: dt.date) -> dt.date:
    return Period.of_month(day.year, day.month).last_day()
