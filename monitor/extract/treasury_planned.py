"""A sale a plan lays out: "its June sales plan calls for selling 100 BTC".

A plan, schedule, programme or agreement that "calls for", "provides for", "envisages" or
"involves" selling coins states what is to be done, not what was: the quantity is no
`btc_sold` (README: planned sales are `intent`, never `btc_sold`), and the sentence states an
intention to sell. Only the non-finite forms of selling ("selling", "the sale of", "to sell")
are governed this way; a finite past verb after a plan ("under its treasury plan, the company
sold 100 BTC") is a sale done and stays one. A sale weighed ("was weighing a sale of 1,000
BTC") is no sale done either.
"""

from __future__ import annotations

from .folded import Folded
from .gates import sentence_gate

# The nouns of a plan ("sales plan", "treasury programme", "liquidation schedule").
_PLAN = (
    r"\b(?:plans?|schedules?|programmes?|programs?|strateg(?:y|ies)|polic(?:y|ies)|mandates?|"
    r"budgets?|proposals?|roadmaps?|frameworks?|agreements?|arrangements?|contracts?)\b"
)
# The verbs by which a plan lays a sale out (any tense: a plan that "called for" a sale in a
# month does not say the sale happened).
_LAYS_OUT = (
    r"(?:calls?\s+for|called\s+for|provides?\s+for|provided\s+for|allows?\s+for|allowed\s+for|"
    # a participle after the noun: "under a plan calling for selling 100 BTC a month"
    r"calling\s+for|providing\s+for|allowing\s+for|envisaging|envisioning|involving|requiring|"
    r"envisag(?:es?|ed)|envision(?:s|ed)?|foresees?|foresaw|contemplates?|contemplated|"
    # (present only: a strategy that "included selling 400 BTC" tells what was done)
    r"involves?|includes?|entails?|requires?|"
    r"sets?\s+out|outlines?|outlined|targets?|consists?\s+of|comprises?|"
    r"cent(?:er|re)s?\s+on|is\s+built\s+(?:on|around))"
)
# Selling in a non-finite form: what the plan lays out.
_SELLING = (
    r"(?:selling(?:\s+off)?|(?:the\s+)?sales?\s+of|(?:the\s+)?liquidation\s+of|liquidating|"
    r"(?:the\s+)?disposal\s+of|disposing\s+of|offloading|monetizing|monetising|"
    r"(?:the\s+)?monetization\s+of)"
)
# The hedges between selling and its quantity ("calls for selling up to 100 BTC").
_HEDGE = (
    r"(?:(?:up\s+to|approximately|about|around|roughly|some|another|a\s+further|"
    r"an\s+additional|a\s+total\s+of|no\s+more\s+than|at\s+least)\s+)?"
)
# A plan's own words before the sale, bounded so the gap between the noun and its verb stays
# within one clause ("the plan approved by the board in May calls for selling …").
_PLAN_LAYS_OUT = rf"{_PLAN}(?:[^.;:]{{0,50}}?)?\s+{_LAYS_OUT}\s+{_SELLING}\s+"

# A deliberation is no sale either: "Riot was weighing a sale of 1,000 BTC in the second half".
_DELIBERATES = (
    r"\b(?:weighing|weighed|considering|considered|contemplating|mulling|exploring)\s+"
    rf"(?:an?\s+)?{_SELLING}\s+"
)
# Anchored at the quantity (`endpos`): the sale of this figure is what a plan lays out.
_BEFORE_QTY = Folded(rf"(?:{_PLAN_LAYS_OUT}|{_DELIBERATES}){_HEDGE}$")
# Anywhere in a sentence, with the coins named soon after: the intention a plan states.
PLANNED_SALE = Folded(
    rf"{_PLAN_LAYS_OUT}(?P<object>[^.;]{{0,60}}?\b(?:btc|bitcoins?|coins|production|"
    r"holdings|treasury|stash|stack))\b"
)
# The plan nouns, one of which every `PLANNED_SALE` match holds: asked of the sentence's shared
# scan first (`gates.opens`), so a sentence naming no plan is not searched.
PLAN_WORDS = sentence_gate(
    "plan", "schedule", "program", "strateg", "polic", "mandate", "budget", "proposal",
    "roadmap", "framework", "agreement", "arrangement", "contract",
)  # fmt: skip
# How far before a quantity a plan's words may start.
_REACH = 140


def is_planned_sale(text: str, qty: int) -> bool:
    """The quantity at `qty` is a sale a plan lays out, not one made."""
    return _BEFORE_QTY.search(text, max(0, qty - _REACH), qty) is not None
