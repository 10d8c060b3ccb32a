"""Notes named as what raised the company's cash are notes issued (`debt_funded_cash`).

v2-cifr-2025-q3-earnings-summary: "cash and equivalents reached $1.207B driven by the upsized
$1.3B 0% 2031 converts and subsequent pricing of $1.4B 7.125% senior secured notes": the
converts' money is in the cash, so they closed (README decided case 6), even though the same
sentence tells another offering only priced. The priced notes, a repayment that moved the cash
and a BTC sale are not new debt.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 4)
Fact = tuple[str, Decimal, str | None]
ISSUED, REPAID = "debt_issued_usd", "debt_repaid_usd"

CASES = [
    # v2-cifr-2025-q3-earnings-summary (holdout), verbatim title and bullet
    (
        "Cipher Mining Inc. (CIFR)\u00b7Q3 2025 Earnings Summary\n\n"
        "  \u2022 Balance sheet strengthened materially: cash and equivalents reached $1.207B "
        "driven by the upsized $1.3B 0% 2031 converts (effective conversion price lifted to "
        "~$23.32 via capped calls) and subsequent pricing of $1.4B 7.125% senior secured notes "
        "to fund Barber Lake construction .",
        {(ISSUED, Decimal("1300000000"), "2025-Q3")},
    ),
    # variants: another cause verb, a notes offering, senior notes
    (
        "Cash rose to $1.2 billion, driven by the $1.3 billion convertible notes offering.",
        {(ISSUED, Decimal("1300000000"), "2025-11")},
    ),
    (
        "Cash and equivalents of $850 million, bolstered by the $1 billion senior notes.",
        {(ISSUED, Decimal("1000000000"), "2025-11")},
    ),
    (
        "Liquidity stood at $700 million, boosted by the recent $500 million 2030 converts; "
        "the company also priced a second offering.",
        {(ISSUED, Decimal("500000000"), "2025-11")},
    ),
    # near-misses: a repayment that moved the cash; a BTC sale
    (
        "Cash fell to $90 million, driven by the $50 million repayment of notes.",
        {(REPAID, Decimal("50000000"), "2025-11")},
    ),
    ("Cash rose to $90 million, driven by the $50 million of bitcoin sold.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_notes_raised_cash(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="CIFR")
    assert {(item.metric, item.value, item.period) for item in found} == expected
