"""Source kind `btc_address` end to end: a local Esplora-shaped server, the real pipeline, the
shipped on-chain rules and a local webhook receiver."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor.app import Monitor
from monitor.clock import ManualClock
from monitor.store import events as event_store
from tests.helpers import coinbase, monitor_from, write
from tests.servers import Reply, WebhookReceiver
from tests.sources.esplora import EsploraServer, FakeChain, FakeTx, sats

REPO = Path(__file__).resolve().parents[2]
# BIP84 test vectors (abandon … about): m/84'/0'/0'/0/0, /0/1 and /1/0.
TREASURY = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"
TREASURY_2 = "bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g"
CHANGE = "bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"
# SLIP-132 vectors: m/44'/0'/0'/0/0 and m/49'/0'/0'/0/0, outside the watched set.
EXCHANGE = "1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA"
FUNDER = "37VucYSaXLCAsxYyAPfbSi9eh4iEcbShgf"
ZPUB = (
    "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31"
    "mGDtKsAYz2oz2AGutZYs"
)

FUNDING = FakeTx("funding", [(FUNDER, sats("1000.0002"))], [(TREASURY, sats("1000"))], 20_000)
# 1,000 BTC spent: 400 to an exchange, 599.9999 back to the change address, 0.0001 fee.
SALE = FakeTx(
    "sale",
    [(TREASURY, sats("1000"))],
    [(EXCHANGE, sats("400")), (CHANGE, sats("599.9999"))],
    10_000,
)


@pytest.fixture
def chain() -> FakeChain:
    chain = FakeChain()
    chain.mine(FUNDING, at=879_900)
    return chain


@pytest.fixture
def esplora(chain: FakeChain) -> Iterator[EsploraServer]:
    with EsploraServer(chain) as server:
        server.set_json("/spot", coinbase("69000.00"))
        yield server


def config(
    tmp_path: Path,
    db_url: str,
    esplora: EsploraServer,
    hook: str | None = None,
    watch: str = f"addresses: [{TREASURY}, {CHANGE}]",
    extra: str = "",
) -> Path:
    write(tmp_path / "rules" / "onchain.yaml", (REPO / "rules" / "onchain.yaml").read_text())
    channels = f"channels: [{{name: hook, kind: webhook, url: '{hook}'}}]" if hook else ""
    return write(
        tmp_path / "monitor.yaml",
        f"""\
