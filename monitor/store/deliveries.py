"""The outbox: claiming due deliveries with a lease, and recording each attempt's outcome.

A claim is a conditional UPDATE, so two processes never send the same delivery at once; a
process that dies mid-send leaves a lease that expires, and the delivery is sent again with
the same idempotency key.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from monitor.model import DeliveryStatus
from monitor.store import tables

PENDING = DeliveryStatus.PENDING.value


def due_ids(
    session: Session,
    now: datetime,
    limit: int,
    *,
    only: Collection[str] | None = None,
    excluding: Collection[str] = (),
) -> list[int]:
    """Pending deliveries due now and not leased, oldest first; by channel if asked."""
    query = select(tables.Delivery.id).where(
        tables.Delivery.status == PENDING,
        tables.Delivery.next_attempt_at <= now,
        or_(tables.Delivery.lease_until.is_(None), tables.Delivery.lease_until < now),
    )
    if only is not None:
        query = query.where(tables.Delivery.channel.in_(list(only)))
    if excluding:
        query = query.where(tables.Delivery.channel.not_in(list(excluding)))
    query = query.order_by(tables.Delivery.next_attempt_at, tables.Delivery.id)
    return list(session.scalars(query.limit(limit)))


def oldest_pending(session: Session, channel: str) -> datetime | None:
    """When the oldest pending delivery of a channel was queued (digest timing)."""
    query = select(func.min(tables.Delivery.created_at)).where(
        tables.Delivery.channel == channel, tables.Delivery.status == PENDING
    )
    return session.scalar(query)


def claim(session: Session, delivery_id: int, now: datetime, lease: timedelta) -> bool:
    """Take the lease on one due delivery; False if another worker holds it or it is done."""
    statement = (
        update(tables.Delivery)
        .where(
            tables.Delivery.id == delivery_id,
            tables.Delivery.status == PENDING,
            or_(tables.Delivery.lease_until.is_(None), tables.Delivery.lease_until < now),
        )
        .values(lease_until=now + lease)
    )
    return session.execute(statement).rowcount == 1


@dataclass(frozen=True)
class Outcome:
    """What one attempt came to."""

    status: DeliveryStatus  # SENT, PENDING (retry), FAILED (permanent) or DEAD
    detail: str | None
    duration_ms: float
    next_attempt_at: datetime | None = None


def record(session: Session, delivery_id: int, now: datetime, outcome: Outcome) -> None:
    row = session.get_one(tables.Delivery, delivery_id)
    row.attempts += 1
    row.status = outcome.status.value
    row.lease_until = None
    if outcome.status is DeliveryStatus.SENT:
        row.sent_at = now
        row.last_error = None
    else:
        row.last_error = outcome.detail
    if outcome.next_attempt_at is not None:
        row.next_attempt_at = outcome.next_attempt_at
    label = {DeliveryStatus.PENDING: "retry"}.get(outcome.status, outcome.status.value)
    session.add(
        tables.DeliveryAttempt(
            delivery_id=delivery_id,
            attempted_at=now,
            outcome=label,
            detail=outcome.detail,
            duration_ms=outcome.duration_ms,
        )
    )


def requeue(session: Session, alert_id: int, now: datetime) -> int:
    """Queue every non-sent delivery of an alert again (`monitor alerts redeliver`)."""
    statement = (
        update(tables.Delivery)
        .where(tables.Delivery.alert_id == alert_id, tables.Delivery.status != "sent")
        .values(status=PENDING, next_attempt_at=now, lease_until=None, created_at=now)
    )
    return session.execute(statement).rowcount
