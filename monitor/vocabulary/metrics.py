"""Metric names: the one place they are spelled.

A metric event's payload names its metric (see `MetricPayload`); text extraction may emit only
`EXTRACTED`, EDGAR's XBRL facts give `XBRL`, and a config may name further XBRL metrics of its
own. The `_usd` suffix is the metric's name, not a promise about the figure's currency: a
figure stated in RMB or CAD keeps that currency in `unit` and is never converted.
"""

from __future__ import annotations

from typing import Final

# BTC quantities.
BTC_SOLD: Final = "btc_sold"
BTC_PRODUCED: Final = "btc_produced"
BTC_HELD: Final = "btc_held"
# Money.
BTC_SALE_PROCEEDS: Final = "btc_sale_proceeds_usd"
DEBT_TOTAL: Final = "debt_total_usd"
# Principal of new debt taken on in a period (notes closed, loans drawn): debt rising.
DEBT_ISSUED: Final = "debt_issued_usd"
DEBT_REPAID: Final = "debt_repaid_usd"
INTEREST_EXPENSE: Final = "interest_expense_usd"
AI_CAPEX: Final = "ai_capex_usd"
FINANCE_LEASES: Final = "finance_lease_liabilities_usd"
CRYPTO_FAIR_VALUE: Final = "crypto_fair_value_usd"
# Quantities of other crypto assets.
CRYPTO_UNITS: Final = "crypto_units_held"
# Power.
AI_CAPACITY: Final = "ai_capacity_mw"
# Value-less observations.
AI_MILESTONE: Final = "ai_milestone"
INTENT: Final = "intent"

# What text extraction may emit (a closed set: anything else is a bug of the extractor).
EXTRACTED: Final = (
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
# What EDGAR's XBRL facts give without configuration.
XBRL: Final = (DEBT_TOTAL, FINANCE_LEASES, INTEREST_EXPENSE, CRYPTO_FAIR_VALUE, CRYPTO_UNITS)
