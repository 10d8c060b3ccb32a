"""Pipeline throughput: events per second through store + rule evaluation (shipped rules).

Feeds batches of observations — BTC-USD and stock prices, monthly treasury metrics, quarterly
debt and interest figures for a watchlist of tickers — through the same code the live poll
uses (insert with fingerprint dedup, evaluate every shipped rule with history queries, raise
alerts with their outbox rows), one transaction per batch.

    python -m benchmarks.pipeline [--events 20000] [--batch 200] [--postgres URL]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from monitor.config import shipped_rules_dir
from monitor.metrics import metric_observation
from monitor.model import Observation
from monitor.rules.engine import RuleEngine
from monitor.rules.loader import load_rules
from monitor.store import alerts as alert_store
from monitor.store import events as event_store
from monitor.store.db import make_engine, session_factory, upgrade
from monitor.store.history import StoredHistory

TICKERS = ["CANG", "MARA", "RIOT", "CLSK", "BITF", "BTDR", "HUT", "IREN", "CORZ", "HIVE"]
START = datetime(2026, 1, 1, tzinfo=UTC)


def observations(count: int, rng: random.Random) -> list[Observation]:
    made: list[Observation] = []
    price = 68_000.0
    for index in range(count):
        moment = START + timedelta(seconds=30 * index)
        roll = index % 10
        if roll < 6:  # most traffic is prices
            price *= 1 + rng.uniform(-0.01, 0.01)
            made.append(_price("BTC-USD", price, moment, index))
        elif roll < 8:
            made.append(_price(rng.choice(TICKERS), rng.uniform(1, 3), moment, index))
        else:
            made.append(_metric(rng, moment, index))
    return made


def _price(entity: str, price: float, moment: datetime, index: int) -> Observation:
    return Observation(
        "price", entity, entity, moment, ("bench", index), {"price": round(price, 2)}, {}
    )


def _metric(rng: random.Random, moment: datetime, index: int) -> Observation:
    metric = rng.choice(["btc_sold", "btc_held", "debt_total_usd", "interest_expense_usd"])
    monthly = metric.startswith("btc")
    period = (
        f"{2020 + index % 7}-{1 + index % 12:02d}"
        if monthly
        else f"{2020 + index % 7}-Q{1 + index % 4}"
    )
    return metric_observation(
        entity=rng.choice(TICKERS),
        metric=metric,
        value=rng.uniform(0, 1e6),
        unit="BTC" if monthly else "USD",
        period=period,
        occurred_at=moment,
        identity=(index,),
        evidence={"quote": "benchmark"},
    )


def run(url: str, count: int, batch: int) -> dict[str, float]:
    engine = make_engine(url)
    upgrade(engine)
    sessions = session_factory(engine)
    rules = RuleEngine(load_rules([shipped_rules_dir()]), ["hook"])
    batch_obs = observations(count, random.Random(7))
    alerts = 0
    started = time.perf_counter()
    for offset in range(0, count, batch):
        with sessions.begin() as session:
            now = batch_obs[min(offset + batch, count) - 1].occurred_at
            new = event_store.insert_observations(
                session, "bench", batch_obs[offset : offset + batch], now
            )
            history = StoredHistory(session)
            history.remember(new)
            for draft in rules.evaluate(new, history, now):
                alerts += alert_store.raise_alert(session, draft, draft.channels, now) is not None
    elapsed = time.perf_counter() - started
    engine.dispose()
    return {"events": count, "seconds": elapsed, "events_per_s": count / elapsed, "alerts": alerts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        sqlite = run(f"sqlite:///{Path(scratch) / 'bench.db'}", args.events, args.batch)
    print(_line("SQLite", sqlite))
    schema = f"bench_{int(time.time())}"
    admin = make_engine(args.postgres)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # no server: report and stop
        print(f"PostgreSQL: skipped ({type(exc).__name__})")
        return
    try:
        postgres = run(f"{args.postgres}?options=-csearch_path%3D{schema}", args.events, args.batch)
        print(_line("PostgreSQL", postgres))
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def _line(name: str, figures: dict[str, float]) -> str:
    return (
        f"{name}: {figures['events']:.0f} events in {figures['seconds']:.2f} s = "
        f"{figures['events_per_s']:,.0f} events/s through store + {9} shipped rules "
        f"({figures['alerts']:.0f} alerts raised)"
    )


if __name__ == "__main__":
    main()
