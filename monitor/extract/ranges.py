"""A range is not a figure (README, decided case 9): "between 245MW and 2.295GW", "ranging
from $28 million to $38 million", "250-500 MW".

This module drops either end of a range framed by "between … and …" or "ranging from … to …"
(or "in the range of …"), whatever the metric: neither end is what the text reports. Bare
ranges ("250-500 MW", "$28 to $38 million") have no frame word to find here; the AI capex and
capacity readers catch them with their own look-arounds (`ai._RANGE_BEFORE`/`_RANGE_AFTER`,
`ai_capacity._RANGE_BEFORE`). A bare "from X to Y" is a change (a comparative's start and a
level), not a range, and is left to the metric's rules.
"""

from __future__ import annotations

from .folded import Folded
from .per_document import remembered

# A figure's own tail: an approximation word, a currency sign, the number, a scale and a unit
# ("approximately $1.2 billion", "245MW", "2.295 GW of", "20 EH/s").
_QTY = (
    r"(?:approximately\s+|about\s+|roughly\s+|around\s+|~\s*)?(?:us\$|c\$|a\$|\$|€|£|eur\s*|usd\s*)?"
    r"\d[\d,]*(?:\.\d+)?\s*(?:thousand|million|billion|bn|mm|m|k)?\s*"
    r"(?:mw|gw|megawatts?|gigawatts?|btc|bitcoins?|coins|eh/s|usd|eur)?"
)
_FRAME = r"(?:\bbetween|\branging\s+from|\bin\s+the\s+range\s+of|\brange\s+of)"
_LINK = r"\s*(?:and|to|-|–|—)\s*"
# The low end: the frame just before, a link and a number just after.
_LOW_BEFORE = Folded(_FRAME + r"\s+(?:approximately\s+|about\s+|roughly\s+|around\s+)?$")
_LOW_AFTER = Folded(
    r"^\s*(?:thousand|million|billion|bn|mm|m|k)?\s*(?:mw|gw|megawatts?|gigawatts?|btc|bitcoins?|"
    r"eh/s|usd|eur)?" + _LINK + r"(?:approximately\s+|about\s+)?(?:us\$|c\$|\$|€|£)?\d"
)
# The high end: the frame, the low end and a link just before.
_HIGH_BEFORE = Folded(_FRAME + r"\s+" + _QTY + _LINK + r"(?:approximately\s+|about\s+)?$")
_REACH = 60


@remembered
def is_range_end(text: str, start: int, end: int) -> bool:
    """The figure spanning `start`..`end` (its number, currency sign included or not) is
    either end of a framed range."""
    head = text[max(0, start - _REACH) : start]
    # strip a currency sign the caller left out of the span ("$" before "28 million")
    head = head.rstrip("$€£")
    if "between" not in head.lower() and "range" not in head.lower():
        return False  # a cheap look for the frame's words first
    if _HIGH_BEFORE.search(head):
        return True
    return bool(_LOW_BEFORE.search(head) and _LOW_AFTER.match(text[end : end + 30]))
