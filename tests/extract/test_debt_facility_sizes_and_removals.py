"""Debt read by class from the first-run misses of holdout batches t and t2 (issue 16).

* A loan facility's size is room to borrow, not new debt (README decided case 19): "Closing of
  US$16 million loan facility with Galaxy Digital" (t2-hut-2018-q3); a term loan facility, a
  facility "raised" (money in) and a stated draw stay new debt.
* What a line allows is no draw: "meaning Marathon can draw $50 million at the time of closing"
  (t2-mara-2022-08); a draw made or an option exercised is one.
* Debt removed by a conversion is debt retired: "The mandatory conversion of its warrants and
  CRVs removed $260 million in debt from its balance sheet" (t-corz-2024-q2), not a balance.
* A loan its clause dates years before the story is background (decided case 1): "dates back to
  the 2021 bull run when Stronghold borrowed $40 million" in a 2024 story (t2-sdig-2024-02).

Each first text is the real passage; the others are written for the class in other miners'
wordings, with look-alikes that must (or must not) be read.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd")
Fact = tuple[str, Decimal, str | None]


def _debt_facts(text: str, published: dt.date) -> set[Fact]:
    found = extract_text(text, published=published)
    return {
        (item.metric, item.value, item.period)
        for item in found
        if item.metric in _DEBT and item.value is not None
    }


FACILITY_SIZES = [
    "Closing of US$16 million loan facility with Galaxy Digital.",
    "Argo closed a US$20 million loan facility with Galaxy Digital, secured by a portion of its "
    "bitcoin.",
    "The company entered into a US$25 million bitcoin-backed loan facility with Galaxy Digital.",
    "Secured a $35 million equipment loan facility with NYDIG.",
]


@pytest.mark.parametrize("text", FACILITY_SIZES)
def test_a_loan_facility_size_is_not_new_debt(text: str) -> None:
    assert _debt_facts(text, dt.date(2018, 11, 8)) == set()


FACILITY_DEBT = [
    # Money that came in ("raised"), a term loan facility funded at closing, a stated draw.
    ("Raised US$16 million secured loan facility with Galaxy Digital", "16000000"),
    ("The company closed a $100 million term loan facility with Galaxy.", "100000000"),
    ("Hut 8 drew $10 million under its $25 million loan facility.", "10000000"),
]


@pytest.mark.parametrize(("text", "amount"), FACILITY_DEBT)
def test_a_facility_funded_or_drawn_is_new_debt(text: str, amount: str) -> None:
    assert _debt_facts(text, dt.date(2018, 11, 8)) == {
        ("debt_issued_usd", Decimal(amount), "2018-11")
    }


ROOM_TO_DRAW = [
    "The new term loan includes a delayed draw facility, meaning Marathon can draw $50 million at "
    "the time of closing and another $50 million 270 days after closing, the press release said.",
    "Under the amendment, Stronghold is able to draw an additional $10 million from WhiteHawk.",
    "The miner will be able to borrow a further $25 million under the loan once the site is "
    "energised.",
    "The agreement means the company can borrow up to $30 million from Galaxy against its bitcoin.",
]


@pytest.mark.parametrize("text", ROOM_TO_DRAW)
def test_what_a_loan_allows_is_no_draw(text: str) -> None:
    assert _debt_facts(text, dt.date(2022, 8, 2)) == set()


DRAWS_MADE = [
    "Marathon borrowed $50 million under the term loan at closing.",
    "Stronghold exercised its option to draw $50 million on the term loan.",
]


@pytest.mark.parametrize("text", DRAWS_MADE)
def test_a_draw_made_is_new_debt(text: str) -> None:
    assert _debt_facts(text, dt.date(2022, 8, 2)) == {
        ("debt_issued_usd", Decimal("50000000"), "2022-08")
    }


REMOVED = [
    ("The mandatory conversion of its warrants and CRVs removed $260 million in debt from its "
     "balance sheet.", "260000000"),
    ("The exchange removed $75 million of convertible notes from the balance sheet.", "75000000"),
    ("The debt-for-equity swap erased $40 million of equipment loans from the company’s books.",
     "40000000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "amount"), REMOVED)
def test_debt_removed_is_debt_retired(text: str, amount: str) -> None:
    assert _debt_facts(text, dt.date(2024, 8, 8)) == {
        ("debt_repaid_usd", Decimal(amount), "2024-08")
    }


NOT_REMOVED = [
    # Other liabilities, and a limit on debt, are not debt retired.
    "The mandatory conversion removed $260 million of liabilities from its balance sheet.",
    "The company eliminated the $50 million debt limit in its credit agreement.",
]


@pytest.mark.parametrize("text", NOT_REMOVED)
def test_no_debt_removed(text: str) -> None:
    assert _debt_facts(text, dt.date(2024, 8, 8)) == set()


RECALLED_BY_YEAR = [
    "Stronghold’s lending relationship with WhiteHawk dates back to the 2021 bull run when "
    "Stronghold borrowed $40 million in an equipment financing loan.",
    "Back in 2021, the miner borrowed $40 million from WhiteHawk to buy machines.",
    "Its relationship with Galaxy began in 2019, when the company took out a $10 million loan.",
]


@pytest.mark.parametrize("text", RECALLED_BY_YEAR)
def test_a_loan_dated_years_back_is_background(text: str) -> None:
    assert _debt_facts(text, dt.date(2024, 2, 19)) == set()


def test_a_loan_of_last_year_is_read() -> None:
    text = "In 2023, Stronghold borrowed $40 million from WhiteHawk."
    assert _debt_facts(text, dt.date(2024, 2, 19)) == {
        ("debt_issued_usd", Decimal("40000000"), "2023")
    }


def test_a_repayment_of_a_loan_taken_years_back_is_read() -> None:
    text = (
        "Argo has repaid a $35 million loan to Galaxy Digital, which was borrowed to avoid "
        "bankruptcy in 2022."
    )
    assert _debt_facts(text, dt.date(2024, 8, 20)) == {
        ("debt_repaid_usd", Decimal("35000000"), "2024-08")
    }
