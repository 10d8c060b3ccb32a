"""Review of gaps26en (helper mend26a): sentences the new readers took wrong, and near variants.

* A holding a sale left is at the named month's close only when the sale is that month's: a
  sale told "on Monday", "this week", "since then", "since its listing" (after the month)
  keeps the report's label (decided case 14 against the publication-month rule).
* An amount "of (accrued) interest" beside a repaid debt is no repaid part (interest is never
  `debt_repaid_usd`).
* "Settle" repays only a debt that is the thing settled: not "the company's loan guarantee
  litigation", "a lender's loan fee dispute", "debt-related lawsuit"; "all of Stronghold's
  outstanding loans", "Stronghold Digital Mining's outstanding loans" are repayments.
* Coins mined to a month's end are a running total in its near forms ("as of September 30",
  "till September-end", "as of end-September", "As of September-end, it mined …").
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract


def _read(text: str, entity: str, published: dt.date) -> set[tuple[str, str, str]]:
    found = extract(text, content_type="text/plain", published=published, entity=entity)
    return {(item.metric, str(item.value), item.period) for item in found}


_JUNE_STORY = "In June, Bitfarms mined 189 BTC. "
LEFT_AFTER_LATER_SALE = [
    (
        dt.date(2024, 7, 2),
        _JUNE_STORY + "On Monday, the company sold 100 BTC, leaving it with 905 BTC.",
        ("btc_held", "905", "2024-06"),
    ),
    (
        dt.date(2024, 7, 9),
        _JUNE_STORY + "This week the company sold 100 BTC, leaving it with 905 BTC.",
        ("btc_held", "905", "2024-06"),
    ),
    (
        dt.date(2025, 1, 20),
        "In the fourth quarter, Bitfarms mined 600 BTC. Since then, the company has sold 100 "
        "BTC, leaving it with 905 BTC.",
        ("btc_held", "905", "2024-Q4"),
    ),
    (
        dt.date(2025, 1, 20),
        "In December, Bitfarms mined 200 BTC. Since then, the company has sold 100 BTC, "
        "leaving it with 905 BTC.",
        ("btc_held", "905", "2024-12"),
    ),
    (
        dt.date(2024, 7, 2),
        _JUNE_STORY + "Since its listing it has sold 5,000 BTC, leaving it with 905 BTC today.",
        ("btc_held", "905", "2024-06"),
    ),
    # near miss: the named month's own sale still closes the month
    (
        dt.date(2024, 7, 2),
        _JUNE_STORY + "The company sold 134 of these Bitcoins, leaving it with 905 BTC.",
        ("btc_held", "905", "2024-06-30"),
    ),
]


@pytest.mark.parametrize(("published", "text", "held"), LEFT_AFTER_LATER_SALE)
def test_a_holding_left_by_a_later_sale_keeps_the_label(
    published: dt.date, text: str, held: tuple[str, str, str]
) -> None:
    found = _read(text, "BITF", published)
    assert [item for item in found if item[0] == "btc_held"] == [held]


_JANUARY_2023 = dt.date(2023, 1, 4)
_MARCH_2025 = dt.date(2025, 3, 17)
_DEBT_REPAID = "debt_repaid_usd"
DEBT_CASES = [
    (
        _JANUARY_2023,
        "In December, Bitfarms repaid $2.0 million of debt and $0.3 million of interest on its "
        "Galaxy facility.",
        {(_DEBT_REPAID, "2000000", "2022-12")},
    ),
    (
        _JANUARY_2023,
        "In December, Bitfarms repaid $2.0 million of equipment debt and $0.3 million of accrued "
        "interest on the loans.",
        {(_DEBT_REPAID, "2000000", "2022-12")},
    ),
    (
        _JANUARY_2023,
        "In December, Bitfarms repaid $2.0 million of equipment loans and $0.3 million of accrued "
        "interest on the loans.",
        {(_DEBT_REPAID, "2000000", "2022-12")},
    ),
    # near miss: a second instrument is a second part
    (
        _JANUARY_2023,
        "In December, Bitfarms repaid $2.0 million of equipment debt and $16.5 million of its "
        "Galaxy credit facility.",
        {(_DEBT_REPAID, "2000000", "2022-12"), (_DEBT_REPAID, "16500000", "2022-12")},
    ),
    (
        _MARCH_2025,
        "Bitfarms paid $4.5 million to settle the company's loan guarantee litigation.",
        set(),
    ),
    (
        _MARCH_2025,
        "Bitfarms paid $4.5 million to settle a former lender's loan fee dispute.",
        set(),
    ),
    (_MARCH_2025, "Bitfarms paid $4.5 million to settle Stronghold's debt-related lawsuit.", set()),
    (
        _MARCH_2025,
        "Bitfarms paid $44.5 million to settle all of Stronghold's outstanding loans.",
        {(_DEBT_REPAID, "44500000", "2025-03")},
    ),
    (
        _MARCH_2025,
        "Bitfarms paid $44.5 million to settle Stronghold Digital Mining's outstanding loans.",
        {(_DEBT_REPAID, "44500000", "2025-03")},
    ),
    (
        _MARCH_2025,
        "Additionally, around $44.5 million was paid to settle Stronghold's outstanding loans.",
        {(_DEBT_REPAID, "44500000", "2025-03")},
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), DEBT_CASES)
def test_interest_and_settled_disputes_are_no_repayment(
    published: dt.date, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {item for item in _read(text, "BITF", published) if item[0].startswith("debt")}
    assert found == expected


_SEPTEMBER = "Riot mined 406 bitcoins in September. "
MINED_TO_MONTH_END = [
    _SEPTEMBER + "It mined 2,457 BTC as of September 30.",
    _SEPTEMBER + "It mined 2,457 BTC till September-end this year.",
    _SEPTEMBER + "It produced 2,457 BTC as of end-September.",
    _SEPTEMBER + "As of September-end, it mined 2,457 BTC this year.",
]


@pytest.mark.parametrize("text", MINED_TO_MONTH_END)
def test_near_forms_of_coins_mined_to_a_months_end(text: str) -> None:
    found = _read(text, "RIOT", dt.date(2021, 10, 6))
    assert {item for item in found if item[0] == "btc_produced"} == {
        ("btc_produced", "406", "2021-09")
    }


def test_a_monthly_updates_month_end_is_its_months_production() -> None:
    # near miss: "as at month-end" in a September update is the month's own count
    text = (
        "Riot mined 406 BTC as at month-end, the company said in its September production update."
    )
    found = _read(text, "RIOT", dt.date(2021, 10, 6))
    assert {item for item in found if item[0] == "btc_produced"} == {
        ("btc_produced", "406", "2021-09")
    }


# A count since the company started mining is cumulative (What is NOT labelled); a month's own
# count beside "since" something else stays.
SINCE_STARTED = [
    ("Core Scientific has created 5,810 BTC since it started mining.", set()),
    ("Core Scientific has mined 5,810 BTC since the company started mining in 2018.", set()),
    ("Core Scientific mined 1,106 BTC in June, its best month since it started mining.", {"1106"}),
]


@pytest.mark.parametrize(("text", "produced"), SINCE_STARTED)
def test_coins_mined_since_the_start_are_cumulative(text: str, produced: set[str]) -> None:
    found = _read(text, "CORZ", dt.date(2022, 7, 6))
    assert {value for metric, value, _ in found if metric == "btc_produced"} == produced
