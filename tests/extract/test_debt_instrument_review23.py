"""Loan documents read by their operative words: the shapes a review found misread (README
rule 6: an executed note or agreement is new debt in its month; an amended and restated one's
principal is the balance owed on its restatement day; README decided case 47: a loan in
bitcoin keeps its unit).

- only a document that is itself amended and restated (its title, its opening) is read as
  one, and only a balance it states as a fact (not under "if …", not the balance "immediately
  before" the restatement);
- a bare balance ends at a sentence's or clause's punctuation ("is 118.25. The Borrower …");
- a ceiling with words before its figures ("up to FIVE MILLION DOLLARS ($5,000,000)", "not
  exceeding $5,000,000") and a dollar loan sized in bitcoin ("the U.S. dollar equivalent of
  40 BTC") lend no stated sum;
- Chinese translations with full-width punctuation ("日期：", "（“借款人”）").

Each case is new copy in a real exhibit's shape (other companies, other amounts), with what a
careful reader records (`must`: metric, value, unit, period) and near misses beside it
(`must_not`: metric and value, None for any).
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import assert_must_in_units, found_items

_PARTIES = (
    "LOAN AGREEMENT\n\nThis Loan Agreement is dated as of June 12, 2024, between Redwood "
    "Credit Partners LLC (the “Lender”) and Stronghold Digital Mining, Inc. (the “Borrower”).\n\n"
)
_RESTATED = (
    "AMENDED AND RESTATED LOAN AGREEMENT\n\nThis Amended and Restated Loan Agreement is made "
    "as of January 8, 2023 and amended and restated on June 12, 2024, between Northwind "
    "Lending LLC (the “Lender”) and Stronghold Digital Mining, Inc. (the “Borrower”).\n\nWHEREAS, "
    "the parties agreed that Lender shall make a loan to Borrower in the amount of 240.5 "
    "Bitcoin.\n\n"
)
_NOTE = (
    "PROMISSORY NOTE\n\nDated: June 12, 2024\n\nFOR VALUE RECEIVED, Stronghold Digital Mining, "
    "Inc. (the “Maker”) promises to pay to the order of Redwood Credit Partners LLC (the "
    "“Holder”) the principal sum of $750,000. "
)
_ZH_BODY = "\n\n1. 貸款人已同意向借款人提供金額為2,800,000.00美元的定期貸款。\n"

# (name, text, entity, published, must [(metric, value, unit, period)], must_not)
CASES = [
    (
        "note naming another restated agreement, balance under a condition",
        _NOTE + "This Note is issued under the Amended and Restated Credit Agreement. Upon an "
        "Event of Default, if the outstanding principal balance is $300,000 or more, interest "
        "accrues at 14%.\n",
        "SDIG",
        "2024-06-20",
        [("debt_issued_usd", 750000, "USD", "2024-06")],
        [("debt_total_usd", None)],
    ),
    (
        "restated note, the old balance recalled",
        "AMENDED AND RESTATED PROMISSORY NOTE\n\nDated: June 12, 2024\n\nFOR VALUE RECEIVED, "
        "Stronghold Digital Mining, Inc. (the “Maker”) promises to pay to the order of Redwood "
        "Credit Partners LLC (the “Holder”) the principal sum of $2,400,000. This Note amends "
        "and restates the Original Note, under which the outstanding principal balance was "
        "$900,000 immediately before this Note.\n",
        "SDIG",
        "2024-06-20",
        [("debt_total_usd", 2400000, "USD", "2024-06-12")],
        [("debt_issued_usd", None)],
    ),
    (
        "restated bitcoin balance, then a sentence",
        _RESTATED + "As of the Amendment Effective Date, the aggregate principal amount "
        "outstanding is 118.25. The Borrower shall repay the Loan in 12 instalments.\n",
        "SDIG",
        "2024-06-20",
        [("debt_total_usd", 118.25, "BTC", "2024-06-12")],
        [("debt_issued_usd", None), ("debt_total_usd", 240.5)],
    ),
    (
        "restated bitcoin balance, then a clause",
        _RESTATED + "As of the Amendment Effective Date, the aggregate principal amount "
        "outstanding is 118.25, and the Borrower shall repay it monthly.\n",
        "SDIG",
        "2024-06-20",
        [("debt_total_usd", 118.25, "BTC", "2024-06-12")],
        [("debt_issued_usd", None)],
    ),
    # near miss: a balance under a condition is a threshold, not what is owed
    (
        "restated bitcoin balance under a condition",
        _RESTATED + "If the aggregate principal amount outstanding is 100, the Borrower shall "
        "post additional collateral.\n",
        "SDIG",
        "2024-06-20",
        [],
        [("debt_total_usd", 100)],
    ),
    (
        "ceiling in words and figures",
        _PARTIES + "1. The Loan. The Lender agrees to lend to the Borrower a term loan in the "
        "principal amount of up to FIVE MILLION DOLLARS ($5,000,000).\n",
        "SDIG",
        "2024-06-20",
        [],
        [("debt_issued_usd", None)],
    ),
    (
        "ceiling not exceeding",
        _PARTIES + "1. The Loan. The Lender agrees to lend to the Borrower a term loan in the "
        "principal amount of not exceeding $5,000,000.\n",
        "SDIG",
        "2024-06-20",
        [],
        [("debt_issued_usd", None)],
    ),
    # near miss: the same sum in words and figures, no ceiling
    (
        "sum in words and figures",
        _PARTIES + "1. The Loan. The Lender agrees to lend to the Borrower a term loan in the "
        "principal amount of FIVE MILLION DOLLARS ($5,000,000).\n",
        "SDIG",
        "2024-06-20",
        [("debt_issued_usd", 5000000, "USD", "2024-06")],
        [],
    ),
    (
        "dollar loan sized in bitcoin",
        _PARTIES + "(a) The Loan. The Lender agrees to lend to the Borrower a loan in the "
        "principal amount of the U.S. dollar equivalent of 40 BTC, as determined on the "
        "Closing Date.\n",
        "SDIG",
        "2024-06-20",
        [],
        [("debt_issued_usd", None)],
    ),
    # near miss: a loan in bitcoin itself
    (
        "loan in bitcoin",
        _PARTIES + "(a) The Loan. The parties agree that Lender shall make a loan to Borrower "
        "in the amount of 40 BTC.\n",
        "SDIG",
        "2024-06-20",
        [("debt_issued_usd", 40, "BTC", "2024-06")],
        [],
    ),
    (
        "bitcoin figure's tail is no amount",
        _PARTIES + "(a) The Loan. The parties agree that Lender shall make a loan to Borrower "
        "in the amount of 0.123456789 Bitcoin.\n",
        "SDIG",
        "2024-06-20",
        [],
        [("debt_issued_usd", 123456789)],
    ),
    (
        "zh full-width date colon",
        "貸款協議\n\n日期：2024年4月18日" + _ZH_BODY,
        "SDIG",
        "2024-06-20",
        [("debt_issued_usd", 2800000, "USD", "2024-04")],
        [],
    ),
    (
        "zh maturity date first",
        "可轉換本票\n\n原始本金金額：美國130萬美元\n到期日期：2026年4月18日\n發行日期：2024年4月18日\n",
        "SDIG",
        "2024-06-20",
        [("debt_issued_usd", 1300000, "USD", "2024-04")],
        [],
    ),
    (
        "zh company borrower, full-width parentheses",
        "貸款協議\n\n日期：2024年4月18日\n\n本協議由Stronghold Digital Mining, Inc.（“借款人”）"
        "與北星資本有限公司（“貸款人”）訂立。" + _ZH_BODY,
        "SDIG",
        "2024-06-20",
        [("debt_issued_usd", 2800000, "USD", "2024-04")],
        [],
    ),
    (
        "zh amended and restated note",
        "經修訂及重述的本票\n\n日期：2024年4月18日\n\n原始本金金額：美國130萬美元\n",
        "SDIG",
        "2024-06-20",
        [("debt_total_usd", 1300000, "USD", "2024-04-18")],
        [("debt_issued_usd", None)],
    ),
    # near miss: the company is the lender
    (
        "zh company lender, full-width parentheses",
        "貸款協議\n\n日期：2024年4月18日\n\n本協議由北星礦業有限公司（“借款人”）與Stronghold "
        "Digital Mining, Inc.（“貸款人”）訂立。" + _ZH_BODY,
        "SDIG",
        "2024-06-20",
        [],
        [("debt_issued_usd", None)],
    ),
    (
        "zh a general form before the amount",
        "貸款協議\n\n日期：2024年4月18日\n\n鑑於貸款人同意向借款人提供貸款，雙方同意如下："
        + _ZH_BODY,
        "SDIG",
        "2024-06-20",
        [("debt_issued_usd", 2800000, "USD", "2024-04")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "entity", "published", "must", "must_not"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_loan_document_review_shapes(
    text: str,
    entity: str,
    published: str,
    must: list[tuple[str, float, str, str]],
    must_not: list[tuple[str, float | None]],
) -> None:
    assert_must_in_units(found_items(text, entity, published), must, must_not)
