"""The PostgreSQL cluster (`monitor worker`, procrastinate): tasks that run twice change
nothing, one schedule for all deferrers, one poll of a source at a time, one sender per
delivery, and the queue's schema installed by `monitor db upgrade`."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, inspect, select, text

from monitor.app import Monitor
from monitor.cli import main
from monitor.clock import SystemClock
from monitor.cluster import queue
from monitor.cluster.deferrer import Deferrer
from monitor.cluster.jobs import ClusterJobs
from monitor.slots import SlotTrigger
from monitor.store.db import make_engine
from monitor.store.tables import Alert, Delivery, Event
from tests.conftest import POSTGRES_URL
from tests.helpers import monitor_from, wait_for, write
from tests.servers import LocalServer, Received, Reply, WebhookReceiver

RULE = """\
rules:
  - id: release
    entity: "*"
    condition: {kind: new_event, event: press_release}
"""
QUEUE_TABLES = (
    "procrastinate_events",
    "procrastinate_periodic_defers",
    "procrastinate_jobs",
    "procrastinate_workers",
)


def feed(source: str, items: int) -> bytes:
    entries = "".join(
        f"<item><guid>{source}-{n}</guid><title>{source} release {n}</title>"
        f"<link>http://feeds.local/{source}/{n}</link>"
        f"<pubDate>Mon, 02 Feb 2026 10:00:0{n} GMT</pubDate>"
        f"<content:encoded>{source} announces {n}.</content:encoded></item>"
        for n in range(1, items + 1)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>F</title>'
        f"<link>http://feeds.local/</link>{entries}</channel></rss>"
    ).encode()


def cluster_config(
    tmp_path: Path, db_url: str, server: LocalServer, hook: str, sources: dict[str, float]
) -> Path:
    """Feeds `/feed/<id>` of `server`, each at its interval, alerting every release."""
    write(tmp_path / "rules" / "releases.yaml", RULE)
    listed = "".join(
        f"  - {{id: {sid}, kind: feed, entity: {sid.upper()}, url: '{server.url}/feed/{sid}', "
        f"interval_seconds: {interval}, alert_on_first_poll: true}}\n"
        for sid, interval in sources.items()
    )
    return write(
        tmp_path / "monitor.yaml",
        f'database_url: "{db_url}"\n'
        "rules: [rules]\n"
        "http: {requests_per_second_per_host: 1000, max_retries: 0}\n"
        "scheduler: {jitter_seconds: 0, dispatch_interval_seconds: 0.5}\n"
        "delivery: {first_retry_seconds: 1}\n"
        f"channels:\n  - {{name: hook, kind: webhook, url: '{hook}'}}\n"
        f"sources:\n{listed}",
    )


@pytest.fixture
def cluster_url(pg_url: str) -> str:
    """The migrated test database, its queue emptied too."""
    engine = make_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {', '.join(QUEUE_TABLES)} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return pg_url


@pytest.fixture
def servers() -> Iterator[tuple[LocalServer, WebhookReceiver]]:
    with LocalServer() as server, WebhookReceiver() as receiver:
        yield server, receiver


def stored_counts(monitor: Monitor) -> tuple[int, int, int]:
    with monitor.sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(Event)) or 0,
            session.scalar(select(func.count()).select_from(Alert)) or 0,
            session.scalar(select(func.count()).select_from(Delivery)) or 0,
        )


def test_a_poll_task_run_twice_changes_nothing(
    tmp_path: Path, cluster_url: str, servers: tuple[LocalServer, WebhookReceiver]
) -> None:
    server, receiver = servers
    server.routes["/feed/acme"] = Reply(200, feed("acme", 2))
    config = cluster_config(tmp_path, cluster_url, server, receiver.hook_url, {"acme": 60})
    monitor = monitor_from(config, SystemClock())
    jobs, slot = ClusterJobs(monitor), datetime.now(UTC)
    try:
        assert jobs.poll("acme", slot) is True  # two releases: two alerts
        first = stored_counts(monitor)
        # The same job again, as after a worker died before procrastinate marked it done.
        assert jobs.poll("acme", slot) is False
        assert stored_counts(monitor) == first == (2, 2, 2)
        jobs.dispatch()
        jobs.dispatch()
    finally:
        monitor.close()
    assert len(receiver.deliveries()) == 2
    assert len(server.received("/feed/acme")) == 2  # both runs really polled


def test_one_delivery_has_one_sender_across_concurrent_dispatch_tasks(
    tmp_path: Path, cluster_url: str, servers: tuple[LocalServer, WebhookReceiver]
) -> None:
    server, receiver = servers
    server.routes["/feed/acme"] = Reply(200, feed("acme", 3))
    slow_hook = receiver.routes["/hook"]

    def slowly(request: Received) -> Reply:
        time.sleep(0.2)  # the other dispatch runs while this one sends
        return slow_hook(request)  # type: ignore[operator]

    receiver.routes["/hook"] = slowly
    config = cluster_config(tmp_path, cluster_url, server, receiver.hook_url, {"acme": 60})
    workers = [monitor_from(config, SystemClock()) for _ in range(2)]  # two processes' worth
    try:
        ClusterJobs(workers[0]).poll("acme", datetime.now(UTC))
        start = threading.Barrier(2)

        def dispatch(monitor: Monitor) -> None:
            start.wait(10)
            ClusterJobs(monitor).dispatch()

        threads = [threading.Thread(target=dispatch, args=(m,)) for m in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for monitor in workers:
            monitor.close()
    keys = Counter(r.headers["idempotency-key"] for r in receiver.deliveries())
    assert len(keys) == 3
    assert set(keys.values()) == {1}


def test_two_deferrers_defer_each_slot_once(
    tmp_path: Path, cluster_url: str, servers: tuple[LocalServer, WebhookReceiver]
) -> None:
    server, receiver = servers
    intervals = {"acme": 10.0, "bolt": 30.0}
    config = cluster_config(tmp_path, cluster_url, server, receiver.hook_url, intervals)
    monitor = monitor_from(config, SystemClock())
    moments = [datetime(2026, 12, 4, 12, 0, tzinfo=UTC) + timedelta(seconds=s) for s in (0, 31)]

    async def both() -> list[bool]:
        app = queue.build_app(cluster_url)
        async with app.open_async():
            deferrers = [Deferrer(app, monitor), Deferrer(app, monitor)]
            leads = [await d.lead() for d in deferrers]
            for moment in moments:  # both defer, as two leaders would in a hand-over
                for deferrer in deferrers:
                    await deferrer.defer_polls(moment)
            for deferrer in deferrers:
                await deferrer.resign()
            return leads

    try:
        leads = asyncio.run(both())
        with monitor.db.connect() as connection:
            jobs = connection.execute(
                text("SELECT args->>'source_id' FROM procrastinate_jobs WHERE task_name = :t"),
                {"t": queue.POLL_TASK},
            ).scalars()
            deferred = Counter(jobs)
    finally:
        monitor.close()
    assert leads == [True, False]  # one leader at a time
    # At 12:00:00 each source is new (polled at once); 31 s later acme's next slot has come
    # (every 10 s), but its first poll still waits in the queue: missed, not queued twice.
    assert deferred == {"acme": 1, "bolt": 1}


def test_the_leader_defers_a_slot_not_yet_deferred_and_counts_slots_passed_over(
    tmp_path: Path, cluster_url: str, servers: tuple[LocalServer, WebhookReceiver]
) -> None:
    server, receiver = servers
    config = cluster_config(tmp_path, cluster_url, server, receiver.hook_url, {"acme": 10.0})
    monitor = monitor_from(config, SystemClock())
    slots = SlotTrigger("acme", 10.0)  # the source's slots, every 10 s
    first = slots.index(datetime(2026, 12, 4, 12, 0, tzinfo=UTC))

    async def run() -> list[int]:
        app = queue.build_app(cluster_url)
        async with app.open_async():
            deferrer = Deferrer(app, monitor)
            counts = [await deferrer.defer_polls(slots.slot(first))]
            with monitor.db.begin() as connection:  # the first poll ran
                connection.execute(text("UPDATE procrastinate_jobs SET status = 'succeeded'"))
            later = slots.slot(first + 3) + timedelta(seconds=1)
            counts.append(await deferrer.defer_polls(later))
            counts.append(await deferrer.defer_polls(later))  # nothing new has come
            return counts

    try:
        counts = asyncio.run(run())
        with monitor.db.connect() as connection:
            args = connection.execute(
                text("SELECT args FROM procrastinate_jobs ORDER BY id")
            ).scalars()
            args = list(args)
    finally:
        monitor.close()
    assert counts == [1, 1, 0]
    # The deferrer looked at slot k and then just after slot k+3 only: k+1 and k+2 were
    # passed over, and told to the poll that followed them.
    assert [a["missed"] for a in args] == [0, 2]


def test_two_workers_never_poll_one_source_at_once(
    tmp_path: Path, cluster_url: str, servers: tuple[LocalServer, WebhookReceiver]
) -> None:
    server, receiver = servers
    in_flight: Counter[str] = Counter()
    overlaps: Counter[str] = Counter()
    guard = threading.Lock()

    def slow_feed(request: Received) -> Reply:
        source = request.path.rsplit("/", 1)[1]
        with guard:
            overlaps[source] += bool(in_flight[source])
            in_flight[source] += 1
        time.sleep(1.0)  # longer than the deferrer's tick: slots come while a poll runs
        with guard:
            in_flight[source] -= 1
        return Reply(200, feed(source, 1))

    sources = {f"s{n}": 0.1 for n in range(3)}
    for sid in sources:
        server.routes[f"/feed/{sid}"] = slow_feed
    config = cluster_config(tmp_path, cluster_url, server, receiver.hook_url, sources)
    env = {**os.environ, "MONITOR_CONFIG": str(config), "MONITOR_LOG_LEVEL": "WARNING"}
    env.pop("MONITOR_DATABASE_URL", None)
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "monitor", "worker", "--concurrency", "3"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        assert wait_for(lambda: len(server.requests) >= 12, 120), len(server.requests)
    finally:
        for worker in workers:
            worker.terminate()
        outputs = [worker.communicate(timeout=60)[0] for worker in workers]
    assert [w.returncode for w in workers] == [0, 0], outputs
    assert overlaps == Counter(), overlaps
    assert {r.path.rsplit("/", 1)[1] for r in server.requests} == set(sources)


def test_db_upgrade_installs_the_queue_on_postgresql_only(
    tmp_path: Path, postgres_url: str
) -> None:
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    url = f"{POSTGRES_URL}{'&' if '?' in POSTGRES_URL else '?'}options=-csearch_path%3D{schema}"
    sqlite = f"sqlite:///{tmp_path / 'monitor.db'}"
    try:
        for database_url in (url, sqlite):
            config = write(tmp_path / "monitor.yaml", f'database_url: "{database_url}"\n')
            result = CliRunner().invoke(main, ["--config", str(config), "db", "upgrade"])
            assert result.exit_code == 0, result.output
        engine = make_engine(url)
        assert set(QUEUE_TABLES) <= set(inspect(engine).get_table_names())
        engine.dispose()
        assert not {t for t in inspect(make_engine(sqlite)).get_table_names() if "procr" in t}
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def test_worker_help_and_its_refusal_on_sqlite(tmp_path: Path) -> None:
    runner = CliRunner()
    helped = runner.invoke(main, ["worker", "--help"])
    assert helped.exit_code == 0
    assert "PostgreSQL" in helped.output and "--concurrency" in helped.output
    config = write(tmp_path / "monitor.yaml", f'database_url: "sqlite:///{tmp_path}/m.db"\n')
    for command in (["worker"], ["run", "--workers", "2"]):
        refused = runner.invoke(main, ["--config", str(config), *command])
        assert refused.exit_code == 2, refused.output
        assert "PostgreSQL" in refused.output


def test_sources_and_metrics_show_the_queue(
    tmp_path: Path, cluster_url: str, servers: tuple[LocalServer, WebhookReceiver]
) -> None:
    from monitor.cluster.stats import queue_families
    from monitor.web.prometheus import render

    server, receiver = servers
    intervals = {"acme": 10.0, "bolt": 10.0, "core": 10.0}
    config = cluster_config(tmp_path, cluster_url, server, receiver.hook_url, intervals)
    monitor = monitor_from(config, SystemClock())

    async def defer_three() -> None:
        app = queue.build_app(cluster_url)
        async with app.open_async():
            await Deferrer(app, monitor).defer_polls(datetime.now(UTC))

    try:
        asyncio.run(defer_three())
        with monitor.db.begin() as connection:  # one of them is running
            connection.execute(
                text(
                    "UPDATE procrastinate_jobs SET status = 'doing' "
                    "WHERE args->>'source_id' = 'bolt'"
                )
            )
        with monitor.sessions() as session:
            metrics = render(queue_families(session))
    finally:
        monitor.close()
    assert 'monitor_queue_jobs{task="monitor.poll",state="waiting"} 2' in metrics
    assert 'monitor_queue_jobs{task="monitor.poll",state="running"} 1' in metrics
    listed = CliRunner().invoke(main, ["--config", str(config), "sources"])
    assert listed.exit_code == 0, listed.output
    assert "monitor.poll: 2 waiting, 1 running" in listed.output


def _children(pid: int) -> set[int]:
    """The processes `pid` started (Linux: /proc lists each thread's children)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(child) for child in (task / "children").read_text().split())
    return found


def _gone(pids: set[int]) -> bool:
    return not any(Path(f"/proc/{pid}").exists() for pid in pids)


def test_run_with_workers_delivers_restarts_a_killed_worker_and_stops_them_all(
    tmp_path: Path, cluster_url: str, servers: tuple[LocalServer, WebhookReceiver]
) -> None:
    server, receiver = servers
    sources = {"a": 1.0, "b": 1.0}
    for sid in sources:
        server.routes[f"/feed/{sid}"] = Reply(
            200, feed(sid, 1), {"Content-Type": "application/rss+xml"}
        )
    config = cluster_config(tmp_path, cluster_url, server, receiver.hook_url, sources)
    env = {**os.environ, "MONITOR_CONFIG": str(config), "MONITOR_LOG_LEVEL": "WARNING"}
    env.pop("MONITOR_DATABASE_URL", None)
    run = subprocess.Popen(
        [sys.executable, "-m", "monitor", "run", "--workers", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # Each feed's first item alerts once (alert_on_first_poll), whichever worker polls it.
        assert wait_for(lambda: len(receiver.deliveries()) >= 2, 120)
        assert wait_for(lambda: len(_children(run.pid)) == 2, 30)
        first = _children(run.pid)
        os.kill(min(first), 9)  # SIGKILL: no goodbye
        assert wait_for(lambda: len(_children(run.pid) - first) == 1, 60)
        workers = _children(run.pid)
    finally:
        run.terminate()
        output = run.communicate(timeout=90)[0]
    assert run.returncode == 0, output
    assert wait_for(lambda: _gone(workers), 30), workers
    # One alert per feed item, whichever worker polled it; a delivery cut by the kill may be
    # sent again (same alert, same idempotency key), never a second alert.
    alerts = {d.json()["alert_id"] for d in receiver.deliveries()}
    entities = sorted(d.json()["entity"] for d in receiver.deliveries())
    assert len(alerts) == 2 and set(entities) == {"A", "B"}, entities
