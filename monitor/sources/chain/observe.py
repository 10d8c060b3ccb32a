"""On-chain facts as observations: outflows (pending, counted, retracted) and balances, each
with its attribution, block, USD value at the time and links to the transaction or block."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from monitor.model import Observation
from monitor.onchain import (
    attribution_text,
    btc,
)
from monitor.sources.base import PriceAt, PricePoint
from monitor.sources.chain.esplora import Tip, Tx, TxStatus
from monitor.sources.chain.tracking import Step, Tracked
from monitor.vocabulary.kinds import (
    ONCHAIN_BALANCE,
    ONCHAIN_OUTFLOW,
    ONCHAIN_OUTFLOW_PENDING,
    ONCHAIN_OUTFLOW_RETRACTED,
)
from monitor.vocabulary.payloads import OnchainBalancePayload, OnchainOutflowPayload

KINDS = {
    "pending": ONCHAIN_OUTFLOW_PENDING,
    "counted": ONCHAIN_OUTFLOW,
    "retracted": ONCHAIN_OUTFLOW_RETRACTED,
}


class SetConfig(Protocol):
    """What of the source's configuration the observations carry."""

    id: str
    entity: str
    attribution: Any
    attribution_note: str
    address_set: str | None
    base_url: str
    explorer_url: str | None
    min_confirmations: int
    price_symbol: str
    max_price_age_hours: float
    network: str


@dataclass(frozen=True)
class Floor:
    """How far back a history is read: blocks from `height`, or (backfill) from `since`."""

    height: int
    since: datetime | None

    def includes(self, status: TxStatus) -> bool:
        if not status.confirmed:
            return True
        if self.since is not None:
            return status.block_time is None or status.block_time >= self.since
        return (status.block_height or 0) >= self.height

    def reaches_past(self, page: list[Tx]) -> bool:
        """Whether the page's oldest transaction is still inside: read the next page."""
        return self.includes(page[-1].status)


@dataclass(frozen=True)
class Context:
    config: SetConfig
    tip: Tip
    now: datetime
    price_at: PriceAt

    @property
    def address_set(self) -> str:
        return self.config.address_set or self.config.id

    @property
    def explorer(self) -> str:
        root = self.config.explorer_url or self.config.base_url.removesuffix("/api")
        return root.rstrip("/")

    def price(self, at: datetime) -> PricePoint | None:
        point = self.price_at(self.config.price_symbol, at)
        max_age = timedelta(hours=self.config.max_price_age_hours)
        if point is None or at - point.at > max_age:
            return None
        return point

    def about_the_set(self) -> dict[str, Any]:
        cfg = self.config
        return {
            "address_set": self.address_set,
            "attribution": str(cfg.attribution),
            "attribution_text": attribution_text(cfg.attribution, cfg.attribution_note),
            "network": cfg.network,
        }


def changes(step: Step, context: Context) -> list[Observation]:
    return [outflow(change, tracked, step.keep, context) for change, tracked in step.changes]


def outflow(change: str, tracked: Tracked, now: Tracked | None, context: Context) -> Observation:
    """An outflow event; a retraction says where the transaction is `now`."""
    at = _occurred(tracked, context)
    details = {"now": _where_now(now, context.tip)} if change == "retracted" else {}
    payload = OnchainOutflowPayload(
        **context.about_the_set(),
        **_amounts(tracked, at, context),
        status=change,
        txid=tracked.txid,
        block_height=tracked.block_height,
        block_hash=tracked.block_hash,
        block_time=tracked.block_time,
        confirmations=_confirmations(tracked, context.tip),
        min_confirmations=context.config.min_confirmations,
        spent_from=list(tracked.spent_from),
        recipients=[{"address": a, "btc": btc(s)} for a, s in tracked.recipients],
        url=f"{context.explorer}/tx/{tracked.txid}",
        details=details,
    )
    identity: tuple[object, ...] = (context.address_set, tracked.txid)
    if change != "pending":
        identity += (tracked.block_hash, change)
    return Observation(
        kind=KINDS[change],
        entity=context.config.entity,
        subject=tracked.txid,
        occurred_at=at if change != "retracted" else context.now,
        identity=identity,
        payload=payload.to_payload(),
        evidence={
            "url": payload.url,
            "api_url": f"{context.config.base_url}/tx/{tracked.txid}",
            "txid": tracked.txid,
            "block_hash": tracked.block_hash,
            "attribution": payload.attribution_text,
        },
    )


def balance(sats: int, mempool_sats: int, addresses: int, context: Context) -> Observation:
    tip = context.tip
    point = context.price(context.now)
    value = btc(sats)
    url = f"{context.explorer}/block/{tip.hash}"
    about = context.about_the_set()
    return Observation(
        kind=ONCHAIN_BALANCE,
        entity=context.config.entity,
        subject=context.address_set,
        occurred_at=context.now,
        identity=(context.address_set, tip.hash, sats),
        payload=OnchainBalancePayload(
            **about,
            balance_btc=value,
            balance_sats=sats,
            unconfirmed_change_btc=btc(mempool_sats),
            block_height=tip.height,
            block_hash=tip.hash,
            addresses_watched=addresses,
            value_usd=round(value * point.price, 2) if point else None,
            price_usd=point.price if point else None,
            price_at=point.at.isoformat() if point else None,
            url=url,
        ).to_payload(),
        evidence={
            "url": url,
            "block_hash": tip.hash,
            "attribution": about["attribution_text"],
        },
    )


def _amounts(tracked: Tracked, at: datetime, context: Context) -> dict[str, Any]:
    amount = btc(tracked.sats)
    point = context.price(at)
    return {
        "amount_btc": amount,
        "amount_sats": tracked.sats,
        "fee_btc": btc(tracked.fee_sats),
        "amount_usd": round(amount * point.price, 2) if point else None,
        "price_usd": point.price if point else None,
        "price_at": point.at.isoformat() if point else None,
    }


def _occurred(tracked: Tracked, context: Context) -> datetime:
    if tracked.block_time:
        return datetime.fromisoformat(tracked.block_time)
    return datetime.fromisoformat(tracked.first_seen)


def _confirmations(tracked: Tracked, tip: Tip) -> int:
    if tracked.block_height is None:
        return 0
    return max(1, tip.height - tracked.block_height + 1)


def _where_now(now: Tracked | None, tip: Tip) -> str:
    if now is None:
        return "no longer known to the server (dropped, or replaced by a conflicting transaction)"
    if now.block_hash is None:
        return "unconfirmed again (back in the mempool)"
    return (
        f"confirmed in another block, {now.block_height:,} ({now.block_hash}), "
        f"{_confirmations(now, tip)} confirmations"
    )
