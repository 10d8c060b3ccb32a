"""A sale avoided while something else was done: "Instead of selling the primary cryptocurrency,
the firm acquired 183.5 BTC" → 0 BTC sold in the period.

"Instead of selling" / "rather than selling" its bitcoin, said beside a deed the company did in
the period (bought, kept, borrowed, raised), states that it sold none: the zero stated in words
of the README ("Zero stated in words"). Not a zero: the same words beside a plan ("rather than
selling its bitcoin, the company plans to borrow"), a capability ("allows it to grow instead of
selling"), a crowd ("instead of selling, miners are borrowing") or another thing avoided
("instead of selling shares, it sold 500 BTC").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from . import guards
from .context import DocContext
from .entities import is_peer_figure
from .evidence import observation
from .folded import Folded
from .model import BTC_SOLD, Extracted
from .resolver import resolve_period
from .sentences import Segment

# How a rewrite names the coin it would have sold ("the primary cryptocurrency", "its BTC").
_COIN = (
    r"(?:bitcoins?|btc|coins|production|output|holdings|reserves?|treasury|stash|"
    r"(?:primary|leading|flagship|largest|original|first)\s+(?:crypto(?:currency)?|"
    r"digital\s+(?:asset|currency)|coin))"
)
_AVOIDED = Folded(
    r"\b(?:instead\s+of|rather\s+than|in\s+lieu\s+of)\s+(?:by\s+)?(?:selling|sell|liquidating|"
    r"offloading|dumping)\s+(?:any\s+(?:of\s+)?)?(?:its\s+|the\s+|their\s+|our\s+|some\s+of\s+"
    r"(?:its|the|their)\s+)?(?:[\w-]+\s+){0,2}?" + _COIN + r"\b"
)
# The deed done instead, in the past tense (a plan's "plans to borrow" is none).
_DONE = Folded(
    r"\b(?:acquired|bought|purchased|added|held|kept|retained|hodl(?:'?d|ed)|accumulated|"
    r"borrowed|raised|tapped|drew|took\s+out|issued|pledged|stacked)\b"
)
_REACH = 100  # the deed stands in the same sentence, close to the avoided sale
# A crowd as the doer ("instead of selling, miners borrowed"): the industry's, not the company's.
_CROWD = Folded(r"\b(?:miners|companies|firms|peers|rivals|industry|sector|they)\b")
# What a thing makes possible is a capability, not a period's zero (decided case 18).
_ENABLED = Folded(r"\b(?:allow\w*|enabl\w*|lets|letting|permit\w*|help\w*|able\s+to|can|could)\b")


def avoided_sales(segment: Segment, ctx: DocContext, found: list[Extracted]) -> Iterator[Extracted]:
    """0 BTC sold when the sentence says a done deed replaced selling the company's bitcoin."""
    if any(item.metric == BTC_SOLD for item in found):
        return  # a sale the sentence states decides
    text = segment.text
    avoided = _AVOIDED.search(text)
    if avoided is None:
        return
    done = _deed(text, avoided)
    if done is None:
        return
    before = text[max(0, min(done.start(), avoided.start()) - _REACH) : done.start()]
    if _ENABLED.search(before) or _CROWD.search(text, avoided.end(), done.start()):
        return
    if guards.is_hypothetical(text, done.start()) or guards.is_negated(text, done.start()):
        return
    if guards.is_earlier_event(text, done.start()) or is_peer_figure(
        text, done.start(), ctx.entity
    ):
        return
    period = resolve_period(ctx, segment, done.start(), done.end())
    yield observation(segment, BTC_SOLD, Decimal(0), "BTC", period)


def _deed(text: str, avoided: re.Match[str]) -> re.Match[str] | None:
    """The past-tense deed after the avoided sale ("…, the firm acquired"), else the one just
    before it ("borrowed $50 million rather than selling its bitcoin")."""
    after = _DONE.search(text, avoided.end(), avoided.end() + _REACH)
    if after is not None:
        return after
    deeds = list(_DONE.finditer(text, max(0, avoided.start() - _REACH), avoided.start()))
    return deeds[-1] if deeds else None
