"""Coordinated figures: "sold 210 BTC in September and 350 BTC in October".

The second figure of a pair shares the first's verb (and its unit when a period follows a bare
number); it passes the same guards, and each figure is dated up to the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import guards
from .context import DocContext
from .evidence import observation
from .folded import MONTH_WORD, Folded
from .listed_holdings import listed_day
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .numbers import APPROX, BTC_QTY, NUMBER, btc_value
from .resolver import resolve_period
from .sentences import Segment
from .treasury_phrases import LEADING
from .treasury_produced import NOT_OWN_PRODUCTION

# "sold 210 BTC in September and 350 BTC in October": the second figure shares the verb.
_PERIOD_WORD = (
    MONTH_WORD + r"\b|q[1-4]\b|(?:19|20)\d\d\b|"
    r"the\s+(?:first|second|third|fourth|last|fiscal|full)\s+(?:quarter|half|year)"
)
# "a Record 825 BTC in March 2023 and a Record 2,195 BTC in Q1 2023", "liquidate 1,818 bitcoin in
# December and 383 in November" (the unit is shared when a period follows the bare number),
# "expanded to 1,483.5 bitcoins by quarter-end and further to 1,511 bitcoins by July-end".
_COORDINATED_REACH = 70  # the "and" of a pair comes within a period phrase of the figure
# "held 8,000 BTC at the end of March, rising to 8,300 BTC at the end of April": the first figure
# is the starting point of a change (README, decided case 1), the second the figure.
_CHANGE_TO = (
    r",?\s+(?:and\s+)?(?:then\s+)?(?P<change>(?:rising|climbing|increasing|growing|jumping|"
    r"falling|declining|dropping|decreasing|slipping|(?:moving\s+)?(?:up|down))\s+to)"
)
# "produced 1,252.4 new minted bitcoins, 340.6 minted in September alone": a bare part told
# with the verb's participle and its own period after a comma.
_PARTICIPLE = r"(?:\s+(?:mined|minted|produced|earned|sold))"
# "9.68 BTC and Q2 reached 19.5 BTC", "… and in Q2 was 19.5 BTC": the second figure's own
# period as the subject of a linking verb.
_PERIOD_SUBJECT = (
    rf"(?:(?:in|during|for)\s+)?(?:{_PERIOD_WORD})\s*(?:(?:19|20)\d\d\s+)?(?:reached|was|were|"
    r"totaled|totalled|came\s+in\s+at|hit|stood\s+at|amounted\s+to)\s+"
)
# "mined about 621 BTC (230 BTC in June)": a part of the period's figure in brackets, with its
# own period (not "(vs. 230 BTC in June)", a comparison).
_BRACKETED_PART = (
    rf"(?P<paren>\s*\()(?={APPROX}{NUMBER}[^()]{{0,25}}?\s(?:in|during)\s+[^()]{{2,25}}\))"
)
_COORDINATED = Folded(
    rf"(?:\s+(?:in|during|for|by|at|as\s+of|on)\s+[^,;.(]{{3,40}}?)?"
    rf"(?:,?\s+and|(?P<list>;)(?:\s+and)?|{_CHANGE_TO}|{_BRACKETED_PART}|"
    rf"(?P<part>,)(?=\s+(?:with\s+|including\s+)?{APPROX}{NUMBER}{_PARTICIPLE}\s+"
    rf"(?:in|during)\s))"
    rf"\s*(?<=[\s(])(?:with\s+|including\s+)?(?P<subject>{_PERIOD_SUBJECT})?"
    rf"(?:further\s+|then\s+)?(?:to\s+)?"
    rf"{LEADING}(?:{BTC_QTY}|{APPROX}(?P<bare>{NUMBER})(?={_PARTICIPLE}?\s+(?:in|during)\s+"
    rf"(?:{_PERIOD_WORD})))"
    # a list's item ("Mined 1,434 BTC in Q4 2022; 5,167 BTC in 2022") names its own period
    rf"(?(list)(?=\s+(?:in|during|for)\s+(?:{_PERIOD_WORD})))"
)


_PART_HINT = Folded(
    r",\s(?:[^;.]|\.(?=\d)){0,30}?\b(?:mined|minted|produced|earned|sold)\s+(?:in|during)\s"
)


def _with_follow(
    segment: Segment, ctx: DocContext, match: re.Match[str], metric: str, seen: set[int]
) -> tuple[list[re.Match[str]], re.Match[str] | None]:
    """The figure and the one coordinated after it, when acceptable, and the figure whose
    period both share (None when each has its own)."""
    text = segment.text
    quantities = [match]
    nearby = text[match.end() : match.end() + _COORDINATED_REACH]
    follow = (
        _COORDINATED.match(text, match.end())
        if " and " in nearby
        or ";" in nearby
        or " to " in nearby
        or "(" in nearby
        or _PART_HINT.search(nearby)
        else None
    )
    shared = False
    if follow is not None:
        seen.add(follow.start(_qty(follow)))
        # "13,762 self-mined bitcoin and an estimated 5,512 bitcoin from colocated miners in
        # 2023": the second figure is the clients'; both share the period named after them.
        shared = not (follow.group("part") or follow.group("paren")) and not any(
            match.end() <= mention.start < follow.start(_qty(follow))
            for mention in ctx.mentions(segment)
        )  # (a part told with its own period shares nothing: "…, 340.6 minted in September")
        if _follow_acceptable(text, follow, metric):
            # a change's starting point is no figure: only where it went is
            quantities = [follow] if follow.group("change") else [*quantities, follow]
    last = follow if shared and follow is not None and not follow.group("change") else None
    return quantities, last


def with_coordinated(
    segment: Segment, ctx: DocContext, match: re.Match[str], metric: str, seen: set[int]
) -> Iterator[Extracted]:
    """The figure `match` found, and one coordinated after it ("mined 500 and sold 200"), each
    dated; a figure in parentheses of another period than the whole is left out."""
    as_of = metric == BTC_HELD
    quantities, last = _with_follow(segment, ctx, match, metric, seen)
    whole: str | None = None
    for index, item in enumerate(quantities):
        value = btc_value(item, _qty(item))
        dated = last or item
        period = resolve_period(
            ctx,
            segment,
            dated.start(_qty(dated)),
            dated.end(),
            as_of=as_of,
            limit=None if last else _next_start(quantities, index),
            holding=as_of,
        )
        if as_of:
            period = listed_day(ctx, segment, period)  # README, decided case 21
        if index == 0:
            whole = period
        elif item.group("paren") and not within(period, whole):
            continue  # "1,514 Bitcoin mined (1,347 Bitcoin in Q2 FY25)": another period's
        yield observation(segment, metric, value, "BTC", period)


_LABEL = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)|Q(?P<quarter>[1-4])|H(?P<half>[12])))?$"
)


def within(part: str | None, whole: str | None) -> bool:
    """Whether the period labelled `part` lies inside the one labelled `whole` ("2022-06" in
    "2022-Q2", "2022-H1" or "2022"; a quarter in its half or year)."""
    inner = _LABEL.match(part or "")
    outer = _LABEL.match(whole or "")
    if inner is None or outer is None or inner["year"] != outer["year"] or part == whole:
        return False
    if inner["month"]:
        quarter, half = (int(inner["month"]) + 2) // 3, (int(inner["month"]) + 5) // 6
    elif inner["quarter"]:
        quarter, half = int(inner["quarter"]), (int(inner["quarter"]) + 1) // 2
    else:
        return False  # a half or a year is inside only a year, and a year inside nothing
    if outer["quarter"]:
        return int(outer["quarter"]) == quarter and not inner["quarter"]
    if outer["half"]:
        return int(outer["half"]) == half
    return not outer["month"]


# The second figure's own verb, when it has one ("… and 300 BTC sold").
_OWN_VERB = Folded(
    r"\s+(?:(?:was|were)\s+)?(?P<verb>mined|produced|earned|sold|held|bought|purchased|acquired)\b"
)
_VERBS = {
    BTC_PRODUCED: ("mined", "produced", "earned"),
    BTC_SOLD: ("sold",),
    BTC_HELD: ("held",),
}


def _follow_acceptable(text: str, follow: re.Match[str], metric: str) -> bool:
    """ "Produced 702 BTC in April 2023 and 2,896 BTC year-to-date": the second figure of a
    pair passes the same cumulative, prior-period and clients' guards as the first."""
    start, end = follow.start(_qty(follow)), follow.end()
    if guards.is_cumulative(text, start, end) or guards.is_prior_period(text, start, end):
        return False
    own_verb = _OWN_VERB.match(text, end)
    if own_verb is not None and own_verb.group("verb") not in _VERBS.get(metric, ()):
        return False  # "had 450 BTC mined and 300 BTC sold": the second has its own verb
    return not (metric == BTC_PRODUCED and NOT_OWN_PRODUCTION.match(text, end))


def _next_start(quantities: list[re.Match[str]], index: int) -> int | None:
    if index + 1 >= len(quantities):
        return None
    following = quantities[index + 1]
    if "subject" in following.re.groupindex and following.group("subject"):
        return following.start("subject")  # "… and Q2 reached 19.5 BTC": Q2 is the second's
    return following.start(_qty(following))


def _qty(match: re.Match[str]) -> str:
    """The quantity's group: `qty`, or `bare` for a pair's second figure printed without a unit."""
    return "bare" if "bare" in match.re.groupindex and match.group("bare") else "qty"
