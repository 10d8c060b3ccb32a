"""Condition kind `price_cross`: a price crossing a level, edge-triggered."""

from __future__ import annotations

from typing import Literal

from monitor import readable
from monitor.model import Event
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match
from monitor.vocabulary.kinds import PRICE
from monitor.vocabulary.payloads import PricePayload


class PriceCrossConfig(ConditionConfig):
    kind: Literal["price_cross"]
    direction: Literal["above", "below"]
    level: float


@CONDITIONS.register("price_cross")
class PriceCross(Condition):
    """Fires when a price moves from one side of `level` to the other (`direction`: above or
    below). Edge-triggered: it fires on the crossing only, and is armed again once the price
    has crossed back. Nothing fires until a previous price is known.

    ```yaml
    condition: {kind: price_cross, direction: above, level: 68524}
    ```
    """

    Config = PriceCrossConfig
    config: PriceCrossConfig

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        if event.kind != PRICE:
            return []
        previous = history.previous(PRICE, entity, event.subject, before=event)
        if previous is None:
            return []
        quote = PricePayload.from_event(event)
        before, now = float(PricePayload.from_event(previous).price), float(quote.price)
        if not self._crossed(before, now):
            return []
        level = self.config.level
        currency = str(quote.currency or "")
        return [
            Match(
                entity=entity,
                # Each crossing is its own subject: the alert after a re-arm is a new alert.
                subject=f"{self.config.direction}-{level:g}@{event.fingerprint[:16]}",
                reason=f"{entity} moved from {readable.amount(before, currency)} to "
                f"{readable.amount(now, currency)}, crossing {self.config.direction} "
                f"{readable.amount(level, currency)}",
                values={"price": now, "previous_price": before, "level": level}
                | ({"currency": currency} if currency else {}),
                events=(previous, event),
                occurred_at=event.occurred_at,
            )
        ]

    def _crossed(self, before: float, now: float) -> bool:
        level = self.config.level
        if self.config.direction == "above":
            return before <= level < now
        return before >= level > now
