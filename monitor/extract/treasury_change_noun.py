"""A holding's change told as a noun, in the sentence after the one about the holdings.

"By the end of Q3 2025, their Bitcoin holdings had nearly doubled year-over-year. We're
talking about a jump from roughly 27,000 BTC to over 52,000 BTC.": the second sentence sizes
the change the first one tells of the company's holdings; the level after "to" is the holding
(a bound keeps its number, README decided case 20), the level after "from" its comparative
(decided case 1). The holding is dated as the first sentence dates it, at the named period's
last day (decided case 14), unless its own sentence names a period; with none named, the
report's period label. Only when the sentence before speaks of the holdings changing and has
no coins of its own, and the holdings are the entity's own: its name's possessive or a pronoun
("their", "the company's") owns them, not a peer's ("MARA's … holdings doubled, outpacing
Riot") nor a group's ("Public miners' bitcoin holdings"). A change an analyst models,
forecasts or expects is no holding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import guards
from .context import DocContext
from .entities import names_of
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
# Who owns the holdings: a possessive right before "bitcoin holdings" (a word or two between).
_OWNER = re.compile(
    r"(?P<owner>\b[A-Z0-9][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,2}['’]s?|\b[a-z]+['’]s?|"
    r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur))\s+(?:[\w-]+\s+){0,2}$"
)
_PRONOUN = re.compile(r"(?:its|their|our|(?:the\s+)?(?:company|firm|miner)['’]s)", _I)
# "Analysts now model a rise from …": a forecast, not a holding.
_FORECAST = re.compile(
    r"\b(?:model(?:s|ed|led|ing)?|forecast\w*|project(?:s|ed|ing|ions?)?|expect\w*|estimat\w*|"
    r"predict\w*|target\w*|guid\w*)\b",
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
    if _FORECAST.search(text, 0, match.start()) is not None:
        return  # an analyst's model of the holdings, not a level reached
    previous = _sentence_before(ctx.text, segment.start)
    if previous is None:
        return
    before, begin = previous
    changed = _HOLDINGS_CHANGED.search(before)
    if changed is None or _COINS.search(before) is not None:
        return
    if not _owned_by_entity(before[: changed.start()], ctx.entity):
        return  # a peer's or a group's holdings
    value = parse_decimal(match["qty"])
    if value is None:
        return
    period = _period(ctx, segment, match, Segment(before, begin, begin + len(before)))
    yield observation(segment, BTC_HELD, value, "BTC", period)


def _owned_by_entity(head: str, entity: str | None) -> bool:
    """The possessive right before the holdings is the entity's name or a pronoun for it."""
    owner = _OWNER.search(head[-80:])
    if owner is None:
        return False
    if _PRONOUN.fullmatch(owner["owner"]):
        return True
    name = re.sub(r"['’]s?$", "", owner["owner"])
    name = name.upper()
    # ("Riot Platforms'" is Riot's: a known name and the words of its full name)
    return any(
        name == known.upper() or name.startswith(known.upper() + " ") for known in names_of(entity)
    )


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
