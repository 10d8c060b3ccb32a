"""The webhook receiver is down (connections refused) while `monitor run` raises an alert: polling
goes on, the delivery is retried with backoff, and once the receiver is back it gets the alert
exactly once. (Receivers answering 5xx, 4xx, hanging, or down for good: tests/notify and
tests/test_dispatch.py.)"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

from sqlalchemy import select

from monitor.store.db import make_engine, session_factory
from monitor.store.tables import Alert, Delivery, DeliveryAttempt
from tests.failure.servers import TcpProxy
from tests.helpers import coinbase, price_config, start_monitor_run, wait_for
from tests.servers import LocalServer, Received, Reply, WebhookReceiver


def test_a_receiver_down_for_a_while_gets_the_alert_once_when_it_is_back(
    tmp_path: Path, db_url: str, http_server: LocalServer
) -> None:
    served: list[str] = []

    def quote(_request: Received) -> Reply:
        price = "67000.00" if not served else "69000.00"  # crosses on the second poll
        served.append(price)
        return Reply(200, json.dumps(coinbase(price)).encode())

    http_server.routes["/spot"] = quote
    with WebhookReceiver() as receiver, TcpProxy(("127.0.0.1", receiver_port(receiver))) as proxy:
        proxy.cut()  # the receiver's host refuses connections
        hook = f"http://127.0.0.1:{proxy.port}/hook"
        config = price_config(tmp_path, db_url, f"{http_server.url}/spot", hook)
        text = config.read_text().replace(
            "    symbol: BTC-USD\n", "    symbol: BTC-USD\n    interval_seconds: 0.3\n"
        )
        config.write_text(
            "scheduler: {jitter_seconds: 0, dispatch_interval_seconds: 0.2}\n"
            + text.replace("first_retry_seconds: 1}", "first_retry_seconds: 0.5}")
        )
        process = start_monitor_run(config)
        try:
            assert wait_for(lambda: attempts(db_url) >= 2, 30), "no retried delivery"
            polls = len(served)
            assert wait_for(lambda: len(served) >= polls + 3, 10)  # polling goes on meanwhile
            assert not receiver.deliveries()
            proxy.resume()
            assert wait_for(receiver.deliveries, 30), "not delivered after the receiver came back"
            time.sleep(1.5)  # later dispatcher ticks must not send it again
        finally:
            process.send_signal(signal.SIGTERM)
            _out, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
        hits = receiver.deliveries()

    engine = make_engine(db_url)
    with session_factory(engine)() as session:
        (alert,) = session.scalars(select(Alert)).all()
        (delivery,) = session.scalars(select(Delivery)).all()
        outcomes = [a.outcome for a in session.scalars(select(DeliveryAttempt))]
    engine.dispose()
    assert [h.headers["idempotency-key"] for h in hits] == [str(alert.id)]
    assert delivery.status == "sent" and delivery.attempts == len(outcomes)
    assert outcomes[-1] == "sent" and set(outcomes[:-1]) == {"retry"} and len(outcomes) >= 3


def receiver_port(receiver: WebhookReceiver) -> int:
    return int(receiver.url.rsplit(":", 1)[1])


def attempts(db_url: str) -> int:
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as session:
            return len(session.scalars(select(DeliveryAttempt)).all())
    finally:
        engine.dispose()
