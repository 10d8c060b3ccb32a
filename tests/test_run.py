"""`monitor run`: the scheduler polls, raises and delivers, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers import price_config, quotes, start_monitor_run, wait_for
from tests.servers import LocalServer, WebhookReceiver


def test_run_delivers_an_alert_and_stops_cleanly_on_sigterm(
    tmp_path: Path, db_url: str, http_server: LocalServer, receiver: WebhookReceiver
) -> None:
    http_server.routes["/spot"] = quotes("67000.00", "69100.00")
    config = price_config(tmp_path, db_url, f"{http_server.url}/spot", receiver.hook_url)
    text = config.read_text().replace(
        "    symbol: BTC-USD\n", "    symbol: BTC-USD\n    interval_seconds: 0.3\n"
    )
    config.write_text("scheduler: {jitter_seconds: 0}\n" + text)
    process = start_monitor_run(config)
    try:
        assert wait_for(receiver.deliveries, 20), "no alert reached the webhook"
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "watching: btc-usd (crypto_spot, every 0.3s)" in out
    assert out.rstrip().endswith("stopped")
    assert len(receiver.deliveries()) == 1
    assert receiver.deliveries()[0].json()["rule_id"] == "btc-above"


def test_run_with_web_serves_the_page_beside_the_scheduler(tmp_path: Path) -> None:
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "rules").mkdir()
    config = tmp_path / "monitor.yaml"
    config.write_text(
        f"database_url: sqlite:///{tmp_path / 'm.db'}\nrules: [rules]\nweb: {{port: {port}}}\n"
    )
    env = {**os.environ, "MONITOR_CONFIG": str(config)}
    process = subprocess.Popen(
        [sys.executable, "-m", "monitor", "run", "--web"],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline, status = time.monotonic() + 20, None
        while status is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    status = r.status
            except OSError:
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/alerts", timeout=5) as r:
            alerts = json.loads(r.read())
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    assert status == 200, err
    assert alerts is not None
    assert f"web:      http://127.0.0.1:{port}/" in out
    assert process.returncode == 0


def test_run_on_a_taken_port_says_so_in_one_line(tmp_path: Path) -> None:
    import socket

    (tmp_path / "rules").mkdir()
    config = tmp_path / "monitor.yaml"
    config.write_text(f"database_url: sqlite:///{tmp_path / 'm.db'}\nrules: [rules]\n")
    env = {**os.environ, "MONITOR_CONFIG": str(config)}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "monitor", "run", "--port", str(port)],
            env=env,
            text=True,
            capture_output=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"Error: cannot serve the web page on 127.0.0.1:{port}: " in result.stderr
    assert "choose another port with --port" in result.stderr
