"""Scale-out: 2,000 feeds polled by 1, 2, 4 and 8 `monitor worker` processes on one PostgreSQL.

The fixture server runs in its own process (threaded: one thread a request) and answers each
feed after a realistic 100–300 ms; it records how many requests of each source were in flight
at once (never more than one, if no poll of a source runs twice at once), which items it has
served, and the webhook deliveries it receives (by idempotency key). A feed starts empty
(--first-items) and gains a new item every ITEM_EVERY requests of it while publishing is on;
it lists its last FEED_ITEMS items, with an ETag, so an unchanged feed costs a 304: most
polls find nothing new, as in a monitor's steady state. Every item is alerted (rule
`new_event`, `alert_on_first_poll`) and delivered to the webhook. With --first-items 1
--item-every 4, every first poll and every fourth one after raises an alert: the CPU-bound
worst case, used for the kill runs' exactly-once check.

Each run gets a fresh database (`scale_bench_<run>`, dropped after), migrated in this process;
workers are real `python -m monitor worker` processes. After a warm-up, a window is measured:

* polls/s: feed requests answered in the window, per second;
* p95 lateness: when a poll job started minus its slot (procrastinate's `started` event);
* CPU per poll: the workers' user+system CPU (from /proc) in the window, per poll;
* then publishing stops, the workers drain, and alerts are counted: doubled (an item alerted
  twice), lost (an item served but never alerted), not delivered, and repeated deliveries
  (a key received twice: a kill mid-send; receivers drop them by the idempotency key).

Last, a run with kills: --kill-workers workers, one SIGKILLed at random every 3–8 s and a new
one started in its place (as compose's restart policy or systemd's Restart= would).

    python -m benchmarks.scale [--sources 2000] [--interval 10] [--workers 1,2,4,8]
                               [--concurrency 4] [--warmup 20] [--seconds 30]
                               [--item-every 20] [--first-items 0]
                               [--kill-workers 4] [--kill-seconds 60] [--postgres URL]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, text

from monitor.store.db import make_engine, upgrade

ITEM_EVERY = 20  # a feed gains an item every 20th request of it (--item-every)
FEED_ITEMS = 10  # items a feed lists
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
RULE = """\
rules:
  - id: release
    entity: "*"
    condition: {kind: new_event, event: press_release}
"""


# --- the fixture server (its own process) ---------------------------------------------------


class Fixture:
    """What the server knows: items per source, requests in flight, deliveries received."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.publishing = True
        self.requests: Counter[int] = Counter()  # per source, answered
        self.in_flight: Counter[int] = Counter()
        self.overlaps: Counter[int] = Counter()  # requests that found one of theirs in flight
        self.served: dict[int, int] = {}  # source → highest item number served in a 200
        self.answered = 0
        self.hooks: Counter[str] = Counter()

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {
                "answered": self.answered,
                "overlapping_sources": sum(1 for n in self.overlaps.values() if n),
                "served": self.served,
                "hooks": dict(self.hooks),
            }


def feed_body(source: int, items: int) -> bytes:
    entries = "".join(
        f"<item><guid>s{source}-i{n}</guid><title>Source {source} item {n}</title>"
        f"<link>http://feeds.local/{source}/{n}</link>"
        f"<pubDate>Mon, 0{1 + n % 9} Feb 2026 10:00:00 GMT</pubDate>"
        f"<description>Item {n}.</description>"
        f"<content:encoded>Company {source} announces item {n}.</content:encoded></item>"
        for n in range(items, max(0, items - FEED_ITEMS), -1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Feed {source}</title><link>http://feeds.local/</link>{entries}</channel></rss>"
    ).encode()


def serve_fixture(port_out: Any, item_every: int, first_items: int) -> None:
    fixture = Fixture()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: object) -> None:
            pass

        def reply(self, status: int, body: bytes = b"", **headers: str) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if self.path == "/stats":
                self.reply(200, json.dumps(fixture.stats()).encode())
                return
            source = int(self.path.rsplit("/", 1)[1])
            with fixture.lock:
                if fixture.in_flight[source]:
                    fixture.overlaps[source] += 1
                fixture.in_flight[source] += 1
            try:
                time.sleep(random.uniform(0.1, 0.3))  # a distant, busy server
                self.feed(source)
            finally:
                with fixture.lock:
                    fixture.in_flight[source] -= 1

        def feed(self, source: int) -> None:
            with fixture.lock:
                count = fixture.requests[source]
                fixture.requests[source] += 1
                fixture.answered += 1
                # A feed starts with `first_items` (0: the first poll of each finds nothing,
                # as in steady state; 1: every first poll raises an alert) and gains one every
                # `item_every` requests while publishing is on.
                items = first_items + count // item_every if fixture.publishing else 0
                items = max(items, fixture.served.get(source, 0))
                if items:
                    fixture.served[source] = items
            etag = f'"{source}-{items}"'
            if self.headers.get("If-None-Match") == etag:
                self.reply(304, ETag=etag)
            else:
                self.reply(200, feed_body(source, items), ETag=etag)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            if self.path == "/hook":
                with fixture.lock:
                    fixture.hooks[self.headers.get("idempotency-key", "?")] += 1
            elif self.path == "/reset":
                with fixture.lock:
                    fixture.reset()
            elif self.path == "/stop-publishing":
                with fixture.lock:
                    fixture.publishing = False
            self.reply(200, b"ok")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.request_queue_size = 1024
    port_out.put(server.server_port)
    server.serve_forever()


