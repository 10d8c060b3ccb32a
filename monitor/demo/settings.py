"""The demo's monitor.yaml: the sources a Cango watcher would configure, pointed at the
local world, with the shipped rules and a webhook to the local sink.

It goes through the same loader as a user's file (`validate_config`), so the demo cannot
drift from the configuration model. Intervals are real seconds, kept short because the
simulated clock moves hours per tick; the outbox lease and retry horizon are long for the
same reason (they are measured on the simulated clock). Between intervals the demo's
driver wakes a source's job as soon as its feed changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template

from monitor.config import Settings, packaged_rules_dir, packaged_theses_dir, validate_config
from monitor.demo import chain
from monitor.demo.scenario import CANG_UNIT_CHANGE, CIK, TICKER
from monitor.demo.world import BTC, CANG, CHAIN, FACTS, PRN, SUBMISSIONS
from monitor.yamlfile import parse_yaml

USER_AGENT = "SignalMonitor-demo/0.1 (demo@signal-monitor.example.org)"
SINK_CHANNEL = "demo-sink"
CONFIG_NAME = "<monitor demo>"
# Which source polls which feed of the world (ids as in DEMO_YAML).
FEED_SOURCES = {
    SUBMISSIONS: "cango-filings",
    FACTS: "cango-facts",
    PRN: "cango-prnewswire",
    CANG: "cang-stock",
    BTC: "btc-usd",
    CHAIN: "cango-treasury",
}

DEMO_YAML = Template("""\
http:
  user_agent: "$user_agent"
  requests_per_second_per_host: 1000  # a local server: never wait for a slot
  connect_timeout_seconds: 2
  read_timeout_seconds: 10
scheduler:
  jitter_seconds: 0
  dispatch_interval_seconds: 0.2
  deadline_interval_seconds: 0.5
delivery:
  lease_seconds: 31536000      # simulated seconds: hours pass between two real ticks
  max_age_hours: 87600
  first_retry_seconds: 60
sources:
  - id: cango-filings
    kind: edgar_filings
    cik: $cik
    ticker: $ticker
    lookback_days: 60
    requests_per_second: 10    # SEC's maximum; the SEC budget is shared by both sources
    data_url: "$sec_url"
    archives_url: "$sec_url/Archives"
    interval_seconds: 2
  - id: cango-facts
    kind: edgar_facts
    cik: $cik
    ticker: $ticker
    requests_per_second: 10
    data_url: "$sec_url"
    archives_url: "$sec_url/Archives"
    interval_seconds: 2
  - id: cango-prnewswire
    kind: html_page
    preset: prnewswire
    url: "$world_url/news/cango-inc/?pagesize=100&page=1"
    entity: $ticker
    interval_seconds: 1
  - id: cang-stock
    kind: stock_price
    ticker: $ticker
    providers:
      - {name: yahoo, url: "$world_url/v8/finance/chart/{symbol}?interval=1d&range=5d"}
    poll_when_closed: true     # the clock jumps: ask every time, open or closed
    unit_changes:
      - {date: $unit_date, ratio: $unit_ratio, note: "$unit_note"}
    interval_seconds: 1
  - id: btc-usd
    kind: crypto_spot
    symbol: BTC-USD
    providers:
      - {name: coinbase, url: "$world_url/v2/prices/BTC-USD/spot"}
    stale_after_seconds: 31622400  # the world stops moving after April; not a stale feed
    interval_seconds: 1
  - id: cango-treasury
    kind: btc_address
    entity: $ticker
    attribution: analyst_hypothesis
    attribution_note: "illustrative: no Cango address was published; BIP84 test vectors"
    addresses: [$treasury, $change]
    base_url: "$world_url$esplora"
    interval_seconds: 1
channels:
  - name: $sink_channel
    kind: webhook
    url: "$sink_url"
""")


def demo_yaml(sec_url: str, world_url: str, sink_url: str) -> str:
    """The demo's monitor.yaml (the database comes from Settings, never from this text)."""
    return DEMO_YAML.substitute(
        user_agent=USER_AGENT,
        cik=CIK,
        ticker=TICKER,
        sec_url=sec_url,
        world_url=world_url,
        unit_date=CANG_UNIT_CHANGE["date"],
        unit_ratio=CANG_UNIT_CHANGE["ratio"],
        unit_note=CANG_UNIT_CHANGE["note"],
        sink_channel=SINK_CHANNEL,
        sink_url=sink_url,
        treasury=chain.TREASURY,
        change=chain.CHANGE,
        esplora=chain.API,
    )


@dataclass(frozen=True)
class DemoSettings(Settings):
    """Settings whose User-Agent is the demo's own: it only ever talks to its local world,
    so $MONITOR_USER_AGENT (meant for real runs against SEC) does not apply."""

    @property
    def user_agent(self) -> str:
        return str(self.config.http.user_agent)


def demo_settings(
    database_url: str, sec_url: str, world_url: str, sink_url: str, data_dir: Path
) -> Settings:
    """Settings for the demo, validated like any monitor.yaml; rules from the shipped rules/."""
    doc = parse_yaml(demo_yaml(sec_url, world_url, sink_url), CONFIG_NAME)
    return DemoSettings(
        config=validate_config(doc),
        path=None,
        database_url=database_url,
        data_dir=data_dir,
        rule_paths=(packaged_rules_dir(),),
        thesis_paths=(packaged_theses_dir(),),
        doc=doc,
    )
