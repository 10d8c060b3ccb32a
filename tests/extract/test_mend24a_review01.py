"""Wrong answers review01 found in the twenty-fourth session's English and table changes.

* Coins kept with another party as custodian are the company's own: "with Coinbase acting as its
  custodian", "with BitGo as custodian" (only the company acting as custodian holds for others).
* What is drawn "to date" of a loan taken before the story is a running total, no new debt
  (README "What is NOT labelled", cases 1 and 40); a loan in the story keeps its part drawn.
* A note's prose prints dollars when its table prints the same amount in thousands
  ("$250,000" beside "Promissory note | 250"): it is not scaled again.
* A relative clause of the debt's own ("the term loan, whose principal was reduced by $20
  million") is the debt's repayment, not the interest expense's change.
* A flow dated only by the day it was said ("…, the company said on October 10") takes that
  day's month when the story names no period of its own, not the later publication's.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_CUSTODY: list[tuple[str, str, str, Must, MustNot]] = [
    (
        "Riot Platforms held 19,225 BTC as of June 30, 2025, with Coinbase acting as its "
        "custodian.",
        "RIOT",
        "2025-07-03",
        [("btc_held", 19225, "2025-06-30")],
        [],
    ),
    (
        "As of March 31, 2025, the Company held 2,000 BTC with Anchorage Digital as the "
        "qualified custodian.",
        "CLSK",
        "2025-04-03",
        [("btc_held", 2000, "2025-03-31")],
        [],
    ),
    (
        "Bitfarms held 1,166 BTC at month-end, with BitGo as custodian.",
        "BITF",
        "2025-04-03",
        [("btc_held", 1166, "2025-04")],
        [],
    ),
    # near miss: the company itself is the custodian of the coins
    (
        "The company holds 320 BTC as a qualified custodian.",
        "BTBT",
        "2025-07-15",
        [],
        [("btc_held", None)],
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "must", "must_not"), _CUSTODY)
def test_coins_with_another_custodian_are_the_companys(
    text: str, entity: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)


_DRAWN_TO_DATE: list[tuple[str, str, Must, MustNot]] = [
    (
        "In March 2023, the Company entered into a $15 million delayed draw term loan with "
        "Vantage Bank. As of June 30, 2024, the Company has to date drawn down $12 million.",
        "2024-08-10",
        [],
        [("debt_issued_usd", None)],
    ),
    (
        "Bitfarms previously secured a $100 million credit facility. The Company has drawn $40 "
        "million to date.",
        "2024-08-02",
        [],
        [("debt_issued_usd", None)],
    ),
    # near miss: the loan is the story's news, its part drawn is new debt (ag1-apld-2022-11)
    (
        "Hosting provider Applied Digital secured a $15 million loan deal with Vantage Bank "
        "Texas to expand its operations in that state. The company has so far borrowed nearly "
        "$4.7 million, it said in a document filed with the SEC Monday.",
        "2022-11-15",
        [("debt_issued_usd", 4.7e6, "2022-11")],
        [],
    ),
    # near miss: a count before the loan is no year ("2000 miners")
    (
        "Applied Digital, which hosts 2000 miners, secured a $15 million loan deal with Vantage "
        "Bank Texas. The company has so far borrowed nearly $4.7 million, it said in a document "
        "filed with the SEC Monday.",
        "2022-11-15",
        [("debt_issued_usd", 4.7e6, "2022-11")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "must", "must_not"), _DRAWN_TO_DATE)
def test_drawn_to_date_of_an_earlier_loan_is_no_new_debt(
    text: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "APLD", published), must, must_not)


_NOTE = (
    "LOANS | 3 Months Ended | Mar. 31, 2024\n"
    "NOTE 6 - LOANS\n"
    "On March 15, 2024, the Company entered into a promissory note with a related party in the "
    "amount of {prose} bearing interest at 10%.\n"
    "The Company's loans consist of the following ($ in thousands):\n"
    "Promissory note | {cell} | —\n"
    "Total | {cell} | —"
)


def test_a_notes_prose_in_dollars_is_not_scaled() -> None:
    text = _NOTE.format(prose="$250,000", cell="250")
    found = found_items(text, "SDIG", "2024-05-14")
    assert_must(found, [("debt_issued_usd", 250_000, "2024-03")], [("debt_issued_usd", 250e6)])


def test_a_notes_prose_in_its_tables_thousands_is_scaled() -> None:
    # near miss: the prose prints the table's own cell, both in thousands
    text = _NOTE.format(prose="$2,500", cell="2,500")
    found = found_items(text, "SDIG", "2024-05-14")
    assert_must(found, [("debt_issued_usd", 2.5e6, "2024-03")], [("debt_issued_usd", 2500)])


def test_a_debts_relative_clause_tells_its_repayment() -> None:
    text = (
        "Interest expense on the term loan, whose principal was reduced by $20 million during "
        "the quarter ended June 30, 2024, fell to $1 million."
    )
    assert_must(found_items(text, "RIOT", "2024-08-05"), [("debt_repaid_usd", 20e6, "2024-Q2")], [])
    # near miss: the interest expense itself reduced, its clause naming the loan
    text = "Interest expense on the term loan, net of fees, was reduced by $4 million."
    assert_must(found_items(text, "RIOT", "2024-08-05"), [], [("debt_repaid_usd", None)])


_SAID_ON: list[tuple[str, str, Must]] = [
    (
        "Riot secured a $50 million loan from Coinbase, the company said on October 10.",
        "2024-11-05",
        [("debt_issued_usd", 50e6, "2024-10")],
    ),
    # near misses: the event's own day, and a story with a period of its own
    (
        "On October 3, Riot drew $50 million under its credit facility with Coinbase, the "
        "company said on October 10.",
        "2024-11-05",
        [("debt_issued_usd", 50e6, "2024-10")],
    ),
    (
        "Riot reported its third-quarter results. Riot secured a $50 million loan from "
        "Coinbase, the company said on October 10.",
        "2024-11-05",
        [("debt_issued_usd", 50e6, "2024-Q3")],
    ),
]


@pytest.mark.parametrize(("text", "published", "must"), _SAID_ON)
def test_a_flow_dated_only_by_its_saying_takes_that_month(
    text: str, published: str, must: Must
) -> None:
    assert_must(found_items(text, "RIOT", published), must, [])
