"""The same debt figure stated twice in one document: a rounding, or a deal named as a balance.

A headline rounds what the body states ("Restructures Remaining $55M of Debt" over "$54.9
million of debt"): one balance, labelled once, at the precise figure. And a heading or aside
names a deal by its size ("Marathon's $300 Million Convertible Notes", "Argo's $20 million
loan") while the body says the notes were sold or the loan repaid: the undated "balance" is
that flow restated, not a balance of its own.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL, Extracted

_DEBT = (DEBT_TOTAL, DEBT_ISSUED, DEBT_REPAID)


# How far a rounded figure may sit from the precise one ("$55M" for "$54.9 million").
_CLOSE = Decimal("0.025")


def restatements(found: list[Extracted], published: dt.date | None) -> list[Extracted]:
    """Debt figures that restate another figure of the document (see the module docstring)."""
    debt = [item for item in found if item.metric in _DEBT and item.value]
    if len(debt) < 2:
        return []
    return _roundings(debt) + _deals_as_balances(debt, published)


def _roundings(debt: list[Extracted]) -> list[Extracted]:
    """Figures that are another figure of the same metric, unit and period, rounded."""
    dropped: list[Extracted] = []
    for item in debt:
        for other in debt:
            if other is item or (other.metric, other.unit, other.period) != (
                item.metric,
                item.unit,
                item.period,
            ):
                continue
            if other.value != item.value and _rounds_to(other.value, item.value):
                dropped.append(item)
                break
    return dropped


def _rounds_to(precise: Decimal | None, rounded: Decimal | None) -> bool:
    """Is `rounded` (with its trailing zeros as precision) `precise` rounded?"""
    if precise is None or rounded is None or rounded <= 0:
        return False
    step = Decimal(1)
    while rounded % (step * 10) == 0:
        step *= 10
    if step < 100_000 or abs(precise - rounded) > rounded * _CLOSE:
        return False  # "$1,250,000" is precise; "$5 million" is not "$10 million" rounded
    return (precise / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step == rounded


def _deals_as_balances(debt: list[Extracted], published: dt.date | None) -> list[Extracted]:
    """Undated balances (the publication month) equal to a new issue or repayment."""
    if published is None:
        return []
    month = f"{published.year:04d}-{published.month:02d}"
    flows = {(item.value, item.unit) for item in debt if item.metric in (DEBT_ISSUED, DEBT_REPAID)}
    return [
        item
        for item in debt
        if item.metric == DEBT_TOTAL and item.period == month and (item.value, item.unit) in flows
    ]
