"""A round figure told with "more than" or "about" beside the exact one, in copy not in English.

"Bitfarms détient 5 646 bitcoins après avoir miné 405 BTC en avril" and, a paragraph on, "est
parvenue à miner plus de 400 BTC le mois écoulé": the body restates the headline's exact figure
rounded. The careful reader records the exact figure once (README decided case 20 keeps a
bound's number only when it is the figure told); the English reader drops the same restatement
in `wholes`. Only a round number (a multiple of ten) hedged right before it ("plus de", "más de",
"mais de", "oltre", "über", "lebih dari", "超过", "약", …), of the same metric and period as an
exact figure within 5 % of it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted

_TREASURY = (BTC_PRODUCED, BTC_HELD, BTC_SOLD)
_ROUNDING = Decimal("0.05")
# a hedge word, then the figure (its groups of thousands by dot, comma or space)
_HEDGED = re.compile(
    r"(?:\b(?:plus\s+de|près\s+de|environ|más\s+de|cerca\s+de|alrededor\s+de|mais\s+de|"
    r"oltre|più\s+di|circa|über|mehr\s+als|rund|etwa|более|около|свыше|lebih\s+dari|"
    r"sekitar|hơn|khoảng)\s+(?:(?:de|los|las|i|gli|les|os|as)\s+)?"
    r"|超过|超過|约|約|약\s?)"
    r"(?P<n>\d{1,3}(?:[.,\s]\d{3})*)(?![\d.,]\d)",
    re.I,
)


def without_rounded(found: list[Extracted]) -> list[Extracted]:
    """`found` less hedged round figures that restate an exact one of their metric and period."""
    exact: dict[tuple[str, str | None], set[Decimal]] = {}
    for item in found:
        if item.metric in _TREASURY and item.value is not None:
            exact.setdefault((item.metric, item.period), set()).add(item.value)
    if all(len(values) < 2 for values in exact.values()):
        return found  # (no metric and period told twice: nothing to restate)
    return [item for item in found if not _restates(item, exact)]


def _restates(item: Extracted, exact: dict[tuple[str, str | None], set[Decimal]]) -> bool:
    value = item.value
    if item.metric not in _TREASURY or value is None or value <= 0 or value % 10:
        return False
    others = exact.get((item.metric, item.period), set()) - {value}
    if not any(abs(other - value) <= value * _ROUNDING for other in others):
        return False
    return any(
        Decimal(re.sub(r"[.,\s]", "", m.group("n"))) == value
        for m in _HEDGED.finditer(item.evidence)
    )
