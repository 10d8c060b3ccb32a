"""An intention is the company's only when the company is the seller.

Reading rule (README decided cases 18 and 29: an intention is the company's own statement
about its own BTC sales): the seller must be the company, by its name or ticker, "the Company",
"we", or a pronoun or predicate tied to it. In a story about Argo, "Galaxy may sell the coins
it received" and "Coinbase holds the bitcoin and may sell them" state another company's plans;
a lender that "may sell the coins" on a default is no intention of Argo's either.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_INTENT = ("intent", None, "2025-05")
_OTHER = [
    "Argo transferred 200 BTC to Galaxy under the settlement. Galaxy may sell the coins it "
    "received.",
    "Argo sold its Helios site to Galaxy Digital, which took 150 BTC in the deal; Galaxy "
    "Digital plans to sell the bitcoin over the coming months.",
    "Argo moved 200 BTC to Coinbase Prime for custody, and Coinbase Prime holds the bitcoin and "
    "may sell a portion to cover fees.",
    "Argo pledged 200 BTC to its lender, and the lender may sell the coins if the loan defaults.",
]
_OWN = [
    "Argo holds 200 BTC and may sell them to fund operations.",
    "Argo Blockchain may sell the coins it mined in May.",
    "The Company may sell the bitcoin it mines to fund operations.",
    "We may sell the bitcoin we mine to fund the Helios expansion.",
    "ARB holds 200 BTC and may sell a portion to fund operations.",
]


@pytest.mark.parametrize("text", _OTHER)
def test_another_partys_plan_to_sell_is_no_intention(text: str) -> None:
    assert_must(found_items(text, "ARBK", "2025-05-14"), [], [("intent", None)])


@pytest.mark.parametrize("text", _OWN)
def test_the_companys_own_plan_to_sell_is_an_intention(text: str) -> None:
    must: Must = [_INTENT]
    must_not: MustNot = []
    assert_must(found_items(text, "ARBK", "2025-05-14"), must, must_not)


# The company's name with its legal suffix, or its officer named with the title, is the seller;
# near misses: another company with a suffix, another company's officer, an officer's own coins.
_NAMED: list[tuple[str, str, bool]] = [
    ("CORZ", "Core Scientific, Inc. may sell part of the bitcoin it mines to fund growth.", True),
    ("HUT", "Hut 8 Corp. may sell some of the bitcoin it holds in reserve.", True),
    ("MARA", "CEO Fred Thiel may sell part of the company's 26,000 BTC to fund growth.", True),
    ("ARBK", "Galaxy Digital, Inc. may sell the 200 BTC it received from Argo.", False),
    ("ARBK", "Coinbase CEO Brian Armstrong may sell part of the bitcoin Argo moved there.", False),
    ("MARA", "CEO Fred Thiel may sell some of his personal bitcoin next year.", False),
]


@pytest.mark.parametrize(("entity", "text", "own"), _NAMED)
def test_a_suffixed_name_or_an_officer_sells_for_the_company(
    entity: str, text: str, own: bool
) -> None:
    must: Must = [_INTENT] if own else []
    must_not: MustNot = [] if own else [("intent", None)]
    assert_must(found_items(text, entity, "2025-05-14"), must, must_not)
