"""An offering's final size told as priced, in a story that says elsewhere the offering closed
or spent its proceeds (README: notes offerings closed count at their total principal; decided
case 6: an offering only priced does not).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, issued

AUG = dt.date(2024, 8, 22)


def _issued(text: str) -> set:
    facts = debt_facts(text, published=AUG, entity="ACME")
    return {fact for fact in facts if fact[0] == "debt_issued_usd"}


def test_final_size_of_an_offering_the_story_says_closed() -> None:
    text = (
        "Acme Mining has repaid $180 million in loans using proceeds from its recently closed "
        "convertible senior notes offering.\n"
        "The company initially proposed a $250 million offering, which was increased to $300 "
        "million of convertible senior notes due 2030.\n"
    )
    assert _issued(text) == {issued("300000000", "2024-08")}


def test_upsized_offering_of_a_recent_offering_story() -> None:
    text = (
        "Acme Mining said it had cut its debt through its recent convertible senior notes "
        "offering.\n"
        "The company's $300 million offering, which was upsized from the initial $250 million, "
        "was announced and priced on August 12-13, 2024.\n"
    )
    assert _issued(text) == {issued("300000000", "2024-08")}


def test_an_offering_only_priced_is_not_issued() -> None:
    text = (
        "Acme Mining announced and priced a convertible senior notes offering this week.\n"
        "The company's $300 million offering, which was upsized from the initial $250 million, "
        "is expected to close on August 20, 2024.\n"
    )
    assert _issued(text) == set()
