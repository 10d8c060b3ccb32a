"""Webhook delivery: signatures, exactly-once per key under failures, channel independence,
silences, and a process killed in the middle of dispatching."""

from __future__ import annotations

import hashlib
import hmac
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from monitor.clock import ManualClock
from monitor.store import silences
from monitor.store.tables import Delivery
from tests.notify.fixtures import build, raise_alert
from tests.servers import LocalServer, Received, Reply, WebhookReceiver

SECRET = "s3cret-for-tests"


def hook(name: str, url: str, secret: bool = False) -> str:
    extra = "    secret_env: TEST_HOOK_SECRET\n" if secret else ""
    return f"  - name: {name}\n    kind: webhook\n    url: {url}\n    timeout_seconds: 5\n{extra}"


def verify(received: Received) -> bool:
    timestamp = received.headers["x-signal-monitor-timestamp"]
    message = timestamp.encode() + b"." + received.body
    expected = "sha256=" + hmac.new(SECRET.encode(), message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received.headers["x-signal-monitor-signature"])


def test_flaky_receiver_gets_each_alert_once_per_key_with_valid_signatures(
    tmp_path: Path, db_url: str, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    with WebhookReceiver(statuses=[500, 502, 503, 429]) as receiver:
        monitor = build(tmp_path, db_url, hook("hook", receiver.hook_url, secret=True), clock)
        ids = [raise_alert(monitor, clock, f"k{i}", ("hook",)) for i in range(3)]
        for _ in range(8):
            monitor.dispatch()
            clock.advance(timedelta(seconds=3))
        hits = receiver.deliveries()
    assert all(verify(hit) for hit in hits)
    delivered = [
        h.headers["idempotency-key"]
        for h, status in zip(hits, [500, 502, 503, 429] + [200] * 20, strict=False)
        if status == 200
    ]
    assert sorted(delivered) == sorted(str(i) for i in ids)
    assert len(hits) == 3 + 4  # every alert once, plus the four refused attempts
    with monitor.sessions() as session:
        assert {d.status for d in session.query(Delivery)} == {"sent"}


def test_a_tampered_body_fails_verification(
    tmp_path: Path, db_url: str, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_HOOK_SECRET", SECRET)
    with WebhookReceiver() as receiver:
        monitor = build(tmp_path, db_url, hook("hook", receiver.hook_url, secret=True), clock)
        raise_alert(monitor, clock, "k1", ("hook",))
        monitor.dispatch()
        (hit,) = receiver.deliveries()
    tampered = Received(hit.method, hit.path, hit.headers, hit.body.replace(b"4451", b"4452"))
    assert verify(hit) and not verify(tampered)


def test_a_hanging_channel_does_not_delay_another(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    arrived: dict[str, float] = {}

    def slow(_request: Received) -> Reply:
        time.sleep(2.5)
        return Reply(200, b"late")

    with LocalServer() as slow_server, WebhookReceiver() as fast:
        slow_server.routes["/hook"] = slow
        channels = hook("slow", f"{slow_server.url}/hook") + hook("fast", fast.hook_url)
        monitor = build(tmp_path, db_url, channels, clock)
        raise_alert(monitor, clock, "k1", ("slow", "fast"))
        started = time.monotonic()
        worker = threading.Thread(target=monitor.dispatch)
        worker.start()
        while not fast.deliveries() and time.monotonic() - started < 5:
            time.sleep(0.02)
        arrived["fast"] = time.monotonic() - started
        worker.join()
        arrived["both"] = time.monotonic() - started
    assert arrived["fast"] < 1.0 < 2.5 <= arrived["both"]


def test_a_failing_channel_leaves_the_other_delivered(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with WebhookReceiver(statuses=[500] * 10) as broken, WebhookReceiver() as working:
        channels = hook("broken", broken.hook_url) + hook("working", working.hook_url)
        monitor = build(tmp_path, db_url, channels, clock)
        raise_alert(monitor, clock, "k1", ("broken", "working"))
        monitor.dispatch()
    with monitor.sessions() as session:
        statuses = {d.channel: d.status for d in session.query(Delivery)}
    assert statuses == {"broken": "pending", "working": "sent"}
    assert len(working.deliveries()) == 1


def test_silences_suppress_what_they_cover_and_nothing_else(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with WebhookReceiver() as receiver:
        monitor = build(tmp_path, db_url, hook("hook", receiver.hook_url), clock)
        with monitor.sessions.begin() as session:
            silences.add(
                session,
                "further-btc-sales",
                "CANG",
                "known",
                clock.now(),
                clock.now() + timedelta(hours=1),
            )
        raise_alert(monitor, clock, "silenced", ("hook",))
        raise_alert(monitor, clock, "other-entity", ("hook",), entity="MARA")
        raise_alert(monitor, clock, "other-rule", ("hook",), rule_id="debt-falling")
        report = monitor.dispatch()
        clock.advance(timedelta(hours=2))  # expired: later alerts go out again
        raise_alert(monitor, clock, "after-expiry", ("hook",))
        later = monitor.dispatch()
        keys = sorted(h.headers["idempotency-key"] for h in receiver.deliveries())
    assert (report.suppressed, report.sent, later.sent) == (1, 2, 1)
    assert keys == ["2", "3", "4"]


def test_sigkill_in_the_middle_of_dispatching_loses_nothing(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    first_call = threading.Event()

    def hang_first_then_ok(_request: Received) -> Reply:
        if not first_call.is_set():
            first_call.set()
            time.sleep(5)  # the sender is killed while waiting for this answer
        return Reply(200, b"ok")

    with LocalServer() as server:
        server.routes["/hook"] = hang_first_then_ok
        channels = hook("hook", f"{server.url}/hook")
        monitor = build(
            tmp_path,
            db_url,
            channels,
            clock,
            extra="scheduler: {dispatch_interval_seconds: 0.2, jitter_seconds: 0}",
        )
        config = tmp_path / "monitor.yaml"
        config.write_text(config.read_text().replace("lease_seconds: 60", "lease_seconds: 1"))
        raise_alert(monitor, clock, "k1", ("hook",))
        env = {**os.environ, "MONITOR_CONFIG": str(config)}
        process = subprocess.Popen(
            [sys.executable, "-m", "monitor", "run"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert first_call.wait(20), "the dispatcher never sent"
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        time.sleep(1.2)  # the dead process's lease runs out
        restarted = subprocess.run(
            [sys.executable, "-m", "monitor", "poll"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        keys = [r.headers["idempotency-key"] for r in server.received("/hook")]
    assert "deliveries: 1 sent" in restarted.stdout, restarted.stdout + restarted.stderr
    assert keys == ["1", "1"]  # re-sent with the same key: the receiver can drop the copy
    with monitor.sessions() as session:
        assert session.query(Delivery).one().status == "sent"
