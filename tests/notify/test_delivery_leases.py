"""Delivery leases: one delivery leased at a time, renewed while it is sent, and resent soon
after its sender dies; and `next_delivery`, the pure decision after each attempt."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import ManualClock
from monitor.config import DeliverySettings
from monitor.model import AlertDraft, DeliveryStatus
from monitor.notify.decisions import Attempt, Decision, next_delivery
from monitor.notify.dispatcher import Dispatcher
from monitor.notify.webhook import WebhookChannel, WebhookConfig
from monitor.store import alerts, deliveries, tables
from tests.helpers import wait_for
from tests.servers import Received, Reply, WebhookReceiver

T0 = datetime(2026, 2, 9, 14, 0, tzinfo=UTC)
POLICY = DeliverySettings(first_retry_seconds=30, max_retry_seconds=3600, max_age_hours=48)


@pytest.mark.parametrize(
    ("outcome", "attempts", "queued_minutes_ago", "expected"),
    [
        (Attempt.DELIVERED, 0, 0, Decision(DeliveryStatus.SENT, None, "delivered")),
        (Attempt.DELIVERED, 7, 600, Decision(DeliveryStatus.SENT, None, "delivered")),
        (
            Attempt.PERMANENT,
            0,
            0,
            Decision(DeliveryStatus.FAILED, None, "permanent failure: not retried"),
        ),
        (
            Attempt.UNKNOWN,
            1,
            0,
            Decision(
                DeliveryStatus.UNKNOWN, None, "may have arrived: not sent again (no duplicate)"
            ),
        ),
        (
            Attempt.RETRYABLE,
            0,
            0,
            Decision(DeliveryStatus.PENDING, T0 + timedelta(seconds=30), "retry 1 in 30 s"),
        ),
        (
            Attempt.RETRYABLE,
            3,
            10,
            Decision(DeliveryStatus.PENDING, T0 + timedelta(seconds=240), "retry 4 in 240 s"),
        ),
        (  # 30 s × 2^10 is far past the cap: an hour
            Attempt.RETRYABLE,
            10,
            600,
            Decision(DeliveryStatus.PENDING, T0 + timedelta(hours=1), "retry 11 in 3600 s"),
        ),
        (  # a delivery retried for years must not overflow
            Attempt.RETRYABLE,
            5000,
            60,
            Decision(DeliveryStatus.PENDING, T0 + timedelta(hours=1), "retry 5001 in 3600 s"),
        ),
        (
            Attempt.RETRYABLE,
            20,
            48 * 60,
            Decision(DeliveryStatus.DEAD, None, "gave up after max age (48 h)"),
        ),
    ],
)
def test_next_delivery_decides_each_case_with_a_reason(
    outcome: Attempt, attempts: int, queued_minutes_ago: int, expected: Decision
) -> None:
    queued = T0 - timedelta(minutes=queued_minutes_ago)
    assert next_delivery(outcome, attempts, queued, T0, POLICY) == expected


def test_next_delivery_applies_the_jitter_it_is_given() -> None:
    decision = next_delivery(Attempt.RETRYABLE, 1, T0, T0, POLICY, jitter=0.8)
    assert decision.next_at == T0 + timedelta(seconds=48)


def _draft(key: str) -> AlertDraft:
    return AlertDraft(
        "btc-above", "BTC-USD", key, "info", "BTC up", "body", "crossed", T0,
        {"price": 69000.5}, [{"event_id": 1}], (1,), ("hook",),
    )  # fmt: skip


class HeldReceiver(WebhookReceiver):
    """Holds the first POST until released: a send in flight, for as long as the test wants."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self._first = threading.Lock()
        self.routes["/hook"] = self._held

    def _held(self, request: Received) -> Reply:
        if self._first.acquire(blocking=False):
            self.release.wait(30)
        return Reply(200, b"ok")


@pytest.fixture
def held() -> Iterator[HeldReceiver]:
    with HeldReceiver() as server:
        yield server
        server.release.set()


def _dispatcher(
    sessions: sessionmaker[Session], clock: ManualClock, url: str, lease_seconds: float
) -> Dispatcher:
    channel = WebhookChannel(WebhookConfig(name="hook", kind="webhook", url=url))
    settings = DeliverySettings(first_retry_seconds=1, lease_seconds=lease_seconds)
    return Dispatcher(sessions, {"hook": channel}, clock, settings)


def _leased(sessions: sessionmaker[Session]) -> list[tuple[int, datetime]]:
    with sessions() as session:
        leased = tables.Delivery.lease_until.is_not(None)
        rows = session.scalars(select(tables.Delivery).where(leased))
        return [(row.id, row.lease_until) for row in rows if row.lease_until]


def test_one_delivery_is_leased_at_a_time_and_its_lease_is_renewed_while_it_is_sent(
    sessions: sessionmaker[Session], clock: ManualClock, held: HeldReceiver
) -> None:
    """The issue's doubles: a whole batch leased at once expired mid-batch under a slow
    receiver and was sent again by another dispatch."""
    with sessions.begin() as session:
        for key in ("a", "b", "c"):
            alerts.raise_alert(session, _draft(key), ["hook"], clock.now())
    first = _dispatcher(sessions, clock, held.hook_url, lease_seconds=3)
    running = threading.Thread(target=first.dispatch_due)
    running.start()
    try:
        assert wait_for(lambda: len(held.deliveries()) == 1, 10)
        assert [delivery_id for delivery_id, _ in _leased(sessions)] == [1]
        later = clock.advance(timedelta(seconds=60))  # far past the 3 s lease
        assert wait_for(lambda: all(until > later for _, until in _leased(sessions)), 10)
        # Another dispatch meanwhile (a poll that raised an alert) takes the other two only.
        other = _dispatcher(sessions, clock, held.hook_url, lease_seconds=3).dispatch_due()
        assert other.sent == 2
    finally:
        held.release.set()
        running.join(30)
    keys = sorted(hit.headers["idempotency-key"] for hit in held.deliveries())
    assert keys == ["1", "2", "3"]
    with sessions() as session:
        statuses = [row.status for row in session.scalars(select(tables.Delivery))]
    assert statuses == ["sent", "sent", "sent"]


def test_a_delivery_whose_sender_died_mid_send_is_resent_within_30_seconds(
    sessions: sessionmaker[Session], clock: ManualClock, receiver: WebhookReceiver
) -> None:
    with sessions.begin() as session:
        alerts.raise_alert(session, _draft("a"), ["hook"], clock.now())
    default = DeliverySettings()
    with sessions.begin() as session:  # the process that claimed it is killed right after
        assert deliveries.claim_next(session, clock.now(), timedelta(seconds=default.lease_seconds))
    dispatcher = Dispatcher(
        sessions,
        {"hook": WebhookChannel(WebhookConfig(name="hook", kind="webhook", url=receiver.hook_url))},
        clock,
        default,
    )
    assert dispatcher.dispatch_due().sent == 0  # the dead sender's lease still holds
    clock.advance(timedelta(seconds=default.lease_seconds + 1))
    assert default.lease_seconds + 1 <= 30
    assert dispatcher.dispatch_due().sent == 1
    assert [hit.headers["idempotency-key"] for hit in receiver.deliveries()] == ["1"]
