"""Two amounts joined by a purpose: "repay C$2,000,000 to retire C$3,333,333 of the principal".

The second amount is what the first is for. It shares the first's mood ("expects to repay
C$2,000,000 to retire C$3,333,333" plans both), and when the first is cash paid to retire a
principal at a discount, only the principal is debt repaid (the cash is the settlement's
price, not the debt's principal: README metric table, "debt repaid/retired (principal)").
"""

from __future__ import annotations

from . import guards
from .folded import Folded
from .numbers import Money, find_money

_LINK = (
    r"\s+(?:in\s+order\s+)?to\s+(?:retire|repay|settle|redeem|extinguish|cancel|"
    r"pay\s+(?:off|down))\s+(?:(?:the|an?)\s+)?"
)
_LINK_BEFORE = Folded(_LINK + "$")
_LINK_AFTER = Folded(_LINK)


# The second amount is debt's principal: "… of the outstanding principal amount of the
# Debentures", "… of its notes".
_PRINCIPAL_AFTER = Folded(
    r"\s*(?:(?:of|in)\s+)?(?:(?:the|its|their|aggregate|outstanding|remaining)\s+){0,3}"
    r"(?:principal|debentures?|notes|loans?|debt|indebtedness)\b"
)


_REACH = 80


def purpose_of_plan(text: str, position: int) -> bool:
    """The amount at `position` is the purpose of a planned flow right before it."""
    if " to " not in text[max(0, position - 30) : position]:
        return False  # cheap gate
    earlier = list(find_money(text, max(0, position - _REACH), position))
    if not earlier or not _LINK_BEFORE.match(text, earlier[-1].end, position):
        return False
    return guards.is_hypothetical(text, earlier[-1].start)


def cash_for_principal(text: str, money: Money) -> bool:
    """`money` is cash paid "to retire" an amount of principal named right after it."""
    if " to " not in text[money.end : money.end + 20]:
        return False  # cheap gate
    link = _LINK_AFTER.match(text, money.end)
    if link is None:
        return False
    later = next(find_money(text, link.end(), link.end() + 30), None)
    if later is None or later.start != link.end():
        return False
    return _PRINCIPAL_AFTER.match(text, later.end) is not None