# --- the runs -------------------------------------------------------------------------------


@dataclass
class Result:
    label: str
    workers: int
    polls_per_s: float
    p95_late_s: float
    cpu_ms_per_poll: float
    overlapping_sources: int
    items: int = 0
    doubled: int = 0
    lost: int = 0
    undelivered: int = 0
    repeated_deliveries: int = 0
    kills: int = 0

    def line(self) -> str:
        kills = f", {self.kills} kills" if self.kills else ""
        return (
            f"{self.label:>10}: {self.polls_per_s:6.1f} polls/s, p95 lateness "
            f"{self.p95_late_s:5.1f} s, {self.cpu_ms_per_poll:5.1f} ms CPU/poll, "
            f"{self.overlapping_sources} sources polled twice at once; {self.items} alerts: "
            f"{self.doubled} doubled, {self.lost} lost, {self.undelivered} not delivered, "
            f"{self.repeated_deliveries} re-sent{kills}"
        )


class Workers:
    """`monitor worker` processes on one config; CPU read from /proc before each exit."""

    def __init__(self, config: Path, concurrency: int, logs: Path) -> None:
        self.env = {**os.environ, "MONITOR_CONFIG": str(config), "MONITOR_LOG_LEVEL": "WARNING"}
        self.command = [
            sys.executable,
            "-m",
            "monitor",
            "worker",
            "--concurrency",
            str(concurrency),
        ]
        self.logs = logs
        self.live: list[subprocess.Popen[bytes]] = []
        self.spent = 0.0  # CPU seconds of workers gone

    def start(self, count: int = 1) -> None:
        for _ in range(count):
            log = (self.logs / f"worker-{len(self.live)}-{time.monotonic_ns()}.log").open("wb")
            self.live.append(
                subprocess.Popen(self.command, env=self.env, stdout=log, stderr=subprocess.STDOUT)
            )

    def cpu(self) -> float:
        return self.spent + sum(_cpu_seconds(p.pid) for p in self.live)

    def kill_one(self, rng: random.Random) -> None:
        victim = self.live.pop(rng.randrange(len(self.live)))
        self.spent += _cpu_seconds(victim.pid)
        victim.send_signal(signal.SIGKILL)
        victim.wait()

    def stop(self) -> None:
        for process in self.live:
            process.send_signal(signal.SIGTERM)
        for process in self.live:
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.live = []


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


class Bench:
    def __init__(self, args: argparse.Namespace, base: str, workdir: Path) -> None:
        self.args = args
        self.base = base
        self.workdir = workdir
        self.admin = make_engine(args.postgres, isolation_level="AUTOCOMMIT")

    def run(self, label: str, workers: int, kills: bool = False) -> Result:
        database = f"scale_bench_{label}"
        with self.admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {database}"))
        url = self.args.postgres.rsplit("/", 1)[0] + f"/{database}"
        engine = make_engine(url)
        try:
            upgrade(engine)
            return self._measure(label, workers, kills, engine, self._config(label, url))
        finally:
            engine.dispose()
            with self.admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))

    def _config(self, label: str, url: str) -> Path:
        folder = self.workdir / label
        (folder / "rules").mkdir(parents=True)
        (folder / "rules" / "releases.yaml").write_text(RULE)
        sources = "".join(
            f"  - {{id: feed-{i}, kind: feed, entity: C{i}, url: '{self.base}/feed/{i}', "
            f"interval_seconds: {self.args.interval}, alert_on_first_poll: true}}\n"
            for i in range(self.args.sources)
        )
        config = folder / "monitor.yaml"
        config.write_text(
            f'database_url: "{url}"\n'
            "rules: [rules]\n"
            "http: {requests_per_second_per_host: 1000000, max_retries: 0}\n"
            "scheduler: {dispatch_interval_seconds: 1}\n"
            "delivery: {first_retry_seconds: 1, lease_seconds: 5}\n"
            f"channels:\n  - {{name: hook, kind: webhook, url: '{self.base}/hook'}}\n"
            f"sources:\n{sources}"
        )
        return config

    def _measure(self, label: str, count: int, kills: bool, engine: Engine, config: Path) -> Result:
        requests.post(f"{self.base}/reset", timeout=10)
        workers = Workers(config, self.args.concurrency, config.parent)
        rng = random.Random(22)
        killed = 0
        workers.start(count)
        try:
            # Every worker up (registered: its config read, its 2,000 sources set up), then a
            # warm-up for the first polls.
            if not _wait_for_workers(engine, count, 300):
                print(f"{label}: not every worker started within 300 s", flush=True)
            time.sleep(self.args.warmup)
            began, cpu_began = time.time(), workers.cpu()
            answered_began = self._stats()["answered"]
            window = self.args.kill_seconds if kills else self.args.seconds
            deadline = began + window
            while kills and time.time() < deadline:
                time.sleep(min(rng.uniform(3, 8), max(0.0, deadline - time.time())))
                if time.time() < deadline:
                    workers.kill_one(rng)
                    workers.start()
                    killed += 1
            time.sleep(max(0.0, deadline - time.time()))
            ended, cpu_ended = time.time(), workers.cpu()
            polls = self._stats()["answered"] - answered_began
            requests.post(f"{self.base}/stop-publishing", timeout=10)
            counts = self._drain(engine)
        finally:
            workers.stop()
        stats = self._stats()
        return Result(
            label,
            count,
            polls / (ended - began),
            _p95_lateness(engine, began, ended),
            (cpu_ended - cpu_began) * 1000 / max(polls, 1),
            stats["overlapping_sources"],
            kills=killed,
            **counts,
        )

    def _stats(self) -> dict[str, Any]:
        return requests.get(f"{self.base}/stats", timeout=30).json()

    def _drain(self, engine: Engine) -> dict[str, int]:
        """Wait (bounded) until every served item is alerted and delivered; count."""
        deadline = time.monotonic() + self.args.drain
        while True:
            counts = _alert_counts(engine, self._stats())
            settled = not counts["lost"] and not counts["undelivered"]
            if settled or time.monotonic() > deadline:
                return counts
            time.sleep(1)


