"""A holding's change told as a noun, in the sentence after the one about the holdings.

"By the end of Q3 2025, their Bitcoin holdings had nearly doubled year-over-year. We're
talking about a jump from roughly 27,000 BTC to over 52,000 BTC.": the second sentence sizes
the change the first one tells of the company's holdings; the level after "to" is the holding
(a bound keeps its number, README decided case 20), the level after "from" its comparative
(decided case 1). The holding is dated as the first sentence dates it, at the named period's
last day (decided case 14), unless its own sentence names a period; with none named, the
report's period label. Only when the sentence before speaks of the holdings changing and has
no coins of its own, and its owner is the entity (not a peer the story compares).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import guards
from .context import DocContext
from .entities import is_peer_figure
from .evidence import observation
from .model import BTC_HELD, Extracted
from .numbers import APPROX, BTC_UNIT, NUMBER, parse_decimal
from .periods import Period
from .resolver import resolve_period
from .sentences import Segment

_I = re.IGNORECASE
_CHANGE_NOUN = re.compile(
    r"\b(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:jump|rise|increase|climb|surge|leap|"
    r"growth|drop|decline|fall|decrease|reduction)\s+from\s+"
    rf"{APPROX}{NUMBER}\s*{BTC_UNIT}\s+to\s+{APPROX}(?P<qty>{NUMBER})\s*{BTC_UNIT}",
    _I,
)
# The sentence before: the company's bitcoin holdings changed, no coins counted.
_HOLDINGS_CHANGED = re.compile(
    r"\b(?:bitcoin|btc)\s+(?:holdings|treasury|reserves?|stash|stack|hoard)\b[^.;\d]{0,60}?"
    r"\b(?:doubled|tripled|quadrupled|grew|rose|increased|jumped|climbed|surged|soared|swelled|"
    r"fell|dropped|declined|shrank|decreased|halved)\b",
    _I,
)
_COINS = re.compile(rf"\d\s*{BTC_UNIT}", _I)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)|\n")
_REACH = 400


def changed_holding(
    segment: Segment, ctx: DocContext, found: list[Extracted]
) -> Iterator[Extracted]:
    """The level a change noun names, sizing the holdings change the sentence before told."""
    if ctx.text is None or any(item.metric == BTC_HELD for item in found):
        return
    text = segment.text
    match = _CHANGE_NOUN.search(text)
    if match is None or guards.is_hypothetical(text, match.start()):
        return
    previous = _sentence_before(ctx.text, segment.start)
    if previous is None:
        return
    before, begin = previous
    if _HOLDINGS_CHANGED.search(before) is None or _COINS.search(before) is not None:
        return
    if is_peer_figure(before, len(before), ctx.entity):
        return  # the holdings of a peer the story compares
    value = parse_decimal(match["qty"])
    if value is None:
        return
    period = _period(ctx, segment, match, Segment(before, begin, begin + len(before)))
    yield observation(segment, BTC_HELD, value, "BTC", period)


def _sentence_before(document: str, start: int) -> tuple[str, int] | None:
    """The sentence right before `start` on the same line, and where it begins."""
    floor = max(0, start - _REACH)
    head = document[floor:start]
    stripped = head.rstrip()
    if not stripped or "\n" in head[len(stripped) :]:
        return None  # (a line's first sentence: none before it in its paragraph)
    ends = list(_SENTENCE_END.finditer(stripped))
    if not ends:
        return (stripped, floor) if floor == 0 else None
    opening = ends[-1].end()
    return stripped[opening:], floor + opening


def _period(ctx: DocContext, segment: Segment, match: re.Match[str], before: Segment) -> str | None:
    """The sentence's own period, else the one the sentence before names (at its last day),
    else the report's label."""
    if any(m.period is not None for m in ctx.mentions(segment)):
        return resolve_period(ctx, segment, match.start("qty"), match.end(), holding=True)
    for mention in ctx.mentions(before):
        named = ctx.absolute(mention)
        if named is not None:
            day = named if named.is_date else Period.of_day(named.last_day())
            return day.label()
    fallback = ctx.fallback()
    return fallback.label() if fallback is not None else None
