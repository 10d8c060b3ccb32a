"""One figure stated twice under two periods: the one whose sentence names its period wins.

A rewrite states "mined 30 BTC" in April's sentence and again "mined 30 BTC during this
month" further down (dated by the story's month), or its title's "2,195 Bitcoin mined in Q1"
again as "the 2,195 mined BTC is a 74% increase …" beside an "April 3 update". The careful
reader records the figure once, with the period the text gives it. Prose figures of one metric
and one value under several periods are scored by whether their sentence names their period
(not as a comparison: "up 10.4% from June"); a restatement ("the 2,195 mined BTC") scores
less. The best is kept when it is the only best; a tie keeps all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from .folded import Folded
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .periods import Period

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_QUARTERS = ("first", "second", "third", "fourth")
_COMPARED = Folded(r"\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?|over)\s+(?:the\s+)?$")
_TREASURY = (BTC_PRODUCED, BTC_SOLD, BTC_HELD)


def without_restatements(found: list[Extracted]) -> list[Extracted]:
    """`found` without the weaker copies of a prose figure stated under several periods."""
    groups: dict[tuple[str, Decimal], list[Extracted]] = defaultdict(list)
    for item in found:
        if item.metric in _TREASURY and item.value is not None and item.row_label is None:
            groups[(item.metric, item.value)].append(item)
    dropped: set[int] = set()
    for items in groups.values():
        if len({_month(item) for item in items}) < 2:
            continue
        scored = [(_score(item), item) for item in items]
        best = max(score for score, _ in scored)
        if sum(1 for score, _ in scored if score == best) > 1:
            continue
        dropped |= {id(item) for score, item in scored if score < best}
    return [item for item in found if id(item) not in dropped] if dropped else found


def _month(item: Extracted) -> str:
    return (item.period or "")[:7]


def _score(item: Extracted) -> int:
    text = item.evidence
    score = 0
    for name in _names(item.period):
        for match in re.finditer(rf"\b{name}\b", text, re.IGNORECASE):
            score = max(score, 0 if _COMPARED.search(text, 0, match.start()) else 2)
    value = f"{item.value:,}" if item.value is not None else ""
    if re.search(rf"\bthe\s+{re.escape(value)}\b", text, re.IGNORECASE):
        score -= 1  # "the 2,195 mined BTC …": a figure stated before, referred to again
    return score


def _names(label: str | None) -> list[str]:
    """Words that name the period in a sentence: its month, quarter or year."""
    period = Period.parse(label)
    if period is None:
        return []
    if period.month is not None:
        name = _MONTHS[period.month - 1]
        return [name, name[:3] + r"\.?"]
    if period.quarter is not None:
        quarter = period.quarter
        return [f"Q{quarter}", rf"{_QUARTERS[quarter - 1]}\s+quarter"]
    return [str(period.year)]
