"""A read-only Esplora REST client (Blockstream's esplora, electrs, mempool.space's API).

Every request goes through the poll's shared fetcher, so the host's pace, retries of 429 and
5xx honouring Retry-After, and pauses apply. Amounts are satoshis, as Esplora gives them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from monitor.errors import SourceError
from monitor.http import FetchError, FetchResult, NotModified

log = logging.getLogger(__name__)

# Esplora answers 25 confirmed transactions per page of an address's history.
CHAIN_PAGE_SIZE = 25
# What a malformed answer raises while it is read: a missing key, a wrong type, a number out
# of range (JSON's `Infinity` as an amount, a block time past the year 9999).
_MALFORMED = (KeyError, TypeError, ValueError, AttributeError, OverflowError, OSError)

Fetch = Callable[[str], FetchResult | NotModified]


@dataclass(frozen=True)
class Tip:
    height: int
    hash: str


@dataclass(frozen=True)
class TxStatus:
    confirmed: bool
    block_height: int | None = None
    block_hash: str | None = None
    block_time: datetime | None = None

    def confirmations(self, tip_height: int) -> int:
        if not self.confirmed or self.block_height is None:
            return 0
        # A block found between reading the tip and the transaction counts as one.
        return max(1, tip_height - self.block_height + 1)


@dataclass(frozen=True)
class AddressStats:
    """`chain_stats` and `mempool_stats` of one address."""

    address: str
    chain: dict[str, int]
    mempool: dict[str, int]

    @property
    def confirmed_sats(self) -> int:
        return self.chain["funded_txo_sum"] - self.chain["spent_txo_sum"]

    @property
    def mempool_sats(self) -> int:
        return self.mempool["funded_txo_sum"] - self.mempool["spent_txo_sum"]

    @property
    def used(self) -> bool:
        return self.chain["tx_count"] + self.mempool["tx_count"] > 0

    def signature(self) -> list[int]:
        """What changes whenever the address's history does (kept in the cursor)."""
        keys = ("tx_count", "funded_txo_sum", "spent_txo_sum")
        return [self.chain[k] for k in keys] + [self.mempool[k] for k in keys]


@dataclass(frozen=True)
class Transfer:
    address: str | None  # None: a script without an address (OP_RETURN, bare multisig)
    sats: int


@dataclass(frozen=True)
class Tx:
    txid: str
    status: TxStatus
    inputs: tuple[Transfer, ...]
    outputs: tuple[Transfer, ...]
    fee_sats: int


class Esplora:
    def __init__(self, base_url: str, fetch: Fetch) -> None:
        self.base_url = base_url.rstrip("/")
        self._fetch = fetch

    def tip(self) -> Tip:
        block_hash = self.tip_hash()
        height = self._text("/blocks/tip/height")
        if not height.isdigit() or not _is_hash(block_hash):
            raise SourceError(f"unexpected tip from {self.base_url}: {height!r} {block_hash!r}")
        return Tip(int(height), block_hash)

    def tip_hash(self) -> str:
        """The best block's hash alone: enough to tell whether the chain moved."""
        return self._text("/blocks/tip/hash")

    def address(self, address: str) -> AddressStats:
        body = self._json(f"/address/{address}")
        try:
            keys = ("tx_count", "funded_txo_sum", "spent_txo_sum")
            chain = {k: int(body["chain_stats"][k]) for k in keys}
            mempool = {k: int(body["mempool_stats"][k]) for k in keys}
        except _MALFORMED as exc:
            raise SourceError(f"unexpected answer for address {address}: {exc!r}") from exc
        return AddressStats(address, chain, mempool)

    def history(
        self, address: str, keep_paging: Callable[[list[Tx]], bool], max_pages: int
    ) -> list[Tx]:
        """Mempool transactions and confirmed ones newest first, one page of 25 at a time
        while `keep_paging(page)` says the page reaches back far enough (at most
        `max_pages` pages of confirmed history)."""
        page = self._txs(f"/address/{address}/txs")
        found = list(page)
        for _ in range(max_pages - 1):
            confirmed = [tx for tx in page if tx.status.confirmed]
            if len(confirmed) < CHAIN_PAGE_SIZE or not keep_paging(confirmed):
                return found
            page = self._txs(f"/address/{address}/txs/chain/{confirmed[-1].txid}")
            found.extend(page)
        log.warning("history of %s cut at %d pages", address, max_pages)
        return found

    def tx_status(self, txid: str) -> TxStatus | None:
        """The transaction's status; None when the server no longer knows it (dropped,
        replaced, or its block and the mempool both forgot it)."""
        try:
            body = self._json(f"/tx/{txid}/status")
        except FetchError as exc:
            if exc.status == 404:
                return None
            raise
        try:
            return _status(body)
        except _MALFORMED as exc:
            raise SourceError(f"unexpected status of {txid}: {exc!r}") from exc

    def _txs(self, path: str) -> list[Tx]:
        body = self._json(path)
        if not isinstance(body, list):
            raise SourceError(f"expected a list of transactions at {self.base_url}{path}")
        txs = []
        for item in body:
            try:
                txs.append(_tx(item))
            except _MALFORMED as exc:
                # One malformed transaction is left out, not the whole history.
                log.warning("malformed transaction at %s%s: %r", self.base_url, path, exc)
        return txs

    def _get(self, path: str) -> FetchResult:
        result = self._fetch(self.base_url + path)
        if isinstance(result, NotModified):  # requests are not conditional; never expected
            raise SourceError(f"unexpected 304 from {self.base_url}{path}")
        return result

    def _text(self, path: str) -> str:
        return self._get(path).text().strip()

    def _json(self, path: str) -> Any:
        result = self._get(path)
        try:
            return json.loads(result.body)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            raise SourceError(f"malformed JSON from {result.url}: {exc}") from exc


def _tx(item: dict[str, Any]) -> Tx:
    inputs = tuple(
        Transfer(vin["prevout"].get("scriptpubkey_address"), int(vin["prevout"]["value"]))
        for vin in item["vin"]
        if vin.get("prevout")  # a coinbase input spends nothing
    )
    outputs = tuple(
        Transfer(vout.get("scriptpubkey_address"), int(vout["value"])) for vout in item["vout"]
    )
    txid = str(item["txid"])
    if not _is_hash(txid):
        raise ValueError(f"not a txid: {txid!r}")
    return Tx(txid, _status(item["status"]), inputs, outputs, int(item.get("fee") or 0))


def _status(body: dict[str, Any]) -> TxStatus:
    if not body["confirmed"]:
        return TxStatus(False)
    block_hash = str(body["block_hash"])
    if not _is_hash(block_hash):
        raise ValueError(f"not a block hash: {block_hash!r}")
    block_time = body.get("block_time")
    return TxStatus(
        True,
        int(body["block_height"]),
        block_hash,
        datetime.fromtimestamp(int(block_time), UTC) if block_time is not None else None,
    )


def _is_hash(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)
