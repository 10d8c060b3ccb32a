"""`monitor run` against urlwatch 2.29 on one local fixture, interleaved (issue 17).

The fixture (a server in its own process, so its CPU is neither tool's) has, for N:
- N press-release listing pages of ~20 KB and 70 rows each, served with an ETag and a
  Last-Modified (an unchanged page answers 304) at /etag/page/i;
- the same N pages with no validators at all (every poll a full 200) at /plain/page/i;
- N Coinbase-shaped JSON prices with an ETag at /price/i.

For each workload, the real `monitor run` (a subprocess, SQLite, a generated monitor.yaml
with one source per URL at interval I, `follow_links: false` so that it fetches what
urlwatch fetches: the listing only) is started and runs its first start (every source new:
the baseline parse, every row stored), then urlwatch's first run on the same URLs. Then,
--cycles times: 5 % of that workload's URLs change; the monitor's CPU is measured over one
interval (each source polls once in any interval); then urlwatch runs once (it sees the
same 5 % changed since its last run). CPU per URL = CPU of the process ÷ requests it made
(the server counts them by User-Agent). urlwatch's figure is given with and without its
start-up (a run with no jobs, measured once), and the ratio is taken against the figure
without it, the stricter comparison for the monitor. The monitor's figure includes all its
own overhead in the window (scheduler, dispatcher and bookkeeping ticks).

Also printed: wall time per cycle (the monitor spreads its polls over the interval by design;
urlwatch's is the run's), peak RSS (the monitor's VmHWM, urlwatch's ru_maxrss), the
monitor's polls late and missed (from its database; the first start separately), and the
time a SIGTERM takes to stop it (at the end of the run, and in the middle of a burst: N new
pages at a 5 s interval, stopped once 200 have been polled). With the no-validator pages,
5 extra price sources cross a price_cross rule at points spread over the first start, and a
webhook goes to the fixture: the time from the poll that fetched the crossing price to the
webhook's arrival is the alert delivery during the burst. Idle CPU: a monitor with N
sources at a one-day interval, over 20 s after its first start (none is due then).

urlwatch is installed from PyPI into a dedicated venv (default
~/.cache/signal-monitor-bench/urlwatch-2.29: `python3 -m venv` then `pip install
urlwatch==2.29`), unless --urlwatch names an executable.

    python -m benchmarks.versus_urlwatch --sizes 200,1000 [--cycles 3] [--interval 0]
        [--workloads etag,plain,price] [--urlwatch PATH]

(--interval 0: I = max(20, N × 0.03) s, i.e. 20 s, 30 s and 150 s at N = 200, 1,000, 5,000.)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Any

import requests

from benchmarks.fixture import (
    FixtureHandler,
    memory_mb,
    newsroom,
    price_body,
    process_cpu,
    start_server,
    stop_server,
    words_from,
)

ROWS = 70
PAGE_BYTES = 20_000
CHANGED = 0.05
ALERT_SOURCES = 5
ALERT_LEVEL = 150.0
URLWATCH_VERSION = "2.29"
DEFAULT_URLWATCH_VENV = Path.home() / ".cache" / "signal-monitor-bench" / "urlwatch-2.29"
WORKLOADS = {
    "etag": "pages, server sends ETag (unchanged → 304)",
    "plain": "pages, no validators (every page a full 200)",
    "price": "JSON prices, ETag on",
}
# --- the fixture ------------------------------------------------------------------------------


def page_body(index: int, version: int) -> bytes:
    """A newsroom: ROWS releases, newest first; a new version adds one on top."""
    rows = []
    for position in range(ROWS):
        number = version + ROWS - position
        day = 1 + number % 28
        words = words_from(number, 7)
        rows.append(
            f'<article class="news-item"><span class="date">2026-01-{day:02d}</span>'
            f'<h3><a href="/page/{index}/r/{number}">Company {index} release {number}: '
            f"{words}</a></h3><p>{words.capitalize()} for the period.</p></article>\n"
        )
    return newsroom(index, rows, PAGE_BYTES)


class Fixture:
    """Every resource's version; counts of requests per (kind, client); alert timings."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.lock = threading.Lock()
        self.versions: dict[str, list[int]] = {kind: [0] * size for kind in WORKLOADS}
        self.cache: dict[tuple[str, int], tuple[int, bytes]] = {}
        self.counts: dict[str, int] = {}
        self.flip_at: list[float] = []  # alert source j answers above the level from then
        self.served_low: set[int] = set()  # alert sources that have been answered low
        self.served_high: dict[int, float] = {}  # j -> when the first high price was served
        self.hooks: dict[int, float] = {}  # j -> when its webhook arrived

    def advance(self, kind: str, fraction: float, seed: int) -> int:
        chosen = random.Random(seed).sample(range(self.size), round(self.size * fraction))
        with self.lock:
            for index in chosen:
                self.versions[kind][index] += 1
        return len(chosen)

    def body(self, kind: str, index: int) -> tuple[int, bytes]:
        with self.lock:
            version = self.versions[kind][index]
            cached = self.cache.get((kind, index))
            if cached is None or cached[0] != version:
                maker = price_body if kind == "price" else page_body
                cached = self.cache[(kind, index)] = (version, maker(index, version))
            return cached

    def count(self, key: str) -> None:
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1


