"""A holding policy described, not a period's zero sale.

"MARA adheres to the HODL policy, holding all mined Bitcoins", "announced a shift to a full HODL
strategy, which entails retaining all mined Bitcoin": the gerund spells out what the policy
means (README decided case 18: a practice is neither `intent` nor `btc_sold`). Told beside the
period's own production or balance ("4 at the end of August, as the company continues its
strategy of holding all mined bitcoin"), the same words say the period's coins were kept, so
the zero stands there; a past verb ("held all 450 BTC mined in April") is never a policy's
gloss.
"""

from __future__ import annotations

from .folded import Folded
from .model import BTC_HELD, BTC_PRODUCED, Extracted

# The zero told as a gerund: "holding all mined …", "retaining 100% of …", "keeping every coin".
_GERUND = Folded(r"(?:holding|retaining|keeping|hodl(?:ing|ling))\b")
# A policy named just before it: "the HODL policy, holding", "strategy, which entails
# retaining", "its strategy of holding" (a quoted name and a qualifier or two between).
_POLICY_BEFORE = Folded(
    r"\b(?:policy|strategy|approach|practice|philosophy|model)[\"”’']?"
    r"(?:\s+(?:for|of|on)(?:\s+[\w'’-]+){1,4}?)?"
    r"(?:\s*,\s*(?:(?:which|that)\s+(?:entails|means|involves|includes|consists\s+of)\s+)?|\s+of\s+)$"
)
_POLICY_REACH = 80


def is_policy_gloss(text: str, at: int, found: list[Extracted]) -> bool:
    """The zero's words at `at` gloss a named holding policy, in a sentence that states no
    production or balance of its own to date the kept coins."""
    if _GERUND.match(text, at) is None:
        return False
    if _POLICY_BEFORE.search(text, max(0, at - _POLICY_REACH), at) is None:
        return False
    return not any(item.metric in (BTC_PRODUCED, BTC_HELD) for item in found)
