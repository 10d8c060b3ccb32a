"""Coins per unit of hash rate: a mining yield, not a production.

"The 24.5 BTC/average EH/s is down 45% from the previous month", "earned 24.5 BTC per EH/s in
May", "for every average exahash per second of computational power, 24.5 bitcoin were earned":
the coins are divided by the fleet's hash rate (README: hash rate and per-unit figures are not
metrics). The whole production ("mined 156 BTC in May at 7.2 EH/s") names no denominator.
"""

from __future__ import annotations

from .folded import Folded

_HASH_UNIT = r"(?:[ept]h/s|exahash(?:es)?|petahash(?:es)?|terahash(?:es)?)"
# After the coins: "BTC/average EH/s", "BTC per EH/s", "bitcoin per exahash", "BTC/EH".
_PER_HASH_AFTER = Folded(
    rf"^\s*(?:/|per\s+|for\s+(?:each|every)\s+)(?:an?\s+)?(?:(?:average|avg\.?|installed|"
    rf"operating|energi[sz]ed)\s+)?(?:{_HASH_UNIT}|[ept]h\b)"
)
# Before them, in the same clause: "for every average exahash per second …, 24.5 bitcoin".
_PER_HASH_BEFORE = Folded(
    rf"\b(?:for\s+(?:each|every)|per)\s+(?:(?:average|installed|operating)\s+)?{_HASH_UNIT}"
    r"[^.;]{0,80}$"
)
_AFTER_REACH = 40
_BEFORE_REACH = 120


def is_per_hash_rate(text: str, qty_start: int, end: int) -> bool:
    """The coins between `qty_start` and `end` are a yield per unit of hash rate."""
    if _PER_HASH_AFTER.match(text[end : end + _AFTER_REACH]):
        return True
    return _PER_HASH_BEFORE.search(text, max(0, qty_start - _BEFORE_REACH), qty_start) is not None
