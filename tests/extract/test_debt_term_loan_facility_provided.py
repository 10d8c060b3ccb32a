"""An agreement that provides for a term loan facility of a principal amount: new debt.

Real: s-slnh-2025-03-sec-10k-galaxy-term-loan, "The Galaxy Loan Agreement provides for a term
loan facility in the principal amount of $5.0 million", after "entered into a Loan Agreement"
(README decided case 6: an agreement entered into; decided case 19: a term loan funded at closing
counts at its principal). A revolving or delayed-draw facility the agreement provides is room to
borrow, and an agreement that "will provide" is a plan.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import debt_facts, issued

_PUBLISHED = dt.date(2025, 3, 31)

TERM_LOANS = [
    (  # real (cut): s-slnh-2025-03-sec-10k-galaxy-term-loan
        "On March 12, 2025, Soluna SW LLC (the “SW Borrower”), a Delaware limited liability "
        "company and subsidiary of Soluna SW Holdings LLC (“SW Holdings”), entered into a Loan "
        "Agreement (the “Galaxy Loan Agreement”) with SW Holdings and Galaxy Digital LLC (the "
        "“Lender”).\nThe Galaxy Loan Agreement provides for a term loan facility in the principal "
        "amount of $5.0 million (the “Term Loan Facility”). The Term Loan Facility bears interest "
        "at a rate of 15.0% per annum.",
        "5000000",
    ),
    (
        "The Loan Agreement provides for a term loan facility of $12.5 million, maturing in 2028.",
        "12500000",
    ),
    (
        "The Credit Agreement provides for a senior secured term loan facility in the aggregate "
        "principal amount of $75.0 million.",
        "75000000",
    ),
]


@pytest.mark.parametrize(("text", "amount"), TERM_LOANS)
def test_a_term_loan_facility_provided_is_new_debt(text: str, amount: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == {issued(amount, "2025-03")}


LINES_OR_PLANS = [
    "The Credit Agreement provides for a revolving credit facility of up to $50 million.",
    "The Loan Agreement provides for a delayed draw term loan facility of up to $100 million.",
    "The Loan Agreement will provide for a term loan facility of $5 million once signed.",
]


@pytest.mark.parametrize("text", LINES_OR_PLANS)
def test_a_line_or_a_planned_loan_is_not(text: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == set()
