"""Condition kind `onchain_outflow`: a counted on-chain outflow, and its retraction."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from monitor.model import Alert, Event
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match
from monitor.vocabulary.kinds import ONCHAIN_OUTFLOW, ONCHAIN_OUTFLOW_RETRACTED

# Payload fields an alert keeps (and its templates can use) from an outflow event.
_KEPT = (
    "txid",
    "amount_btc",
    "amount_usd",
    "price_usd",
    "fee_btc",
    "block_height",
    "block_hash",
    "confirmations",
    "min_confirmations",
    "address_set",
    "attribution",
    "attribution_text",
    "url",
)


class OnchainOutflowConfig(ConditionConfig):
    kind: Literal["onchain_outflow"]
    min_btc: float = Field(0.0, ge=0, description="smallest counted outflow that fires, in BTC")
    retractions: bool = Field(
        True,
        description="alert again, as a RETRACTION, when an outflow this rule fired on leaves "
        "the best chain",
    )


@CONDITIONS.register("onchain_outflow")
class OnchainOutflow(Condition):
    """Fires when a watched address set (source kind `btc_address`) sends at least `min_btc`
    out in a transaction that has reached the source's `min_confirmations` — never on a
    pending one. If that transaction's block later leaves the best chain (a reorg), the rule
    fires once more with `retracted: true` and a reason starting "RETRACTION", naming the alert
    that no longer stands. Values: txid, amount_btc, amount_usd, block_height, block_hash,
    confirmations, attribution_text, url, retracted, amount_text (e.g. 4,451 or 0.0001).

    ```yaml
    condition: {kind: onchain_outflow, min_btc: 100}
    ```
    """

    Config = OnchainOutflowConfig
    config: OnchainOutflowConfig

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        if event.kind == ONCHAIN_OUTFLOW:
            return self._counted(event, entity)
        if event.kind == ONCHAIN_OUTFLOW_RETRACTED and self.config.retractions:
            return self._retracted(event, entity, history)
        return []

    def _counted(self, event: Event, entity: str) -> list[Match]:
        p = event.payload
        amount = p.get("amount_btc")
        if not isinstance(amount, int | float) or amount < self.config.min_btc:
            return []
        usd = (
            f" (≈ ${p['amount_usd']:,.0f} at ${p['price_usd']:,.2f})" if p.get("amount_usd") else ""
        )
        reason = (
            f"{amount:,.8g} BTC{usd} left {p.get('attribution_text')} "
            f"(set {p.get('address_set')}) in transaction {p.get('txid')} at block "
            f"{p.get('block_height'):,} ({p.get('confirmations')} confirmations)"
        )
        return [
            Match(
                entity=entity,
                subject=f"{p.get('txid')}@{p.get('block_hash')}",
                reason=reason,
                values={**_kept(p), "retracted": False},
                events=(event,),
                occurred_at=event.occurred_at,
            )
        ]

    def _retracted(self, event: Event, entity: str, history: History) -> list[Match]:
        p = event.payload
        fired = self._alert_on(history, entity, p.get("txid"), p.get("block_hash"))
        if fired is None:
            return []  # this rule never counted it: nothing of ours to take back
        reason = (
            f"RETRACTION: the outflow of {p.get('amount_btc'):,.8g} BTC from "
            f"{p.get('attribution_text')} in transaction {p.get('txid')}, counted at block "
            f"{p.get('block_height'):,} ({p.get('block_hash')}), is no longer in the best "
            f"chain: now {p.get('now')}. Alert #{fired.id} no longer stands"
        )
        return [
            Match(
                entity=entity,
                subject=f"retraction:{p.get('txid')}@{p.get('block_hash')}",
                reason=reason,
                values={
                    **_kept(p),
                    "retracted": True,
                    "retracts_alert": fired.id,
                    "now": p.get("now"),
                },
                events=(event,),
                occurred_at=event.occurred_at,
            )
        ]

    def _alert_on(
        self, history: History, entity: str, txid: object, block_hash: object
    ) -> Alert | None:
        assert self.rule_id is not None
        for alert in history.alerts_for(self.rule_id, entity):
            values = alert.values
            if (
                values.get("txid") == txid
                and values.get("block_hash") == block_hash
                and not values.get("retracted")
            ):
                return alert
        return None


def _kept(payload: dict[str, Any]) -> dict[str, Any]:
    kept = {key: payload.get(key) for key in _KEPT}
    amount = payload.get("amount_btc")
    # For titles: 400.0001 and 4,451, where the `number` filter would round to cents.
    kept["amount_text"] = f"{amount:,.8f}".rstrip("0").rstrip(".") if amount is not None else "?"
    return kept
