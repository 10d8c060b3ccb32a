"""`monitor run` killed with SIGKILL in the middle of a poll (a slow server is answering it),
then started again: the change that poll was fetching is stored once, alerts once, and the
webhook receives it once. (SIGKILL in the middle of dispatching: tests/notify.)"""

from __future__ import annotations

import json
import signal
import threading
import time
from pathlib import Path

from sqlalchemy import select

from monitor.store.db import make_engine, session_factory
from monitor.store.tables import Alert, Delivery, Event, SourceState
from tests.helpers import coinbase, price_config, start_monitor_run, wait_for
from tests.servers import LocalServer, Received, Reply, WebhookReceiver


def test_sigkill_while_a_slow_server_answers_a_poll_then_restart(
    tmp_path: Path, db_url: str, receiver: WebhookReceiver
) -> None:
    asked = threading.Event()  # the poll that sees the crossing has reached the server
    release = threading.Event()  # ... and is answered only after the monitor is dead
    answered: list[str] = []

    def quote(_request: Received) -> Reply:
        if answered:  # the baseline has been served: every later answer is 69,000
            if not release.is_set():
                asked.set()
                release.wait(30)
            price = "69000.00"
        else:
            price = "67000.00"
        answered.append(price)
        return Reply(200, json.dumps(coinbase(price)).encode())

    with LocalServer() as prices:
        prices.routes["/spot"] = quote
        config = price_config(tmp_path, db_url, f"{prices.url}/spot", receiver.hook_url)
        text = config.read_text().replace(
            "    symbol: BTC-USD\n", "    symbol: BTC-USD\n    interval_seconds: 0.3\n"
        )
        config.write_text("scheduler: {jitter_seconds: 0, dispatch_interval_seconds: 0.3}\n" + text)

        first = start_monitor_run(config)
        try:
            assert asked.wait(30), "the second poll never reached the server"
        finally:
            first.send_signal(signal.SIGKILL)
            first.communicate(timeout=20)
        release.set()
        assert first.returncode == -signal.SIGKILL

        engine = make_engine(db_url)
        sessions = session_factory(engine)
        with sessions.begin() as session:  # the dead poll left nothing behind
            state = session.get(SourceState, "btc-usd")
            assert state is not None and state.cursor["price"] == "67000.00"
            assert [e.payload["price_text"] for e in session.scalars(select(Event))] == ["67000.00"]

        second = start_monitor_run(config)
        try:
            assert wait_for(lambda: receiver.deliveries(), 30), "no alert after the restart"
            polls = len(answered)
            assert wait_for(lambda: len(answered) >= polls + 5, 30)  # more polls, same price
            time.sleep(0.5)  # and a dispatcher tick or two
        finally:
            second.send_signal(signal.SIGTERM)
            _out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err

    with sessions() as session:
        events = [
            e.payload["price_text"] for e in session.scalars(select(Event).order_by(Event.id))
        ]
        alerts = session.scalars(select(Alert)).all()
        deliveries = session.scalars(select(Delivery)).all()
    engine.dispose()
    assert events == ["67000.00", "69000.00"]  # nothing lost, nothing doubled
    assert [a.rule_id for a in alerts] == ["btc-above"]
    assert [(d.channel, d.status) for d in deliveries] == [("hook", "sent")]
    hits = receiver.deliveries()
    assert [h.headers["idempotency-key"] for h in hits] == [str(alerts[0].id)]
    assert hits[0].json()["values"]["price"] == 69000.0
