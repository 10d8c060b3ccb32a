"""A figure told again cut short: the exact one stands (README rule 20).

"Cango's February Bitcoin Mining Unveiled: 472 BTC Mined" over "Cango mined 472.7 Bitcoin (BTC)
in February": a headline or a summary rounds the coins the body states exactly. The whole
number is the same figure, not a second one (nor, dated by the headline's looser words,
another period's production that would make the exact one look recalled).

The same figure is the same period's, or a headline's (whose looser words may date it
otherwise): "Bitdeer produced 150 BTC in January and 150.4 BTC in February" tells two months.
Only a stated figure is exact (a sale derived from two holdings
restates nothing). `wholes.without_rounded_money` is the same rule for a headline's money.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from .model import FIGURE, Extracted
from .wholes import told_in_headline

# A figure up to its rounding (metric, whole number), and the periods it is stated for.
_Exact = dict[tuple[str, Decimal], set[str | None]]


def without_rounded_repeats(found: list[Extracted]) -> list[Extracted]:
    """`found` less the whole-number coin figures that another stated figure of the same
    metric gives with decimals (472 beside 472.7), for the same period or in a headline."""
    exact: _Exact = {}
    for item in found:
        if _fractional(item):
            for rounding in (ROUND_DOWN, ROUND_HALF_UP):
                exact.setdefault((item.metric, _whole(item.value, rounding)), set()).add(
                    item.period
                )
    if not exact:
        return found
    return [item for item in found if not _cut_short(item, exact)]


def _fractional(item: Extracted) -> bool:
    value = item.value
    return (
        item.unit == "BTC"
        and item.kind == FIGURE
        and value is not None
        and value != value.to_integral_value()
    )


def _whole(value: Decimal | None, rounding: str) -> Decimal:
    return (value or Decimal(0)).quantize(Decimal(1), rounding=rounding)


def _cut_short(item: Extracted, exact: _Exact) -> bool:
    value = item.value
    if (
        item.unit != "BTC"
        or item.kind != FIGURE
        or value is None
        or value < 100  # (small counts: "2 BTC" beside "2.4 BTC" may be two figures)
        or value != value.to_integral_value()
    ):
        return False
    periods = exact.get((item.metric, value), set())
    return item.period in periods or (bool(periods) and told_in_headline(item))
