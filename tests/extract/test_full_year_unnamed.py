"""'For the full year' with no year stated is the year the document reports, not a month.

Class (review finding c, issue 16): "For the full year, annual interest expense was $8.4
million" in a release whose title names no period took the month of publication, as did every
flow under "for the full year" / "during the year" when the document has no report year. The
Periods rule takes the report's own period; a full-year release names its year elsewhere (the
period its prose or lead names: "revenue … for 2024"), and a full-year results release published
early in the year reports the year that has just ended (the year before publication), which is
how the resolver already dates "for the full year" in a December update or a Q4 release.
Kept: a report year the title names; a flow whose own sentence names its period; "the year" in a
document that is no full-year release and names no year (left to the publication month, as
before). Expected periods follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

# (text, published, expected (metric, value, period))
CASES: list[tuple[str, str, set[tuple[str, float, str | None]]]] = [
    (
        "Northfield Digital Reports Full Year Results\n\n"
        "Revenue rose 40% on higher hashrate. For the full year, annual interest expense was "
        "$8.4 million, down from the prior year on lower equipment loan balances.",
        "2025-02-27",
        {("interest_expense_usd", 8_400_000.0, "2024")},
    ),
    (
        "Acme Mining Announces Annual Results and Operational Update\n\n"
        "For the full year, the Company mined 1,214 bitcoin and interest expense was $3.1 "
        "million.",
        "2025-03-18",
        {("btc_produced", 1214.0, "2024"), ("interest_expense_usd", 3_100_000.0, "2024")},
    ),
    (
        "Acme Mining (ACME) posted results on Thursday. Revenue for 2024 reached $61.2 million "
        "as hashprice weighed on margins. For the full year, interest expense was $4.0 "
        "million.",
        "2025-04-03",
        {("interest_expense_usd", 4_000_000.0, "2024")},
    ),
    # kept: the title's year; the sentence's own period
    (
        "Acme Reports Fourth Quarter and Full Year 2024 Results\n\n"
        "For the full year, annual interest expense was $12.5 million.",
        "2025-02-20",
        {("interest_expense_usd", 12_500_000.0, "2024")},
    ),
    (
        "Northfield Digital Reports Full Year Results\n\n"
        "In the fourth quarter of 2024, interest expense was $2.2 million.",
        "2025-02-27",
        {("interest_expense_usd", 2_200_000.0, "2024-Q4")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_full_year_unnamed(
    text: str, published: str, expected: set[tuple[str, float, str | None]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity="ACME")
    got = {
        (item.metric, float(item.value), item.period) for item in found if item.value is not None
    }
    assert got == expected
