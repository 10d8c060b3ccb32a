"""Wrong answers the twenty-third session's review left, each as a class with its near misses.

* The interest expense reduced is no repayment: "Interest expense associated with the loans
  was reduced by $4 million" (the expense's change); "… after the company's debt was reduced by
  $4 million" is the debt's (its own clause).
* An executive's possible sale of his own coins is not the company's intent (decided cases 18
  and 29): "Marathon's CEO Fred Thiel may sell some of his bitcoin holdings"; the officer
  speaking of the company's coins is its voice.
* A prior-year balance gets the prior-year date or nothing: "A year earlier, its debt stood at
  $35 million" is the comparative (README "What is NOT labelled").
* A custodian's coins are not the company's holdings, also without "for clients": "holds 320
  BTC as a custodian", "5,000 BTC in assets under custody"; "in custody with Coinbase" is the
  company's own coins at its custodian.
* A loan in bitcoin written in words and digits, "Thirty (30) Bitcoin", is 30 BTC (decided case
  47); the bitcoin pledged beside it is no debt.
* A restated note's old balance ("under which the outstanding principal balance was $900,000
  immediately before this Note") is superseded, not a balance at the document's date.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import (
    Must,
    MustInUnits,
    MustNot,
    assert_must,
    assert_must_in_units,
    found_items,
)

_INTEREST: list[tuple[str, Must, MustNot]] = [
    (
        "Interest expense associated with the loans was reduced by $4 million.",
        [],
        [("debt_repaid_usd", None)],
    ),
    ("Interest expense on its debt was reduced by $4 million.", [], [("debt_repaid_usd", None)]),
    (
        "Interest expense in the second quarter, driven by lower outstanding loan balances, was "
        "reduced by $4 million.",
        [],
        [("debt_repaid_usd", None)],
    ),
    (
        "Interest expense, following the repayment of the equipment loans in March, was reduced "
        "by $4 million compared to the prior quarter.",
        [],
        [("debt_repaid_usd", None)],
    ),
    # near miss: the debt is the subject of its own clause
    (
        "Interest expense fell after the company's debt was reduced by $4 million.",
        [("debt_repaid_usd", 4e6, "2025-08")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _INTEREST)
def test_interest_expense_reduced_is_no_repayment(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "BITF", "2025-08-01"), must, must_not)


_INTENT = ("intent", None, "2025-05")
_OFFICERS: list[tuple[str, bool]] = [
    (
        "Marathon's CEO Fred Thiel may sell some of his bitcoin holdings, he said in an interview.",
        False,
    ),
    ("Marathon's CEO Fred Thiel may sell some of his BTC next year.", False),
    # near misses: the officer speaks of the company's coins; the company itself
    ("Marathon's CEO Fred Thiel may sell part of the company's 26,000 BTC to fund growth.", True),
    ("Marathon may sell some of its bitcoin holdings next year.", True),
]


@pytest.mark.parametrize(("text", "own"), _OFFICERS)
def test_an_officers_own_coins_are_no_company_intent(text: str, own: bool) -> None:
    must: Must = [_INTENT] if own else []
    must_not: MustNot = [] if own else [("intent", None)]
    assert_must(found_items(text, "MARA", "2025-05-14"), must, must_not)


def test_a_balance_a_year_earlier_is_the_comparative() -> None:
    text = (
        "Riot had total debt of $20 million at the end of 2024. A year earlier, its debt stood "
        "at $35 million."
    )
    found = found_items(text, "RIOT", "2025-03-15")
    assert_must(found, [("debt_total_usd", 20e6, "2024-12-31")], [("debt_total_usd", 35e6)])
    alone = "A year ago, Riot had $35 million of debt outstanding."
    assert_must(found_items(alone, "RIOT", "2025-03-15"), [], [("debt_total_usd", None)])
    # near miss: "earlier this year" is this year's, at the story's date
    this_year = "Earlier this year, Riot had $35 million of debt outstanding."
    assert_must(
        found_items(this_year, "RIOT", "2025-03-15"), [("debt_total_usd", 35e6, "2025-03")], []
    )


_CUSTODY: list[tuple[str, bool]] = [
    ("As a custodian, the company holds 5,000 BTC in assets under custody.", False),
    ("The company holds 320 BTC as a custodian.", False),
    ("The company holds 2,000 ETH and 320 BTC as custodian.", False),
    ("The company holds 320 BTC in customer accounts.", False),
    # near misses: the company's own coins kept at a custodian
    ("The company holds 320 BTC in custody with Coinbase.", True),
    ("The company holds 320 BTC, held with its custodian Coinbase.", True),
]


@pytest.mark.parametrize(("text", "own"), _CUSTODY)
def test_a_custodians_coins_are_not_its_holdings(text: str, own: bool) -> None:
    found = found_items(text, "BTBT", "2025-07-15")
    if own:
        assert_must(found, [("btc_held", 320, "2025-07")], [])
    else:
        assert_must(found, [], [("btc_held", None)])


_LOAN_HEAD = (
    "LOAN AGREEMENT\n\nThis Loan Agreement is entered into as of March 15, 2024, between "
    "Digihost Technology Inc. (the “Borrower”) and Redwood Credit Partners LLC (the "
    "“Lender”).\n\n"
)


def test_a_bitcoin_loan_in_words_and_digits() -> None:
    text = _LOAN_HEAD + (
        "1. Loan. The Lender and the Borrower agree that the Lender shall make a loan to the "
        "Borrower in the amount of Thirty (30) Bitcoin (the “Loan”), secured by Sixty (60) "
        "Bitcoin pledged as collateral.\n"
    )
    must: MustInUnits = [("debt_issued_usd", 30, "BTC", "2024-03")]
    assert_must_in_units(found_items(text, "DGHI", "2024-03-15"), must, [("debt_issued_usd", 60)])


_RESTATED_HEAD = (
    "AMENDED AND RESTATED PROMISSORY NOTE\n\nDated: June 12, 2024\n\nFOR VALUE RECEIVED, "
    "Stronghold Digital Mining, Inc. (the “Maker”) promises to pay to the order of Redwood "
    "Credit Partners LLC (the “Holder”) the principal sum of $2,400,000. "
)


@pytest.mark.parametrize(
    "old",
    [
        "This Note amends and restates the Original Note, under which the outstanding principal "
        "balance was $900,000 immediately before this Note.",
        "This Note amends and restates in its entirety the Promissory Note dated March 1, 2023, "
        "which had an outstanding principal balance of $900,000 prior to the date hereof.",
    ],
)
def test_a_restated_notes_old_balance_is_no_balance(old: str) -> None:
    found = found_items(_RESTATED_HEAD + old + "\n", "SDIG", "2024-06-20")
    must: Must = [("debt_total_usd", 2.4e6, "2024-06-12")]
    assert_must(found, must, [("debt_total_usd", 9e5)])


def test_a_balance_before_a_repayment_is_still_read() -> None:
    # near miss: no restatement; a balance stated as of a day
    text = (
        "Stronghold said the outstanding principal balance of its Redwood note was $900,000 as "
        "of March 31, 2024, before it repaid the note in April."
    )
    found = found_items(text, "SDIG", "2024-05-10")
    assert_must(found, [("debt_total_usd", 9e5, "2024-03-31")], [])


_SAID_LEAD = "Riot Platforms mined 450 BTC in September, up from 420 in August.\n\nSeparately, "


@pytest.mark.parametrize(
    ("said", "published", "story"),
    [
        ("on October 10", "2025-10-15", "2025-09"),
        ("on Monday", "2025-10-15", "2025-09"),
    ],
)
def test_the_day_a_company_said_it_dates_no_debt_event(
    said: str, published: str, story: str
) -> None:
    # "…, the company said on October 10" is dated as "…, the company said on Monday" is: the
    # day of the saying, no date of the loan's own (the story's period, decided cases 7, 27)
    text = _SAID_LEAD + f"Riot secured a $50 million loan from Coinbase, the company said {said}."
    assert_must(found_items(text, "RIOT", published), [("debt_issued_usd", 5e7, story)], [])


def test_a_loan_dated_by_its_own_day_keeps_it() -> None:
    # near miss: the day is the loan's own ("on October 10, Riot secured …")
    text = _SAID_LEAD + "On October 10, Riot secured a $50 million loan from Coinbase."
    assert_must(found_items(text, "RIOT", "2025-10-15"), [("debt_issued_usd", 5e7, "2025-10")], [])
