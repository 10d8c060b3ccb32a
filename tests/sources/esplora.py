"""A local Esplora-shaped server: a small chain the test writes (blocks, mempool, reorgs),
answered with the field names and paging of Blockstream's Esplora API (API.md) as
mempool.space serves it: 25 confirmed transactions per page, newest first, mempool first."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.servers import LocalServer, Received, Reply

GENESIS_TIME = datetime(2026, 2, 9, 12, 0, tzinfo=UTC)


def hex_id(label: str) -> str:
    return hashlib.sha256(label.encode()).hexdigest()


def sats(btc: str) -> int:
    whole, _, fraction = btc.partition(".")
    return int(whole) * 100_000_000 + int(fraction.ljust(8, "0") or 0)


@dataclass
class FakeTx:
    label: str
    inputs: list[tuple[str, int]]  # (address, sats) of the outputs spent
    outputs: list[tuple[str, int]]
    fee: int = 0

    @property
    def txid(self) -> str:
        return hex_id(self.label)

    def document(self, status: dict[str, Any]) -> dict[str, Any]:
        """The transaction as Esplora serialises it (`GET /tx/:txid`, the history lists)."""
        return {
            "txid": self.txid,
            "version": 2,
            "locktime": 0,
            "vin": [
                {
                    "txid": hex_id(f"{self.label}:prev:{n}"),
                    "vout": 0,
                    "prevout": _output(address, value),
                    "scriptsig": "",
                    "scriptsig_asm": "",
                    "witness": ["3044…01", "02…"],
                    "is_coinbase": False,
                    "sequence": 4294967293,
                }
                for n, (address, value) in enumerate(self.inputs)
            ],
            "vout": [_output(address, value) for address, value in self.outputs],
            "size": 222,
            "weight": 561,
            "fee": self.fee,
            "status": status,
        }


def _output(address: str, value: int) -> dict[str, Any]:
    return {
        "scriptpubkey": "0014" + hex_id(address)[:40],
        "scriptpubkey_asm": "OP_0 OP_PUSHBYTES_20 " + hex_id(address)[:40],
        "scriptpubkey_type": "v0_p2wpkh",
        "scriptpubkey_address": address,
        "value": value,
    }


@dataclass
class FakeChain:
    """Blocks by height (each a list of transactions) and a mempool; `branch` names the
    blocks so a reorg gives the replaced heights new hashes."""

    height: int = 880_000
    blocks: dict[int, list[FakeTx]] = field(default_factory=dict)
    branches: dict[int, str] = field(default_factory=dict)
    mempool: list[FakeTx] = field(default_factory=list)

    def block_hash(self, height: int) -> str:
        return hex_id(f"block:{height}:{self.branches.get(height, 'a')}")

    def block_time(self, height: int) -> datetime:
        return GENESIS_TIME + timedelta(minutes=10 * (height - 880_000))

    def mine(self, *txs: FakeTx, at: int | None = None) -> int:
        """Put `txs` in a block (the next one unless `at`), taking them out of the mempool."""
        height = at if at is not None else self.height + 1
        self.blocks.setdefault(height, []).extend(txs)
        self.mempool = [tx for tx in self.mempool if tx not in txs]
        self.height = max(self.height, height)
        return height

    def advance(self, blocks: int) -> None:
        self.height += blocks

    def reorg(self, from_height: int, branch: str, back_to_mempool: list[FakeTx]) -> None:
        """Blocks from `from_height` up replaced by a branch without `back_to_mempool`."""
        for height in range(from_height, self.height + 1):
            self.branches[height] = branch
            self.blocks[height] = [
                tx for tx in self.blocks.get(height, []) if tx not in back_to_mempool
            ]
        self.mempool.extend(back_to_mempool)

    def status(self, tx: FakeTx) -> dict[str, Any] | None:
        for height, txs in self.blocks.items():
            if tx in txs and height <= self.height:
                return {
                    "confirmed": True,
                    "block_height": height,
                    "block_hash": self.block_hash(height),
                    "block_time": int(self.block_time(height).timestamp()),
                }
        return {"confirmed": False} if tx in self.mempool else None

    def confirmed(self) -> list[FakeTx]:
        """Confirmed transactions, newest first (by height, then later in the block first)."""
        ordered = []
        for height in sorted(self.blocks, reverse=True):
            if height <= self.height:
                ordered.extend(reversed(self.blocks[height]))
        return ordered

    def touching(self, address: str, txs: list[FakeTx]) -> list[FakeTx]:
        return [
            tx
            for tx in txs
            if any(a == address for a, _ in tx.inputs) or any(a == address for a, _ in tx.outputs)
        ]

    def stats(self, address: str, txs: list[FakeTx]) -> dict[str, int]:
        funded = [v for tx in txs for a, v in tx.outputs if a == address]
        spent = [v for tx in txs for a, v in tx.inputs if a == address]
        return {
            "funded_txo_count": len(funded),
            "funded_txo_sum": sum(funded),
            "spent_txo_count": len(spent),
            "spent_txo_sum": sum(spent),
            "tx_count": len(self.touching(address, txs)),
        }


class EsploraServer(LocalServer):
    """Serves a FakeChain; `throttle[path]` lists replies given before the real one."""

    def __init__(self, chain: FakeChain) -> None:
        super().__init__()
        self.chain = chain
        self.throttle: dict[str, list[Reply]] = {}
        self._routes: list[tuple[re.Pattern[str], Callable[..., Reply]]] = [
            (re.compile(r"^/api/blocks/tip/height$"), lambda: _text(str(self.chain.height))),
            (
                re.compile(r"^/api/blocks/tip/hash$"),
                lambda: _text(self.chain.block_hash(self.chain.height)),
            ),
            (re.compile(r"^/api/block-height/(\d+)$"), self._block_height),
            (re.compile(r"^/api/address/(\w+)$"), self._address),
            (re.compile(r"^/api/address/(\w+)/txs$"), self._txs),
            (re.compile(r"^/api/address/(\w+)/txs/chain(?:/(\w+))?$"), self._chain_txs),
            (re.compile(r"^/api/tx/(\w+)/status$"), self._status),
        ]

    @property
    def api(self) -> str:
        return f"{self.url}/api"

    def asked(self, pattern: str) -> list[str]:
        return [r.path for r in self.requests if re.search(pattern, r.path)]

    def _handle(self, request: Received) -> Reply:
        with self._lock:
            self.requests.append(request)
            waiting = self.throttle.get(request.path)
            if waiting:
                return waiting.pop(0)
            static = self.routes.get(request.path)
        if static is not None:
            return static(request) if callable(static) else static
        for pattern, answer in self._routes:
            if match := pattern.match(request.path):
                return answer(*(g for g in match.groups()))
        return Reply(404, b"not found")

    def _block_height(self, height: str) -> Reply:
        if int(height) > self.chain.height:
            return Reply(404, b"Block not found")
        return _text(self.chain.block_hash(int(height)))

    def _address(self, address: str) -> Reply:
        return _json(
            {
                "address": address,
                "chain_stats": self.chain.stats(address, self.chain.confirmed()),
                "mempool_stats": self.chain.stats(address, self.chain.mempool),
            }
        )

    def _txs(self, address: str) -> Reply:
        mempool = self.chain.touching(address, list(reversed(self.chain.mempool)))[:50]
        confirmed = self.chain.touching(address, self.chain.confirmed())[:25]
        return _json([self._document(tx) for tx in mempool + confirmed])

    def _chain_txs(self, address: str, last_seen: str | None) -> Reply:
        history = self.chain.touching(address, self.chain.confirmed())
        if last_seen is not None:
            ids = [tx.txid for tx in history]
            if last_seen not in ids:
                return Reply(400, b"Invalid last_seen_txid")
            history = history[ids.index(last_seen) + 1 :]
        return _json([self._document(tx) for tx in history[:25]])

    def _status(self, txid: str) -> Reply:
        for tx in self.chain.mempool + [t for txs in self.chain.blocks.values() for t in txs]:
            if tx.txid == txid:
                status = self.chain.status(tx)
                if status is not None:
                    return _json(status)
        return Reply(404, b"Transaction not found")

    def _document(self, tx: FakeTx) -> dict[str, Any]:
        status = self.chain.status(tx)
        assert status is not None
        return tx.document(status)


def _json(data: Any) -> Reply:
    return Reply(200, json.dumps(data).encode(), {"Content-Type": "application/json"})


def _text(text: str) -> Reply:
    return Reply(200, text.encode(), {"Content-Type": "text/plain"})
