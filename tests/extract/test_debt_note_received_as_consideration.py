"""A note the company receives as a sale's consideration is an asset, not its borrowing.

Class (review finding, issue 16: "sold its hosting unit to X in exchange for a promissory
note" read as new debt of the seller). The buyer owes the note; the seller holds it (README:
debt is what the company owes, decided case 33). The seventeenth session mended "received a
promissory note of $10 million"; the sibling wordings still read as `debt_issued_usd`: the note
taken "in exchange for" / "as consideration for" a sale, the amount before the note ("a $20
million secured note"), a note that is not called promissory ("a secured note", "a seller
note"), and "with a principal amount of" / "totaling" after it.
Kept: a note the company issues to pay for what it buys ("issued a $20 million promissory note
to the seller in exchange for the Kearney site"), a purchase from another seller paid with a
note, and money received for a note it issued ("received $4 million in exchange for a promissory
note"), and a sale to the company ("Landco sold the Kearney site to Acme in exchange for a
promissory note"). Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import debt_facts, issued

PUBLISHED = dt.date(2025, 3, 10)

CASES = [
    (
        "In May 2024, Acme sold its hosting unit to Hostco in exchange for a promissory note with "
        "a principal amount of $20 million, bearing interest at 8% and maturing in 2027.",
        set(),
    ),
    (
        "Acme sold its Kearney hosting business to Hostco in exchange for a secured promissory "
        "note totaling $20 million.",
        set(),
    ),
    (
        "Acme received a $20 million secured note from Hostco as consideration for the sale of "
        "its Kearney site.",
        set(),
    ),
    (
        "The Company completed the sale of its hosting subsidiary to Hostco for $5.0 million in "
        "cash and a $20.0 million seller note.",
        set(),
    ),
    (
        "Acme sold the Kearney site to Hostco in exchange for a promissory note in the principal "
        "amount of $20 million.",
        set(),
    ),
    (
        "As consideration for the sale, Acme received a $20 million note from the buyer, payable "
        "over three years.",
        set(),
    ),
    # kept: a note the company issues, a purchase paid with a note, cash received for a note
    (
        "Acme issued a $20 million promissory note to the seller in exchange for the Kearney site.",
        {issued("20000000", "2025-03")},
    ),
    (
        "Acme acquired the Kearney site from Landco for a $20 million promissory note issued to "
        "the seller.",
        {issued("20000000", "2025-03")},
    ),
    (
        "Landco sold the Kearney site to Acme in exchange for a promissory note with a principal "
        "amount of $20 million.",
        {issued("20000000", "2025-03")},
    ),
    (
        "Acme received $4 million from its chairman in exchange for a promissory note.",
        {issued("4000000", "2025-03")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_note_received_as_consideration(text: str, expected: set[object]) -> None:
    assert debt_facts(text, published=PUBLISHED, entity="ACME") == expected
