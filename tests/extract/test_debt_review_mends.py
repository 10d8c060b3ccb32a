"""Two review findings on debt readings (eighteenth session):

* The sentence before an anaphoric retirement ("The balance was repaid in full") is cut at
  the last full stop that is no abbreviation's: "Rival Mining Inc. had $10 million
  outstanding" keeps its subject, so another company's loan stays another's.
* A promissory note the company received from another party is a note receivable (an asset),
  not new debt: "received a promissory note for $4 million from its hosting client". Money
  received for a note the company issued is still borrowing.

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, issued

from monitor.extract.sentences import sentence_before

OCT = dt.date(2024, 10, 1)


def test_sentence_before_keeps_an_abbreviated_subject() -> None:
    text = (
        "It said so. Rival Mining Inc. had $10 million outstanding under its loan. "
        "The balance was repaid in full."
    )
    start = text.index("The balance")
    assert sentence_before(text, start, 200).startswith("Rival Mining Inc. had")


def test_peer_loan_retired_by_anaphor_is_not_the_company_s() -> None:
    text = (
        "Rival Mining Inc. had $10 million outstanding under its loan. "
        "The balance was repaid in full in September."
    )
    assert debt_facts(text, published=OCT, entity="ACME") == set()


def test_promissory_note_received_is_no_borrowing() -> None:
    held = (
        "In September, the miner received a promissory note for $4 million from its hosting "
        "client in place of overdue fees."
    )
    borrowed = (
        "In September, the miner received $4 million in exchange for a promissory note "
        "issued to an investor."
    )
    assert debt_facts(held, published=OCT) == set()
    assert debt_facts(borrowed, published=OCT) == {issued("4000000", "2024-09")}
