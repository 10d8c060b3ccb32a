"""An XBRL statement page flattened one cell a line: its "Interest expense" row.

Class (holdout first-run misses of R pages, issue 16): an EDGAR viewer's statement of operations
("CONSOLIDATED STATEMENTS OF OPERATIONS", "|12 Months Ended", one line per column: its date,
then its unit; then "|Label" and one "|value" line per non-empty cell) gave no interest expense:
no reader rebuilt its rows. README Tables: the current period's column(s) are labelled (the
latest date of the page's shortest span: a "12 Months Ended" year, a "3 Months Ended" quarter);
each currency's column is a label of its own (Values and units: "CNY" is RMB; never converted);
prior-period columns are comparatives; a "6/9 Months Ended" span is year to date (case 42).
A row is read only when it prints a value for every column (empty cells are dropped, so a
shorter row's columns cannot be told). Scaled by the page's "in Thousands".
Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_ANNUAL_TWO_CURRENCIES = """CONSOLIDATED STATEMENTS OF OPERATIONS AND COMPREHENSIVE LOSS
|12 Months Ended
|
Dec. 31, 2024
CNY (¥)
¥ / shares
|
Dec. 31, 2024
USD ($)
$ / shares
|
Dec. 31, 2023
CNY (¥)
¥ / shares
|Revenues:
|Bitcoin mining revenue
|¥ 88,412,530
|$ 12,112,361
|¥ 64,020,117
|Cost of revenue
|(71,205,448)
|(9,755,006)
|(58,310,902)
|Impairment on mining machines
|(12,900,000)
|(1,767,262)
|Interest expense
|(6,842,115)
|(937,346)
|(5,118,730)
|Net loss
|(18,204,611)
|(2,493,917)
|(21,388,004)
"""

_QUARTER_IN_THOUSANDS = """CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited) - USD ($)
$ in Thousands
|3 Months Ended
|
Mar. 31, 2025
|
Mar. 31, 2024
|
|Revenue:
|Digital asset mining revenue
|$ 41,207
|$ 33,950
|Operating costs and expenses:
|Cost of revenue
|22,416
|17,003
|Interest expense
|(1,845)
|(2,310)
|Net income (loss)
|$ (4,102)
|$ 6,215
"""

_QUARTER_AND_YEAR_TO_DATE = """CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS - USD ($)
$ in Thousands
|3 Months Ended
|9 Months Ended
|
Sep. 30, 2024
|
Sep. 30, 2023
|
Sep. 30, 2024
|
Sep. 30, 2023
|
|Revenue
|$ 60,110
|$ 41,500
|$ 171,930
|$ 120,775
|Interest expense
|(3,250)
|(2,980)
|(9,400)
|(8,815)
"""

# a row missing a cell: its columns cannot be told
_ROW_SHORT = """CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS - USD ($)
$ in Thousands
|3 Months Ended
|
Jun. 30, 2025
|
Jun. 30, 2024
|
|Revenue
|$ 12,400
|$ 9,800
|Interest expense
|(410)
"""

# (text, published, expected (metric, value, unit, period))
CASES: list[tuple[str, str, set[tuple[str, float, str, str | None]]]] = [
    (
        _ANNUAL_TWO_CURRENCIES,
        "2025-04-28",
        {
            ("interest_expense_usd", 6_842_115.0, "RMB", "2024"),
            ("interest_expense_usd", 937_346.0, "USD", "2024"),
        },
    ),
    (
        _QUARTER_IN_THOUSANDS,
        "2025-05-12",
        {("interest_expense_usd", 1_845_000.0, "USD", "2025-Q1")},
    ),
    (
        _QUARTER_AND_YEAR_TO_DATE,
        "2024-11-08",
        {("interest_expense_usd", 3_250_000.0, "USD", "2024-Q3")},
    ),
    (_ROW_SHORT, "2025-08-11", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_xbrl_statement_interest(
    text: str, published: str, expected: set[tuple[str, float, str, str | None]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity="ACME")
    got = {
        (item.metric, float(item.value), item.unit, item.period)
        for item in found
        if item.metric == "interest_expense_usd" and item.value is not None
    }
    assert got == expected
