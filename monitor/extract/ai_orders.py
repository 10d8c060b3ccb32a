"""An order for AI hardware: its amount is the company's capex.

An order is a purchase by its very noun, so the amount of one is capex when the clause names
the hardware ordered, in every usual word order:

* the amount, then the order: "placed a $100 million order with Supermicro for AI servers",
  "a $100 million Supermicro purchase order for Nvidia GB300 systems", "$100 million of orders
  for GPUs";
* the order, then the amount: "placed orders totaling $100 million with Supermicro for AI
  servers", "an order worth $100 million for H200 GPUs".

Hardware bought, told in the passive after its price, is a purchase the same way: "AI servers
worth $300 million were purchased by IREN" (whose purchase it is, `ai_buyers` decides).

An order the company receives ("received a $100 million order from a customer for AI
servers", "won", "booked") is a sale, not a purchase; "in order to" is no order. A deal,
agreement or contract "with Microsoft for Nvidia GPUs" is not an order: its value is often a
customer contract's (`ai._SPEND_AFTER` reads those nouns only with a verb of buying).
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX

_HARDWARE = (
    r"(?:GPUs?|servers?|hardware|equipment|chips|accelerators|racks|systems|clusters|"
    r"[HB][12]00s?|B300s?|GB[23]00s?|Blackwell\w*|Hopper\w*)"
)
# After the amount: up to two words (a vendor, "purchase", "GPU"), the order noun, then the
# hardware within the clause.
_ORDER_AFTER = Folded(
    r"\s+(?:(?:[\w.&-]+\s+){0,2}?(?:purchase\s+)?orders?|(?:of|in)\s+(?:new\s+)?(?:purchase\s+)?"
    rf"orders)\b(?![\w-])[^.;$]{{0,80}}?\b{_HARDWARE}\b"
)
# Before the amount: the order noun and a word of size.
_ORDER_BEFORE = Folded(
    r"\b(?:purchase\s+)?orders?\s+(?:\w+\s+){0,2}?(?:worth|valued\s+at|totall?ing|of|for|"
    rf"amounting\s+to|at)\s+(?:a\s+total\s+of\s+)?{APPROX}$"
)
_HARDWARE_AFTER = Folded(rf"[^.;$]{{0,80}}?\b{_HARDWARE}\b")
_HARDWARE_BETWEEN = Folded(rf"\b{_HARDWARE}\b")
# The company on the selling side, or the phrase "in order to".
_RECEIVED = Folded(
    r"\b(?:receiv\w*|won|wins|winning|book\w*|land\w*|bagg?\w*|award\w*|secur\w*)\b|"
    r"\bin\s+order\s+to\b|\borders?\s+from\s+(?:an?\s+|its\s+|the\s+)?(?:customers?|clients?)\b"
)
_LEAD = 80
# "… worth $300 million were purchased by IREN in October"
_BOUGHT_PASSIVE = Folded(
    r"[^.;$]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:purchased|bought|"
    r"ordered|acquired)\b"
)


def is_hardware_order(text: str, start: int, end: int) -> bool:
    """Is the amount at `text[start:end]` the price of an order for AI hardware?"""
    head = max(0, start - _LEAD)
    if _ORDER_AFTER.match(text, end):
        found = True
    elif _BOUGHT_PASSIVE.match(text, end):
        found = _HARDWARE_BETWEEN.search(text, head, start) is not None
    else:
        before = _ORDER_BEFORE.search(text, head, start)
        found = before is not None and (
            _HARDWARE_BETWEEN.search(text, before.start(), start) is not None
            or _HARDWARE_AFTER.match(text, end) is not None
        )
    if not found:
        return False
    return _RECEIVED.search(text, head, min(len(text), end + _LEAD)) is None
