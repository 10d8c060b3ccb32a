"""Condition kind `onchain_holdings`: the on-chain balance against the holdings reported."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from monitor.model import Event
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match
from monitor.rules.series import latest_by_period, value
from monitor.vocabulary import metrics as metric_names
from monitor.vocabulary.kinds import METRIC_KINDS, ONCHAIN_BALANCE
from monitor.vocabulary.payloads import MetricPayload, OnchainBalancePayload
from monitor.vocabulary.periods import Period


class OnchainHoldingsConfig(ConditionConfig):
    kind: Literal["onchain_holdings"]
    metric: str = Field(metric_names.BTC_HELD, description="the reported holdings metric")
    tolerance_percent: float = Field(
        5.0, ge=0, description="difference allowed, in percent of the reported figure"
    )
    tolerance_btc: float | None = Field(
        None, ge=0, description="difference allowed in BTC (instead of tolerance_percent)"
    )


@CONDITIONS.register("onchain_holdings")
class OnchainHoldings(Condition):
    """Fires when the confirmed balance of a company's watched address sets (source kind
    `btc_address`, summed over its sets) differs from the last reported holdings (`metric`,
    default `btc_held`, the latest month) by more than the tolerance. Judged when either a
    balance changes or a new figure is reported; once per reported period and direction
    (`below` or `above`). Nothing fires before both are known. The reason names who
    attributed the addresses: a partial or third-party-labelled set is expected to differ.

    ```yaml
    condition: {kind: onchain_holdings, tolerance_percent: 5}
    ```
    """

    Config = OnchainHoldingsConfig
    config: OnchainHoldingsConfig

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        is_report = (
            event.kind in METRIC_KINDS
            and MetricPayload.from_event(event).metric == self.config.metric
        )
        if event.kind != ONCHAIN_BALANCE and not is_report:
            return []
        balances = history.latest_per_subject(ONCHAIN_BALANCE, entity, event)
        reports = latest_by_period(
            history.metric_events(entity, self.config.metric, event), "month"
        )
        if not balances or not reports:
            return []
        period = max(reports)
        if is_report and reports[period].id != event.id:
            return []  # an older period's figure: the latest report stands
        return self._judge(entity, period, reports[period], balances, event)

    def _judge(
        self, entity: str, period: Period, report: Event, balances: list[Event], event: Event
    ) -> list[Match]:
        reported = value(report)
        held = [OnchainBalancePayload.from_event(b) for b in balances]
        onchain = sum(float(b.balance_btc or 0) for b in held)
        difference = onchain - reported
        allowed = self._allowed(reported)
        if abs(difference) <= allowed:
            return []
        direction = "below" if difference < 0 else "above"
        percent = difference / reported * 100 if reported else None
        sets = _described(held)
        pct = f" ({percent:+.1f}%)" if percent is not None else ""
        return [
            Match(
                entity=entity,
                subject=f"{period}:{direction}",
                reason=f"on-chain balance {onchain:,.8g} BTC is {direction} the {reported:,g} "
                f"BTC {entity} reported for {period}{pct}, beyond the tolerance of "
                f"{allowed:,.8g} BTC [{sets}]",
                values={
                    "onchain_btc": onchain,
                    "reported_btc": reported,
                    "period": str(period),
                    "difference_btc": difference,
                    "difference_percent": percent,
                    "tolerance_btc": allowed,
                    "direction": direction,
                    "address_sets": [b.address_set for b in held],
                },
                events=(*balances, report),
                occurred_at=event.occurred_at,
            )
        ]

    def _allowed(self, reported: float) -> float:
        """The difference tolerated, in BTC: `tolerance_btc`, else a share of the report."""
        return (
            self.config.tolerance_btc
            if self.config.tolerance_btc is not None
            else abs(reported) * self.config.tolerance_percent / 100
        )


def _described(held: list[OnchainBalancePayload]) -> str:
    """Each address set's balance, block and who attributed it, for the reason."""
    return "; ".join(
        f"{b.address_set}: {b.balance_btc:,.8g} BTC at block "
        f"{b.block_height:,}, {b.attribution_text}"
        for b in held
    )
