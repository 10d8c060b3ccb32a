"""Poll cost: 1,000 sources on a local HTTP server, 5% of them changing per cycle.

200 crypto price endpoints (`crypto_spot`, Coinbase-shaped JSON at a provider URL override),
400 newsroom listing pages (`html_page`, ~20 KB each, a new item links to a release page) and
400 feeds (`feed`, ~20 KB each, half Atom, half RSS 2.0, entries carry their full text). The
server runs in its own process (its CPU is not the monitor's) and answers conditional
requests: every resource has an ETag and a Last-Modified, so an unchanged source costs a 304.

The monitor is the real one — `build_monitor` on a generated monitor.yaml, a temporary SQLite
database, the shipped rules — and each source is polled through `Pipeline.poll_source` on a
pool of 8 threads, the size of the `monitor run` scheduler's pool, with malloc arenas limited
as `monitor run` limits them (monitor/memory.py). The per-host limiter is set high so it is
not what is measured.

Cycles: a warm-up (every source new: the baseline poll), then a cycle with 5% of the sources
changed, then --repeat (3) with nothing changed (every request a 304; the median is
reported). Figures per cycle: wall time, process CPU (all threads), CPU per source, requests /
304s / bytes received (FetchStats); and the process's peak RSS at the end.

Then the monitor is restarted (a new process on the same database, as `monitor run` after a
deploy) and runs a 5% cycle and the unchanged ones: its peak RSS is the steady state of a
long-running monitor, without the first start's parsing of every page.

    python -m benchmarks.poll [--prices 200] [--pages 400] [--feeds 400] [--change 0.05]
                              [--workers 8] [--repeat 3] [--profile out.prof] [--pin]

(--pin runs the server on the second core and the monitor, restarted one included, on the
first: the monitor's threads then hand the GIL to each other on one core, as they would not
across two; it shows what that handing over costs.)

(--profile writes a cProfile of the measured cycles; cProfile sees only the thread it runs
in, so use it with --workers 1.)
"""

from __future__ import annotations

import argparse
import cProfile
import json
import multiprocessing
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path
from typing import Any

import requests

from benchmarks.fixture import (
    WORDS,
    FixtureHandler,
    memory_mb,
    newsroom,
    price_body,
    start_server,
    stop_server,
    words_from,
)
from monitor.app import Monitor, build_monitor
from monitor.config import load_settings, shipped_rules_dir
from monitor.memory import limit_malloc_arenas

PAGE_BYTES = 20_000
ITEMS_PER_PAGE = 10
EPOCH = 1_767_225_600  # 2026-01-01T00:00:00Z: Last-Modified of version 0


# --- the site: deterministic documents per (kind, index, version) -------------------------


def _prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _item_date(version: int, position: int) -> str:
    day = 1 + (version - position) % 28
    return f"2026-01-{day:02d}"


def page_body(index: int, version: int) -> bytes:
    """An IR newsroom: nav, then ITEMS_PER_PAGE items (newest first), padded to ~20 KB."""
    rng = random.Random(index)
    filler = _prose(rng, 180)
    items = []
    for position in range(ITEMS_PER_PAGE):
        number = version + ITEMS_PER_PAGE - position  # a new version adds one item on top
        items.append(
            '<article class="news-item">'
            f'<span class="date">{_item_date(number, 0)}</span>'
            f'<h3><a href="/page/{index}/r/{number}">Company {index} release {number}: '
            f"{words_from(number, 8)}</a></h3>"
            f"<p>{filler}</p></article>\n"
        )
    return newsroom(index, items, PAGE_BYTES)


def release_body(index: int, number: int) -> bytes:
    rng = random.Random(index * 100_003 + number)
    paragraphs = "".join(f"<p>{_prose(rng, 60)}</p>" for _ in range(6))
    return (
        "<!DOCTYPE html><html><body><article>"
        f"<h1>Company {index} release {number}</h1>{paragraphs}"
        "<table><tr><td>Metric</td><td>Value</td></tr>"
        f"<tr><td>Units produced</td><td>{number * 7}</td></tr></table>"
        "</article></body></html>"
    ).encode()


