"""A "Label: value" list under a heading that names its own period reports that period.

The real passage (s-dmgi-2025-q1-advfn-gnw-results-february) is a quarterly release that also
gives a month's operational list: "Preliminary February Operational Results / - Bitcoin Mined:
27 BTC (vs 31 BTC in Jan 2025, …) / - Bitcoin Holdings: 443 BTC …". Each list reports the period
its heading names (README: the period the text names; decided case 21: a list's holding is at
that month's last day); a list under a heading that names no period keeps the report's period
(decided case 25: a quarter's holding at the quarter's last day). A bullet's bracketed aside may
wrap onto the next line; it stays the bullet's.

Expected facts follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

_TREASURY = {"btc_held", "btc_sold", "btc_produced"}
Fact = tuple[str, Decimal, str | None]

CASES: list[tuple[str, dt.date, set[Fact]]] = [
    # the real passage's two lists (its prose and other bullets cut)
    (
        "Q1 2025 Financial Results\nHighlights\n- Bitcoin Mined: 97 bitcoin mined in Q1 2025, "
        "up\n49% from Q4 2024.\nPreliminary February Operational Results\n- Bitcoin Mined: 27 BTC "
        "(vs 31 BTC in Jan 2025,\nin line with 28 days and curtailment)\n- Hashrate: 1.71 EH/s "
        "(vs 1.75 EH/s in Jan\n2025)\n- Bitcoin Holdings: 443 BTC (vs 431 BTC in Jan\n2025)\n",
        dt.date(2025, 3, 3),
        {
            ("btc_produced", Decimal("97"), "2025-Q1"),
            ("btc_produced", Decimal("27"), "2025-02"),
            ("btc_held", Decimal("443"), "2025-02-28"),
        },
    ),
    # a year-end release with the next month's update under its own heading
    (
        "Acme Mining reports results for the fourth quarter of 2024.\nFourth Quarter 2024 "
        "Highlights\n• Bitcoin produced: 300 BTC\nJanuary 2025 Production Update\n• Bitcoin "
        "produced: 110 BTC\n• Bitcoin sold: 40 BTC\n• Bitcoin holdings: 1,210 BTC\n",
        dt.date(2025, 2, 10),
        {
            ("btc_produced", Decimal("300"), "2024-Q4"),
            ("btc_produced", Decimal("110"), "2025-01"),
            ("btc_sold", Decimal("40"), "2025-01"),
            ("btc_held", Decimal("1210"), "2025-01-31"),
        },
    ),
    # a monthly section named by "Production Update", items wrapped onto a capitalised line
    (
        "Acme Mining announces third quarter 2024 results.\nPreliminary October Production "
        "Update\n- BTC Mined: 150 BTC (down from 160 BTC in\nSeptember)\n- BTC Held: 2,000 BTC "
        "(vs 1,900 BTC at September\n30)\n",
        dt.date(2024, 11, 12),
        {
            ("btc_produced", Decimal("150"), "2024-10"),
            ("btc_held", Decimal("2000"), "2024-10-31"),
        },
    ),
    # look-alike: a list under a heading naming no period keeps the report's quarter
    (
        "Acme Mining reports results for the fourth quarter of 2024.\nHighlights\n- Bitcoin "
        "produced: 300 BTC\n- Bitcoin holdings: 1,100 BTC\n",
        dt.date(2025, 2, 10),
        {
            ("btc_produced", Decimal("300"), "2024-Q4"),
            ("btc_held", Decimal("1100"), "2024-12-31"),
        },
    ),
    # look-alike: a paragraph between the heading and the list ends the heading's reach
    (
        "Acme Mining reports results for the fourth quarter of 2024.\nJanuary 2025 Production "
        "Update\nThe update below covers the quarter as a whole.\n- Bitcoin produced: 300 BTC\n",
        dt.date(2025, 2, 10),
        {("btc_produced", Decimal("300"), "2024-Q4")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_list_takes_its_heading_period(text: str, published: dt.date, expected: set[Fact]) -> None:
    found = extract_text(text, published=published, entity="ACME")
    facts = {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}
    assert facts == expected