def _alert_counts(engine: Engine, stats: dict[str, Any]) -> dict[str, int]:
    expected = {f"s{s}-i{n}" for s, top in stats["served"].items() for n in range(1, top + 1)}
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT a.id, e.payload->>'url', e.fingerprint FROM alerts a "
                "JOIN events e ON e.id = (a.event_ids->>0)::int WHERE e.kind = 'press_release'"
            )
        ).all()
    items = Counter(_item_of(url) for _id, url, _fp in rows)
    hooks = stats["hooks"]
    return {
        "items": len(items),
        "doubled": sum(n - 1 for n in items.values() if n > 1),
        "lost": len(expected - set(items)),
        "undelivered": sum(1 for alert_id, *_ in rows if str(alert_id) not in hooks),
        "repeated_deliveries": sum(n - 1 for n in hooks.values() if n > 1),
    }


def _wait_for_workers(engine: Engine, count: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    query = text("SELECT count(*) FROM procrastinate_workers")
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            if connection.execute(query).scalar_one() >= count:
                return True
        time.sleep(0.5)
    return False


def _item_of(url: str | None) -> str:
    source, number = (url or "//?/?").rstrip("/").split("/")[-2:]
    return f"s{source}-i{number}"


def _p95_lateness(engine: Engine, began: float, ended: float) -> float:
    with engine.connect() as connection:
        late = connection.execute(
            text(
                "SELECT extract(epoch FROM e.at) - (j.args->>'timestamp')::bigint / 1000.0 "
                "FROM procrastinate_jobs j JOIN procrastinate_events e "
                "ON e.job_id = j.id AND e.type = 'started' "
                "WHERE j.task_name = 'monitor.poll' "
                "AND e.at BETWEEN to_timestamp(:began) AND to_timestamp(:ended)"
            ),
            {"began": began, "ended": ended},
        ).scalars()
        values = sorted(float(v) for v in late)
    if len(values) < 2:
        return 0.0
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=int, default=2000)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--workers", default="1,2,4,8")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--item-every", type=int, default=ITEM_EVERY)
    parser.add_argument("--first-items", type=int, default=0)
    parser.add_argument("--warmup", type=float, default=20.0)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--drain", type=float, default=120.0)
    parser.add_argument("--kill-workers", type=int, default=4)
    parser.add_argument("--kill-seconds", type=float, default=60.0)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()

    ports: Any = multiprocessing.Queue()
    server = multiprocessing.Process(
        target=serve_fixture, args=(ports, args.item_every, args.first_items), daemon=True
    )
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=30)}"
    print(
        f"{args.sources} feeds every {args.interval:g}s (offered {args.sources / args.interval:.0f}"
        f" polls/s), 100–300 ms a response; {args.concurrency} tasks per worker; "
        f"{os.cpu_count()} CPUs"
    )
    results = []
    with tempfile.TemporaryDirectory(prefix="scale-") as workdir:
        bench = Bench(args, base, Path(workdir))
        for count in (int(n) for n in args.workers.split(",") if n):
            results.append(bench.run(f"w{count}", count))
            print(results[-1].line(), flush=True)
        if args.kill_workers:
            results.append(bench.run(f"w{args.kill_workers}kill", args.kill_workers, kills=True))
            print(results[-1].line(), flush=True)
    by_count = {r.workers: r for r in results if not r.kills}
    if 1 in by_count and 4 in by_count:
        ratio = by_count[4].polls_per_s / by_count[1].polls_per_s
        print(f"throughput 4 workers / 1 worker: {ratio:.1f}x")
    server.terminate()


if __name__ == "__main__":
    main()
