"""Two more wordings of the blind batch ag (issue 16), each with its near misses.

* A loan document whose opening says it "is entered into between" its parties states its loan
  in a recital: "WHEREAS, Lender has agreed to loan Borrower $500,000.00 for the acquisition of
  certain equipment" (ag1-intv-2022-06-bhp-loan-500k): new debt in the document's month
  (README rule 6). Not a ceiling ("up to"), not a draft that "will be entered into", not the
  company's own loan out.
* An investor blog's "holds 235.9 in Ethereum and 47.6 in Bitcoin" (ag2-cstr-2021-09): the
  bitcoin count of the pair is the holding; dollar sums "in Bitcoin" are not counts.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_INTV = """LOAN AGREEMENT AND PROMISSORY NOTE
EXHIBIT 4.1
LOAN AGREEMENT AND PROMISSORY NOTE
This Loan Agreement and Promissory Note (this "Note"), dated as of June 15, 2022, is entered into between Integrated Ventures, Inc., a Nevada corporation (the "Borrower"), and BHP Capital NY, Inc., a Florida corporation (the "Lender").
RECITALS:
RECITALS
A. WHEREAS, Lender has agreed to loan Borrower $500,000.00 for the acquisition of certain equipment (the “Purchased Equipment”) for use in connection with the Borrower’s business.
B. To secure the amounts borrowed to acquire the Purchased Equipment, Borrower is granting to Lender a security interest in the assets and equipment set forth in Schedule A attached hereto (the “Collateral”).
"""  # noqa: E501

_RECITALS: list[tuple[str, str, Must, MustNot]] = [
    ("the loan document as filed", _INTV, [("debt_issued_usd", 5e5, "2022-06")], []),
    (
        "a ceiling",
        _INTV.replace(
            "agreed to loan Borrower $500,000.00", "agreed to loan Borrower up to $500,000.00"
        ),
        [],
        [("debt_issued_usd", None)],
    ),
    (
        "a draft to be entered into",
        _INTV.replace("is entered into between", "will be entered into between"),
        [],
        [("debt_issued_usd", None)],
    ),
    (
        "the company lends",
        _INTV.replace('(the "Borrower"), and BHP', '(the "Lender"), and BHP').replace(
            'Florida corporation (the "Lender")', 'Florida corporation (the "Borrower")'
        ),
        [],
        [("debt_issued_usd", None)],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), _RECITALS)
def test_a_recital_of_an_agreement_entered_into_states_its_loan(
    name: str, text: str, must: Must, must_not: MustNot
) -> None:
    # (the company named by its name: the ticker list does not know this small miner)
    assert_must(found_items(text, "Integrated Ventures", "2022-06-15"), must, must_not)


# ag2-cstr-2021-09-moneyeh-blog-47-6-btc-held (MoneyEh, 15 Sep 2021), its sentence
_CSTR = (
    "According to their last news report (September 15th, 2021), the Company had "
    "CAD$34,424,517 in total assets including $18,300,000 in cash, holds 235.9 in Ethereum and "
    "47.6 in Bitcoin for $4,667,064 in liabilities."
)

_PAIRS: list[tuple[str, Must, MustNot]] = [
    (_CSTR, [("btc_held", 47.6, "2021-09-15")], [("btc_held", 235.9)]),
    # near misses: dollar sums in each coin; coins kept for clients
    (
        "The Company holds $1.2 million in Ethereum and $4.5 million in Bitcoin.",
        [],
        [("btc_held", None)],
    ),
    (
        "The Company holds 235.9 in Ethereum and 47.6 in Bitcoin for its clients.",
        [],
        [("btc_held", None)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _PAIRS)
def test_counts_in_each_coin(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "CSTR", "2021-09-15"), must, must_not)
