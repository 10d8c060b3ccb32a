"""A balance dated by the event the sentence before told (README "Periods": a stock stated
for a day takes the day, for a month with no day the month's last day).

"On March 14, the miner entered into agreements with its lender … The transaction reduced the
balance … to roughly $12 million": the transaction is that day's. "In August 2024, the company
raised $5 million … This funding allowed debt to be reduced to $46 million": the month the
funding's sentence names dates the balance it left. A half-year rewrite keeps the half's
closing balance beside the later one (a report's period-end balance is its own figure).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, repaid, total


def test_the_transaction_takes_the_day_of_the_sentence_before() -> None:
    text = (
        "Acme Mining has cut its debt with its equipment lender.\n"
        "On March 14, Acme entered into several agreements with the lender, handing over "
        "mining hardware. The transaction reduced the principal balance of the loan from about "
        "$40 million to roughly $12 million, a debt reduction of around $28 million.\n"
    )
    facts = debt_facts(text, published=dt.date(2024, 3, 20))
    assert facts == {total("12000000", "2024-03-14"), repaid("28000000", "2024-03")}


def test_this_funding_takes_the_month_of_the_sentence_before() -> None:
    text = (
        "In the first half of the year, Acme Mining posted a loss and reduced its debt to $50 "
        "million.\nIn August 2024, the company raised $5 million in a share sale. This funding "
        "allowed debt to be reduced to $46 million.\n"
    )
    facts = debt_facts(text, published=dt.date(2024, 9, 10))
    assert facts == {total("50000000", "2024-06-30"), total("46000000", "2024-08-31")}
