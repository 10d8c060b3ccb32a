"""Period phrases that never date a figure: terms ("until July 2024", "due in 2027") and
the dates of a valuation's price ("based on the September 21 closing price").

A loan "maturing in 2028" or amortisation paused "until July 2024" says when something ends,
and a price's date says when coins were valued, never the period a figure is stated for.
"""

from __future__ import annotations

from .folded import Folded
from .periods import Mention

# "until 2027", "due in 2026", "maturing in 2028": a term, never the period a figure is stated
# for ("by Q3 2026" may be a build-out's target, "through 2026" a capex's span, "by the end of
# 2024" may date a balance: none is here).
_TERM_LEAD = Folded(
    r"\b(?:until|till|due(?:\s+in)?|matur\w*(?:\s+in|\s+on)?|"
    r"expir\w*(?:\s+in|\s+on)?)\s+(?:the\s+)?(?:end[- ])?$"
)
_TERM_WORD = Folded(r"(?:until|till)\s+")


def is_term(text: str, mention: Mention) -> bool:
    """Does the period phrase at `mention` name a term or deadline rather than a period?"""
    if _TERM_WORD.match(text, mention.start):
        return True
    return _TERM_LEAD.search(text, max(0, mention.start - 20), mention.start) is not None


# "based on Bitcoin's September 21 closing price", "Based on the February 14, 2024, Bitcoin
# price of …", "at a price of $57,180 per coin on December 1": when the coins were valued.
_PRICE_AFTER = Folded(
    r"[\s,’']*(?:s\s+)?(?:\w+\s+){0,2}?(?:closing\s+|spot\s+|market\s+|average\s+)?prices?\b"
)
_PRICE_BEFORE = Folded(r"\bprices?\b[^.;]{0,40}?\b(?:on|as\s+of|as\s+at|at|of)\s+(?:the\s+)?$")


def is_price_date(text: str, mention: Mention) -> bool:
    """Does the period phrase at `mention` date a price (a valuation), not a figure?"""
    if mention.period is None or not mention.period.is_date:
        return False
    if _PRICE_AFTER.match(text, mention.end, mention.end + 40):
        return True
    return _PRICE_BEFORE.search(text, max(0, mention.start - 70), mention.start) is not None
