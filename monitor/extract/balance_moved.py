"""A holding told as the level a change reached from a starting level it names first.

"Reserves declined from 458 BTC to 351 BTC during the period", "holdings grew from 1,034 BTC to
1,210 BTC": the sentence states where the holding started and where the period's change left
it, so the level is the period's closing balance (README decided case 14: a holding reached
by a named period's flows is at its last day), not an undated "now holds". Only the
"from A to B" order: a level followed by "up from A" is left to the report's label, as the
holdout labels it (j-cang-2025-09-production-rewrite).
"""

from __future__ import annotations

from .folded import Folded

_COINS = r"(?:\s*(?:btc|bitcoins?|coins))?"
_HEDGE = r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+|around\s+|some\s+)?"
# "from 458 BTC to ⟨figure⟩": the starting level right before the figure.
_FROM_BEFORE = Folded(rf"\bfrom\s+(?:the\s+)?{_HEDGE}\d[\d,.]*{_COINS}\s+to\s+{_HEDGE}$")
_REACH = 60


def moved_from_level(text: str, start: int) -> bool:
    """Does the holding at `start` end a change stated "from A to" it?"""
    window = max(0, start - _REACH)
    return "from" in text[window:start] and _FROM_BEFORE.search(text, window, start) is not None
