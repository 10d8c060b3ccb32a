"""A figure told again cut short: the exact one stands (README rule 20).

"Cango's February Bitcoin Mining Unveiled: 472 BTC Mined" over "Cango mined 472.7 Bitcoin (BTC)
in February": a headline or a summary rounds the coins the body states exactly. The whole
number is the same figure, not a second one (nor, dated by the headline's looser words,
another period's production that would make the exact one look recalled).
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from .model import FIGURE, Extracted


def without_rounded_repeats(found: list[Extracted]) -> list[Extracted]:
    """`found` less the whole-number coin figures that another figure of the same metric
    states with decimals (472 beside 472.7)."""
    exact = {
        (item.metric, _whole(item.value, rounding))
        for item in found
        if _fractional(item)
        for rounding in (ROUND_DOWN, ROUND_HALF_UP)
    }
    if not exact:
        return found
    return [item for item in found if not _cut_short(item, exact)]


def _fractional(item: Extracted) -> bool:
    value = item.value
    return item.unit == "BTC" and value is not None and value != value.to_integral_value()


def _whole(value: Decimal | None, rounding: str) -> Decimal:
    return (value or Decimal(0)).quantize(Decimal(1), rounding=rounding)


def _cut_short(item: Extracted, exact: set[tuple[str, Decimal]]) -> bool:
    value = item.value
    return (
        item.unit == "BTC"
        and item.kind == FIGURE
        and value is not None
        and value >= 100  # (small counts: "2 BTC" beside "2.4 BTC" may be two figures)
        and value == value.to_integral_value()
        and (item.metric, value) in exact
    )
