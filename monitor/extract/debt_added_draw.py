"""The increment of a draw, named as the subject of the next sentence.

"Bitfarms has now drawn $100 million from its $300 million facility … The added $50 million
will fund civil works": the sentence before tells the facility drawn to a level; "the added
$50 million" is this draw's increment, new debt (README decided case 19: a facility counts for
the amount stated as drawn). The amount opens its sentence, named by an increment's adjective.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX, Money
from .sentences import sentence_before

_OPENS = Folded(rf"^\s*the\s+(?:added|additional|extra|incremental|new(?:ly\s+drawn)?)\s+{APPROX}$")
_DRAWN_BEFORE = Folded(
    r"\b(?:has|have|had)\s+(?:now\s+|since\s+)?(?:drawn|borrowed)\b|\b(?:drew|borrowed)\s+"
    r"(?:down\s+)?(?:an?\s+)?(?:additional|further|another)\b"
)
_REACH = 300


def added_to_draw(text: str, money: Money, whole: str | None, start: int) -> bool:
    """Is `money` (opening `text`, a sentence at `start` of `whole`) the increment of a draw
    the sentence before told (see the module docstring)?"""
    if whole is None or money.start > 40 or not _OPENS.match(text[: money.start]):
        return False
    return _DRAWN_BEFORE.search(sentence_before(whole, start, _REACH)) is not None
