"""Condition kind `price_move`: a move of at least ±X% within a time window."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from pydantic import Field

from monitor import readable
from monitor.model import Event
from monitor.rules import CONDITIONS
from monitor.rules.base import Condition, ConditionConfig, History, Match
from monitor.vocabulary.kinds import PRICE
from monitor.vocabulary.payloads import PRICE_FIELD, PricePayload


class PriceMoveConfig(ConditionConfig):
    kind: Literal["price_move"]
    percent: float = Field(gt=0, description="smallest move, in percent")
    window_hours: float = Field(24.0, gt=0)
    direction: Literal["up", "down", "either"] = "either"
    price_field: str = Field(
        PRICE_FIELD,
        description="payload field to compare (adjusted_price: like with like across a "
        "change of quoted unit); events without it are compared on price",
    )


@CONDITIONS.register("price_move")
class PriceMove(Condition):
    """Fires when the price has moved by at least `percent` from the lowest (for up) or
    highest (for down) price seen within the last `window_hours`. One alert per direction per
    day.

    ```yaml
    condition: {kind: price_move, percent: 15, window_hours: 24}
    ```
    """

    Config = PriceMoveConfig
    config: PriceMoveConfig

    def on_event(self, event: Event, entity: str, history: History) -> list[Match]:
        if event.kind != PRICE or self._price(event) is None:
            return []
        since = event.occurred_at - timedelta(hours=self.config.window_hours)
        earlier = [
            e
            for e in history.window(PRICE, entity, event.subject, since, event)
            if self._price(e) is not None
        ]
        if not earlier:
            return []
        now = self._price(event)
        assert now is not None
        matches = []
        for direction, reference in self._references(earlier):
            ref_price = self._price(reference) or 0.0
            moved = (now - ref_price) / ref_price * 100 if ref_price else 0.0
            if abs(moved) >= self.config.percent and (moved > 0) == (direction == "up"):
                matches.append(self._match(entity, event, reference, direction, moved))
        return matches

    def _references(self, earlier: list[Event]) -> list[tuple[str, Event]]:
        refs = []
        if self.config.direction in ("up", "either"):
            refs.append(("up", min(earlier, key=lambda e: self._price(e) or 0.0)))
        if self.config.direction in ("down", "either"):
            refs.append(("down", max(earlier, key=lambda e: self._price(e) or 0.0)))
        return refs

    def _price(self, event: Event) -> float | None:
        figure = event.payload.get(self.config.price_field, PricePayload.from_event(event).price)
        return float(figure) if isinstance(figure, int | float) else None

    def _match(
        self, entity: str, event: Event, reference: Event, direction: str, moved: float
    ) -> Match:
        hours = self.config.window_hours
        currency = str(PricePayload.from_event(event).currency or "")
        values: dict[str, object] = {
            "price": _traded(event),
            "reference_price": _traded(reference),
            "change_percent": moved,
            "window_hours": hours,
            "reference_at": reference.occurred_at.isoformat(),
        }
        adjusted = self.config.price_field != PRICE_FIELD and any(
            self.config.price_field in e.payload for e in (event, reference)
        )
        if adjusted:
            values["compared_on"] = self.config.price_field
            values[f"reference_{self.config.price_field}"] = self._price(reference)
            values[self.config.price_field] = self._price(event)
        if currency:
            values["currency"] = currency
        # People know the prices the stock traded at; an adjusted comparison says so.
        traded = (
            f"traded {readable.amount(_traded(reference), currency)} → "
            f"{readable.amount(_traded(event), currency)}"
        )
        basis = f"; compared on the {self.config.price_field.replace('_', ' ')}" if adjusted else ""
        return Match(
            entity=entity,
            subject=f"{direction}:{event.occurred_at.date().isoformat()}",
            reason=f"{entity} moved {readable.percent(moved, signed=True)} within "
            f"{readable.number(hours)}h ({traded}{basis})",
            values=values,
            events=(reference, event),
            occurred_at=event.occurred_at,
        )


def _traded(event: Event) -> float | None:
    figure = PricePayload.from_event(event).price
    return float(figure) if isinstance(figure, int | float) else None
