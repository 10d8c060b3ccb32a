"""The same debt figure stated twice in one document: a rounding, or a deal named as a balance.

A headline rounds what the body states ("Restructures Remaining $55M of Debt" over "$54.9
million of debt"): one balance, labelled once, at the precise figure. And a heading or aside
names a deal by its size ("Marathon's $300 Million Convertible Notes", "Argo's $20 million
loan") while the body says the notes were sold or the loan repaid: the undated "balance" is
that flow restated, not a balance of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from .folded import Folded
from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL, Extracted
from .numbers import Money

_DEBT = (DEBT_TOTAL, DEBT_ISSUED, DEBT_REPAID)


# How far a rounded figure may sit from the precise one ("$55M" for "$54.9 million").
_CLOSE = Decimal("0.025")


# The finest step a rounded figure is printed to ("$1,250,000" is precise).
_COARSEST = 100_000


def restatements(
    found: list[Extracted], text: str, stated: Callable[[], list[Money]], published: dt.date | None
) -> list[Extracted]:
    """Debt figures that restate another figure of the document (see the module docstring)."""
    debt = [item for item in found if item.metric in _DEBT and item.value]
    if not debt:
        return []
    return _roundings(debt, text, stated) + _deals_as_balances(debt, published)


def _roundings(
    debt: list[Extracted], text: str, stated_amounts: Callable[[], list[Money]]
) -> list[Extracted]:
    """Figures that round an amount the document states more precisely ("Reduces Debt by Over
    $4 Million" over "$4.1 million … converted since the last report"): the precise statement
    is the one that says what the figure is, whether it was read as a figure or not."""
    rounded = [item for item in debt if _step(item.value) >= _COARSEST]
    if not rounded:
        return []
    stated = {
        (money.amount, money.currency)
        for money in stated_amounts()
        if _DEBT_AFTER.match(text, money.end)
        and not _PROCEEDS_BEFORE.search(text, max(0, money.start - 60), money.start)
    }
    return [
        item
        for item in rounded
        if any(
            unit == item.unit and amount != item.value and _rounds_to(amount, item.value)
            for amount, unit in stated
        )
    ]


# A precise amount of debt ("$4.1 million of the principal amount of the notes"), not the
# proceeds of a deal ("net proceeds of $292.5 million"), which sit close to its principal.
_DEBT_AFTER = Folded(
    r"(?:(?!proceeds)[^.;$]){0,40}?\b(?:notes?|debt|loans?|principal|borrowings|debentures)\b"
)
_PROCEEDS_BEFORE = Folded(r"\bproceeds\b[^.;$]{0,40}$")


def _step(value: Decimal | None) -> Decimal:
    """The rounding step a figure is printed to ($55,000,000 → 1,000,000)."""
    step = Decimal(1)
    if not value:
        return step
    while value % (step * 10) == 0:
        step *= 10
    return step


def _rounds_to(precise: Decimal | None, rounded: Decimal | None) -> bool:
    """Is `rounded` (with its trailing zeros as precision) `precise` rounded?"""
    if precise is None or rounded is None or rounded <= 0:
        return False
    step = _step(rounded)
    if step < _COARSEST or abs(precise - rounded) > rounded * _CLOSE:
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
