"""A summary whose items run on in one paragraph ("… $1.49 billion. - Debt: $702.5 million …"),
hard-wrapped at 72 columns as plain-text mail and PDF dumps have it (the form
`benchmarks.robustness`'s linebreak family writes; a-clsk-fy2025-10k-summary-debt's shape, other
figures). A wrapped line opening on "liabilities: $0.91 billion; …" is no "Label: value" row
when a sentence ends in it and a dash item follows: the paragraph's wrap after "- Debt:" is
joined, so the debt and its parts are read (README: a balance at the fiscal year's end, its
named parts too). The near miss is a real row whose value goes on after a dash with no sentence
ended before it: still a row, read as one.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from monitor.extract import extract_text

Fact = tuple[str, Decimal, str, str | None]
PUBLISHED = dt.date(2025, 11, 25)
TITLE = "Summary Report: MinerCo, Inc. (Fiscal Year Ended September 30, 2025)\n"

WRAPPED = TITLE + "\n".join(
    [
        "Business Overview - MinerCo is a data center developer focused mainly on",
        "bitcoin mining, and has expanded into AI and high-performance computing.",
        "- During FY2025, MinerCo mined ~5,210 bitcoins (net of pool fees). As of",
        "September 30, 2025, it held 8,120 bitcoin, valued at $926 million (fair",
        "value per bitcoin: $114,040). - By period end, MinerCo operated 201,310",
        "miners (188,402 in service).",
        "Key Financial Metrics - FY2025 revenues reached $512.0 million, up 40%",
        "from $365.7 million last year, mainly due to higher bitcoin production",
        "and prices. - Net income: $210.4 million (vs. prior year net loss of",
        "$95.1 million). - Cash: $31.5 million; Total assets: $2.40 billion; Total",
        "liabilities: $0.91 billion; Stockholders’ equity: $1.49 billion. - Debt:",
        "$702.5 million net (majority from $550 million of 0% convertible notes",
        "due 2030, plus $152.5 million Coinbase line of credit).",
    ]
)


def facts(text: str) -> set[Fact]:
    return {
        (item.metric, item.value, item.unit, item.period)
        for item in extract_text(text, published=PUBLISHED, entity="MINER")
        if item.value is not None
    }


def test_wrap_after_a_dash_item_label_is_joined() -> None:
    assert facts(WRAPPED) == {
        ("btc_produced", Decimal("5210"), "BTC", "2025"),
        ("btc_held", Decimal("8120"), "BTC", "2025-09-30"),
        ("debt_total_usd", Decimal("702500000"), "USD", "2025-09-30"),
        ("debt_total_usd", Decimal("550000000"), "USD", "2025-09-30"),
        ("debt_total_usd", Decimal("152500000"), "USD", "2025-09-30"),
    }


def test_row_with_a_dash_aside_stays_a_row() -> None:
    text = (
        TITLE + "Operating highlights as of September 30, 2025:\n"
        "Bitcoin held: 8,120 BTC - Up from 7,406 BTC a year earlier\nHashrate: 50 EH/s\n"
    )
    assert facts(text) == {("btc_held", Decimal("8120"), "BTC", "2025-09-30")}
