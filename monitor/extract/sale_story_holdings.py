"""A holding of an earlier date in a story whose news is a bitcoin sale of its own period.

"Cango has announced the sale of 4,451 BTC … Alongside mining, Cango began accumulating BTC,
increasing its holdings to 7,528.3 BTC by the close of 2025" (a February story): the sale is the
story's news and the year-end holding is the position before it, recalled as background
(README decided case 1). A periodic report keeps its balances (its own period names them), and
a story with no sale of its own period keeps an earlier holding it retells (case 46 decides
those).
"""

from __future__ import annotations

import datetime as dt

from monitor.vocabulary.periods import Period

from .model import BTC_HELD, BTC_SOLD, Extracted


def without_prior_holdings(found: list[Extracted], own: Period | None) -> list[Extracted]:
    """`found` less the prose holdings dated before the story's `own` month, when the story
    tells a sale of bitcoin in that month (not a nil sale: "did not sell" is no news of a sale)."""
    if own is None or own.is_date or own.month is None:
        return found
    if not any(_sale_of(item, own) for item in found):
        return found
    start = own.first_day()
    return [item for item in found if not _earlier_holding(item, start)]


def _sale_of(item: Extracted, own: Period) -> bool:
    """Is `item` a sale of coins in the story's own period `own` (a sentence's, not a table
    row's, and not a nil sale)?"""
    return (
        item.metric == BTC_SOLD
        and item.row_label is None
        and bool(item.value)
        and item.period == own.label()
    )


def _earlier_holding(item: Extracted, start: dt.date) -> bool:
    """Is `item` a holding of coins dated before `start`, the first day of the story's own
    period (a sentence's, not a table row's)?"""
    if item.metric != BTC_HELD or item.row_label is not None or not item.value:
        return False  # (a nil holding is a sale of everything: that sale's own news, case 34)
    period = Period.parse(item.period)
    return period is not None and period.last_day() < start
