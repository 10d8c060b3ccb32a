"""A paydown told in steps: the last level is the balance, and the loan's size is not repaid.

Real: t2-bitf-2022-06-galaxy-paydown-news, "paid off a $100 million debt backed by bitcoin …
reduce the loan by $34 million, bringing it down to $66 million. The total amount owing was
reduced to $38 million …". The $66 million is a step on the way (README decided case 1: the
starting point of the next change), and with $38 million still owed the $100 million was not
paid off: it is the loan's size. Two loans named apart keep their own levels (decided case 3),
and a loan paid off beside another lender's level stays repaid.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import Fact, debt_facts, issued, repaid, total

_PUBLISHED = dt.date(2022, 6, 23)


def _june(*facts: Fact) -> set[Fact]:
    return {(metric, value, unit, "2022-06") for metric, value, unit, _ in facts}


WALKS = [
    (  # real (cut): t2-bitf-2022-06-galaxy-paydown-news
        "With the sale of 3,000 BTC over the past week, bitcoin miner Bitfarms paid off a $100 "
        "million debt backed by bitcoin while also securing a new $37 million loan insured by "
        "mining machines.\nThe business initially claimed that it had sold 1,500 of its bitcoin "
        "holdings to reduce the loan by $34 million, bringing it down to $66 million. The total "
        "amount owing was reduced to $38 million when it added an additional 1,500, according to "
        "a statement released on Tuesday.",
        _june(issued("37000000"), repaid("34000000"), total("38000000")),
    ),
    (
        "Bitfarms sold 1,500 BTC to trim the facility by $34 million, bringing it down to $66 "
        "million. After selling another 1,500 BTC, the company brought the facility down to $38 "
        "million.",
        _june(repaid("34000000"), total("38000000")),
    ),
    (
        "Greenidge reduced its NYDIG debt to $70 million in the first step. A further paydown cut "
        "the NYDIG debt to $57 million.",
        _june(total("57000000")),
    ),
    (
        "Stronghold paid off a $40 million loan from WhiteHawk, selling miners to reduce the loan "
        "by $15 million and bringing it down to $25 million.",
        _june(repaid("15000000"), total("25000000")),
    ),
    (
        "Marathon paid off a $50 million loan with Silvergate. It sold 3,000 BTC to reduce the "
        "loan by $20 million, bringing it down to $30 million.",
        _june(repaid("20000000"), total("30000000")),
    ),
    (
        "Argo paid off a $35 million debt owed to Galaxy, trimming it to $12 million.",
        _june(total("12000000")),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WALKS)
def test_the_last_level_is_the_balance(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == expected


APART = [
    (  # two loans named apart: two balances
        "Argo reduced its Galaxy loan to $25 million. It also cut its NYDIG loan to $10 million.",
        _june(total("25000000"), total("10000000")),
    ),
    (  # one level reached and the company's total debt
        "The company reduced the loan to $38 million. Total debt was $120 million.",
        _june(total("38000000"), total("120000000")),
    ),
    (  # a loan paid off, and another lender's loan brought down
        "Stronghold paid off a $40 million loan from WhiteHawk. It also sold miners to reduce its "
        "debt to NYDIG by $5 million, bringing it down to $12 million.",
        _june(repaid("40000000"), repaid("5000000"), total("12000000")),
    ),
    (
        "Argo has paid off a $35 million loan to Galaxy Digital. The company also reduced the "
        "loan from Tether to $10 million.",
        _june(repaid("35000000"), total("10000000")),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APART)
def test_levels_of_other_loans_stand(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == expected
