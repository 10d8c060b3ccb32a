"""A month's abbreviated name does not end the clause of an issuance.

Real: t-slnh-2022-02-seekingalpha-tranche-notes, "Soluna (NASDAQ:SLNH) issued to certain
institutional lenders on Feb. 22 promissory notes in an aggregate principal amount of $7.5M":
the dot of "Feb." is no sentence end, so the notes issued are new debt (README `debt_issued_usd`).
A full stop before a day-less word still ends the clause: the notes of another sentence are not
this verb's object.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import Fact, debt_facts, issued

ISSUED: list[tuple[str, dt.date, Fact]] = [
    (  # real: t-slnh-2022-02-seekingalpha-tranche-notes
        "- Soluna (NASDAQ:SLNH) issued to certain institutional lenders on Feb. 22 promissory "
        "notes in an aggregate principal amount of $7.5M for purchase price of $7.5M.",
        dt.date(2022, 2, 28),
        issued("7500000", "2022-02"),
    ),
    (
        "Riot issued on Jan. 5 senior notes in an aggregate principal amount of $200 million.",
        dt.date(2022, 2, 28),
        issued("200000000", "2022-01"),
    ),
    (
        "Riot closed on Sept. 5 a term loan with a principal amount of $20 million.",
        dt.date(2022, 9, 28),
        issued("20000000", "2022-09"),
    ),
    (
        "The company sold on Dec. 14 convertible notes in an aggregate principal amount of "
        "$50 million.",
        dt.date(2022, 12, 20),
        issued("50000000", "2022-12"),
    ),
]


@pytest.mark.parametrize(("text", "published", "fact"), ISSUED)
def test_an_issuance_dated_by_an_abbreviated_month(
    text: str, published: dt.date, fact: Fact
) -> None:
    assert debt_facts(text, published, entity=None) == {fact}


NOT_ISSUED = [
    "Riot issued a statement on the matter. 22 lenders hold notes in an aggregate principal "
    "amount of $7.5M.",
    "The company issued shares in Feb. 2022 and its notes have an aggregate principal amount "
    "of $50 million outstanding.",
]


@pytest.mark.parametrize("text", NOT_ISSUED)
def test_other_clauses_are_not_an_issuance(text: str) -> None:
    assert not {
        fact
        for fact in debt_facts(text, dt.date(2022, 2, 28), entity=None)
        if fact[0] == "debt_issued_usd"
    }