def feed_body(index: int, version: int) -> bytes:
    """Atom for even indices, RSS 2.0 for odd ones; full content in each entry."""
    rng = random.Random(index)
    filler = _prose(rng, 150)
    atom = index % 2 == 0
    entries = []
    for position in range(ITEMS_PER_PAGE):
        number = version + ITEMS_PER_PAGE - position
        title = f"Feed {index} item {number}"
        link = f"http://feeds.local/feed/{index}/item/{number}"
        when = f"{_item_date(number, 0)}T12:00:00Z"
        content = f"&lt;p&gt;{filler}&lt;/p&gt;&lt;p&gt;Item {number} units {number * 3}.&lt;/p&gt;"
        if atom:
            entries.append(
                f"<entry><id>tag:feeds.local,2026:{index}/{number}</id><title>{title}</title>"
                f'<link rel="alternate" href="{link}"/><published>{when}</published>'
                f"<updated>{when}</updated><summary>{title} summary</summary>"
                f'<content type="html">{content}</content></entry>'
            )
        else:
            entries.append(
                f"<item><guid>feed-{index}-{number}</guid><title>{title}</title>"
                f"<link>{link}</link><pubDate>{_rfc822(number)}</pubDate>"
                f"<description>{title} summary</description>"
                f"<content:encoded>{content}</content:encoded></item>"
            )
    body = "".join(entries)
    if atom:
        xml = (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Feed {index}</title><id>tag:feeds.local,2026:{index}</id>{body}</feed>"
        )
    else:
        xml = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Feed {index}</title><link>http://feeds.local/</link>{body}</channel></rss>"
        )
    pad = max(0, PAGE_BYTES - len(xml) - 10)
    return (xml + f"<!--{'x' * pad}-->").encode()


def _rfc822(number: int) -> str:
    day = 1 + number % 28
    weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(day - 1) % 7]
    return f"{weekday}, {day:02d} Jan 2026 12:00:00 GMT"


@dataclass
class _Resource:
    version: int = 0
    cache: tuple[int, bytes, str, str] | None = None  # version, body, etag, last-modified


class Site:
    """Every resource's current version; `advance` bumps a random fraction of them."""

    def __init__(self, prices: int, pages: int, feeds: int) -> None:
        self.lock = threading.Lock()
        self.resources: dict[tuple[str, int], _Resource] = {}
        for kind, count in (("price", prices), ("page", pages), ("feed", feeds)):
            for index in range(count):
                self.resources[(kind, index)] = _Resource()
        self.counts = {"200": 0, "304": 0, "404": 0}

    def advance(self, fraction: float, seed: int) -> int:
        keys = sorted(self.resources)
        chosen = random.Random(seed).sample(keys, round(len(keys) * fraction))
        with self.lock:
            for key in chosen:
                self.resources[key].version += 1
        return len(chosen)

    def current(self, kind: str, index: int) -> tuple[bytes, str, str] | None:
        with self.lock:
            found = self.resources.get((kind, index))
            if found is None:
                return None
            version = found.version
            if found.cache is None or found.cache[0] != version:
                maker = {"price": price_body, "page": page_body, "feed": feed_body}[kind]
                modified = formatdate(EPOCH + version * 60, usegmt=True)
                etag = f'"{kind}-{index}-v{version}"'
                found.cache = (version, maker(index, version), etag, modified)
            return found.cache[1], found.cache[2], found.cache[3]


CONTENT_TYPES = {
    "price": "application/json",
    "page": "text/html; charset=utf-8",
    "feed": "application/xml",
}


def site_handler(prices: int, pages: int, feeds: int) -> type[FixtureHandler]:
    """The server's handler, over a Site of its own (built in the server's process)."""
    site = Site(prices, pages, feeds)

    class Handler(FixtureHandler):
        def do_POST(self) -> None:  # control: /_advance?fraction=0.05&seed=1
            if self.path.startswith("/_advance"):
                query = self.query()
                changed = site.advance(float(query["fraction"]), int(query["seed"]))
                self.send(200, json.dumps({"changed": changed}).encode(), {})
            else:  # /_stats
                self.send(200, json.dumps(site.counts).encode(), {})

        def do_GET(self) -> None:
            parts = self.path.strip("/").split("/")
            if len(parts) == 4 and parts[0] == "page" and parts[2] == "r":
                body = release_body(int(parts[1]), int(parts[3]))
                self._count("200")
                self.send(200, body, {"Content-Type": "text/html; charset=utf-8"})
                return
            found = site.current(parts[0], int(parts[1])) if len(parts) == 2 else None
            if found is None:
                self._count("404")
                self.send(404, b"not found", {})
                return
            body, etag, modified = found
            if self.headers.get("If-None-Match") == etag:
                self._count("304")
                self.send(304, b"", {"ETag": etag, "Last-Modified": modified})
                return
            self._count("200")
            headers = {"Content-Type": CONTENT_TYPES[parts[0]], "ETag": etag}
            self.send(200, body, {**headers, "Last-Modified": modified})

        def _count(self, key: str) -> None:
            with site.lock:
                site.counts[key] += 1

    return Handler


