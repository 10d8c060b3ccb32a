"""Coins per unit of hash rate: a mining yield, not a production.

"The 24.5 BTC/average EH/s is down 45% from the previous month", "earned 24.5 BTC per EH/s in
May", "for every average exahash per second of computational power, 24.5 bitcoin were earned":
the coins are divided by the fleet's hash rate (README: hash rate and per-unit figures are not
metrics). The whole production ("mined 156 BTC in May at 7.2 EH/s") names no denominator.

Only the figure whose own denominator the hash unit is: right after it ("BTC per EH/s"), or an
opening "for every exahash" whose clause it ends. A unit dividing something else in the sentence
("Hashprice fell to $45 per PH/s per day, and the company produced 300 BTC", "Revenue per EH/s
declined while Iris mined 412 BTC", "earned 4.1 BTC per exahash in March, and mined 820 BTC")
divides the price, the revenue or the other figure, not the coins told after it.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import HASH_UNIT

# (a bare "EH" after a slash: "BTC/EH", a table's shorthand)
_DENOMINATOR = (
    rf"(?:(?:average|avg\.?|installed|operating|energi[sz]ed)\s+)?(?:{HASH_UNIT}|[ept]h\b)"
)
# After the coins: "BTC/average EH/s", "BTC per EH/s", "bitcoin per exahash", "BTC/EH".
_PER_HASH_AFTER = Folded(rf"^\s*(?:/|per\s+|for\s+(?:each|every)\s+)(?:an?\s+)?{_DENOMINATOR}")
# Before them: "for every average exahash per second of computational power, 24.5 bitcoin",
# "(meaning that for every … exahash …, 24.5 bitcoin were earned)", "Per EH/s, the company
# earned 24.5 BTC": the phrase opens its clause (a number or a noun right before "per" owns
# the unit: "$45 per PH/s", "Revenue per EH/s") and no other figure nor clause of its own
# ("and", "while") comes between it and the coins.
_PER_HASH_OPENING = Folded(
    r"(?:^|[,;:(\n]|\b(?:and|but|that|meaning|means|so))\s*(?:for\s+(?:each|every)|per)\s+"
    rf"(?:an?\s+)?{_DENOMINATOR}"
    r"(?:(?!\b(?:and|but|while|whereas)\b)[^.;,\d$]){0,60},?"
    r"(?:(?!\b(?:and|but|while|whereas)\b)[^.;,\d$]){0,40}$"
)
_AFTER_REACH = 40
_BEFORE_REACH = 120


def is_per_hash_rate(text: str, qty_start: int, end: int) -> bool:
    """The coins between `qty_start` and `end` are a yield per unit of hash rate."""
    if _PER_HASH_AFTER.match(text[end : end + _AFTER_REACH]):
        return True
    # (searched in place: "^" is the sentence's start, not the reach's)
    start = max(0, qty_start - _BEFORE_REACH)
    return _PER_HASH_OPENING.search(text, start, qty_start) is not None
