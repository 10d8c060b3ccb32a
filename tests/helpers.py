"""Building a Monitor (or running the CLI) from a config written in a test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from monitor.app import Monitor, build_monitor
from monitor.clock import Clock
from monitor.config import load_settings
from monitor.store import source_state
from monitor.store.tables import SourceState
from tests.servers import LocalServer, Received, Reply


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def monitor_from(config_path: Path, clock: Clock, **kwargs: object) -> Monitor:
    return build_monitor(load_settings(config_path), clock=clock, migrate=True, **kwargs)  # type: ignore[arg-type]


PRICE_RULE = """\
rules:
  - id: btc-above
    entity: BTC-USD
    condition: {kind: price_cross, direction: above, level: 68524}
    title: "{{ entity }} above {{ level }}"
"""


def price_config(tmp_path: Path, db_url: str, price_url: str, hook_url: str | None) -> Path:
    """A config with one BTC-USD source at `price_url` and an optional webhook channel."""
    write(tmp_path / "rules" / "prices.yaml", PRICE_RULE)
    channels = (
        f"""
channels:
  - name: hook
    kind: webhook
    url: {hook_url}
"""
        if hook_url
        else ""
    )
    return write(
        tmp_path / "monitor.yaml",
        f"""\
database_url: "{db_url}"
rules: [rules]
delivery: {{first_retry_seconds: 1}}
sources:
  - id: btc-usd
    kind: crypto_spot
    symbol: BTC-USD
    providers: [{{name: coinbase, url: "{price_url}"}}]
{channels}""",
    )


def coinbase(amount: str) -> dict[str, object]:
    return {"data": {"amount": amount, "base": "BTC", "currency": "USD"}}


def price_monitor(tmp_path: Path, db_url: str, server: LocalServer, clock: Clock) -> Monitor:
    """A Monitor polling BTC-USD at `server`'s /spot, with no channel."""
    return monitor_from(price_config(tmp_path, db_url, f"{server.url}/spot", None), clock)


def state_of(monitor: Monitor, source_id: str = "btc-usd") -> SourceState:
    """The source's state row as stored."""
    with monitor.sessions() as session:
        return source_state.load(session, source_id)


def quotes(*prices: str) -> Callable[[Received], Reply]:
    """A Coinbase-shaped route answering each price in turn, then the last one for ever."""
    remaining = iter(prices)
    last = {"price": prices[0]}

    def quote(_request: Received) -> Reply:
        last["price"] = next(remaining, last["price"])
        return Reply(200, json.dumps(coinbase(last["price"])).encode())

    return quote


def start_monitor_run(config: Path) -> subprocess.Popen[str]:
    """`monitor run` as a separate process on `config` (its database_url, not the env's)."""
    env = {**os.environ, "MONITOR_CONFIG": str(config)}
    env.pop("MONITOR_DATABASE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "monitor", "run"],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for(condition: Callable[[], object], seconds: float) -> bool:
    """Whether `condition` came true within `seconds` (checked every 50 ms)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


class Lines:
    """The lines a child process writes to a pipe, read as they come (a daemon thread), so a
    test waits for the line it needs instead of sleeping."""

    def __init__(self, pipe: IO[str]) -> None:
        self.lines: list[str] = []
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self._reader.start()

    def _read(self, pipe: IO[str]) -> None:
        for line in pipe:
            with self._lock:
                self.lines.append(line.rstrip("\n"))

    def text(self) -> str:
        with self._lock:
            return "\n".join(self.lines)

    def wait_for(self, needle: str, seconds: float = 60) -> bool:
        """Whether a line containing `needle` arrived within `seconds`."""
        return wait_for(lambda: needle in self.text(), seconds)

    def finish(self, seconds: float = 30) -> str:
        """Everything, once the pipe is closed (the process ended)."""
        self._reader.join(seconds)
        return self.text()
