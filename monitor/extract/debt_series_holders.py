"""Notes named by their holders are an existing series, not new debt.

"Holders of the $40 million unsecured bonds issued by Argo will receive 10% equity": the
bonds are named to say who gets what in a restructuring; "issued by" identifies the series,
it does not report an issue now (README decided case 1: "an existing … notes series").
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX, Money

_HOLDERS_OF = Folded(
    r"\b(?:holders|bondholders|noteholders|owners)\s+of\s+(?:the\s+|its\s+|their\s+|[\w'’-]+['’]s?\s+)?"
    rf"(?:outstanding\s+|existing\s+)?{APPROX}$"
)
_REACH = 60


def named_by_holders(text: str, money: Money) -> bool:
    """Is `money` the size of a notes series named by its holders (see the docstring)?"""
    before = text[max(0, money.start - _REACH) : money.start]
    if "holders" not in before.lower() and "owners" not in before.lower():
        return False  # cheap gate
    return _HOLDERS_OF.search(before) is not None
