"""Two `monitor run` processes on one PostgreSQL database never double an event, an alert or a
delivery."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from itertools import pairwise
from pathlib import Path

from sqlalchemy import select

from monitor.store.db import make_engine, session_factory
from monitor.store.tables import Alert, Delivery, Event
from tests.helpers import coinbase, wait_for, write
from tests.servers import LocalServer, Received, Reply, WebhookReceiver

PRICES = ["67000", "69000", "67500", "70000"]  # crosses 68,524 upward twice per cycle


def test_two_processes_share_the_work_without_doubling(tmp_path: Path, pg_url: str) -> None:
    # The price moves with the requests served, not with the clock: on a busy machine the
    # polls come late, and a price that moved with wall time crossed nothing in some runs.
    served = itertools.count()
    moving = threading.Event()
    moving.set()

    def moving_price(_request: Received) -> Reply:
        step = next(served) // 3 % len(PRICES) if moving.is_set() else 0
        return Reply(200, json.dumps(coinbase(PRICES[step])).encode())

    engine = make_engine(pg_url)
    sessions = session_factory(engine)

    def stored() -> tuple[list[Event], list[Alert], list[Delivery]]:
        with sessions() as session:
            return (
                list(session.scalars(select(Event).order_by(Event.id))),
                list(session.scalars(select(Alert))),
                list(session.scalars(select(Delivery))),
            )

    def worked_together() -> bool:
        events, alerts, _deliveries = stored()
        return len(prices.received("/spot")) > 20 and len(events) >= 4 and len(alerts) >= 2

    def all_sent() -> bool:
        _events, alerts, deliveries = stored()
        return len(deliveries) == len(alerts) and {d.status for d in deliveries} == {"sent"}

    with LocalServer() as prices, WebhookReceiver() as receiver:
        prices.routes["/spot"] = moving_price
        write(
            tmp_path / "rules" / "btc.yaml",
            """\
rules:
  - id: btc-above
    entity: BTC-USD
    condition: {kind: price_cross, direction: above, level: 68524}
""",
        )
        config = write(
            tmp_path / "monitor.yaml",
            f"""\
database_url: "{pg_url}"
rules: [rules]
scheduler: {{jitter_seconds: 0, dispatch_interval_seconds: 0.3}}
sources:
  - id: btc-usd
    kind: crypto_spot
    interval_seconds: 0.15
    providers: [{{name: coinbase, url: "{prices.url}/spot"}}]
channels:
  - {{name: hook, kind: webhook, url: "{receiver.hook_url}"}}
""",
        )
        env = {**os.environ, "MONITOR_CONFIG": str(config)}
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "monitor", "run"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        try:
            assert wait_for(worked_together, 120), stored()
            moving.clear()  # no new crossing from here: what was raised gets delivered
            assert wait_for(all_sent, 60), stored()[2]
        finally:
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
            outputs = [worker.communicate(timeout=30) for worker in workers]
        assert [w.returncode for w in workers] == [0, 0], outputs
        keys = Counter(h.headers["idempotency-key"] for h in receiver.deliveries())

    events, alerts, deliveries = stored()
    engine.dispose()
    prices_stored = [e.payload["price_text"] for e in events]
    assert all(a != b for a, b in pairwise(prices_stored)), prices_stored
    assert {d.status for d in deliveries} == {"sent"}
    assert sorted(keys) == sorted(str(a.id) for a in alerts)
    assert set(keys.values()) == {1}, keys
