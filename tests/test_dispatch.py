"""The outbox dispatcher against a real local webhook receiver."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.clock import ManualClock
from monitor.store import alerts
from monitor.store.alerts import AlertFilter
from monitor.store.tables import Delivery, DeliveryAttempt
from tests.helpers import coinbase, monitor_from, price_config
from tests.servers import LocalServer, WebhookReceiver


def raise_one_alert(
    tmp_path: Path, db_url: str, clock: ManualClock, hook_url: str, prices: LocalServer
):
    monitor = monitor_from(price_config(tmp_path, db_url, f"{prices.url}/spot", hook_url), clock)
    for amount in ("68000.00", "69000.00"):
        prices.set_json("/spot", coinbase(amount))
        clock.advance(timedelta(minutes=1))
        monitor.poll()
    return monitor


def test_receiver_failing_then_recovering_gets_the_alert_once_with_the_same_key(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    with WebhookReceiver(statuses=[500, 503]) as receiver:
        monitor = raise_one_alert(tmp_path, db_url, clock, receiver.hook_url, http_server)
        first = monitor.dispatch()
        assert (first.sent, first.retrying) == (0, 1)
        assert monitor.dispatch().sent == 0  # not due yet: backing off
        clock.advance(timedelta(seconds=2))
        assert monitor.dispatch().retrying == 1
        clock.advance(timedelta(seconds=5))
        assert monitor.dispatch().sent == 1
        clock.advance(timedelta(hours=1))
        assert monitor.dispatch().sent == 0  # sent means done
        hits = receiver.deliveries()
    assert [h.headers["idempotency-key"] for h in hits] == ["1", "1", "1"]
    assert len({h.body for h in hits}) == 1
    body = hits[-1].json()
    assert (body["schema_version"], body["alert_id"], body["rule_id"]) == (1, 1, "btc-above")
    assert body["values"]["price"] == 69000.0
    with monitor.sessions() as session:
        delivery = session.query(Delivery).one()
        outcomes = [a.outcome for a in session.query(DeliveryAttempt).order_by(DeliveryAttempt.id)]
    assert (delivery.status, delivery.attempts) == ("sent", 3)
    assert outcomes == ["retry", "retry", "sent"]


@pytest.mark.parametrize(("status", "final"), [(400, "failed"), (410, "failed"), (429, "pending")])
def test_permanent_and_retryable_client_errors(
    tmp_path: Path,
    db_url: str,
    clock: ManualClock,
    http_server: LocalServer,
    status: int,
    final: str,
) -> None:
    with WebhookReceiver(statuses=[status]) as receiver:
        monitor = raise_one_alert(tmp_path, db_url, clock, receiver.hook_url, http_server)
        monitor.dispatch()
    with monitor.sessions() as session:
        delivery = session.query(Delivery).one()
    assert delivery.status == final
    assert f"HTTP {status}" in (delivery.last_error or "")


def test_a_receiver_down_past_the_max_age_ends_dead(
    tmp_path: Path, db_url: str, clock: ManualClock, http_server: LocalServer
) -> None:
    monitor = raise_one_alert(tmp_path, db_url, clock, "http://127.0.0.1:9/hook", http_server)
    for _ in range(30):
        monitor.dispatch()
        clock.advance(timedelta(hours=4))
    with monitor.sessions() as session:
        delivery = session.query(Delivery).one()
        (alert,) = alerts.list_alerts(session, AlertFilter())
    assert delivery.status == "dead"
    assert "connection failed" in (delivery.last_error or "")
    assert alert.rule_id == "btc-above"
