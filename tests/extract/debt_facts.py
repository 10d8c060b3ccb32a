"""Shared helpers of the debt sentence tests: the debt facts a sentence yields, and the
expected facts written the way tests/extract/real/README.md labels them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 12)
DEBT_METRICS = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd", "interest_expense_usd")
Fact = tuple[str, Decimal, str, str | None]


def debt_facts(
    text: str,
    published: dt.date = PUBLISHED,
    metrics: Iterable[str] = DEBT_METRICS,
    entity: str = "MINER",
) -> set[Fact]:
    """(metric, value, unit, period) of every valued debt figure read from `text`."""
    wanted = set(metrics)
    found = extract_text(text, published=published, entity=entity)
    return {
        (item.metric, item.value, item.unit, item.period)
        for item in found
        if item.metric in wanted and item.value is not None
    }


def total(amount: str, period: str = "2025-11") -> Fact:
    return ("debt_total_usd", Decimal(amount), "USD", period)


def issued(amount: str, period: str = "2025-11", unit: str = "USD") -> Fact:
    return ("debt_issued_usd", Decimal(amount), unit, period)


def repaid(amount: str, period: str = "2025-11") -> Fact:
    return ("debt_repaid_usd", Decimal(amount), "USD", period)


def interest(amount: str, period: str) -> Fact:
    return ("interest_expense_usd", Decimal(amount), "USD", period)
