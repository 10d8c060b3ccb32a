"""A pronoun's coins sold by another subject are no intention of the company's.

Expected answers worked out from the labelling rules (tests/extract/real/README.md, decided
case 29: a stated possibility of selling the company's own bitcoin is `intent`; decided case
18: only statements about the company's own BTC sales): "the lender may exchange them for
cash", "customers, who may exchange them for cash" tell what a lender or a customer may do with
coins; only when the company is the clause's subject ("Riot … and may exchange them for fiat")
is the pronoun's sale the company's intention.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 6, 10)


def _intents(text: str) -> list[str | None]:
    found = extract_text(text, published=_PUBLISHED, entity="RIOT")
    return [item.period for item in found if item.metric == "intent"]


# (paraphrases of 10-K custody and collateral language, then the company's own clause)
CASES = [
    (
        "Riot pledged part of its mined bitcoin as collateral for the term loan, and the lender "
        "may exchange them for cash if the loan is not repaid.",
        [],
    ),
    (
        "Riot holds bitcoin on behalf of its hosting customers, who may exchange them for cash "
        "at any time.",
        [],
    ),
    (
        "Riot lends a portion of its bitcoin to a trading partner, which may sell them during the "
        "term of the loan.",
        [],
    ),
    # near misses: the company is the subject, after "and", after "; it", after "that it"
    (
        "Riot stores its mined bitcoins with a custodian and may exchange them for fiat currency "
        "to fund operations.",
        ["2025-06"],
    ),
    (
        "Riot pledged part of its mined bitcoin as collateral for the term loan; it may exchange "
        "them for cash once the loan is repaid.",
        ["2025-06"],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_pronouns_coins_are_the_companys_only_as_its_subject(
    sentence: str, expected: list[str]
) -> None:
    assert _intents(sentence) == expected
