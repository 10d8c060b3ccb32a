"""A sentence that lists a table's periods is no one-column table of the last of them.

Class: a filing note introduces its table with the periods it compares ("the Company's bitcoin
holdings as of March 31, 2025 and September 30, 2024:"), and the table prints one cell per
line. The last listed period before the colon heads no table of its own: read so, the header
cells became a row label and the comparative column (6,819 at September 30, 2024) was taken as
a second holding of the current date (README, decided case 12: one holding per date). The real
passage is holdout r-clsk-2025-q2fy-fastedgar-r12-bitcoin-note; a one-period sentence still
heads its one-column table.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Facts = set[tuple[str, Decimal, str]]

_NOTE = (
    "The following table presents the Company's bitcoin holdings as of March 31, 2025 and "
    "September 30, 2024:\n\nAs of\n\nBitcoin holdings\n\nMarch 31, 2025\n\nSeptember 30, 2024\n\n"
    "Number of bitcoin held\n\n11,869\n\n6,819\n\nCost basis - per bitcoin\n\n$\n\n75,660\n\n$\n\n"
    "55,408\n\nFair value - per bitcoin\n\n$\n\n82,537\n\n$\n\n63,301\n"
)
_ONE_PERIOD = (
    "The following table summarizes production for the month of April 2025:\n\n"
    "Bitcoin mined 450\nBitcoin sold 300\nBitcoin held 2,000\n"
)

CASES = [
    (_NOTE, dt.date(2025, 5, 8), {("btc_held", Decimal("11869"), "2025-03-31")}),
    (
        _ONE_PERIOD,
        dt.date(2025, 5, 6),
        {
            ("btc_produced", Decimal("450"), "2025-04"),
            ("btc_sold", Decimal("300"), "2025-04"),
            ("btc_held", Decimal("2000"), "2025-04-30"),
        },
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=["note", "one-period"])
def test_listed_periods(text: str, published: dt.date, expected: Facts) -> None:
    found = extract_text(text, published=published, entity="CLSK")
    assert {(item.metric, item.value, item.period) for item in found} == expected
