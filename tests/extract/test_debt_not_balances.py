"""Amounts near debt words that are not the company's debt balance, and the exception a
"debt-free" claim states.

Sentences written for these tests, each a different way a release or a rewrite says it.
Expected values follow the labelling convention (tests/extract/real/README.md): cash, net debt
(debt less cash), a condition a note's terms set and the purpose of a deal are not balances;
"debt free except $X" states a balance of $X, not zero.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2024, 7, 8)


def _balances(text: str) -> set[Decimal | None]:
    found = extract_text(text, published=PUBLISHED, entity="MINER")
    return {item.value for item in found if item.metric == "debt_total_usd"}


NOT_BALANCES = [
    "The company has $425.3M in cash and no debt, fully funding its expansion.",
    "The miner ended the quarter with $80 million of liquidity and no debt.",
    "The company has $310 million in bitcoin and no debt on its balance sheet.",
    "The company reported a reduction in net debt from $144.7 million to $85.0 million.",
    "The company had net debt of $85 million at June 30, 2024.",
    "It closed the year with $85 million in net debt.",
    "Net borrowings stood at $42 million after the quarter's repayments.",
    "The company may redeem the notes if less than $50 million remains outstanding.",
    "Holders may convert unless more than $25 million of the loan is outstanding.",
    "The issuer can call the bonds provided that at least $10 million of notes remain outstanding.",
    "The company had to sell 26,200 mining rigs to cover $67 million in debt.",
    "The miner raised equity to help repay approximately $30 million of loans.",
]


@pytest.mark.parametrize("text", NOT_BALANCES)
def test_amount_is_not_a_debt_balance(text: str) -> None:
    assert _balances(text) <= {Decimal(0)}


EXCEPTIONS = [
    (
        "Digihost also remains debt free, with the exception of approximately $1 million of "
        "mortgage debt secured by our Alabama facility.",
        Decimal(1_000_000),
    ),
    ("The company is debt-free other than a $2.5 million equipment loan.", Decimal(2_500_000)),
    ("The company has no debt except for a $3 million loan from its CEO.", Decimal(3_000_000)),
    ("We remain debt-free, excluding $4.2 million of equipment financing.", Decimal(4_200_000)),
]


@pytest.mark.parametrize(("text", "balance"), EXCEPTIONS)
def test_debt_free_with_an_exception_states_the_exception(text: str, balance: Decimal) -> None:
    assert _balances(text) == {balance}


def test_net_debt_beside_total_debt_keeps_the_total() -> None:
    text = "Net debt fell to $85.0 million at June 30, 2024, while total debt was $140 million."
    assert _balances(text) == {Decimal(140_000_000)}


REDUCED_WITH_LENDER = [
    (
        "Reduced debt owed to Galaxy Digital from $35.0 million at 31 December 2022 to $23.5 "
        "million at 31 December 2023.",
        Decimal(23_500_000),
    ),
    (
        "It used the proceeds to reduce its bitcoin-backed credit facility with digital asset "
        "bank Galaxy Digital by 42%, now down to $38 million.",
        Decimal(38_000_000),
    ),
    (
        "The company reduced its borrowings due to NYDIG from $80 million to $50 million.",
        Decimal(50_000_000),
    ),
]


@pytest.mark.parametrize(("text", "balance"), REDUCED_WITH_LENDER)
def test_reduced_loan_naming_its_lender_reaches_a_balance(text: str, balance: Decimal) -> None:
    assert balance in _balances(text)


NOW_STATED = [
    "Since May, its holdings have shrunk by half. It used the proceeds to reduce its credit "
    "facility by 42%, now down to $38 million.",
    "In May the miner sold 400 BTC. The loan balance currently stands at $38 million.",
]


@pytest.mark.parametrize("text", NOW_STATED)
def test_balance_stated_now_is_dated_at_publication(text: str) -> None:
    found = extract_text(text, published=PUBLISHED, entity="MINER")
    dated = {(item.value, item.period) for item in found if item.metric == "debt_total_usd"}
    assert dated == {(Decimal(38_000_000), "2024-07")}
