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
Class (review, mendE): (1) a units line stating a scale for shares and one for money ("shares in
Millions, $ in Thousands", as SEC R pages print it under the title, or on the title's line)
scales money by the "$" clause; a "(1,200)" cell is 1,200,000, not 1,200,000,000. The table
reader made the same error on such a page mirrored as a table. (2) README rule 3 (parts and
totals): an "Interest expense - related party" row under "Interest expense" is a part of it; the
total row is the figure. A page whose only interest row is the related-party one is read.
Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import figures_read

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

# SEC R pages print "shares in …, $ in …" under the title when the statement has share rows
_SHARES_IN_MILLIONS = """CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited) - USD ($)
shares in Millions, $ in Thousands
|3 Months Ended
|
Mar. 31, 2025
|
Mar. 31, 2024
|
|Revenue
|$ 41,207
|$ 33,950
|Interest expense
|(1,200)
|(2,310)
|Net loss
|$ (6,118)
|$ (3,402)
|Weighted average shares outstanding, basic
|312.4
|250.1
"""

# the same units line kept on the title's line
_SHARES_ON_TITLE_LINE = """STATEMENTS OF OPERATIONS - USD ($) shares in Millions, $ in Thousands
|12 Months Ended
|
Dec. 31, 2024
|
Dec. 31, 2023
|
|Revenue
|$ 376,661
|$ 280,688
|Interest expense
|(1,200)
|(900)
|Net loss per share, basic
|$ (0.42)
|$ (1.10)
|Weighted average shares outstanding, basic
|295.3
|171.6
"""

# the same page mirrored as a table (the table reader)
_SHARES_AS_TABLE = """STATEMENTS OF OPERATIONS - USD ($) shares in Millions, $ in Thousands

| | 12 Months Ended Dec. 31, 2024 | 12 Months Ended Dec. 31, 2023 |
|---|---|---|
| Revenue | $ 376,661 | $ 280,688 |
| Interest expense | (1,200) | (900) |
| Weighted average shares outstanding, basic | 295.3 | 171.6 |
"""

# a related-party part printed under the total
_RELATED_PARTY_UNDER_TOTAL = """CONSOLIDATED STATEMENTS OF OPERATIONS - USD ($)
|12 Months Ended
|
Dec. 31, 2024
|
Dec. 31, 2023
|
|Revenue
|$ 52,930,114
|$ 44,016,771
|Other income (expense):
|Interest expense
|(1,200,000)
|(950,000)
|Interest expense - related party
|(300,000)
|(210,000)
|Net loss
|$ (8,402,117)
|$ (12,755,030)
"""

# the page's only interest row is the related-party one: it is read
_RELATED_PARTY_ONLY = """CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited) - USD ($)
$ in Thousands
|3 Months Ended
|
Jun. 30, 2025
|
Jun. 30, 2024
|
|Revenue
|$ 18,744
|$ 11,020
|Interest expense - related party
|(415)
|(388)
|Net loss
|$ (2,961)
|$ (4,107)
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
    (
        _SHARES_IN_MILLIONS,
        "2025-05-12",
        {("interest_expense_usd", 1_200_000.0, "USD", "2025-Q1")},
    ),
    (
        _SHARES_ON_TITLE_LINE,
        "2025-02-27",
        {("interest_expense_usd", 1_200_000.0, "USD", "2024")},
    ),
    (
        _SHARES_AS_TABLE,
        "2025-02-27",
        {("interest_expense_usd", 1_200_000.0, "USD", "2024")},
    ),
    (
        _RELATED_PARTY_UNDER_TOTAL,
        "2025-03-31",
        {("interest_expense_usd", 1_200_000.0, "USD", "2024")},
    ),
    (
        _RELATED_PARTY_ONLY,
        "2025-08-12",
        {("interest_expense_usd", 415_000.0, "USD", "2025-Q2")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_xbrl_statement_interest(
    text: str, published: str, expected: set[tuple[str, float, str, str | None]]
) -> None:
    got = figures_read(text, "ACME", published, ("interest_expense_usd",))
    assert got == expected
