"""Stored prices, read back: the latest price of a symbol at or before a moment, the last
price in each of a chart's windows, and the span of a symbol's prices."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.sources.base import PricePoint
from monitor.store import tables
from monitor.store.db import aggregated_moment
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


def price_closes(
    session: Session, symbol: str, windows: Sequence[tuple[datetime, datetime]]
) -> list[float | None]:
    """For each [start, end) window, the last price quoted in it (None when there was none)."""
    return [_last_price(session, symbol, start, end) for start, end in windows]


def _last_price(session: Session, symbol: str, start: datetime, end: datetime) -> float | None:
    query = (
        select(tables.Event.payload)
        .where(
            tables.Event.entity == symbol,
            tables.Event.kind == PRICE,
            tables.Event.occurred_at >= start,
            tables.Event.occurred_at < end,
        )
        .order_by(tables.Event.occurred_at.desc(), tables.Event.id.desc())
        .limit(1)
    )
    payload = session.scalar(query)
    price = PricePayload.from_payload(payload).price if isinstance(payload, dict) else None
    return float(price) if _numeric(price) else None


def has_prices(session: Session, symbol: str) -> bool:
    query = select(tables.Event.id).where(tables.Event.entity == symbol, tables.Event.kind == PRICE)
    return session.scalar(query.limit(1)) is not None


def price_range(session: Session, symbol: str) -> tuple[datetime, datetime] | None:
    """When the first and the last price of a symbol were quoted (None: no prices)."""
    query = select(func.min(tables.Event.occurred_at), func.max(tables.Event.occurred_at)).where(
        tables.Event.entity == symbol, tables.Event.kind == PRICE
    )
    first, last = session.execute(query).one()
    if first is None or last is None:
        return None
    return aggregated_moment(first), aggregated_moment(last)  # type: ignore[return-value]


def _numeric(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