def fixture_handler(size: int) -> type[FixtureHandler]:
    """The server's handler, over a Fixture of its own (built in the server's process)."""
    fixture = Fixture(size)

    class Handler(FixtureHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length) if length else b""
            path, params = self.path.partition("?")[0], self.query()
            if path == "/_hook":
                text = data.decode("utf-8", "replace")
                arrived = time.time()
                with fixture.lock:
                    for j in range(len(fixture.flip_at)):
                        if f"A{j}-USD" in text:
                            fixture.hooks.setdefault(j, arrived)
                self.send(200, b"{}", {})
            elif path == "/_advance":
                changed = fixture.advance(params["kind"], float(params["fraction"]),
                                          int(params["seed"]))  # fmt: skip
                self.send(200, json.dumps({"changed": changed}).encode(), {})
            elif path == "/_flip":
                with fixture.lock:
                    fixture.flip_at = json.loads(data)
                    fixture.served_low.clear()
                    fixture.served_high.clear()
                    fixture.hooks.clear()
                self.send(200, b"{}", {})
            else:  # /_stats
                with fixture.lock:
                    stats = {
                        "counts": dict(fixture.counts),
                        "served_high": fixture.served_high,
                        "hooks": fixture.hooks,
                    }
                self.send(200, json.dumps(stats).encode(), {})

        def do_GET(self) -> None:
            parts = self.path.strip("/").split("/")
            client = (
                "urlwatch" if "urlwatch" in (self.headers.get("User-Agent") or "") else "monitor"
            )
            if parts[0] == "alert":
                self._alert(int(parts[1]))
                return
            if parts[0] in ("etag", "plain") and len(parts) == 3:
                kind, index = parts[0], int(parts[2])
            elif parts[0] == "price" and len(parts) == 2:
                kind, index = "price", int(parts[1])
            else:
                self.send(404, b"not found", {})
                return
            fixture.count(f"{kind}:{client}")
            version, body = fixture.body(kind, index)
            content_type = "application/json" if kind == "price" else "text/html; charset=utf-8"
            headers = {"Content-Type": content_type}
            if kind != "plain":
                etag = f'"{kind}-{index}-v{version}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send(304, b"", {"ETag": etag})
                    return
                headers["ETag"] = etag
                headers["Last-Modified"] = formatdate(1_767_225_600 + version * 60, usegmt=True)
            self.send(200, body, headers)

        def _alert(self, j: int) -> None:
            now = time.time()
            with fixture.lock:
                # High only once the source has seen a low price (its baseline poll): a
                # crossing needs a price before it.
                high = j in fixture.served_low and now >= fixture.flip_at[j]
                if high:
                    fixture.served_high.setdefault(j, now)
                elif j < len(fixture.flip_at):
                    fixture.served_low.add(j)
            amount = ALERT_LEVEL + 50 if high else ALERT_LEVEL - 50
            body = json.dumps({"data": {"amount": f"{amount:.2f}", "base": f"A{j}",
                                        "currency": "USD"}}).encode()  # fmt: skip
            self.send(200, body, {"Content-Type": "application/json", "ETag": f'"a{j}-{high}"'})

    return Handler


