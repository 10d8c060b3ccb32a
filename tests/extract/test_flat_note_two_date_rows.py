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


# Other writers' forms of the same note (benchmarks.robustness families date_order, nbsp,
# thousands): the day-first dates of a UK or Canadian filer ("30 June 2024"), a page copied with
# no-break or narrow no-break spaces, and figures printed without thousands separators. Each is
# the first table's note as another writer prints it, and gives the same balances.
OTHER_FORMS = [
    pytest.param(
        "NOTE 7 – NOTES PAYABLE Notes payable consisted of the following as of 30 June 2024, "
        "and 31 December 2023: 30 June 2024 31 December 2023 $820,000 loan, with interest "
        "at 3.25%, due August 2025. 410,500 612,250 $1,500,000 equipment note, with interest at "
        "8.50%, due March 2024. — 375,000 $12,000,000 term loan, with interest at 11.00%, due "
        "June 2026. 9,000,000 [A] 10,500,000 $4,200,000 maximum advance loan, with interest at "
        "9.75%, due May 2025. Balance is the amount drawn as of 30 June 2024. 2,730,000 [B] —",
        dt.date(2024, 8, 12),
        {
            _usd("410,500", "2024-06-30"),
            _usd("9,000,000", "2024-06-30"),
            _usd("2,730,000", "2024-06-30"),
        },
        id="day-first-dates",
    ),
    pytest.param(
        # a day-first date whose day could be a month (1 October): the document's own order
        "Note 5. Borrowings The Company's borrowings were as follows at 1 October 2023 and "
        "1 October 2022: 1 October 2023 1 October 2022 $2,400,000 financing agreement "
        "for miners, bearing interest at 12.0%, due October 2024. 1,650,200 1,980,400 "
        "$25,000,000 Convertible Note, with interest at 8.00%, due January 2027. 25,000,000 — ",
        dt.date(2023, 11, 15),
        {_usd("1,650,200", "2023-10-01"), _usd("25,000,000", "2023-10-01")},
        id="day-first-day-under-thirteen",
    ),
    pytest.param(
        "NOTE 7 – NOTES PAYABLE Notes payable consisted of the following as of June\xa030, 2024, "
        "and December\xa031, 2023: June\xa030, 2024 December\xa031, 2023 $820,000 loan, with "
        "interest at 3.25%, due August\xa02025. 410,500\xa0612,250 $1,500,000 equipment note, "
        "with interest at 8.50%, due March\xa02024. —\xa0375,000 $12,000,000 term loan, with "
        "interest at 11.00%, due June\xa02026. 9,000,000\u202f[A]\u202f10,500,000",
        dt.date(2024, 8, 12),
        {_usd("410,500", "2024-06-30"), _usd("9,000,000", "2024-06-30")},
        id="no-break-and-narrow-spaces",
    ),
    pytest.param(
        "NOTE 7 – NOTES PAYABLE Notes payable consisted of the following as of June 30, 2024, "
        "and December 31, 2023: June 30, 2024 December 31, 2023 $820000 loan, with interest "
        "at 3.25%, due August 2025. 410500 612250 $1500000 equipment note, with interest at "
        "8.50%, due March 2024. — 375000 $12000000 term loan, with interest at 11.00%, due "
        "June 2026. 9000000 [A] 10500000 $4200000 maximum advance loan, with interest at "
        "9.75%, due May 2025. Balance is the amount drawn as of June 30, 2024. 2730000 [B] —",
        dt.date(2024, 8, 12),
        {
            _usd("410,500", "2024-06-30"),
            _usd("9,000,000", "2024-06-30"),
            _usd("2,730,000", "2024-06-30"),
        },
        id="unseparated-thousands",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), OTHER_FORMS)
def test_other_writers_forms(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _debt(text, published) == expected


OTHER_FORMS_LOOK_ALIKES = [
    pytest.param(
        # a row whose prior-year cell the page dropped: its maturity year beside the one cell
        # must not be read as a second cell ("2026 9000000" is no two balances), and the rows
        # after it cannot be aligned either
        "NOTE 7 – NOTES PAYABLE Notes payable consisted of the following as of June 30, 2024, "
        "and December 31, 2023: June 30, 2024 December 31, 2023 $820000 loan, with interest "
        "at 3.25%, due August 2025. 410500 612250 $600000 loan, with interest at 5.10%, due "
        "February 2025. 98765 123456 $12000000 term loan, with interest at 11.00%, due June "
        "2026 9000000 $1500000 equipment note, with interest at 8.50%, due March 2024. "
        "— 375000",
        dt.date(2024, 8, 12),
        {_usd("410,500", "2024-06-30"), _usd("98,765", "2024-06-30")},
        id="a-year-is-no-cell",
    ),
    pytest.param(
        # day-first dates in prose, with no row of cells after them
        "The loan balances as of 30 June 2024 31 December 2023 were restated; the $820000 "
        "loan, with interest at 3.25%, is due August 2025.",
        dt.date(2024, 8, 12),
        set(),
        id="day-first-dates-in-prose",
    ),
    pytest.param(
        # a no-break space between the dates, but the rows are the caption's own terms: the
        # rates and years side by side are no cells
        "Debt consisted of the following as of June\xa030, 2024 and December\xa031, 2023: "
        "June\xa030, 2024 December\xa031, 2023 Term loan 9.75%\xa02025 2026 Equipment note "
        "8.50%\xa02024 2025",
        dt.date(2024, 8, 12),
        set(),
        id="rates-and-years-no-cells",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), OTHER_FORMS_LOOK_ALIKES)
def test_other_forms_look_alikes(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _debt(text, published) == expected
