"""New debt a news story does not report as done (README decided cases 1 and 6):

* a headline's loan ("Acme Borrows $45M From Lender") whose story tells it only in the
  progressive or as a proposal ("is borrowing $45.3 million …, to be paid out in tranches");
* notes raised in an earlier period that the story recalls from an earlier report ("In Q3 of
  2021, Acme also raised £20.0 million … according to its annual earnings report").

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, issued

MAY = dt.date(2022, 5, 4)


def test_headline_loan_told_in_progress_is_not_issued() -> None:
    text = (
        "Acme Mining Borrows $45M From Lender to Buy Rigs\n"
        "Crypto miner Acme Mining is borrowing $45.3 million from a lender's subsidiary to fund "
        "the purchase of mining equipment for its Texas site.\n"
        "The loan will be paid out in six tranches from May to July.\n"
    )
    assert debt_facts(text, published=MAY, entity="ACME") == set()


def test_headline_loan_told_as_done_stays_issued() -> None:
    text = (
        "Acme Mining Borrows $45M From Lender to Buy Rigs\n"
        "Crypto miner Acme Mining has borrowed $45.3 million from a lender's subsidiary to fund "
        "the purchase of mining equipment for its Texas site.\n"
    )
    assert issued("45300000", "2022-05") in debt_facts(text, published=MAY, entity="ACME")


def test_notes_recalled_from_an_earlier_report_are_not_issued() -> None:
    text = (
        "Acme Mining has signed a new hosting deal in Texas.\n"
        "In Q3 of 2021, Acme also raised £20.0 million ($27.0 million) in unsecured debt by "
        "issuing senior notes, according to its annual earnings report.\n"
    )
    assert debt_facts(text, published=MAY, entity="ACME") == set()
