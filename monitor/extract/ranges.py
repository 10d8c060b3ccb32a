"""A range is not a figure (README, decided case 9): "between 245MW and 2.295GW", "ranging
from $28 million to $38 million", "250-500 MW".

This module drops either end of a range framed by "between … and …" or "ranging from … to …"
(or "in the range of …"), whatever the metric: neither end is what the text reports. Bare
ranges ("250-500 MW", "$28 to $38 million") have no frame word to find here; the AI capex and
capacity readers catch them with their own look-arounds (`ai._RANGE_BEFORE`/`_RANGE_AFTER`,
`ai_capacity._RANGE_BEFORE`). A bare "from X to Y" is a change (a comparative's start and a
level), not a range, and is left to the metric's rules.

`is_bare_money_range_end` reads the bare money range of news copy for the other money readers
("get rid of $57-$68 million of debt", "pay off $28 to $38 million"): two currency amounts
joined by a dash, or by "to" when the low end has no scale of its own and no "from" opens it.
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


# The high end of a bare money range: a currency amount with no scale and a link just before
# ("$57-", "$28 to "); "from $28 to" is a change's start, left to the metric.
_BARE_HIGH_BEFORE = Folded(
    r"(?<!from\s)(?:us\$|c\$|a\$|\$|€|£)\d[\d,]{0,12}(?:\.\d{1,3})?\s{0,2}(?:-|–|—|\bto)\s{0,2}"
    r"(?:us\$|c\$|a\$|\$|€|£)?$"
)
# The low end: a dash and another currency amount right after ("$57 million-$68 million").
_BARE_LOW_AFTER = Folded(r"^\s{0,2}(?:-|–|—)\s{0,2}(?:us\$|c\$|a\$|\$|€|£)\d")


def is_bare_money_range_end(text: str, start: int, end: int) -> bool:
    """The money spanning `start`..`end` is either end of a bare range of two currency amounts
    (decided case 9: "get rid of $57-$68 million of debt" states neither end)."""
    tail = text[end : end + 12]
    if any(link in tail for link in "-–—") and _BARE_LOW_AFTER.match(tail):
        return True
    head = text[max(0, start - 30) : start]
    if not any(link in head for link in ("-", "–", "—", "to")):
        return False  # a cheap look for the link first
    return bool(_BARE_HIGH_BEFORE.search(head))


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
