"""The demo's bitcoin chain, served as an Esplora API: an illustrative treasury address set
that sends 4,451 BTC to an exchange three days before the sale is announced, a reorganisation
that takes the counted block back, and the same transaction confirmed again.

No Cango address was ever published: the set is an analyst's hypothesis made of the BIP84
test-vector addresses (mnemonic "abandon … about"), and the chain is a script of steps, each
starting on a 6-hour boundary so that both demo speeds see every step.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from monitor.onchain import SATS_PER_BTC

CHAIN = "esplora"  # the feed's name for the driver
API = "/esplora/api"
TIP_HASH_PATH = f"{API}/blocks/tip/hash"  # asked first by every poll: the feed's serving

TREASURY = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"  # BIP84 m/84'/0'/0'/0/0
CHANGE = "bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"  # BIP84 m/84'/0'/0'/1/0
EXCHANGE = "1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA"  # SLIP-132 m/44'/0'/0'/0/0
MINING_POOL = "37VucYSaXLCAsxYyAPfbSi9eh4iEcbShgf"  # SLIP-132 m/49'/0'/0'/0/0
FORK_BASE = 935_000  # the sale's block and those after it are on branch a, then b


def _sats(btc: str) -> int:
    whole, _, fraction = btc.partition(".")
    return int(whole) * SATS_PER_BTC + int(fraction.ljust(8, "0") or 0)


def _id(label: str) -> str:
    return hashlib.sha256(f"signal-monitor-demo:{label}".encode()).hexdigest()


@dataclass(frozen=True)
class Tx:
    label: str
    inputs: tuple[tuple[str, int], ...]
    outputs: tuple[tuple[str, int], ...]
    fee: int

    @property
    def txid(self) -> str:
        return _id(f"tx:{self.label}")


FUNDING = Tx(
    "funding", ((MINING_POOL, _sats("7474.7002")),), ((TREASURY, _sats("7474.7")),), 20_000
)
SALE = Tx(
    "sale",
    ((TREASURY, _sats("7474.7")),),
    ((EXCHANGE, _sats("4451")), (CHANGE, _sats("3023.6998"))),
    20_000,
)
PRODUCTION = [
    Tx(
        f"production-{n}",
        ((MINING_POOL, _sats(amount) + 10_000),),
        ((TREASURY, _sats(amount)),),
        10_000,
    )
    for n, amount in enumerate(("289.7", "140", "140.7"))
]


@dataclass(frozen=True)
class Step:
    """The chain from `since`: its tip, the branch above FORK_BASE, where transactions are
    (height, or None for the mempool)."""

    since: datetime
    tip: int
    branch: str
    placed: tuple[tuple[Tx, int | None], ...]


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


_BEFORE = ((FUNDING, 934_000),)
STEPS = (
    Step(_at("2025-12-01 00:00"), 935_000, "a", _BEFORE),
    Step(_at("2026-02-06 00:00"), 935_000, "a", (*_BEFORE, (SALE, None))),  # broadcast
    Step(_at("2026-02-06 06:00"), 935_001, "a", (*_BEFORE, (SALE, 935_001))),  # 1 conf
    Step(_at("2026-02-06 12:00"), 935_006, "a", (*_BEFORE, (SALE, 935_001))),  # 6: counted
    Step(_at("2026-02-06 18:00"), 935_007, "b", (*_BEFORE, (SALE, None))),  # reorg
    Step(_at("2026-02-07 00:00"), 935_013, "b", (*_BEFORE, (SALE, 935_008))),  # again
)
_AFTER_SALE = (*_BEFORE, (SALE, 935_008))
STEPS += (
    Step(_at("2026-02-27 00:00"), 938_000, "b", (*_AFTER_SALE, (PRODUCTION[0], 937_990))),
    Step(
        _at("2026-03-16 00:00"),
        940_500,
        "b",
        (*_AFTER_SALE, (PRODUCTION[0], 937_990), (PRODUCTION[1], 940_490)),
    ),
    # After the March update (10:30 UTC), so the update is read against the balance before.
    Step(
        _at("2026-04-02 18:00"),
        943_000,
        "b",
        (*_AFTER_SALE, *((tx, 937_990 + 2500 * n) for n, tx in enumerate(PRODUCTION))),
    ),
)


def step_at(now: datetime) -> Step:
    current = STEPS[0]
    for step in STEPS:
        if step.since <= now:
            current = step
    return current


def version(now: datetime) -> int:
    """Changes exactly when the chain does."""
    return STEPS.index(step_at(now))


def respond(path: str, now: datetime) -> tuple[int, Any]:
    """(status, JSON-able body or text) for an Esplora path under API at `now`."""
    step = step_at(now)
    route = path.removeprefix(API).split("/")[1:]
    if route == ["blocks", "tip", "height"]:
        return 200, str(step.tip)
    if route == ["blocks", "tip", "hash"]:
        return 200, _block_hash(step, step.tip)
    if len(route) == 2 and route[0] == "address":
        return 200, _address(step, route[1])
    if len(route) >= 3 and route[0] == "address" and route[2] == "txs":
        return 200, _history(step, route[1], chain_only=len(route) > 3, after=route[4:])
    if len(route) == 3 and route[0] == "tx" and route[2] == "status":
        for tx, height in step.placed:
            if tx.txid == route[1]:
                return 200, _status(step, height)
        return 404, "Transaction not found"
    return 404, "not found"


def _block_hash(step: Step, height: int) -> str:
    branch = step.branch if height > FORK_BASE else "a"
    return _id(f"block:{height}:{branch}")


def _block_time(height: int) -> int:
    for step in STEPS:  # the step that first reached this height
        if step.tip >= height:
            return int(step.since.timestamp())
    return int(STEPS[-1].since.timestamp())


def _status(step: Step, height: int | None) -> dict[str, Any]:
    if height is None:
        return {"confirmed": False}
    return {
        "confirmed": True,
        "block_height": height,
        "block_hash": _block_hash(step, height),
        "block_time": _block_time(height),
    }


def _touches(tx: Tx, address: str) -> bool:
    return any(a == address for a, _ in tx.inputs + tx.outputs)


def _address(step: Step, address: str) -> dict[str, Any]:
    def stats(txs: list[Tx]) -> dict[str, int]:
        funded = [v for tx in txs for a, v in tx.outputs if a == address]
        spent = [v for tx in txs for a, v in tx.inputs if a == address]
        return {
            "funded_txo_count": len(funded),
            "funded_txo_sum": sum(funded),
            "spent_txo_count": len(spent),
            "spent_txo_sum": sum(spent),
            "tx_count": sum(1 for tx in txs if _touches(tx, address)),
        }

    confirmed = [tx for tx, height in step.placed if height is not None]
    mempool = [tx for tx, height in step.placed if height is None]
    return {"address": address, "chain_stats": stats(confirmed), "mempool_stats": stats(mempool)}


def _history(step: Step, address: str, chain_only: bool, after: list[str]) -> list[Any]:
    mine = [(tx, h) for tx, h in step.placed if _touches(tx, address)]
    confirmed = sorted((p for p in mine if p[1] is not None), key=lambda p: -(p[1] or 0))
    if after:  # every demo address has fewer than 25 transactions: nothing after a page
        return []
    mempool = [] if chain_only else [p for p in mine if p[1] is None]
    return [_document(step, tx, height) for tx, height in mempool + confirmed[:25]]


def _document(step: Step, tx: Tx, height: int | None) -> dict[str, Any]:
    def output(address: str, value: int) -> dict[str, Any]:
        program = _id(f"script:{address}")[:40]
        return {
            "scriptpubkey": f"0014{program}",
            "scriptpubkey_asm": f"OP_0 OP_PUSHBYTES_20 {program}",
            "scriptpubkey_type": "v0_p2wpkh",
            "scriptpubkey_address": address,
            "value": value,
        }

    return {
        "txid": tx.txid,
        "version": 2,
        "locktime": 0,
        "vin": [
            {
                "txid": _id(f"prev:{tx.label}:{n}"),
                "vout": 0,
                "prevout": output(address, value),
                "scriptsig": "",
                "scriptsig_asm": "",
                "is_coinbase": False,
                "sequence": 4294967293,
            }
            for n, (address, value) in enumerate(tx.inputs)
        ],
        "vout": [output(address, value) for address, value in tx.outputs],
        "size": 222,
        "weight": 561,
        "fee": tx.fee,
        "status": _status(step, height),
    }


def body(data: Any) -> tuple[bytes, str]:
    """Esplora answers text for the tip and the status errors, JSON for the rest."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    return json.dumps(data).encode(), "application/json"
