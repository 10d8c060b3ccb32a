"""The period of a company update a news story retells (README decided case 46).

"Cango produced 650.5 Bitcoin (BTC) in July … Cango now holds 4,529.7 BTC": a story that
retells a monthly or quarterly update and states a flow of the update's period (a number of
bitcoin mined, produced, sold or liquidated in it, or a sale of none told in words: "did not
sell any of its Bitcoin in June", a zero of the period by the README's "Zero stated in words")
has that period as its report period; a holding or intention it tells with no date of its own
("currently holds", "now stands at") takes the period's label, not the month of publication
(r-mara-2024-06, relabelled in the twenty-seventh session). A story that names no period of a
flow keeps the publication month; a story about another event names the update's month as
colour, which the news lead's period (`document_period`) does not take.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .balance_dates import NIL_FLOW
from .folded import Folded
from .per_document import remembered
from .periods import Period, find_mentions

if TYPE_CHECKING:
    from .context import DocContext

# A flow of bitcoin stated with its number: "produced 650.5 Bitcoin", "mined an additional 475
# bitcoins", "chose to liquidate 1,818 bitcoin", "a larger sale of 1,818 Bitcoins".
# ("a total of 1,242 BTC mined in September": the verb after the coins)
_FLOW = Folded(
    r"\b(?:(?:mined|produced|sold|sell|liquidated?|sales?\s+of)\s+(?:\w+\s+){0,2}?"
    r"(?:about\s+|approximately\s+|roughly\s+|~\s?)?\d[\d,.]*\s*(?:btc|bitcoins?)\b|"
    r"\d[\d,.]*\s*(?:btc|bitcoins?)\s+(?:(?:was|were)\s+)?(?:mined|produced|sold|liquidated)\b)"
)
# the coins a sale of none is of, right after it: "did not sell any of its Bitcoin", "sold no BTC"
# (not "did not sell any shares")
_NIL_COINS = Folded(
    r"\s+(?:of\s+)?(?:its\s+|the\s+|their\s+)?(?:self-)?(?:mined\s+)?(?:btc|bitcoins?)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_SENTENCE_REACH = 300  # characters either side of the flow searched for its sentence's ends


def update_period(ctx: DocContext) -> Period | None:
    """The month or quarter whose update the story retells (its news lead's or most-named
    period, when a sentence states a flow of it with its number); None for a report, which
    has a period of its own, or a story that states no such flow."""
    if ctx.report is not None or ctx.text is None or ctx.published is None:
        return None
    period = ctx.lead or ctx.document
    if period is None or period.is_date or period.granularity == "year":
        return None
    return period if _states_flow_of(ctx.text, period, ctx.published) else None


@remembered
def _states_flow_of(text: str, period: Period, published: dt.date) -> bool:
    """Does a sentence of `text` state a bitcoin flow (numbered, or none) and name `period`, or
    name no period while the sentence before it names `period` ("In June, Bitfarms increased its
    hashrate … The company mined 189 Bitcoin … and sold 134 of them")?"""
    for flow_start, flow_end in _flows(text):
        start = max(0, flow_start - _SENTENCE_REACH)
        ends = list(_SENTENCE_END.finditer(text, start, flow_start))
        start = ends[-1].end() if ends else start
        after = _SENTENCE_END.search(text, flow_end, flow_end + _SENTENCE_REACH)
        sentence = text[start : after.end() if after else flow_end + _SENTENCE_REACH]
        named = [m.period for m in find_mentions(sentence, published) if m.period is not None]
        if period in named or (not named and _named_before(text, start, period, published)):
            return True
    return False


def _named_before(text: str, end: int, period: Period, published: dt.date) -> bool:
    """Does the sentence that ends at `end` name `period`?"""
    low = max(0, end - _SENTENCE_REACH)
    # (the stop that ends it is not its start)
    ends = [stop for stop in _SENTENCE_END.finditer(text, low, end) if stop.end() < end]
    before = text[ends[-1].end() if ends else low : end]
    return any(m.period == period for m in find_mentions(before, published))


def _flows(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each bitcoin flow stated with its number, then of each sale of none."""
    for flow in _FLOW.finditer(text):
        yield flow.span()
    if " any" in text or " no" in text or " none" in text:  # (a substring test first)
        for nil in NIL_FLOW.finditer(text):
            if _NIL_COINS.match(text, nil.end()) is not None:
                yield nil.span()
