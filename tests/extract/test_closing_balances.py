"""A balance stated at the close of a named period takes the period's last day (README
"Periods": "held 3,534 BTC at the end of September" → the month's last day).

Writers say "ended March with", "concluded the month with", "finished the quarter with",
"exited April with", "closed out the year holding". A period phrase past another figure
("…, and the company sold 600 BTC in April") dates that figure, not the balance, which then
takes the report's period label. Expected values are worked out by the README convention.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 10, 6)


def _held(text: str, published: dt.date = _PUBLISHED) -> set[tuple[Decimal | None, str | None]]:
    found = extract_text(text, published=published)
    return {(item.value, item.period) for item in found if item.metric == "btc_held"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "September 2025 Production Update. The firm concluded the month with a treasury "
            "of 13,011 BTC.",
            "2025-09-30",
        ),
        (
            "Third Quarter 2025 Results. The company finished the quarter with approximately "
            "$124.9 million in cash and 11,466 BTC.",
            "2025-09-30",
        ),
        ("September 2025 Update. Riot exited September with 9,120 BTC on hand.", "2025-09-30"),
        (
            "September 2025 Update. The miner closed out September holding 9,120 BTC.",
            "2025-09-30",
        ),
        (
            "September 2025 Update. The company wrapped up September with a treasury of 9,120 BTC.",
            "2025-09-30",
        ),
        (
            "Fourth Quarter 2024 Results. The company closed the year with 9,120 BTC in its "
            "treasury.",
            "2024-12-31",
        ),
    ],
)
def test_balance_at_the_close_of_a_period(text: str, expected: str) -> None:
    assert _held(text) == {(_value(text), expected)}


def _value(text: str) -> Decimal:
    """The one BTC figure the text states (each variant states one)."""
    value = next(v for v in ("13,011", "11,466", "9,120") if v in text)
    return Decimal(value.replace(",", ""))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The month dates the sale after the balance, not the balance: the report's label.
        (
            "April 2023 Production Update. Marathon holds a total of 11,568 BTC, all of which "
            "are unrestricted, and the company sold 600 BTC in April.",
            "2023-04",
        ),
        # A month closing a deal, not a balance, dates nothing ("in" stands between).
        (
            "April 2023 Production Update. The miner closed the deal in April and holds "
            "11,568 BTC.",
            "2023-04",
        ),
    ],
)
def test_period_of_another_clause_does_not_date_the_balance(text: str, expected: str) -> None:
    assert _held(text, dt.date(2023, 5, 3)) == {(Decimal("11568"), expected)}


def test_end_cue_still_dates_a_balance_past_another_figure() -> None:
    text = "April 2023 Update. It held 11,568 BTC and $50.2 million in cash at the end of April."
    assert _held(text, dt.date(2023, 5, 3)) == {(Decimal("11568"), "2023-04-30")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A holding reached by the year's flows is at the year's end, "now holds" too: its
        # sentence names the year (README decided case 14; all three were expected at the
        # report's label "2022-12" before it).
        (
            "December 2022 Production Update. Hut 8 said it added 3,568 BTC, all of its mined "
            "coins in 2022, to its reserves, pushing BTC holdings to 9,086.",
            "2022-12-31",
        ),
        (
            "December 2022 Production Update. The miner produced 3,568 BTC in 2022 and now holds "
            "9,086 BTC.",
            "2022-12-31",
        ),
        (
            "December 2022 Production Update. In 2022 the company mined 3,568 BTC, bringing its "
            "holdings to 9,086 BTC.",
            "2022-12-31",
        ),
    ],
)
def test_year_of_the_flows_dates_the_balance_they_reached(text: str, expected: str) -> None:
    assert _held(text, dt.date(2023, 1, 5)) == {(Decimal("9086"), expected)}


def test_year_end_still_dates_a_balance() -> None:
    text = "December 2022 Update. Hut 8 mined 3,568 BTC and ended the year with 9,086 BTC."
    assert _held(text, dt.date(2023, 1, 5)) == {(Decimal("9086"), "2022-12-31")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Summary Report: CleanSpark, Inc. (Fiscal Year Ended September 30, 2025)\n"
            "- Debt: $821.2 million net of issuance costs.",
            "2025-09-30",
        ),
        (
            "Annual results for the fiscal year ended June 30, 2025, compared with the year "
            "ended June 30, 2024.\nTotal debt: $821.2 million.",
            "2025-06-30",
        ),
        (
            "Full Year 2025 Results. Compared with the year ended December 31, 2024, revenue "
            "rose.\nTotal debt: $821.2 million.",
            "2025",  # the report states no end of its own year: the report's label
        ),
    ],
)
def test_annual_report_balance_stands_at_its_stated_year_end(text: str, expected: str) -> None:
    found = extract_text(text, published=dt.date(2025, 11, 25))
    debts = {(item.value, item.period) for item in found if item.metric == "debt_total_usd"}
    assert debts == {(Decimal("821200000"), expected)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "through <date>" dates the balance; the later "as of" dates the valuation.
        (
            "LM Funding estimated its portfolio of 142.2 bitcoins through Nov. 30 were worth "
            "$14.2 million as of Dec. 6.",
            {(Decimal("142.2"), "2024-11-30")},
        ),
        (
            "The miner's holdings of 142.2 BTC through November 30, 2024 were valued at "
            "$14.2 million as of December 6, 2024.",
            {(Decimal("142.2"), "2024-11-30")},
        ),
    ],
)
def test_balance_dated_through_a_day(text: str, expected: set[tuple[Decimal, str]]) -> None:
    assert _held(text, dt.date(2024, 12, 10)) == expected


def test_facility_available_through_a_later_day_is_no_balance_date() -> None:
    text = (
        "November 2024 Update. The company had $50 million outstanding under a credit "
        "facility available through March 31, 2026."
    )
    found = extract_text(text, published=dt.date(2024, 12, 10))
    periods = {item.period for item in found if item.metric == "debt_total_usd"}
    assert "2026-03-31" not in periods
