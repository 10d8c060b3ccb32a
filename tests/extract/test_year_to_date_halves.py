"""README decided case 42: "six months ended" in a quarterly report is year to date.

A 10-Q's (or a monthly update's) "six months ended June 30" figure, a "Six Months" column
beside the months, and an interim table's bare "Period ended 30 June" are cumulative spans: not
read as a half, nor as any period. A half is read only where the text names it as a half
("first half of 2025", "H1 2025", "half-year results"); the corpus's Argo interim releases keep
their H1 labels (c-arbk-2024-h1-production, u2-arbk-2025-h1-rns-highlights).

Passages written for these tests, shaped like a 10-Q digest, a filing note, a monthly update's
table and an interim results exhibit.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_TEN_Q_DIGEST = (
    "Northline Digital Inc. filed its quarterly report for the period ended June 30, 2025, "
    "reporting a net loss of $2.1 million.\n"
    "As of June 30, 2025, the Company operated 3,100 mining machines at a hosting site in "
    "Georgia. For the six months ended June 30, 2025, the Company mined a total of 41.8 "
    "bitcoins, generating US$3.9 million in revenue."
)
_FILING_NOTE = (
    "Note 3. Liquidity\n\n"
    "At September 30, 2023, the Company had cash of $41.2 million. During the six months ended "
    "September 30, 2023, the Company sold 740 Bitcoin for proceeds of approximately $19.6 "
    "million. The Company believes its cash on hand is sufficient for at least one year."
)
_MONTHLY_TABLE = (
    "Crestfield Mining Provides Monthly Bitcoin Mining Update for Month Ended June 30, 2025\n\n"
    "Metrics\n\n"
    "One Month May 31, 2025\n\n"
    "One Month June 30, 2025\n\n"
    "Six Months June 30, 2025\n"
    "Bitcoin Beginning Balance 80.2 88.0 60.4\n"
    "Bitcoin Mined, net 12.3 9.6 71.9\n"
    "Bitcoin Sold (4.5) (7.0) (41.7)\n"
    "Bitcoin Holdings 88.0 90.6 90.6\n"
)
_INTERIM_TABLE = (
    "Exhibit 99.1\nKestrel Hashing plc 2025 Interim Results\n"
    "|\nPeriod ended\n|\nPeriod ended\n|\n|\n30 June 2025\n|\n30 June 2024\n|\n|\n$'000\n|\n"
    "$'000\n|\n|\nNet Loss\n|\n(6,410)\n|\n(12,980)\n|\nInterest\nexpense\n|\n1,745\n|\n3,020\n|\n"
    "Depreciation\nand amortisation\n|\n2,210\n|\n7,450\n|\nAdjusted EBITDA\n|\n(1,905)\n|\n"
    "4,480\n"
)

# (text, published, metric) - no observation of `metric` dated by a half
CASES = [
    (_TEN_Q_DIGEST, "2025-08-14", "btc_produced"),
    (_FILING_NOTE, "2023-11-09", "btc_sold"),
    (_FILING_NOTE, "2023-11-09", "btc_sale_proceeds_usd"),
    (_MONTHLY_TABLE, "2025-07-15", "btc_produced"),
    (_MONTHLY_TABLE, "2025-07-15", "btc_sold"),
    (_INTERIM_TABLE, "2025-09-29", "interest_expense_usd"),
]


@pytest.mark.parametrize(("text", "published", "metric"), CASES)
def test_year_to_date_span_is_no_half(text: str, published: str, metric: str) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published))
    halves = [o for o in found if o.metric == metric and "-H" in (o.period or "")]
    assert halves == []


def test_monthly_column_still_read() -> None:
    # the month's own column beside the year-to-date one is read; the cumulative column is not
    found = extract_text(_MONTHLY_TABLE, published=dt.date(2025, 7, 15))
    produced = {(str(o.value), o.period) for o in found if o.metric == "btc_produced"}
    assert produced == {("9.6", "2025-06")}
