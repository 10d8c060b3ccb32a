"""The extractor's output type and the closed set of metric names it may emit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

# BTC quantities.
BTC_SOLD = "btc_sold"
BTC_PRODUCED = "btc_produced"
BTC_HELD = "btc_held"
# Money. The `_usd` suffix is the metric's name, not a promise about the figure's currency:
# a figure stated in RMB or CAD keeps that currency in `unit`/`currency` and is never converted.
BTC_SALE_PROCEEDS = "btc_sale_proceeds_usd"
DEBT_TOTAL = "debt_total_usd"
# Principal of new debt taken on in a period (notes closed, loans drawn): debt rising.
DEBT_ISSUED = "debt_issued_usd"
DEBT_REPAID = "debt_repaid_usd"
INTEREST_EXPENSE = "interest_expense_usd"
AI_CAPEX = "ai_capex_usd"
# Power.
AI_CAPACITY = "ai_capacity_mw"
# Value-less observations.
AI_MILESTONE = "ai_milestone"
INTENT = "intent"

METRICS: tuple[str, ...] = (
    BTC_SOLD,
    BTC_PRODUCED,
    BTC_HELD,
    BTC_SALE_PROCEEDS,
    DEBT_TOTAL,
    DEBT_ISSUED,
    DEBT_REPAID,
    INTEREST_EXPENSE,
    AI_CAPEX,
    AI_CAPACITY,
    AI_MILESTONE,
    INTENT,
)

# Kinds of observation.
FIGURE = "figure"  # a number the document states
DERIVED = "derived"  # a number computed from stated numbers (holdings fell, no sale given)
INTENT_KIND = "intent"  # a stated intention; never a figure
MILESTONE = "milestone"  # a concrete build-out fact, quoted

# Milestone details.
CONTRACT_SIGNED = "contract_signed"
CAPACITY_ENERGISED = "capacity_energised"
GPUS_DELIVERED = "gpus_delivered"


@dataclass(frozen=True, slots=True)
class Extracted:
    """One observation found in a document, with the quote that supports it.

    `value` is None only for `intent` and `ai_milestone`. `unit` is "BTC", "MW" or, for money,
    the currency code (then `currency` repeats it). `period` is `YYYY-MM`, `YYYY-Qn`, `YYYY` or
    an as-of date `YYYY-MM-DD`. `kind` says how we know: a stated figure, a `derived` one
    (holdings fell and no sale was stated), an `intent` or a `milestone`; `detail` names the
    milestone (contract_signed, capacity_energised, gpus_delivered). `start`/`end` are offsets
    of `evidence` in the clean text the extractor read (for HTML: `html_to_text`'s output).
    A figure read from a table cell also names the cell: `row_label` (the row's label as
    printed) and `column_label` (the column header, e.g. "January 2025").
    """

    metric: str
    value: Decimal | None
    unit: str
    currency: str | None
    period: str | None
    evidence: str
    start: int
    end: int
    kind: str = FIGURE
    detail: str | None = None
    row_label: str | None = None
    column_label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping; `value` is a JSON number (int when integral) or null."""
        return {
            "metric": self.metric,
            "value": _json_number(self.value),
            "unit": self.unit,
            "currency": self.currency,
            "period": self.period,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "detail": self.detail,
            "row_label": self.row_label,
            "column_label": self.column_label,
        }


def _json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    # Decimals here come from short printed figures (550.03), whose float repr round-trips.
    return float(value)
