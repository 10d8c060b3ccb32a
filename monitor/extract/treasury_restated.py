"""A production figure restated as the lead of a share sold is not a new figure.

"Bitfarms mined 189 bitcoin last month, up from 156 bitcoin in May. Of that 189 BTC earned, it
sold 134": the lead "Of that 189 BTC earned," tells again a production the prose has already
stated (the same value), so it is no new figure. Read on its own it would take the period of
whatever date the sentences between named ("May") and state a second production; it takes the
period of the production it restates instead, and so is the same observation. The sale of the
share, its sentence naming no period of its own, is of that period too (June), and its count
with no unit ("sold 134") takes the production's unit (`treasury_sold`). A lead whose number
the document has not stated as production before ("Of the 466 BTC mined in May, Riot sold 250")
is the production's first statement and stays a figure with its own period.
"""

from __future__ import annotations

from .folded import Folded

# "Of that 189 BTC earned, ", "of the 466 bitcoin mined in May, ": the lead's words before the
# figure.
_LEAD_BEFORE = Folded(r"\bof\s+(?:the|its|that|those|these)\s+(?:approximately\s+|about\s+)?$")
_LEAD_AFTER = Folded(
    r"\s*(?:btc|bitcoins?|coins)\s+(?:(?:it|they|we|the\s+company)\s+)?(?:(?:self-)?mined|"
    r"produced|earned|generated)\b[^,;.$]{0,40},"
)
_LEAD_REACH = 30


def is_share_lead(text: str, qty_start: int, qty_end: int) -> bool:
    """Is the production at `qty_start`..`qty_end` of sentence `text` told as the lead of a
    share ("Of that 189 BTC earned, ")?"""
    if _LEAD_BEFORE.search(text, max(0, qty_start - _LEAD_REACH), qty_start) is None:
        return False
    return _LEAD_AFTER.match(text, qty_end) is not None
