"""A headline's "Cipher Mining's $1.4 billion secured notes" names a deal, not a balance.

Real: t-cifr-2025-11-blockspace-fitch-notes, "Credit agency Fitch rates Cipher Mining's $1.4
billion secured notes at 'BB-'" over a body that tells the notes "announced" (not closed: README
decided case 6). The headline's possessive reads like a balance ("Argo's $40 million unsecured
notes"), but the body tells the same amount as a deal made or in the making, so the headline
names the deal by its size. A possessive balance in the body, or a headline whose body states the
same amount as outstanding, stays a balance.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import debt_facts, total

_PUBLISHED = dt.date(2025, 11, 6)

DEALS = [
    (  # real (cut): t-cifr-2025-11-blockspace-fitch-notes
        "Credit agency Fitch rates Cipher Mining's $1.4 billion secured notes at 'BB-' citing "
        "'elevated completion risk'\n\nNov 06, 2025\nBy Blockspace Staff\n\nThursday, Bitcoin "
        "miner-turned-AI-factory Cipher Mining (Nasdaq: CIFR) announced a $1.4 billion senior "
        "note due 2030 to finance the construction of its data center in Texas. The notes will "
        "pay 7.125%."
    ),
    "Moody's assigns B2 to TeraWulf's $3.2 billion senior secured notes\n\nTeraWulf on Tuesday "
    "launched a $3.2 billion offering of senior secured notes due 2030 to fund its Lake Mariner "
    "expansion.",
    "S&P rates Applied Digital's $2.35 billion notes 'B+'\n\nApplied Digital priced $2.35 "
    "billion of senior secured notes due 2030 on Friday.",
    "Investors weigh IREN's $1 billion convertible notes\n\nIREN announced a proposed $1 billion "
    "offering of convertible senior notes.",
]


@pytest.mark.parametrize("text", DEALS)
def test_a_headline_naming_a_deal_is_no_balance(text: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == set()


BALANCES = [
    "Argo's $40 million notes come due\n\nArgo has $40 million of unsecured notes outstanding "
    "that mature in November.",
    "Bondholders holding Argo's $40 million unsecured notes will receive a combined 10%, while "
    "existing shareholders will keep only 2.5%.",
]


@pytest.mark.parametrize("text", BALANCES)
def test_a_balance_held_stays_a_balance(text: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == {total("40000000")}
