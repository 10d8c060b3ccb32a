"""A disposal of the whole holding told as under way: "they're … cashing out their BTC stash".

A company said to be "selling its bitcoin holdings", "liquidating its BTC treasury" or "cashing
out its stash" announces what it is about to do with the coins it holds: an intention to sell
(README: planned sales are `intent`), with no figure. Present practice told of the production
("is selling a portion of its monthly production", README decided case 18) is not this: only
the holding as a whole (stash, stack, holdings, treasury, reserve) is, and only while the
document reports no sale (a headline "is selling off its bitcoin stash" over the sale's story
tells the sale done).
"""

from __future__ import annotations

from .folded import Folded
from .gates import sentence_gate

_SELLING = r"(?:selling|liquidating|cashing\s+out|offloading|unloading|dumping|divesting)"
UNDERWAY = Folded(
    r"(?:['’]re|['’]s|\bis|\bare)\s+(?:now\s+)?(?:also\s+)?"
    # "they're liquidating their mining business and cashing out their BTC stash"
    rf"(?:\w+ing\s+(?:[^.;]{{0,60}}?\s)?and\s+)?{_SELLING}\s+(?:off\s+)?(?:all\s+(?:of\s+)?)?"
    r"(?:its|their|our|the\s+company['’]s)\s+(?:entire\s+|whole\s+|remaining\s+)?"
    r"(?:bitcoin\s+|btc\s+)(?:stash|stack|holdings|treasury|reserves?)\b"
)
# The holding's nouns, one of which every `UNDERWAY` match holds: asked of the sentence's shared
# scan first (`gates.opens`), so a sentence naming none is not searched.
UNDERWAY_WORDS = sentence_gate("stash", "stack", "holdings", "treasury", "reserve")
