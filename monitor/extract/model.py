"""The extractor's output type and the closed set of metric names it may emit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

# The metric names live in the vocabulary, re-exported here for extraction's modules.
from monitor.vocabulary.metrics import (  # noqa: F401
    AI_CAPACITY,
    AI_CAPEX,
    AI_MILESTONE,
    BTC_HELD,
    BTC_PRODUCED,
    BTC_SALE_PROCEEDS,
    BTC_SOLD,
    DEBT_ISSUED,
    DEBT_REPAID,
    DEBT_TOTAL,
    INTENT,
    INTEREST_EXPENSE,
)
from monitor.vocabulary.metrics import EXTRACTED as METRICS  # noqa: F401  (what it may emit)

# Kinds of observation.
FIGURE = "figure"  # a number the document states
DERIVED = "derived"  # a number computed from stated numbers (holdings fell, no sale given)
INTENT_KIND = INTENT  # a stated intention; never a figure (named like its metric)
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
