"""README decided case 28: current and long-term portions of a debt are splits, not balances.

A 10-Q digest's "short-term loans $12.4 M … and long-term loans $98.0 M" and a balance sheet's
"Borrowings" row printed once under current and again under non-current liabilities give two
portions of one debt; their sum is arithmetic (case 9), so neither is labelled. A long-term debt
figure stated alone, with no current part beside it ("Long-term debt reached $643.9 million"),
is the balance and stays (tests/extract/test_debt_balance_frames.py).

Passages written for these tests in the shape of a filing digest and an exhibit's statement of
financial position.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_DIGEST = (
    "Ridgeway Mining 10-Q summary. Borrowings rose: short-term loans $12.4 M (Dec-24: $3.1 M) "
    "and long-term loans $98.0 M (Dec-24: $40.2 M)."
)
_STATEMENT = (
    "Exhibit 99.2\n\nRIDGEWAY MINING LTD.\n\nCondensed Interim Statements of Financial Position\n"
    "(In thousands of U.S. dollars)\n\nAs at\n \nNote\n   \nMarch 31, 2025\n   \n"
    "December 31, 2024\n \nCurrent liabilities\n \nTrade payables\n       \n$\n5,120\n   \n$\n"
    "4,870\n \nBorrowings\n \n7\n     \n18,300\n     \n9,050\n \nNon-current liabilities\n \n"
    "Lease liabilities\n         \n2,410\n     \n2,660\n \nBorrowings\n \n7\n     \n51,750\n"
    "     \n38,400\n \nTotal liabilities\n         \n77,580\n     \n54,980\n"
)

CASES = [(_DIGEST, "2025-05-12"), (_STATEMENT, "2025-05-14")]


@pytest.mark.parametrize(("text", "published"), CASES)
def test_current_and_long_term_portions_are_no_balance(text: str, published: str) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published))
    assert [(o.value, o.period) for o in found if o.metric == "debt_total_usd"] == []
