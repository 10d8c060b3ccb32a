"""The outbox: leasing due deliveries one at a time, and recording each attempt's outcome.

A claim is a conditional UPDATE that writes a fresh lease token, so two workers never send
the same delivery at once. The holder renews its short lease while it sends; an outcome is
recorded only under the token that was claimed, so a worker whose lease ran out (and whose
delivery someone else has since sent) can never write a late "retry" over "sent". A process
that dies mid-send leaves a short lease that expires, and the delivery is sent again with the
same idempotency key.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select, update
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


def due_channels(session: Session, now: datetime, *, excluding: Collection[str] = ()) -> list[str]:
    """The channels with at least one delivery due now and not leased."""
    query = select(tables.Delivery.channel).where(
        tables.Delivery.status == PENDING,
        tables.Delivery.next_attempt_at <= now,
        or_(tables.Delivery.lease_until.is_(None), tables.Delivery.lease_until < now),
    )
    if excluding:
        query = query.where(tables.Delivery.channel.not_in(list(excluding)))
    return sorted(set(session.scalars(query.distinct())))


def oldest_pending(session: Session, channel: str) -> datetime | None:
    """When the oldest pending delivery of a channel was queued (digest timing)."""
    query = select(func.min(tables.Delivery.created_at)).where(
        tables.Delivery.channel == channel, tables.Delivery.status == PENDING
    )
    return session.scalar(query)


@dataclass(frozen=True)
class Lease:
    """A claimed delivery: only the holder of `token` may renew it or record its outcome."""

    delivery_id: int
    token: str


def claim(session: Session, delivery_id: int, now: datetime, lease: timedelta) -> Lease | None:
    """Take the lease on one due delivery; None if another worker holds it or it is done."""
    token = uuid.uuid4().hex
    statement = (
        update(tables.Delivery)
        .where(
            tables.Delivery.id == delivery_id,
            tables.Delivery.status == PENDING,
            tables.Delivery.next_attempt_at <= now,
            or_(tables.Delivery.lease_until.is_(None), tables.Delivery.lease_until < now),
        )
        .values(lease_until=now + lease, lease_token=token)
    )
    return Lease(delivery_id, token) if session.execute(statement).rowcount == 1 else None


def claim_next(
    session: Session,
    now: datetime,
    lease: timedelta,
    *,
    only: Collection[str] | None = None,
    excluding: Collection[str] = (),
) -> Lease | None:
    """Lease the oldest due delivery (of the given channels); None when nothing is due."""
    for delivery_id in due_ids(session, now, 8, only=only, excluding=excluding):
        if taken := claim(session, delivery_id, now, lease):
            return taken
    return None


def renew(session: Session, lease: Lease, now: datetime, length: timedelta) -> bool:
    """Extend a lease still held; False if it was lost (expired and taken, or recorded)."""
    statement = (
        update(tables.Delivery)
        .where(_held(lease), tables.Delivery.status == PENDING)
        .values(lease_until=now + length)
    )
    return session.execute(statement).rowcount == 1


def _held(lease: Lease) -> ColumnElement[bool]:
    return and_(tables.Delivery.id == lease.delivery_id, tables.Delivery.lease_token == lease.token)


@dataclass(frozen=True)
class Outcome:
    """What one attempt came to."""

    status: DeliveryStatus  # SENT, PENDING (retry), FAILED (permanent) or DEAD
    detail: str | None
    duration_ms: float
    next_attempt_at: datetime | None = None


def record(session: Session, lease: Lease, now: datetime, outcome: Outcome) -> bool:
    """Write the outcome of the leased attempt; False (nothing written) if the lease is lost."""
    values: dict[str, object] = {
        "attempts": tables.Delivery.attempts + 1,
        "status": outcome.status.value,
        "lease_until": None,
        "lease_token": None,
    }
    if outcome.status is DeliveryStatus.SENT:
        values.update(sent_at=now, last_error=None)
    else:
        values["last_error"] = outcome.detail
    if outcome.next_attempt_at is not None:
        values["next_attempt_at"] = outcome.next_attempt_at
    statement = (
        update(tables.Delivery)
        .where(_held(lease), tables.Delivery.status == PENDING)
        .values(**values)
    )
    if session.execute(statement).rowcount != 1:
        return False
    label = {DeliveryStatus.PENDING: "retry"}.get(outcome.status, outcome.status.value)
    session.add(
        tables.DeliveryAttempt(
            delivery_id=lease.delivery_id,
            attempted_at=now,
            outcome=label,
            detail=outcome.detail,
            duration_ms=outcome.duration_ms,
        )
    )
    return True


def requeue(session: Session, alert_id: int, now: datetime) -> int:
    """Queue every non-sent delivery of an alert again (`monitor alerts redeliver`)."""
    statement = (
        update(tables.Delivery)
        .where(tables.Delivery.alert_id == alert_id, tables.Delivery.status != "sent")
        .values(
            status=PENDING, next_attempt_at=now, lease_until=None, lease_token=None, created_at=now
        )
    )
    return session.execute(statement).rowcount