database_url: "{db_url}"
rules: [rules]
delivery: {{first_retry_seconds: 1}}
http: {{host_limits: {{127.0.0.1: 1000}}, max_retries: 1, max_retry_after_seconds: 0.01}}
sources:
  - id: btc-usd
    kind: crypto_spot
    providers: [{{name: coinbase, url: "{esplora.url}/spot"}}]
  - id: cango-treasury
    kind: btc_address
    entity: CANG
    attribution: third_party_label
    attribution_note: "labelled 'Cango' by a chain-analysis firm"
    base_url: {esplora.api}
    {watch}
    {extra}
{channels}
""",
    )


def events_of(monitor: Monitor, kind: str) -> list[Any]:
    with monitor.sessions() as session:
        found = event_store.list_events(session, event_store.EventFilter(kind=kind, limit=1000))
    return sorted(found, key=lambda e: e.id)


def poll(monitor: Monitor, clock: ManualClock) -> None:
    clock.advance(timedelta(minutes=10))
    # The price is polled too (a stale price provider is its own business, not this test's).
    reports = monitor.poll()
    (treasury,) = [r for r in reports if r.source_id == "cango-treasury"]
    assert treasury.error is None, treasury.error


@pytest.fixture
def clock() -> ManualClock:
    # Before the first block of the fake chain, so a BTC-USD price is stored before it.
    return ManualClock(datetime(2026, 2, 9, 11, 0, tzinfo=UTC))


def test_an_outflow_is_pending_until_six_confirmations_then_alerts_with_its_evidence(
    tmp_path: Path,
    db_url: str,
    esplora: EsploraServer,
    chain: FakeChain,
    receiver: WebhookReceiver,
    clock: ManualClock,
) -> None:
    monitor = monitor_from(config(tmp_path, db_url, esplora, receiver.hook_url), clock)
    poll(monitor, clock)  # baseline: the balance, nothing to alert on
    (first,) = events_of(monitor, "onchain_balance")
    assert first.payload["balance_btc"] == 1000.0
    assert first.payload["block_height"] == 880_000
    assert first.payload["value_usd"] == 69_000_000.0

    chain.mempool.append(SALE)
    poll(monitor, clock)
    (pending,) = events_of(monitor, "onchain_outflow_pending")
    assert pending.subject == SALE.txid
    assert pending.payload["status"] == "pending"
    assert pending.payload["confirmations"] == 0
    assert pending.payload["amount_btc"] == 400.0001  # 1,000 in, 599.9999 change back
    assert pending.payload["fee_btc"] == 0.0001
    assert pending.payload["recipients"] == [{"address": EXCHANGE, "btc": 400.0}]

    chain.mine(SALE)  # one confirmation: still pending, nothing new
    poll(monitor, clock)
    chain.advance(4)  # five
    poll(monitor, clock)
    assert events_of(monitor, "onchain_outflow") == []
    assert monitor.dispatch().sent == 0

    chain.advance(1)  # six: counted
    poll(monitor, clock)
    (counted,) = events_of(monitor, "onchain_outflow")
    assert counted.payload["block_height"] == 880_001
    assert counted.payload["block_hash"] == chain.block_hash(880_001)
    assert counted.payload["confirmations"] == 6
    assert counted.payload["amount_usd"] == 27_600_006.9  # 400.0001 × 69,000
    assert counted.payload["attribution"] == "third_party_label"
    assert monitor.dispatch().sent == 1
    (delivery,) = receiver.deliveries()
    alert = delivery.json()
    assert alert["rule_id"] == "treasury-outflow"
    assert alert["title"] == (
        f"CANG on-chain outflow of 400.0001 BTC (tx {SALE.txid[:12]}…, block 880001)"
    )
    assert "labelled by a third party, not confirmed by the company" in alert["message"]
    assert alert["values"]["txid"] == SALE.txid
    (evidence,) = alert["evidence"]
    assert evidence["url"] == f"{esplora.url}/tx/{SALE.txid}"
    assert evidence["txid"] == SALE.txid

    balances = [e.payload["balance_btc"] for e in events_of(monitor, "onchain_balance")]
    assert balances == [1000.0, 599.9999]


def test_a_reorg_of_a_counted_outflow_sends_a_retraction_and_deletes_nothing(
    tmp_path: Path,
    db_url: str,
    esplora: EsploraServer,
    chain: FakeChain,
    receiver: WebhookReceiver,
    clock: ManualClock,
) -> None:
    monitor = monitor_from(config(tmp_path, db_url, esplora, receiver.hook_url), clock)
    poll(monitor, clock)
    height = chain.mine(SALE)
    chain.advance(5)
    poll(monitor, clock)
    assert monitor.dispatch().sent == 1  # the outflow alert

    # The six blocks from the sale's are replaced by a branch that does not contain it.
    counted_in = chain.block_hash(height)
    chain.reorg(height, branch="b", back_to_mempool=[SALE])
    chain.advance(1)
    poll(monitor, clock)
    (retracted,) = events_of(monitor, "onchain_outflow_retracted")
    assert retracted.payload["block_hash"] == counted_in != chain.block_hash(height)
    assert retracted.payload["now"] == "unconfirmed again (back in the mempool)"
    assert monitor.dispatch().sent == 1
    first, retraction = (d.json() for d in receiver.deliveries())
    assert retraction["title"].startswith("RETRACTION: CANG on-chain outflow of 400.0001 BTC")
    assert retraction["values"]["retracted"] is True
    assert retraction["values"]["retracts_alert"] == first["alert_id"]
    assert f"Alert #{first['alert_id']} no longer stands" in retraction["message"]
    assert len(events_of(monitor, "onchain_outflow")) == 1  # the counted event is kept

    # Mined again in the new branch and six deep: counted in that block, alerted anew.
    again = chain.mine(SALE)
    chain.advance(5)
    poll(monitor, clock)
    counted = events_of(monitor, "onchain_outflow")
    assert [e.payload["block_hash"] for e in counted] == [counted_in, chain.block_hash(again)]
    assert monitor.dispatch().sent == 1
    assert len(receiver.deliveries()) == 3


def test_history_is_read_page_by_page_past_25_confirmed_transactions(
    tmp_path: Path, db_url: str, esplora: EsploraServer, chain: FakeChain, clock: ManualClock
) -> None:
    chain.mine(SALE, at=880_001)
    # 30 later deposits to the change address: the sale is on the second page of 25.
    for n in range(30):
        chain.mine(FakeTx(f"deposit-{n}", [(FUNDER, 100_000)], [(CHANGE, 90_000)], 10_000))
    extra = "start_height: 880000"
    monitor = monitor_from(config(tmp_path, db_url, esplora, extra=extra), clock)
    poll(monitor, clock)
    (counted,) = events_of(monitor, "onchain_outflow")
    assert counted.subject == SALE.txid
    pages = esplora.asked(rf"/address/{CHANGE}/txs/chain/")
    assert len(pages) == 1  # the second page reached below start_height: no third
    assert pages[0].endswith(FakeTx("deposit-5", [], []).txid)  # the 25th newest
    (balance,) = events_of(monitor, "onchain_balance")
    assert balance.payload["balance_btc"] == 600.0269  # 599.9999 + 30 × 0.0009


def test_429_with_retry_after_is_retried_and_a_long_one_pauses_the_host(
    tmp_path: Path, db_url: str, esplora: EsploraServer, clock: ManualClock
) -> None:
    path = f"/api/address/{TREASURY}"
    esplora.throttle[path] = [Reply(429, b"Too Many Requests", {"Retry-After": "0"})]
    monitor = monitor_from(config(tmp_path, db_url, esplora), clock)
    poll(monitor, clock)
    assert len(esplora.received(path)) == 2  # answered 429, asked again
    assert len(events_of(monitor, "onchain_balance")) == 1

    # A Retry-After longer than http.max_retry_after_seconds: the poll fails and the host
    # is left alone until then, instead of being asked again at once.
    esplora.throttle[path] = [Reply(429, b"slow down", {"Retry-After": "600"})] * 2
    clock.advance(timedelta(minutes=10))
    (report,) = monitor.poll(["cango-treasury"])[:1]
    assert report.error is not None and "HTTP 429" in report.error
    asked = len(esplora.requests)
    (again,) = [r for r in monitor.poll(["cango-treasury"]) if r.source_id == "cango-treasury"]
    assert again.error is not None and "paused" in again.error
    assert len(esplora.requests) == asked  # nothing sent while paused
    assert len(events_of(monitor, "onchain_balance")) == 1


def test_an_xpub_is_watched_on_receive_and_change_chains_up_to_the_gap_limit(
    tmp_path: Path, db_url: str, esplora: EsploraServer, chain: FakeChain, clock: ManualClock
) -> None:
    chain.mine(FakeTx("second", [(FUNDER, sats("5.0001"))], [(TREASURY_2, sats("5"))], 10_000))
    chain.mine(SALE)
    chain.advance(10)
    watch = f"descriptors: [{ZPUB}]"
    monitor = monitor_from(
        config(tmp_path, db_url, esplora, watch=watch, extra="gap_limit: 1"), clock
    )
    poll(monitor, clock)
    (balance,) = events_of(monitor, "onchain_balance")
    # receive/0 spent, receive/1 holds 5, change/0 holds the sale's change.
    assert balance.payload["balance_btc"] == 604.9999
    # gap 1: receive 0, 1 used → 2 asked (unused, stop); change 0 used → 1 asked.
    assert balance.payload["addresses_watched"] == 5
    (counted,) = events_of(monitor, "onchain_outflow")
    assert counted.payload["amount_btc"] == 400.0001  # the change is the set's own


@pytest.mark.parametrize(
    ("after_reorg", "now"),
    [
        ("mined", "confirmed in another block, 880,008"),
        ("dropped", "no longer known to the server (dropped, or replaced by a conflicting"),
    ],
)
def test_a_counted_outflow_moved_or_dropped_by_a_reorg_is_retracted_saying_where_it_is(
    tmp_path: Path,
    db_url: str,
    esplora: EsploraServer,
    chain: FakeChain,
    clock: ManualClock,
    after_reorg: str,
    now: str,
) -> None:
    monitor = monitor_from(config(tmp_path, db_url, esplora), clock)
    poll(monitor, clock)
    height = chain.mine(SALE)
    chain.advance(5)
    poll(monitor, clock)
    chain.reorg(height, branch="b", back_to_mempool=[SALE])
    if after_reorg == "mined":
        chain.mine(SALE, at=880_008)
        chain.advance(5)  # six deep in the new branch at once
    else:
        chain.mempool.remove(SALE)  # a conflicting transaction spent the same coins
    poll(monitor, clock)
    (retracted,) = events_of(monitor, "onchain_outflow_retracted")
    assert retracted.payload["now"].startswith(now)
    counted = events_of(monitor, "onchain_outflow")
    assert len(counted) == (2 if after_reorg == "mined" else 1)
    poll(monitor, clock)  # settled: nothing further either way
    assert len(events_of(monitor, "onchain_outflow_retracted")) == 1


# A transaction Esplora could not have meant: "Infinity" is what Python's json writes for inf.
STRAY = FakeTx("stray", [(TREASURY, sats("5"))], [(EXCHANGE, sats("5"))])
_STRAY_STATUS = {"confirmed": True, "block_height": 879_950, "block_hash": "ab" * 32}
MALFORMED_TRANSACTIONS = {
    "no txid, no inputs": {"txid": "not-a-txid", "vin": None, "status": {"confirmed": True}},
    "an amount of Infinity": {
        **STRAY.document(_STRAY_STATUS),
        "vout": [{"scriptpubkey_address": EXCHANGE, "value": float("inf")}],
    },
    "a block time past the year 9999": STRAY.document({**_STRAY_STATUS, "block_time": 10**20}),
}


@pytest.mark.parametrize("broken", MALFORMED_TRANSACTIONS.values(), ids=MALFORMED_TRANSACTIONS)
def test_a_malformed_transaction_is_left_out_and_the_rest_of_the_history_is_read(
    tmp_path: Path,
    db_url: str,
    esplora: EsploraServer,
    chain: FakeChain,
    clock: ManualClock,
    broken: dict[str, Any],
) -> None:
    height = chain.mine(SALE)
    chain.advance(5)
    status = chain.status(SALE)
    assert status is not None
    esplora.throttle[f"/api/address/{TREASURY}/txs"] = [
        Reply(200, json.dumps([broken, SALE.document(status)]).encode())
    ]
    monitor = monitor_from(config(tmp_path, db_url, esplora), clock)
    poll(monitor, clock)
    (counted,) = events_of(monitor, "onchain_outflow")
    assert counted.subject == SALE.txid and counted.payload["block_height"] == height


def test_the_usd_amount_uses_the_last_price_stored_before_the_block(
    tmp_path: Path, db_url: str, esplora: EsploraServer, chain: FakeChain, clock: ManualClock
) -> None:
    monitor = monitor_from(config(tmp_path, db_url, esplora), clock)
    poll(monitor, clock)  # BTC-USD 69,000 stored at 11:10
    clock.set(datetime(2026, 2, 9, 12, 30, tzinfo=UTC))
    esplora.set_json("/spot", coinbase("71000.00"))
    assert monitor.poll(["btc-usd"])[0].error is None  # 71,000 stored at 12:30
    chain.mine(SALE)  # block time 12:10: the 69,000 price is the one of that moment
    chain.advance(5)
    poll(monitor, clock)
    (counted,) = events_of(monitor, "onchain_outflow")
    assert counted.payload["price_usd"] == 69_000.0
    assert counted.payload["price_at"] == "2026-02-09T11:10:00+00:00"


def test_backfill_reads_history_back_to_its_date_and_a_first_poll_does_not(
    tmp_path: Path, db_url: str, esplora: EsploraServer, chain: FakeChain, clock: ManualClock
) -> None:
    chain.mine(SALE, at=879_500)  # 500 blocks deep (2026-02-06 04:40): outside recheck_depth
    monitor = monitor_from(config(tmp_path, db_url, esplora), clock)
    poll(monitor, clock)
    assert events_of(monitor, "onchain_outflow") == []
    report = monitor.pipeline.poll_source(
        "cango-treasury", force=True, backfill_since=date(2026, 2, 6)
    )
    assert report.error is None, report.error
    (counted,) = events_of(monitor, "onchain_outflow")
    assert counted.payload["block_height"] == 879_500


def _mining_when_asked(
    esplora: EsploraServer, address: str, mine: Callable[[], None], times: int
) -> None:
    """The server finds a block just as `address` is asked for (the first `times` times),
    then answers with the chain as it is now: the poll reads the other addresses before it."""
    left = [times]

    def answer(_request: object) -> Reply:
        if left[0] > 0:
            left[0] -= 1
            mine()
        return esplora._address(address)

    esplora.routes[f"/api/address/{address}"] = answer


def test_a_block_found_during_a_read_is_read_again_not_summed_with_the_state_before_it(
    tmp_path: Path, db_url: str, esplora: EsploraServer, chain: FakeChain, clock: ManualClock
) -> None:
    monitor = monitor_from(config(tmp_path, db_url, esplora), clock)
    poll(monitor, clock)  # baseline: 1,000 BTC on TREASURY
    # TREASURY is read before the sale's block, CHANGE after it: summed, that torn read would
    # count the 1,000 BTC spent and the 599.9999 BTC change both (1,599.9999 BTC).
    _mining_when_asked(esplora, CHANGE, lambda: chain.mine(SALE) and None, times=1)
    poll(monitor, clock)
    balances = [e.payload["balance_btc"] for e in events_of(monitor, "onchain_balance")]
    assert balances == [1000.0, 599.9999]


def test_a_chain_that_moves_during_every_read_fails_the_poll_and_stores_nothing(
    tmp_path: Path, db_url: str, esplora: EsploraServer, chain: FakeChain, clock: ManualClock
) -> None:
    monitor = monitor_from(config(tmp_path, db_url, esplora), clock)
    poll(monitor, clock)
    _mining_when_asked(esplora, CHANGE, lambda: chain.advance(1), times=100)
    clock.advance(timedelta(minutes=10))
    (treasury,) = [r for r in monitor.poll() if r.source_id == "cango-treasury"]
    assert treasury.error is not None and "tip moved during each of 3 reads" in treasury.error
    assert len(events_of(monitor, "onchain_balance")) == 1
