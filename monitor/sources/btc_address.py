"""Source kind `btc_address`: a company's bitcoin addresses watched on-chain through Esplora."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, ValidationInfo, field_validator, model_validator

from monitor.errors import SourceError
from monitor.onchain import Attribution
from monitor.sources import SOURCES
from monitor.sources.base import PollContext, PollResult, Source, SourceConfig
from monitor.sources.chain import observe
from monitor.sources.chain.derive import DerivationError, WatchedChain, chains, check_address
from monitor.sources.chain.esplora import AddressStats, Esplora, Tip, Tx
from monitor.sources.chain.flows import outflow
from monitor.sources.chain.tracking import COUNTED, Step, Tracked, advance, first_seen

# A read torn by a new block is repeated; a chain that moves during every read fails the poll.
_CONSISTENT_READ_ATTEMPTS = 3

MAX_ADDRESSES_PER_CHAIN = 10_000


class BtcAddressConfig(SourceConfig):
    kind: Literal["btc_address"]
    entity: str = Field(description="the company the addresses are attributed to, e.g. CANG")
    attribution: Attribution = Field(
        description="who says the addresses are the company's: company_disclosed, "
        "third_party_label or analyst_hypothesis (said in every event and alert)"
    )
    attribution_note: str = Field(
        "", max_length=500, description="where the attribution comes from (a filing, a label)"
    )
    address_set: str | None = Field(
        None, max_length=200, description="the set's name in events; default: the source id"
    )
    network: Literal["main", "test", "signet", "regtest"] = Field(
        "main", description="the chain base_url serves; addresses and keys must belong to it"
    )
    addresses: list[str] = Field(default_factory=list, description="addresses watched")
    descriptors: list[str] = Field(
        default_factory=list,
        description="output descriptors or account keys (xpub/ypub/zpub) watched, receive "
        "and change chains",
    )
    gap_limit: int = Field(
        20, ge=1, le=1000, description="unused addresses derived past the last used"
    )
    base_url: str = Field(
        "https://mempool.space/api", description="Esplora API (self-hosted electrs, mempool)"
    )
    explorer_url: str | None = Field(
        None,
        description="explorer for evidence links (…/tx/TXID, …/block/HASH); default: "
        "base_url without its /api",
    )
    min_confirmations: int = Field(6, ge=1, le=1000, description="an outflow counts from here")
    recheck_depth: int = Field(
        100,
        ge=1,
        le=10_000,
        description="counted outflows are re-checked for reorgs until this deep",
    )
    start_height: int | None = Field(
        None,
        ge=0,
        description="first poll: outflows from this height; default: the last recheck_depth blocks",
    )
    max_pages: int = Field(40, ge=1, description="pages of 25 confirmed transactions per address")
    price_symbol: str = Field("BTC-USD", description="price events used to value outflows")
    max_price_age_hours: float = Field(
        24.0, gt=0, description="an older stored price values nothing (no USD amount)"
    )
    interval_seconds: float = Field(300.0, gt=0)

    @field_validator("base_url", "explorer_url")
    @classmethod
    def _http(cls, url: str | None) -> str | None:
        if url is None:
            return None
        if not url.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        # Both URLs are written into every event's links and alerts: no place for a password.
        if "@" in urlsplit(url).netloc:
            raise ValueError("must not hold credentials (user:password@): events link to it")
        return url.rstrip("/")

    @field_validator("addresses")
    @classmethod
    def _addresses(cls, addresses: list[str], info: ValidationInfo) -> list[str]:
        network = info.data.get("network", "main")
        try:
            return [check_address(a, network) for a in addresses]
        except DerivationError as exc:
            raise ValueError(str(exc)) from exc

    @field_validator("descriptors")
    @classmethod
    def _descriptors(cls, descriptors: list[str], info: ValidationInfo) -> list[str]:
        for descriptor in descriptors:
            try:
                chains(descriptor, info.data.get("network", "main"))
            except DerivationError as exc:
                raise ValueError(f"{descriptor[:24]}…: {exc}") from exc
        return descriptors

    @model_validator(mode="after")
    def _watchable(self) -> BtcAddressConfig:
        if not self.addresses and not self.descriptors:
            raise ValueError("give at least one of `addresses` or `descriptors`")
        return self


@SOURCES.register("btc_address")
class BtcAddressSource(Source):
    """A company's bitcoin addresses watched on-chain: balance, outflows, reorgs (Esplora).

    The Esplora API at `base_url` may be mempool.space, blockstream.info or your own electrs;
    429 and Retry-After are honoured through the shared fetcher (`http.host_limits` paces it).

    Watch `addresses` and/or `descriptors` (an output descriptor, or an xpub/ypub/zpub whose
    receive and change chains are derived up to `gap_limit` unused addresses past the last
    used one). Say who attributes them to the company in `attribution` — it is carried into
    every event and alert ("outflow from addresses labelled by a third party, not confirmed by
    the company").

    Events: `onchain_balance` (the set's confirmed balance, when it changes, with the block),
    `onchain_outflow_pending` (bitcoin left the set, fewer than `min_confirmations`),
    `onchain_outflow` (the outflow reached `min_confirmations`: rules count only these),
    `onchain_outflow_retracted` (a counted outflow's block left the best chain: a reorg).
    An outflow is net of change back to the set, with txid, block height and hash, amount in
    BTC and in USD at the stored `price_symbol` price of that moment, and a link to the
    transaction. Each poll re-checks counted outflows until `recheck_depth` deep.

    ```yaml
    - id: cango-treasury
      kind: btc_address
      entity: CANG
      attribution: third_party_label
      attribution_note: "labelled 'Cango' by a chain-analysis firm, 2026-02"
      addresses: [bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu]
      # abbreviated here; a bare zpub/ypub/xpub works too
      descriptors: ["wpkh([73c5da0a/84h/0h/0h]xpub6CatWdiZiod…/<0;1>/*)"]
    ```
    """

    Config = BtcAddressConfig
    config: BtcAddressConfig

    def __init__(self, config: BtcAddressConfig) -> None:
        super().__init__(config)
        # Parsed once: the configuration is fixed for the life of the source.
        self._chains = [
            chain for text in config.descriptors for chain in chains(text, config.network)
        ]

    def poll(self, ctx: PollContext) -> PollResult:
        """One consistent read of the chain. A read takes many requests; a block found (or a
        reorg) between them mixes two states, and the sum of such a torn read can count the
        same coins twice (the spent output and its change). So the tip is read again at the
        end and the whole read repeated when it moved."""
        esplora = Esplora(self.config.base_url, lambda url: ctx.fetch(url, conditional=False))
        for _attempt in range(_CONSISTENT_READ_ATTEMPTS):
            tip = esplora.tip()
            result = self._read(ctx, esplora, tip)
            if esplora.tip_hash() == tip.hash:
                return result
        raise SourceError(
            f"the chain tip moved during each of {_CONSISTENT_READ_ATTEMPTS} reads of "
            f"{self.config.base_url}; trying again at the next poll"
        )

    def _read(self, ctx: PollContext, esplora: Esplora, tip: Tip) -> PollResult:
        cfg = self.config
        cursor = dict(ctx.cursor)
        stats = self._discover(esplora, cursor)
        watched = set(stats)
        seen: dict[str, list[int]] = cursor.get("seen", {})
        # A backfill reads every used address again: its history is older than the cursor.
        everything = ctx.backfill_since is not None
        changed = [
            a for a, s in stats.items() if s.used and (everything or seen.get(a) != s.signature())
        ]
        floor = self._floor(ctx, cursor, tip)
        txs = self._histories(esplora, changed, floor)
        tracked = {t: Tracked.from_json(v) for t, v in cursor.get("tracked", {}).items()}
        context = observe.Context(cfg, tip, ctx.clock.now(), ctx.price_at)
        steps = self._new_outflows(txs, watched, tracked, floor, context)
        steps += self._tracked(esplora, txs, tracked, tip)
        observations = [obs for step in steps for obs in observe.changes(step, context)]
        balance = sum(s.confirmed_sats for s in stats.values())
        if cursor.get("balance_sats") != balance:
            mempool = sum(s.mempool_sats for s in stats.values())
            observations.append(observe.balance(balance, mempool, len(watched), context))
        new_cursor = {
            **cursor,
            "tip": {"height": tip.height, "hash": tip.hash},
            "seen": {a: s.signature() for a, s in stats.items() if s.used},
            "balance_sats": balance,
            "tracked": {
                step.keep.txid: step.keep.to_json() for step in steps if step.keep is not None
            },
        }
        return PollResult(observations, new_cursor)

    # -- watched addresses ------------------------------------------------------------------

    def _discover(self, esplora: Esplora, cursor: dict[str, Any]) -> dict[str, AddressStats]:
        """Stats of every watched address: the listed ones, and each chain's addresses up to
        `gap_limit` unused past the last used (remembered in the cursor as `last_used`)."""
        stats = {address: esplora.address(address) for address in self.config.addresses}
        last_used: dict[str, int] = dict(cursor.get("last_used", {}))
        for chain in self._chains:
            stats.update(self._walk(esplora, chain, last_used))
        cursor["last_used"] = last_used
        return stats

    def _walk(
        self, esplora: Esplora, chain: WatchedChain, last_used: dict[str, int]
    ) -> dict[str, AddressStats]:
        network = self.config.network
        if not chain.ranged:
            address = chain.address(0, network)
            return {address: esplora.address(address)}
        found: dict[str, AddressStats] = {}
        index, used = 0, last_used.get(chain.key, -1)
        # Bounded even if a server said every address was used.
        while index <= used + self.config.gap_limit and index < MAX_ADDRESSES_PER_CHAIN:
            address = chain.address(index, network)
            found[address] = esplora.address(address)
            if found[address].used:
                used = max(used, index)
            index += 1
        last_used[chain.key] = used
        return found

    # -- transactions -----------------------------------------------------------------------

    def _floor(self, ctx: PollContext, cursor: dict[str, Any], tip: Tip) -> observe.Floor:
        """How far back to read histories: the last `recheck_depth` blocks, or on the first
        poll `start_height`, or with `monitor backfill` the blocks since its date."""
        if ctx.backfill_since is not None:
            since = datetime.combine(ctx.backfill_since, time(), UTC)
            return observe.Floor(0, since)
        height = tip.height - self.config.recheck_depth + 1
        if "tip" not in cursor and self.config.start_height is not None:
            height = self.config.start_height
        return observe.Floor(max(0, height), None)

    def _histories(
        self, esplora: Esplora, addresses: list[str], floor: observe.Floor
    ) -> dict[str, Tx]:
        txs: dict[str, Tx] = {}
        for address in addresses:
            for tx in esplora.history(address, floor.reaches_past, self.config.max_pages):
                txs.setdefault(tx.txid, tx)
        return txs

    def _new_outflows(
        self,
        txs: dict[str, Tx],
        watched: set[str],
        tracked: dict[str, Tracked],
        floor: observe.Floor,
        context: observe.Context,
    ) -> list[Step]:
        steps = []
        for tx in txs.values():
            if tx.txid in tracked or not floor.includes(tx.status):
                continue
            found = outflow(tx, watched)
            if found is None:
                continue
            outflowing = Tracked(
                found.txid,
                found.sats,
                found.fee_sats,
                found.spent_from,
                found.recipients,
                first_seen=context.now.isoformat(),
            )
            steps.append(
                first_seen(outflowing, tx.status, context.tip, self.config.min_confirmations)
            )
        return steps

    def _tracked(
        self, esplora: Esplora, txs: dict[str, Tx], tracked: dict[str, Tracked], tip: Tip
    ) -> list[Step]:
        steps = []
        for txid, outflowing in tracked.items():
            if _settled(outflowing, tip, self.config.recheck_depth):
                steps.append(Step([], None))  # deep enough: no reorg will take it back
                continue
            # A history read this poll says where it is; otherwise ask for its status.
            status = txs[txid].status if txid in txs else esplora.tx_status(txid)
            steps.append(
                advance(
                    outflowing,
                    status,
                    tip,
                    self.config.min_confirmations,
                    self.config.recheck_depth,
                )
            )
        return steps


def _settled(outflowing: Tracked, tip: Tip, recheck_depth: int) -> bool:
    if outflowing.state != COUNTED or outflowing.block_height is None:
        return False
    return tip.height - outflowing.block_height + 1 > recheck_depth
