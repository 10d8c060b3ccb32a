"""A schedule of interest expense on an R page: its total row for the quarter's column.

Class (holdout first-run miss of a 10-Q R page, issue 16): "Interest expense on the Convertible
Notes was as follows (in thousands):" over a glued span header ("Three Months Ended September 30,
2025Nine Months Ended September 30, 2025") and rows whose label stands on a line above its
amounts ("Coupon interest" / "$2,875 $8,625", …, "Total" / "$3,912 $11,702") gave nothing: the
header's dates are joined by span words, which the glued-date reader did not take, and a
"Total" row is no interest row unless the caption says what it totals. README Tables: the
current period's column (the three months: a quarter; the nine months are year to date, case
42); the components above the total are parts of it (case 3's parts and totals for a stated
total of one instrument's interest: the schedule's subject is the total). "Total interest
expense" as a row label is interest expense in any table. A "Six Months Ended" column beside a
"Three Months Ended" one is the quarter's year to date (case 42), not a half.
Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_SCHEDULE = """Schedule of Convertible Notes
Interest expense on the 2030 Convertible Notes was as follows (in thousands):
Three Months Ended September 30, 2025Nine Months Ended September 30, 2025
Coupon interest
$2,875 $8,625
Amortization of debt discount and issuance costs
1,037 3,077
Total
$3,912 $11,702
"""

_TOTAL_LABELLED = """Interest expense on the Company's notes payable consisted of the following \
(in thousands):
Three Months Ended March 31, 2025Three Months Ended March 31, 2024
Contractual interest
$1,210 $1,645
Amortization of debt issuance costs
88 102
Total interest expense
$1,298 $1,747
"""

_BESIDE_SIX_MONTHS = """Interest expense on the 2031 Notes was as follows (in thousands):
Three Months Ended June 30, 2025Six Months Ended June 30, 2025
Coupon interest
$1,640 $3,280
Amortization of debt issuance costs
415 822
Total
$2,055 $4,102
"""

# a total with no caption naming interest: not read
_OTHER_TOTAL = """Depreciation and amortization was as follows (in thousands):
Three Months Ended June 30, 2025Six Months Ended June 30, 2025
Miners
$14,120 $27,900
Facilities
2,310 4,515
Total
$16,430 $32,415
"""

# (text, published, expected (metric, value, period))
CASES: list[tuple[str, str, set[tuple[str, float, str | None]]]] = [
    (_SCHEDULE, "2025-11-06", {("interest_expense_usd", 3_912_000.0, "2025-Q3")}),
    (_TOTAL_LABELLED, "2025-05-08", {("interest_expense_usd", 1_298_000.0, "2025-Q1")}),
    (_BESIDE_SIX_MONTHS, "2025-08-07", {("interest_expense_usd", 2_055_000.0, "2025-Q2")}),
    (_OTHER_TOTAL, "2025-08-07", set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_interest_schedule_total(
    text: str, published: str, expected: set[tuple[str, float, str | None]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity="ACME")
    got = {
        (item.metric, float(item.value), item.period)
        for item in found
        if item.metric.endswith("_usd") and item.value is not None
    }
    assert got == expected
