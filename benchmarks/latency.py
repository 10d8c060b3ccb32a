"""Alert latency: from a new filing appearing on a (local) EDGAR to the webhook receiving it.

A local server answers at SEC's paths with the recorded Cango fixtures (tests/edgar/fixtures):
the submissions JSON (with an ETag, as SEC sends), each filing's index headers (the documents'
stated types), its documents.
The real `monitor run` runs as a subprocess, watching CIK 1725123 with an `edgar_filings`
source (data_url/archives_url pointed at the local server) polled every `--interval` seconds,
the shipped watch list plus one `new_event` rule for 6-Ks, and a webhook channel to a local
receiver. The SEC fair-access limiter stays on (5 requests/s by default for the SEC group), so
a new filing's three requests — its index headers, the 6-K, its EX-99.1 — are paced 200 ms apart.
After the source's first poll (a baseline, which alerts on nothing), the 6-K of 9 Feb 2026
(Cango's bitcoin sale) is published at a random moment of the polling cycle. The server and
the receiver stamp, with one clock, when the poll that sees the filing asks for the
submissions, when the filing's documents are fetched, and when each alert arrives.

Each run starts a fresh monitor on a fresh SQLite database.

    python -m benchmarks.latency [--runs 5] [--interval 1.0]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from monitor.config import shipped_rules_dir
from tests.edgar.support import SALE, SEC_UA, SUBMISSIONS, serve_sec, submissions_without
from tests.servers import LocalServer, Received, Reply, WebhookReceiver

RULES = """\
rules:
  - id: new-6k
    entities: [CANG]
    condition: {kind: new_event, event: filing_published, where: {form: ["6-K", "6-K/A"]}}
    title: "{{ entity }} filed a 6-K"
"""


@dataclass
class Stamps:
    """perf_counter times, all taken in this process."""

    published: float = 0.0
    seen: float | None = None  # the submissions request that got the new filing
    archive: list[float] = field(default_factory=list)  # index headers and documents
    alerts: list[tuple[float, str]] = field(default_factory=list)  # (arrival, rule id)


class TimedReceiver(WebhookReceiver):
    def __init__(self, stamps: Stamps) -> None:
        super().__init__()
        self.stamps = stamps

    def _answer(self, request: Received) -> Reply:
        self.stamps.alerts.append((time.perf_counter(), json.loads(request.body)["rule_id"]))
        return Reply(200, b"ok")


def run_once(interval: float, rng: random.Random) -> Stamps:
    stamps = Stamps()
    before = json.dumps(submissions_without(SALE)).encode()
    with (
        LocalServer() as sec,
        TimedReceiver(stamps) as receiver,
        tempfile.TemporaryDirectory() as d,
    ):
        serve_sec(sec)
        after = sec.routes[f"/{SUBMISSIONS}"]
        assert isinstance(after, Reply)
        current = {"body": before, "etag": '"before"', "polls": 0}
        lock = threading.Lock()

        def submissions(request: Received) -> Reply:
            with lock:
                current["polls"] += 1
                body, etag = current["body"], current["etag"]
            if request.headers.get("if-none-match") == etag:
                return Reply(304, b"", {"ETag": etag})
            if etag == '"after"' and stamps.seen is None:
                stamps.seen = time.perf_counter()
            return Reply(200, body, {"Content-Type": "application/json", "ETag": etag})

        sec.routes[f"/{SUBMISSIONS}"] = submissions
        for path, reply in list(sec.routes.items()):
            if path.startswith("/Archives/") and isinstance(reply, Reply):
                sec.routes[path] = _stamped(reply, stamps)

        config = _config(Path(d), sec.url, receiver.hook_url, interval)
        env = {**os.environ, "MONITOR_CONFIG": str(config)}
        env.pop("MONITOR_DATABASE_URL", None)
        process = subprocess.Popen(
            [sys.executable, "-m", "monitor", "run"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait(lambda: current["polls"] >= 2, 60)  # the baseline is stored
            time.sleep(rng.uniform(0, interval))  # publish at a random point of the cycle
            with lock:
                current["body"], current["etag"] = after.body, '"after"'
                stamps.published = time.perf_counter()
            _wait(lambda: len(stamps.alerts) >= 2, 60)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(30)
    return stamps


def _stamped(reply: Reply, stamps: Stamps):  # type: ignore[no-untyped-def]
    def answer(_request: Received) -> Reply:
        if stamps.seen is not None:
            stamps.archive.append(time.perf_counter())
        return reply

    return answer


def _config(directory: Path, sec: str, hook: str, interval: float) -> Path:
    rules = directory / "rules"
    rules.mkdir()
    (rules / "new_6k.yaml").write_text(RULES, encoding="utf-8")
    path = directory / "monitor.yaml"
    path.write_text(
        f'database_url: "sqlite:///{directory / "monitor.db"}"\n'
        f'rules: ["{shipped_rules_dir()}", "{rules}"]\n'
        f'http: {{user_agent: "{SEC_UA}", max_retries: 0}}\n'
        "scheduler: {jitter_seconds: 0, dispatch_interval_seconds: 30}\n"
        "sources:\n"
        "  - id: cango-filings\n"
        "    kind: edgar_filings\n"
        "    cik: 1725123\n"
        "    ticker: CANG\n"
        "    forms: [6-K]\n"
        "    lookback_days: 400\n"
        f"    interval_seconds: {interval}\n"
        f"    data_url: {sec}\n"
        f"    archives_url: {sec}/Archives\n"
        f'channels:\n  - {{name: hook, kind: webhook, url: "{hook}"}}\n',
        encoding="utf-8",
    )
    return path


def _wait(condition, seconds: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the monitor did not get there in time")
        time.sleep(0.005)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--interval", type=float, default=1.0, help="poll interval (s)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    rows = []
    for number in range(1, args.runs + 1):
        stamps = run_once(args.interval, rng)
        assert stamps.seen is not None
        first = min(t for t, _rule in stamps.alerts)
        last = max(t for t, _rule in stamps.alerts)
        fetched = max(stamps.archive, default=stamps.seen)
        rows.append((first - stamps.seen, first - stamps.published, last - stamps.seen))
        print(
            f"run {number}: published → seen by a poll "
            f"{(stamps.seen - stamps.published) * 1000:.0f} ms; "
            f"poll → documents fetched {(fetched - stamps.seen) * 1000:.0f} ms; "
            f"poll → first webhook {(first - stamps.seen) * 1000:.0f} ms, "
            f"→ last {(last - stamps.seen) * 1000:.0f} ms "
            f"({', '.join(rule for _t, rule in sorted(stamps.alerts))}); "
            f"published → first webhook {(first - stamps.published) * 1000:.0f} ms"
        )
    poll, total, last = (sorted(column) for column in zip(*rows, strict=True))
    print(
        f"poll that sees the filing → webhook: median {statistics.median(poll) * 1000:.0f} ms, "
        f"max {max(poll) * 1000:.0f} ms (all alerts: max {max(last) * 1000:.0f} ms)"
    )
    print(
        f"publication → webhook (poll every {args.interval:g} s): median "
        f"{statistics.median(total) * 1000:.0f} ms, max {max(total) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
