"""Loan documents filed whole: a note, a loan agreement, an equipment financing schedule, read by
their operative words (UNSEEN_MISSES, batch ae1: the extractor read none of them).

Each case is new copy in the shape of a real exhibit (other companies, other amounts), with
what a careful reader records (`must`) and a near miss beside it that must not be read
(`must_not`: a metric with a value, or None for any value). README rule 6: an agreement
entered into or a note made is done; the figure is dated by the document's own date.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import assert_must, found_items

_LEGEND = (
    "THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933, AS AMENDED. IT MAY "
    "NOT BE SOLD OR TRANSFERRED EXCEPT PURSUANT TO AN EFFECTIVE REGISTRATION STATEMENT.\n\n"
)

# (name, text, entity, published, must [(metric, value, period)], must_not [(metric, value)])
CASES = [
    # The company makes the note: its principal is new debt, in the month the note is dated
    # (filed later with a 10-Q: the note's date, not the filing's).
    (
        "maker promises to pay",
        "Exhibit 10.3\n\nPROMISSORY NOTE\n\n$2,250,000 Dated: March 3, 2023\n\n"
        "1. Principal. FOR VALUE RECEIVED, Cipher Mining Inc., a Delaware corporation "
        "(“Maker”), promises to pay to the order of Alder Creek Capital, LP, a Delaware limited "
        "partnership (“Holder”), the principal sum of\n\n$2,250,000 (the “Obligation”), which "
        "represents the principal amount advanced by Holder to Maker.\n",
        "CIFR",
        "2023-05-08",
        [("debt_issued_usd", 2250000, "2023-03")],
        [],
    ),
    # A maker named without a defined term before its promise: still the maker, not the holder.
    (
        "maker without a defined term",
        "PROMISSORY NOTE\nDated: May 2, 2024\nFOR VALUE RECEIVED, LM Funding America, Inc. "
        "hereby promises to pay to the order of Brookline Capital LLC (the “Holder”) the "
        "principal sum of US$2,000,000.\n",
        "LMFA",
        "2024-05-02",
        [("debt_issued_usd", 2000000, "2024-05")],
        [],
    ),
    # The company is the payee (equipment it sold on credit): its receivable, not its debt.
    (
        "company is the lender",
        "Exhibit 10.4\nPROMISSORY NOTE\n$2,250,000.00\nMarch 3, 2023\nFor value received, "
        "HILLTOP HOSTING LLC, a Texas limited liability company (“Borrower”) promises to pay "
        "to the order of CIPHER MINING INC., a Delaware corporation (“Lender”), the principal "
        "amount of Two Million, Two Hundred Fifty Thousand and 00/100 Dollars ($2,250,000.00), "
        "plus interest on the unpaid principal balance.\n",
        "CIFR",
        "2023-03-03",
        [],
        [("debt_issued_usd", None), ("debt_total_usd", None)],
    ),
    # A subsidiary borrows a single-advance term loan under an agreement entered into.
    (
        "lender agrees to lend",
        "Exhibit 10.1\nLOAN AGREEMENT\nTHIS LOAN AGREEMENT is made and entered into on June 2, "
        "2024 by and between:\nLENDER: Harbour Point Finance Limited (the “Lender”), and\n"
        "BORROWER: Riot Blockchain Texas, LLC (the “Borrower”).\n1.1. Principal Amount of "
        "Loan: The Lender agrees to lend to the Borrower, in a single advance on the Closing "
        "Date, a term loan in the principal amount of FIVE MILLION UNITED STATES DOLLARS "
        "($5,000,000.00) (the “Loan”).\n",
        "RIOT",
        "2024-06-02",
        [("debt_issued_usd", 5000000, "2024-06")],
        [],
    ),
    # The same form with its blanks unfilled: no amount was lent.
    (
        "form with blanks",
        "Exhibit 10.1\nLOAN AGREEMENT\nTHIS LOAN AGREEMENT is made and entered into on June 2, "
        "2024 by and between the Lender and Riot Blockchain Texas, LLC (the “Borrower”).\n"
        "1.1. The Lender agrees to lend to the Borrower a term loan in the principal amount of "
        "[___] DOLLARS ($[___]) (the “Loan”). The Borrower may prepay $500,000 at any time.\n",
        "RIOT",
        "2024-06-02",
        [],
        [("debt_issued_usd", None)],
    ),
    # A promise of a loan to come is not one made.
    (
        "will lend",
        "Exhibit 10.2\nLOAN AGREEMENT\nDated as of June 2, 2024\nSubject to the conditions "
        "precedent, the Lender will lend to Riot Blockchain Texas, LLC (the “Borrower”) a term "
        "loan in the principal amount of $5,000,000 after the Borrower obtains its permits.\n",
        "RIOT",
        "2024-06-02",
        [],
        [("debt_issued_usd", None)],
    ),
    # An equipment financing schedule's amount financed: the loan drawn (rule 19).
    (
        "amount financed",
        "EQUIPMENT FINANCING SCHEDULE NO. 2\nThis Equipment Financing Schedule is entered into "
        "by and between NORTHBRIDGE CAPITAL LLC (“Northbridge”) and TeraWulf Inc. (“Company”) "
        "pursuant to that certain Master Equipment Financing Agreement dated as of September "
        "9, 2022.\n1. Equipment and Total Cost. The amount financed by Northbridge under the "
        "Agreement for the Equipment is $8,400,000 (“Total Cost”).\n",
        "WULF",
        "2022-09-12",
        [("debt_issued_usd", 8400000, "2022-09")],
        [],
    ),
    # A recital of what the borrower wished for before the agreement: not its operative words.
    (
        "recital wishes to obtain",
        "LOAN AND SECURITY AGREEMENT\nDated as of September 9, 2022\nWHEREAS, TeraWulf Inc. "
        "(the “Borrower”) wishes to obtain a loan and the Lender agrees to make a loan to the "
        "Borrower in the principal amount of $8,400,000 on the terms set out below;\n",
        "WULF",
        "2022-09-12",
        [],
        [("debt_issued_usd", None)],
    ),
    # The borrower acknowledges receipt of the principal from the lender.
    (
        "acknowledges receipt",
        "PROMISSORY NOTE\n\nTHIS PROMISSORY NOTE (the ‘Note’) dated this 14th day of October "
        "2021.\n\nBitfarms Ltd.\n\n(the ‘Borrower’)\n\nhereby acknowledges the receipt of "
        "$1,250,000.00\n\n- from -\n\nMaple Leaf Ventures Inc.\n\n(the ‘Lender’)\n",
        "BITF",
        "2021-10-14",
        [("debt_issued_usd", 1250000, "2021-10")],
        [],
    ),
    # The same form with the company as the lender.
    (
        "acknowledges receipt from the company",
        "PROMISSORY NOTE\n\nTHIS PROMISSORY NOTE (the ‘Note’) dated this 14th day of October "
        "2021.\n\nMaple Leaf Hosting Inc.\n\n(the ‘Borrower’)\n\nhereby acknowledges the "
        "receipt of $1,250,000.00\n\n- from -\n\nBitfarms Ltd.\n\n(the ‘Lender’)\n",
        "BITF",
        "2021-10-14",
        [],
        [("debt_issued_usd", None)],
    ),
    # A note amended and restated: its principal is the balance owed on the restatement day,
    # not new money.
    (
        "amended and restated note",
        _LEGEND + "AMENDED AND RESTATED SECURED PROMISSORY NOTE\n\nAmendment and Restatement "
        "Effective Date: November 4, 2023\n\nFOR VALUE RECEIVED, HUT 8 CORP., a Delaware "
        "corporation (the “Borrower”), hereby promises to pay to the order of Granite Credit "
        "Partners LLC (the “Noteholder”), the principal amount of Nine Million Four Hundred "
        "Thousand and 00/100 Dollars ($9,400,000.00), together with accrued interest.\n",
        "HUT",
        "2023-11-04",
        [("debt_total_usd", 9400000, "2023-11-04")],
        [("debt_issued_usd", None)],
    ),
    # The aggregate principal of a note series, stated outright.
    (
        "principal amount of this note is",
        _LEGEND + "SENIOR SECURED NOTE\n\nDate of Issuance: February 20, 2025\n\nThe aggregate "
        "principal amount of this Note is $3,000,000, issued by IREN Limited to the holder "
        "named below.\n",
        "IREN",
        "2025-02-20",
        [("debt_issued_usd", 3000000, "2025-02")],
        [],
    ),
]


_NOTE_HEAD = (
    "|\nNotes Payable\n|12 Months Ended\nDec. 31, 2024\n|Debt Disclosure [Abstract]\n"
    "|Notes Payable\n|\nNote 7. Notes Payable\n"
)

# An XBRL note page of an annual report: its heading names the year it reports, so a loan
# entered into in that year is the report's own event, not one recalled from long before
# publication (README decided case 2); a loan of an earlier year stays recalled.
NOTE_CASES = [
    (
        "annual note's loans of the year",
        _NOTE_HEAD + "On April 9, 2024, the Company entered into a $2.4 million secured loan "
        "with Keystone Lending LLC which bears interest at 11% per annum. The loan matures on "
        "April 9, 2025. On September 16, 2024, the Company entered into a $6.0 million senior "
        "secured term loan agreement with Ridgeway Partners LP.\n",
        "CIFR",
        "2025-03-14",
        [("debt_issued_usd", 2400000, "2024-04"), ("debt_issued_usd", 6000000, "2024-09")],
        [],
    ),
    (
        "annual note's loan of an earlier year",
        _NOTE_HEAD + "On April 9, 2022, the Company entered into a $2.4 million secured loan "
        "with Keystone Lending LLC which bears interest at 11% per annum. The loan matures on "
        "April 9, 2025.\n",
        "CIFR",
        "2025-03-14",
        [],
        [("debt_issued_usd", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "entity", "published", "must", "must_not"),
    [case[1:] for case in CASES + NOTE_CASES],
    ids=[case[0] for case in CASES + NOTE_CASES],
)
def test_loan_document_read_by_its_operative_words(
    text: str,
    entity: str,
    published: str,
    must: list[tuple[str, float | None, str]],
    must_not: list[tuple[str, float | None]],
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)