# --- measuring processes ----------------------------------------------------------------------


def run_measured(command: list[str], **kwargs: Any) -> tuple[float, float, float]:
    """Run to completion: (wall s, CPU s, peak RSS MB) of the child."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # urlwatch exits 1 on errors it reports
        raise RuntimeError(f"{command[0]} failed: {child.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
    child.stderr.close()  # type: ignore[union-attr]
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


# --- urlwatch -----------------------------------------------------------------------------------


def ensure_urlwatch(explicit: str | None) -> str:
    if explicit:
        return explicit
    executable = DEFAULT_URLWATCH_VENV / "bin" / "urlwatch"
    if not executable.exists():
        print(f"installing urlwatch {URLWATCH_VERSION} from PyPI into {DEFAULT_URLWATCH_VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(DEFAULT_URLWATCH_VENV)], check=True)
        pip = str(DEFAULT_URLWATCH_VENV / "bin" / "pip")
        subprocess.run([pip, "install", "-q", f"urlwatch=={URLWATCH_VERSION}"], check=True)
    return str(executable)


class Urlwatch:
    def __init__(self, executable: str, directory: Path, urls: list[str]) -> None:
        self.executable = executable
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        jobs = [f'name: "u{n}"\nurl: "{url}"\n' for n, url in enumerate(urls)]
        (directory / "urls.yaml").write_text("---\n".join(jobs), encoding="utf-8")

    def command(self, urls: str = "urls.yaml") -> list[str]:
        d = self.directory
        return [self.executable, "--config", str(d / "urlwatch.yaml"), "--urls", str(d / urls),
                "--cache", str(d / "cache.db")]  # fmt: skip

    def run(self) -> tuple[float, float, float]:
        return run_measured(self.command())

    def startup_cpu(self) -> float:
        """CPU of a run with no jobs: what every run pays before its first URL."""
        (self.directory / "none.yaml").write_text("", encoding="utf-8")
        samples = [run_measured(self.command("none.yaml"))[1] for _ in range(3)]
        return statistics.median(samples)


# --- the monitor ----------------------------------------------------------------------------------


def monitor_config(
    directory: Path, base: str, kind: str, size: int, interval: float, with_alerts: bool
) -> Path:
    rules = directory / "rules"
    rules.mkdir(parents=True, exist_ok=True)
    rule_lines = ["rules:"]
    for j in range(ALERT_SOURCES if with_alerts else 0):
        rule_lines += [
            f"  - id: cross-{j}",
            f"    entity: A{j}-USD",
            f"    condition: {{kind: price_cross, direction: above, level: {ALERT_LEVEL}}}",
            '    title: "{{ entity }} above {{ level }}"',
        ]
    if len(rule_lines) == 1:
        rule_lines = ["rules: []"]
    (rules / "bench.yaml").write_text("\n".join(rule_lines) + "\n", encoding="utf-8")
    lines = [
        f'database_url: "sqlite:///{directory / "monitor.db"}"',
        f'rules: ["{rules}"]',
        "http: {requests_per_second_per_host: 1000000, max_retries: 0}",
        "scheduler: {dispatch_interval_seconds: 10}",
        f'channels: [{{name: hook, kind: webhook, url: "{base}/_hook"}}]',
        "sources:",
    ]
    for index in range(size):
        if kind == "price":
            lines.append(
                f"  - {{id: price-{index}, kind: crypto_spot, symbol: C{index}-USD, "
                f"interval_seconds: {interval}, "
                f'providers: [{{name: coinbase, url: "{base}/price/{index}"}}]}}'
            )
        else:
            lines.append(
                f"  - {{id: page-{index}, kind: html_page, entity: P{index}, "
                f"interval_seconds: {interval}, follow_links: false, max_new_per_poll: 100, "
                f'url: "{base}/{kind}/page/{index}"}}'
            )
    for j in range(ALERT_SOURCES if with_alerts else 0):
        lines.append(
            f"  - {{id: alert-{j}, kind: crypto_spot, symbol: A{j}-USD, interval_seconds: 10, "
            f'providers: [{{name: coinbase, url: "{base}/alert/{j}"}}]}}'
        )
    path = directory / "monitor.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class MonitorRun:
    """`monitor run` as a subprocess, as an operator starts it."""

    def __init__(self, config: Path) -> None:
        env = {**os.environ, "MONITOR_CONFIG": str(config), "MONITOR_LOG_LEVEL": "WARNING"}
        env.pop("MONITOR_DATABASE_URL", None)
        self.log = open(config.parent / "monitor.log", "w", encoding="utf-8")  # noqa: SIM115
        self.database = config.parent / "monitor.db"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "monitor", "run"], env=env, stdout=self.log, stderr=self.log
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def cpu(self) -> float:
        return process_cpu(self.pid)

    def stop(self) -> float:
        """SIGTERM; seconds until the process has exited."""
        started = time.perf_counter()
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(120)
        self.log.close()
        return time.perf_counter() - started

    def slips(self) -> dict[str, int]:
        """Polls, late, missed and failed, summed over the sources; "alert_missed" and
        "alert_late" for the 10-second alert sources alone."""
        with sqlite3.connect(self.database) as db:
            row = db.execute(
                "SELECT COALESCE(SUM(polls_total),0), COALESCE(SUM(polls_late),0), "
                "COALESCE(SUM(polls_missed),0), COALESCE(SUM(errors_total),0), "
                "COALESCE(SUM(CASE WHEN source_id LIKE 'alert-%' THEN polls_missed END),0), "
                "COALESCE(SUM(CASE WHEN source_id LIKE 'alert-%' THEN polls_late END),0) "
                "FROM source_state"
            ).fetchone()
        keys = ("polls", "late", "missed", "errors", "alert_missed", "alert_late")
        return dict(zip(keys, row, strict=True))


# --- the run ---------------------------------------------------------------------------------


@dataclass
class Figures:
    size: int
    kind: str
    interval: float
    first_start_s: float = 0.0
    first_start_cpu_ms: float = 0.0
    first_slips: dict[str, int] = field(default_factory=dict)
    monitor_cpu_per_url: list[float] = field(default_factory=list)
    monitor_requests: list[int] = field(default_factory=list)
    urlwatch_first: tuple[float, float, float] = (0.0, 0.0, 0.0)
    urlwatch_runs: list[tuple[float, float, float]] = field(default_factory=list)
    urlwatch_startup_cpu: float = 0.0
    monitor_peak_mb: float = 0.0
    stop_s: float = 0.0
    slips: dict[str, int] = field(default_factory=dict)
    alert_latency_ms: list[float] = field(default_factory=list)
    load: tuple[float, float] = (0.0, 0.0)  # the machine's load average at start and end

    def _of_alerts(self, slips: dict[str, int]) -> str:
        if self.kind != "plain":
            return ""
        late, missed = slips["alert_late"], slips["alert_missed"]
        return f" (of them the alert sources: late {late}, missed {missed})"

    def lines(self) -> list[str]:
        size, out = self.size, []
        monitor = statistics.median(self.monitor_cpu_per_url)
        with_start = statistics.median(cpu for _, cpu, _ in self.urlwatch_runs) * 1000 / size
        without = with_start - self.urlwatch_startup_cpu * 1000 / size
        out.append(
            f"N={size} {WORKLOADS[self.kind]} (interval {self.interval:g} s; load average "
            f"{self.load[0]:.1f} → {self.load[1]:.1f})"
        )
        out.append(
            f"  CPU per URL: monitor {monitor:.2f} ms (cycles: "
            f"{', '.join(f'{v:.2f}' for v in self.monitor_cpu_per_url)}; requests "
            f"{', '.join(map(str, self.monitor_requests))}); urlwatch {without:.2f} ms "
            f"without its start-up ({with_start:.2f} with); ratio {monitor / without:.2f}×"
        )
        walls = ", ".join(f"{wall:.1f}" for wall, _, _ in self.urlwatch_runs)
        out.append(
            f"  wall per cycle: monitor {self.interval:g} s (polls spread over the interval); "
            f"urlwatch {walls} s"
        )
        out.append(
            f"  first start: monitor polled all {size} in {self.first_start_s:.1f} s, "
            f"{self.first_start_cpu_ms / size:.2f} ms CPU/URL, late {self.first_slips['late']}, "
            f"missed {self.first_slips['missed']}{self._of_alerts(self.first_slips)}; urlwatch "
            f"first run {self.urlwatch_first[0]:.1f} s, "
            f"{self.urlwatch_first[1] * 1000 / size:.2f} ms CPU/URL"
        )
        urlwatch_peak = max(peak for _, _, peak in [self.urlwatch_first, *self.urlwatch_runs])
        out.append(
            f"  peak RSS: monitor {self.monitor_peak_mb:.0f} MB, urlwatch {urlwatch_peak:.0f} MB"
        )
        out.append(
            f"  monitor polls: {self.slips['polls']} ({self.slips['errors']} failed), late "
            f"{self.slips['late']}, missed {self.slips['missed']}{self._of_alerts(self.slips)}; "
            "SIGTERM → exit "
            f"{self.stop_s:.2f} s"
        )
        if self.alert_latency_ms:
            lat = sorted(self.alert_latency_ms)
            out.append(
                f"  alert during the first start: poll → webhook {len(lat)} alerts, median "
                f"{statistics.median(lat):.0f} ms, max {lat[-1]:.0f} ms"
            )
        return out


class Bench:
    def __init__(self, base: str, urlwatch: str, scratch: Path, cycles: int) -> None:
        self.base = base
        self.urlwatch = urlwatch
        self.scratch = scratch
        self.cycles = cycles
        self.control = requests.Session()

    def stats(self) -> dict[str, Any]:
        return self.control.post(f"{self.base}/_stats", timeout=30).json()

    def requests_by(self, kind: str, client: str) -> int:
        return int(self.stats()["counts"].get(f"{kind}:{client}", 0))

    def advance(self, kind: str, seed: int) -> None:
        url = f"{self.base}/_advance?kind={kind}&fraction={CHANGED}&seed={seed}"
        self.control.post(url, timeout=30)

    def workload(self, size: int, kind: str, interval: float) -> Figures:
        figures = Figures(size, kind, interval)
        load_at_start = os.getloadavg()[0]
        directory = self.scratch / f"{kind}-{size}"
        with_alerts = kind == "plain"
        config = monitor_config(directory, self.base, kind, size, interval, with_alerts)
        before = self.requests_by(kind, "monitor")
        started = time.time()
        if with_alerts:  # crossings spread over the first start
            flips = [
                started + interval * (j + 1) / (ALERT_SOURCES + 1) for j in range(ALERT_SOURCES)
            ]
            self.control.post(f"{self.base}/_flip", data=json.dumps(flips), timeout=30)
        run = MonitorRun(config)
        try:
            self._first_start(run, figures, kind, size, before, started)
            urls = [
                f"{self.base}/price/{n}" if kind == "price" else f"{self.base}/{kind}/page/{n}"
                for n in range(size)
            ]
            watcher = Urlwatch(self.urlwatch, directory / "urlwatch", urls)
            figures.urlwatch_startup_cpu = watcher.startup_cpu()
            figures.urlwatch_first = watcher.run()
            for cycle in range(self.cycles):
                self.advance(kind, seed=1000 * size + cycle)
                requests_before, cpu_before = self.requests_by(kind, "monitor"), run.cpu()
                time.sleep(interval)
                cpu = run.cpu() - cpu_before
                made = self.requests_by(kind, "monitor") - requests_before
                figures.monitor_requests.append(made)
                figures.monitor_cpu_per_url.append(cpu * 1000 / max(made, 1))
                figures.urlwatch_runs.append(watcher.run())
            if with_alerts:
                figures.alert_latency_ms = self._alert_latencies()
            figures.monitor_peak_mb = memory_mb(run.pid).get("VmHWM", 0.0)
        finally:
            figures.stop_s = run.stop()
        figures.slips = run.slips()
        figures.load = (load_at_start, os.getloadavg()[0])
        return figures

    def _first_start(
        self, run: MonitorRun, figures: Figures, kind: str, size: int, before: int, started: float
    ) -> None:
        deadline = started + figures.interval * 3 + 60
        while self.requests_by(kind, "monitor") - before < size:
            if time.time() > deadline or run.process.poll() is not None:
                raise RuntimeError(f"the monitor did not poll all {size} sources; see its log")
            time.sleep(0.5)
        figures.first_start_s = time.time() - started
        figures.first_start_cpu_ms = run.cpu() * 1000
        time.sleep(6)  # the bookkeeping of unchanged polls is written within 5 s
        figures.first_slips = run.slips()

    def _alert_latencies(self) -> list[float]:
        stats = self.stats()
        served, hooks = stats["served_high"], stats["hooks"]
        return [(hooks[j] - served[j]) * 1000 for j in served if j in hooks]

    def burst_stop(self, size: int) -> tuple[float, int]:
        """SIGTERM in the middle of a real burst: N new pages due within 5 s (a 5 s interval),
        so polls queue up behind the pool. (seconds to exit, polls made before the stop)."""
        directory = self.scratch / f"burst-{size}"
        config = monitor_config(directory, self.base, "plain", size, 5, False)
        before = self.requests_by("plain", "monitor")
        run = MonitorRun(config)
        deadline = time.time() + 120
        while self.requests_by("plain", "monitor") - before < min(200, size // 4):
            if time.time() > deadline or run.process.poll() is not None:
                break
            time.sleep(0.2)
        made = self.requests_by("plain", "monitor") - before
        return run.stop(), made

    def idle_cpu(self, size: int) -> float:
        """CPU % of one core used by a monitor whose N sources are all far from due: after
        its first start (the first polls, 20 a second), nothing is due for a day."""
        directory = self.scratch / f"idle-{size}"
        config = monitor_config(directory, self.base, "etag", size, 86_400, False)
        before = self.requests_by("etag", "monitor")
        run = MonitorRun(config)
        try:
            deadline = time.time() + 600
            while self.requests_by("etag", "monitor") - before < size:
                if time.time() > deadline or run.process.poll() is not None:
                    raise RuntimeError("the idle monitor did not make its first polls")
                time.sleep(0.5)
            time.sleep(6)  # the bookkeeping of the last first polls is written within 5 s
            cpu, wall = run.cpu(), time.perf_counter()
            time.sleep(20)
            return (run.cpu() - cpu) / (time.perf_counter() - wall) * 100
        finally:
            run.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000")
    parser.add_argument("--cycles", type=int, default=3)
    parser.add_argument("--interval", type=float, default=0.0, help="0: max(20, N × 0.03)")
    parser.add_argument("--workloads", default="etag,plain,price")
    parser.add_argument("--urlwatch", help="an urlwatch executable (default: install 2.29)")
    args = parser.parse_args()
    urlwatch = ensure_urlwatch(args.urlwatch)
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"started {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}; load average "
          f"{os.getloadavg()[0]:.2f}; urlwatch {urlwatch}")  # fmt: skip
    for size in sizes:
        server, base = start_server(fixture_handler, size)
        interval = args.interval or max(20.0, size * 0.03)
        try:
            with tempfile.TemporaryDirectory() as scratch:
                bench = Bench(base, urlwatch, Path(scratch), args.cycles)
                for kind in args.workloads.split(","):
                    for line in bench.workload(size, kind, interval).lines():
                        print(line, flush=True)
                stop_s, made = bench.burst_stop(size)
                print(f"N={size} SIGTERM during a first-start burst (after {made} polls): exit "
                      f"in {stop_s:.2f} s", flush=True)  # fmt: skip
                print(f"N={size} idle CPU of the monitor (all sources far from due): "
                      f"{bench.idle_cpu(size):.2f} % of a core", flush=True)  # fmt: skip
        finally:
            stop_server(server)
    print(f"ended {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}; load average "
          f"{os.getloadavg()[0]:.2f}; benchmark process peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
