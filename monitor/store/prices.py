"""Stored prices, read back: the latest price of a symbol at or before a moment."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.sources.base import PricePoint
from monitor.store import tables
from monitor.vocabulary.kinds import PRICE
from monitor.vocabulary.payloads import PricePayload


def latest_price(session: Session, symbol: str, at: datetime) -> PricePoint | None:
    """The last `price` event of `symbol` that occurred at or before `at`, if any."""
    event = tables.Event
    query = (
        select(event.payload, event.occurred_at)
        .where(
            event.entity == symbol,
            event.kind == PRICE,
            event.subject == symbol,
            event.occurred_at <= at,
        )
        .order_by(event.occurred_at.desc(), event.id.desc())
        .limit(1)
    )
    row = session.execute(query).first()
    if row is None:
        return None
    payload, occurred_at = row
    try:
        price = float(PricePayload.from_payload(payload).price)
    except (AttributeError, TypeError, ValueError):  # not a dict, no price, not a number
        return None
    return PricePoint(symbol, price, occurred_at)
