"""Each loan's balance in a filing's debt note that a filings site flattened to one line.

The note's header names two dates, then every row is a caption ("$499,520 loan, with interest
at 2.49%, due December 2023.") followed by one cell per date, a cell maybe a dash or carrying a
footnote mark ("17,639,433 [A]"). Written for these tests in that shape (the class of
tests/extract/real/holdout af1-sdig-2022-q3-10q-debt-table, not its text). Expected values by
the labelling convention (tests/extract/real/README.md, rules 3 and 41): each named loan's
balance in the first date's column, in the caption's currency; never the comparative column,
the caption's original amount, or a dash.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None, str | None]


def _debt(text: str, published: dt.date) -> set[Fact]:
    found = extract_text(text, published=published, entity="MINER")
    return {
        (item.metric, item.value, item.unit, item.period)
        for item in found
        if item.metric.startswith("debt_")
    }


def _usd(amount: str, date: str) -> Fact:
    return ("debt_total_usd", Decimal(amount.replace(",", "")), "USD", date)


ROWS = [
    pytest.param(
        "NOTE 7 – NOTES PAYABLE Notes payable consisted of the following as of June 30, 2024, "
        "and December 31, 2023: June 30, 2024 December 31, 2023 $820,000 loan, with interest "
        "at 3.25%, due August 2025. 410,500 612,250 $1,500,000 equipment note, with interest at "
        "8.50%, due March 2024. — 375,000 $12,000,000 term loan, with interest at 11.00%, due "
        "June 2026. 9,000,000 [A] 10,500,000 $4,200,000 maximum advance loan, with interest at "
        "9.75%, due May 2025. Balance is the amount drawn as of June 30, 2024. 2,730,000 [B] —",
        dt.date(2024, 8, 12),
        {
            _usd("410,500", "2024-06-30"),
            _usd("9,000,000", "2024-06-30"),
            _usd("2,730,000", "2024-06-30"),
        },
        id="loan-captions-dash-and-footnote-marks",
    ),
    pytest.param(
        "Note 5. Borrowings The Company's borrowings were as follows at March 31, 2023 and "
        "December 31, 2022: March 31, 2023 December 31, 2022 $2,400,000 financing agreement "
        "for miners, bearing interest at 12.0%, due October 2024. 1,650,200 1,980,400 "
        "$25,000,000 Convertible Note, with interest at 8.00%, due January 2027. 25,000,000 — "
        "$600,000 loan, with interest at 5.10%, due February 2023. — [C] 98,765",
        dt.date(2023, 5, 15),
        {_usd("1,650,200", "2023-03-31"), _usd("25,000,000", "2023-03-31")},
        id="financing-agreement-and-convertible-note",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_flattened_note_rows(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _debt(text, published) == expected


LOOK_ALIKES = [
    pytest.param(
        # the cells print no currency and no caption states an amount: no dollars guessed
        "NOTE 6 – DEBT Debt consisted of the following as of June 30, 2024, and December 31, "
        "2023: June 30, 2024 December 31, 2023 Term loan, with interest at 9.0%, due 2026. "
        "410,500 612,250 Equipment note, with interest at 8.5%, due 2025. 120,000 240,000",
        dt.date(2024, 8, 12),
        id="no-currency-anywhere",
    ),
    pytest.param(
        # rows captioned by an amount that are no loans: deposits and prepaid hosting
        "NOTE 4 – DEPOSITS Deposits consisted of the following as of June 30, 2024, and "
        "December 31, 2023: June 30, 2024 December 31, 2023 $2,000,000 purchase deposit for "
        "miners, due August 2024. 1,500,000 2,000,000 $900,000 hosting prepayment, due May "
        "2025. 450,000 900,000",
        dt.date(2024, 8, 12),
        id="deposits-not-loans",
    ),
    pytest.param(
        # two dates run together in prose, no row of cells after them
        "The loan balances as of June 30, 2024 December 31, 2023 were restated; the $820,000 "
        "loan, with interest at 3.25%, is due August 2025.",
        dt.date(2024, 8, 12),
        id="dates-in-prose-no-rows",
    ),
]


@pytest.mark.parametrize(("text", "published"), LOOK_ALIKES)
def test_look_alikes_read_no_balance(text: str, published: dt.date) -> None:
    assert {fact for fact in _debt(text, published) if fact[0] == "debt_total_usd"} == set()