# --- the monitor -----------------------------------------------------------------------------


def migrate(url: str) -> None:
    """Create the schema (run in a child process, as `monitor db upgrade` would be)."""
    from monitor.store.db import make_engine, upgrade

    upgrade(make_engine(url))


def write_config(directory: Path, base: str, prices: int, pages: int, feeds: int) -> Path:
    lines = [
        f'database_url: "sqlite:///{directory / "bench.db"}"',
        f'rules: ["{shipped_rules_dir()}"]',
        "http: {requests_per_second_per_host: 1000000, max_retries: 0}",
        "sources:",
    ]
    for index in range(prices):
        lines.append(
            f"  - {{id: price-{index}, kind: crypto_spot, symbol: C{index}-USD, "
            f'providers: [{{name: coinbase, url: "{base}/price/{index}"}}]}}'
        )
    for index in range(pages):
        lines.append(
            f"  - {{id: page-{index}, kind: html_page, entity: P{index}, "
            f'url: "{base}/page/{index}"}}'
        )
    for index in range(feeds):
        lines.append(
            f'  - {{id: feed-{index}, kind: feed, entity: F{index}, url: "{base}/feed/{index}"}}'
        )
    path = directory / "monitor.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def reset_peak_memory() -> bool:
    """Start a new VmHWM high-water mark (Linux ≥ 4.0), so a later peak excludes warm-up."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


@dataclass
class Cycle:
    name: str
    sources: int
    wall_s: float
    cpu_s: float
    requests: int
    not_modified: int
    bytes_received: int
    errors: int
    new_events: int
    rss_mb: float = 0.0
    peak_mb: float = 0.0

    def lines(self) -> list[str]:
        return [
            f"{self.name}: {self.sources} sources in {self.wall_s:.2f} s wall, "
            f"{self.cpu_s * 1000:.0f} ms CPU = "
            f"{self.cpu_s * 1000 / self.sources:.2f} ms CPU/source",
            f"    {self.requests} requests, {self.not_modified} answered 304, "
            f"{self.bytes_received / 1e6:.2f} MB received, {self.new_events} new events, "
            f"{self.errors} failed polls; RSS {self.rss_mb:.0f} MB after, "
            f"peak {self.peak_mb:.0f} MB",
        ]


def _outcome(monitor: Monitor, source_id: str) -> tuple[str, str | None, int]:
    """Poll one source and keep only what the cycle counts. The scheduler drops each report
    after logging it; holding 1,000 of them (with every new event) would add their memory to
    the RSS being measured."""
    report = monitor.pipeline.poll_source(source_id, force=True)
    return report.source_id, report.error, len(report.new_events)


def run_cycle(monitor: Monitor, name: str, workers: int) -> Cycle:
    ids = monitor.enabled_source_ids()
    stats = monitor.fetcher.stats
    before = (stats.requests, stats.not_modified, stats.bytes_received)
    cpu, wall = time.process_time(), time.perf_counter()
    if workers == 1:  # in this thread, so that --profile sees the polls
        outcomes = [_outcome(monitor, sid) for sid in ids]
    else:
        with ThreadPoolExecutor(workers) as pool:
            outcomes = list(pool.map(lambda sid: _outcome(monitor, sid), ids))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    failed = [(sid, error) for sid, error, _ in outcomes if error]
    for source_id, error in failed[:5]:
        print(f"    error: {source_id}: {error}")
    memory = memory_mb()
    return Cycle(
        name,
        len(ids),
        wall,
        cpu,
        stats.requests - before[0],
        stats.not_modified - before[1],
        stats.bytes_received - before[2],
        len(failed),
        sum(count for _, _, count in outcomes),
        memory.get("VmRSS", 0.0),
        memory.get("VmHWM", 0.0),
    )


def unchanged_cpu(label: str, cycles: list[Cycle]) -> str:
    """The median of the all-304 cycles (CPU time on a shared 2-core machine varies by a
    quarter from run to run), with the spread."""
    per_source = sorted(c.cpu_s * 1000 / c.sources for c in cycles if "nothing changed" in c.name)
    median = statistics.median(per_source)
    return (
        f"{label}: {median:.2f} ms (median of {len(per_source)} cycles where every source "
        f"answered 304; {per_source[0]:.2f}–{per_source[-1]:.2f})"
    )


def restarted(config: Path, base: str, change: float, workers: int, repeat: int, out: Any) -> None:
    """A fresh process on the same database, as after a restart of a long-running monitor:
    every source has its state and validators, so there is no mass of first-time parsing."""
    limit_malloc_arenas()
    monitor = build_monitor(load_settings(config))
    requests.post(f"{base}/_advance?fraction={change}&seed=2", timeout=10)
    cycles = [
        run_cycle(monitor, f"after restart: cycle ({change:.0%} changed)", workers),
    ]
    cycles += [
        run_cycle(monitor, f"after restart: cycle (nothing changed) #{n + 1}", workers)
        for n in range(repeat)
    ]
    monitor.close()
    out.put((cycles, memory_mb().get("VmHWM", 0.0)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prices", type=int, default=200)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--feeds", type=int, default=400)
    parser.add_argument("--change", type=float, default=0.05)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3, help="unchanged cycles to run")
    parser.add_argument("--profile", help="write a cProfile of the measured cycles here")
    parser.add_argument("--pin", action="store_true", help="server on core 1, monitor on core 0")
    args = parser.parse_args()

    limit_malloc_arenas()  # as `monitor run` does before it starts any thread
    spawn = multiprocessing.get_context("spawn")
    server, base = start_server(site_handler, args.prices, args.pages, args.feeds)
    if args.pin:
        assert server.pid is not None
        os.sched_setaffinity(server.pid, {1})
        os.sched_setaffinity(0, {0})  # inherited by the restarted monitor's process
    control = requests.Session()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            config = write_config(Path(scratch), base, args.prices, args.pages, args.feeds)
            settings = load_settings(config)
            # The schema is created beforehand, as for a restart of a running monitor: the
            # monitor process itself then never loads Alembic.
            child = spawn.Process(target=migrate, args=(settings.database_url,))
            child.start()
            child.join()
            started = time.perf_counter()
            monitor = build_monitor(settings)
            print(f"build_monitor: {time.perf_counter() - started:.2f} s")
            print(f"RSS after build_monitor: {memory_mb().get('VmRSS', 0):.0f} MB")
            cycles = [run_cycle(monitor, "warm-up (all new)", args.workers)]
            steady_peak = reset_peak_memory()
            profiler = cProfile.Profile() if args.profile else None
            changed = control.post(f"{base}/_advance?fraction={args.change}&seed=1").json()
            if profiler:
                profiler.enable()
            name = f"cycle ({changed['changed']} changed, {args.change:.0%})"
            cycles.append(run_cycle(monitor, name, args.workers))
            cycles += [
                run_cycle(monitor, f"cycle (nothing changed) #{n + 1}", args.workers)
                for n in range(args.repeat)
            ]
            if profiler:
                profiler.disable()
                profiler.dump_stats(args.profile)
            monitor.close()
            results: Any = spawn.Queue()
            child = spawn.Process(
                target=restarted,
                args=(config, base, args.change, args.workers, args.repeat, results),
            )
            child.start()
            after_restart, restart_peak_mb = results.get(timeout=600)
            child.join()
        served = control.post(f"{base}/_stats").json()
    finally:
        stop_server(server)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    steady_mb = max(c.peak_mb for c in cycles[1:])
    print(f"workers: {args.workers} threads (the scheduler's pool size)")
    print("alembic loaded in the monitor process:", "alembic" in sys.modules)
    for cycle in cycles:
        print("\n".join(cycle.lines()))
    print(unchanged_cpu("CPU per unchanged source", cycles))
    print(f"peak RSS (monitor process, ru_maxrss, warm-up included): {peak_mb:.0f} MB")
    if steady_peak:
        print(f"peak RSS in the measured cycles (VmHWM reset after warm-up): {steady_mb:.0f} MB")
    for cycle in after_restart:
        print("\n".join(cycle.lines()))
    print(unchanged_cpu("CPU per unchanged source after restart", after_restart))
    print(f"peak RSS of the restarted monitor process (VmHWM): {restart_peak_mb:.0f} MB")
    print(f"server answered: {served}")


if __name__ == "__main__":
    main()
