"""Real filers' companyfacts read through the `edgar_facts` source, as a backfill reads them.

Each real filer's companyfacts file (gzipped, values unchanged) sits in tests/edgar/real/ with
an independent answer key (expected_<TICKER>.csv; how it was made: RULES.md), written by an
analyst from the facts and the filings without reading or running this code.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import responses

from monitor.clock import ManualClock
from monitor.model import Observation
from monitor.sources.edgar.facts import EdgarFactsConfig, EdgarFactsSource
from tests.edgar.support import FakeStore, at, context, sec_fetcher

REAL = Path(__file__).parent / "real"
DATA_URL = "https://data.sec.gov"
# The key's metric names → the source's.
METRICS = {
    "debt_total": "debt_total_usd",
    "interest_expense": "interest_expense_usd",
    "finance_lease": "finance_lease_liabilities_usd",
}


@dataclass(frozen=True)
class Filer:
    ticker: str
    cik: int
    facts: Path

    def url(self) -> str:
        return f"{DATA_URL}/api/xbrl/companyfacts/CIK{self.cik:010d}.json"

    def body(self) -> bytes:
        data = self.facts.read_bytes()
        return gzip.decompress(data) if self.facts.suffix == ".gz" else data

    def key(self) -> list[KeyRow]:
        """The answer key's rows that carry a value (an empty value is undecided)."""
        with (REAL / f"expected_{self.ticker}.csv").open(newline="", encoding="utf-8") as rows:
            return [
                KeyRow(METRICS[row["metric"]], row["period"], float(row["value"]), row["currency"])
                for row in csv.DictReader(rows)
                if row["value"].strip()
            ]


@dataclass(frozen=True)
class KeyRow:
    metric: str
    period: str
    value: float
    currency: str


def filers() -> list[Filer]:
    """Every filer with a companyfacts file and an answer key in tests/edgar/real/."""
    found = []
    for key in sorted(REAL.glob("expected_*.csv")):
        ticker = key.stem.removeprefix("expected_")
        matches = sorted(REAL.glob(f"CIK*_companyfacts_{ticker}*.json*"))
        if matches:
            cik = int(re.match(r"CIK(\d+)", matches[0].name).group(1))  # type: ignore[union-attr]
            found.append(Filer(ticker, cik, matches[0]))
    return found


def backfill_observations(filer: Filer, **options: Any) -> list[Observation]:
    """What `monitor backfill` stores from the filer's companyfacts (one poll, every period)."""
    config = {"id": f"{filer.ticker}-facts", "kind": "edgar_facts", "cik": filer.cik}
    config |= {"ticker": filer.ticker, **options}
    source = EdgarFactsSource(EdgarFactsConfig.model_validate(config))
    clock = ManualClock(at("2026-01-01T00:00:00"))
    fetcher = sec_fetcher(clock)
    source.setup(fetcher)
    with responses.RequestsMock() as mock:
        mock.get(filer.url(), body=filer.body(), content_type="application/json")
        ctx = context(fetcher, clock, FakeStore(), backfill_since=date(1990, 1, 1))
        return list(source.poll(ctx).observations)


class RealPoller:
    """Polls a filer's source again and again (a live watch), SEC answering what is given."""

    def __init__(self, filer: Filer) -> None:
        self.filer = filer
        config = {"id": f"{filer.ticker}-facts", "kind": "edgar_facts", "cik": filer.cik}
        self.source = EdgarFactsSource(
            EdgarFactsConfig.model_validate({**config, "ticker": filer.ticker})
        )
        self.clock = ManualClock(at("2026-01-05T12:00:00"))
        self.fetcher = sec_fetcher(self.clock)
        self.source.setup(self.fetcher)
        self.cursor: dict[str, Any] = {}

    def poll(self, facts: Any) -> list[Observation]:
        with responses.RequestsMock() as mock:
            mock.get(self.filer.url(), json=facts)
            result = self.source.poll(context(self.fetcher, self.clock, FakeStore(), self.cursor))
        self.cursor = result.cursor
        return list(result.observations)


def series(observations: list[Observation]) -> dict[tuple[str, str], Observation]:
    """{(metric, period): the last observation}, as `monitor series` shows them."""
    return {(o.payload["metric"], o.payload["period"]): o for o in observations}


def load_json(filer: Filer) -> Any:
    return json.loads(filer.body())
