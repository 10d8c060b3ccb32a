"""English holdout misses of issue 16 (helper gaps26en): wordings the readers did not take.

* A repayment's second amount joined to a first whose instrument is "debt": "pay off $2.0
  million in equipment-related debt as well as $16.5 million in its BTC-backed facility"
  (README decided case 11: each stated part of a repayment).
* A rewrite's verbs for mining: "it created 1,106 BTC in June", a spinner's "the corporate
  minded 147 Bitcoins throughout the month of December".
* A payment "to settle" a debtor's loans: "$44.5 million was paid to settle Stronghold's
  outstanding loans" (decided case 32: the payment, when no principal is stated).
* Coins mined "as of" a month's end are a running total, not the month's production ("it
  mined 2457 BTC as of September-end this year", beside "406 BTC in September").
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract


def _read(text: str, entity: str, published: dt.date) -> set[tuple[str, str, str]]:
    found = extract(text, content_type="text/plain", published=published, entity=entity)
    return {(item.metric, str(item.value), item.period) for item in found}


_JANUARY_2023 = dt.date(2023, 1, 4)
_SALE = "Bitfarms sold 1,755 BTC for a total of $29.9 million during the month of December 2022. "
REPAID_PARTS = [
    (
        _SALE + "The company then used this money to pay off $2.0 million in equipment-related "
        "debt as well as $16.5 million in its BTC-backed facility.",
        {("debt_repaid_usd", "2000000", "2022-12"), ("debt_repaid_usd", "16500000", "2022-12")},
    ),
    (
        "In December, Bitfarms repaid $2.0 million of equipment debt and $16.5 million of its "
        "Galaxy credit facility.",
        {("debt_repaid_usd", "2000000", "2022-12"), ("debt_repaid_usd", "16500000", "2022-12")},
    ),
    # near misses: the second amount is no debt's part (no instrument after it)
    (
        "In December, Bitfarms repaid $2.0 million in equipment-related debt as well as $16.5 "
        "million in share buybacks.",
        {("debt_repaid_usd", "2000000", "2022-12")},
    ),
    (
        "In December, Bitfarms repaid $2.0 million in equipment-related debt and spent $16.5 "
        "million in its Paraguay facility.",
        {("debt_repaid_usd", "2000000", "2022-12")},
    ),
]


_JULY_2022 = dt.date(2022, 7, 6)
MINED_WORDS = [
    ("CORZ", "In its report, the company stated that it created 1,106 BTC in June.", {"1106"}),
    ("CORZ", "Core Scientific created 1,106 bitcoins in June, its report said.", {"1106"}),
    (
        "ARBK",
        "In accordance with Argo’s buying and selling replace, the corporate minded 147 Bitcoins "
        "throughout the month of June, in comparison with 198 BTC produced a month earlier.",
        {"147"},
    ),
    # near misses: no coins counted after the verb
    ("CORZ", "In June, the company created a new bitcoin treasury policy for 1,106 staff.", set()),
    ("CORZ", "The company created 1,106 jobs in June as its bitcoin mining grew.", set()),
    ("ARBK", "The board minded the risks of holding 147 Bitcoins through June.", set()),
]


@pytest.mark.parametrize(("entity", "text", "values"), MINED_WORDS)
def test_a_rewrites_verbs_for_mining(entity: str, text: str, values: set[str]) -> None:
    found = _read(text, entity, _JULY_2022)
    assert {value for metric, value, _ in found if metric == "btc_produced"} == values
    assert all(period == "2022-06" for metric, _, period in found if metric == "btc_produced")


_MARCH_2025 = dt.date(2025, 3, 17)
SETTLED_LOANS = [
    (
        "Additionally, around $44.5 million was paid to settle Stronghold’s outstanding loans, "
        "bringing the total acquisition value to $110 million.",
        {("debt_repaid_usd", "44500000", "2025-03")},
    ),
    (
        "Bitfarms said $20 million was used to settle the company's equipment loans.",
        {("debt_repaid_usd", "20000000", "2025-03")},
    ),
    # near misses: what is settled is no debt
    ("Around $44.5 million was paid to settle Stronghold’s outstanding lawsuit.", set()),
    ("Around $44.5 million was paid to settle the company's claims with its vendors.", set()),
]


DEBT_CASES = [(_JANUARY_2023, text, expected) for text, expected in REPAID_PARTS] + [
    (_MARCH_2025, text, expected) for text, expected in SETTLED_LOANS
]


@pytest.mark.parametrize(("published", "text", "expected"), DEBT_CASES)
def test_a_repayments_parts_and_settled_loans(
    published: dt.date, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {item for item in _read(text, "BITF", published) if item[0].startswith("debt")}
    assert found == expected


_OCTOBER_2021 = dt.date(2021, 10, 6)
MINED_TO_MONTH_END = [
    (
        "Riot mined 406 bitcoins in September. The company also said it mined 2457 BTC as of "
        "September-end this year, which represents a nearly 236% increase compared to the same "
        "period last year.",
        {"406"},
    ),
    (
        "Riot mined 406 bitcoins in September. It mined 2,457 BTC as of the end of September.",
        {"406"},
    ),
    # near misses: the month's own production, and a holding at the month's end
    ("Riot mined 406 BTC in September, as of the end of the quarter its best month.", {"406"}),
    ("Riot mined 406 BTC in September and held 3,534 BTC as of the end of September.", {"406"}),
]


@pytest.mark.parametrize(("text", "produced"), MINED_TO_MONTH_END)
def test_coins_mined_to_a_months_end_are_a_running_total(text: str, produced: set[str]) -> None:
    found = _read(text, "RIOT", _OCTOBER_2021)
    assert {value for metric, value, _ in found if metric == "btc_produced"} == produced


def test_a_holding_at_a_months_end_stays() -> None:
    text = "Riot mined 406 BTC in September and held 3,534 BTC as of the end of September."
    assert ("btc_held", "3534", "2021-09-30") in _read(text, "RIOT", _OCTOBER_2021)


# A holding a sale left, in a month the story named before publication: that month's close
# (decided case 14); a sale dated by the publication month names no period and keeps the label.
LEFT_AFTER_SALE = [
    (
        "BITF",
        dt.date(2024, 7, 2),
        "In June, Bitfarms mined 189 BTC, marking a 21% rise from the previous month. The company "
        "sold 134 of these Bitcoins for around $8.8 million, leaving it with 905 BTC worth "
        "approximately $57 million.",
        ("btc_held", "905", "2024-06-30"),
    ),
    (
        "CORZ",
        dt.date(2022, 7, 6),
        "In June, the average price of bitcoin was running at 23 thousand dollars. At that time "
        "the company sold 7,202 BTC. After the sale, the company was left with 1,959 BTC, which "
        "is 21 percent of its total holding.",
        ("btc_held", "1959", "2022-06-30"),
    ),
    # near misses: the sale is the publication month's news, or nothing flowed
    (
        "BITF",
        dt.date(2022, 6, 21),
        "Bitfarms sold 3,000 BTC over the past seven days, leaving it with 3,349 BTC.",
        ("btc_held", "3349", "2022-06"),
    ),
    (
        "BITF",
        dt.date(2024, 7, 2),
        "In June, Bitfarms mined 189 BTC. The company is left with 905 BTC in its treasury.",
        ("btc_held", "905", "2024-06"),
    ),
]


@pytest.mark.parametrize(("entity", "published", "text", "held"), LEFT_AFTER_SALE)
def test_a_holding_a_sale_left(
    entity: str, published: dt.date, text: str, held: tuple[str, str, str]
) -> None:
    found = _read(text, entity, published)
    assert [item for item in found if item[0] == "btc_held"] == [held]
