"""A balance stated as a bound beside its exact figure (README decided case 20).

"More than $100 million" keeps its number, unless the same text gives the exact figure: then
only the exact figure is labelled ("received default notices for more than $100 million in
debt … the two groups had a total of $103 million in outstanding loans" → 103 only). The exact
figure is a balance of the same unit and period a little above the bound.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from .folded import Folded
from .model import DEBT_TOTAL, Extracted
from .numbers import find_money

# A lower bound right before the amount.
_LOWER_BOUND = Folded(r"\b(?:more\s+than|over|in\s+excess\s+of|upwards?\s+of|north\s+of)\s+$")


# How far above a round bound its exact figure may lie.
_CLOSE = Decimal("1.1")


def refined_bounds(found: list[Extracted]) -> list[Extracted]:
    """The balances of `found` stated as lower bounds whose exact figure `found` also holds."""
    balances = [item for item in found if item.metric == DEBT_TOTAL and item.value]
    if len(balances) < 2:
        return []
    return [item for item in balances if _is_bound(item) and _exact_given(item, balances)]


def _is_bound(item: Extracted) -> bool:
    return item.value in _bound_amounts(item.evidence)


@lru_cache(maxsize=8)  # (a sentence's, asked by each of its balances)
def _bound_amounts(text: str) -> frozenset[Decimal]:
    """The amounts `text` states as lower bounds ("more than $21 million")."""
    if "over" not in text and "more" not in text and "excess" not in text and "upward" not in text:
        return frozenset()  # cheap gate (also "north of")
    return frozenset(
        money.amount
        for money in find_money(text)
        if _LOWER_BOUND.search(text, max(0, money.start - 20), money.start) is not None
    )


def _exact_given(bound: Extracted, balances: list[Extracted]) -> bool:
    value = bound.value or Decimal(0)
    return any(
        other is not bound
        and other.unit == bound.unit
        and other.period == bound.period
        and other.value is not None
        and value < other.value <= value * _CLOSE
        for other in balances
    )
