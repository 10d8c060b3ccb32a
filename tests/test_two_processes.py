"""Two `monitor run` processes on one PostgreSQL database never double an event, an alert or a
delivery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

from sqlalchemy import select

from monitor.store.db import make_engine, session_factory
from monitor.store.tables import Alert, Delivery, Event
from tests.helpers import coinbase, write
from tests.servers import LocalServer, Received, Reply, WebhookReceiver

PRICES = ["67000", "69000", "67500", "70000"]  # crosses 68,524 upward twice per cycle


def test_two_processes_share_the_work_without_doubling(tmp_path: Path, pg_url: str) -> None:
    started = time.monotonic()

    def moving_price(_request: Received) -> Reply:
        step = int((time.monotonic() - started) / 0.6) % len(PRICES)
        return Reply(200, json.dumps(coinbase(PRICES[step])).encode())

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
        time.sleep(6)
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        outputs = [worker.communicate(timeout=30) for worker in workers]
        assert [w.returncode for w in workers] == [0, 0], outputs
        time.sleep(0.2)
        keys = Counter(h.headers["idempotency-key"] for h in receiver.deliveries())
        polls = len(prices.received("/spot"))

    engine = make_engine(pg_url)
    with session_factory(engine)() as session:
        events = session.scalars(select(Event).order_by(Event.id)).all()
        alerts = session.scalars(select(Alert)).all()
        deliveries = session.scalars(select(Delivery)).all()
    engine.dispose()
    stored = [e.payload["price_text"] for e in events]
    assert polls > 20 and len(events) >= 4, (polls, stored)
    assert all(a != b for a, b in pairwise(stored)), stored
    assert len(alerts) >= 1
    assert {d.status for d in deliveries} == {"sent"}
    assert sorted(keys) == sorted(str(a.id) for a in alerts)
    assert set(keys.values()) == {1}, keys
