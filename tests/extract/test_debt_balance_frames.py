"""Debt balances and repayments stated in frames the older patterns missed (round 4).

Each sentence is written fresh in the way releases and rewrites put the fact: a balance
paid down or grown "to" an amount, "the balance of … loans … was", "the debts have reached",
"its remaining debt includes a … note", balance-sheet lines in prose ("current loans $X"),
a drawn balance "had already drawn", a repayment made "to lower its debt by" or "to settle
debts", and the false-positive class of a change's starting point ("the initial debt of $X").
Expected facts follow tests/extract/real/README.md; published 2025-11-12 unless a period is
named.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from debt_facts import PUBLISHED, Fact, debt_facts
from debt_facts import issued as _issued
from debt_facts import repaid as _repaid
from debt_facts import total as _total

from monitor.extract import extract_text

_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd")


def _facts(text: str) -> set[Fact]:
    return debt_facts(text, metrics=_DEBT)


BALANCES = [
    (
        "The miner paid down its bitcoin-backed term loan to $21 million this month.",
        {_total("21000000")},
    ),
    (
        "Interest added in kind raised the outstanding principal to $48.2 million.",
        {_total("48200000")},
    ),
    (
        "Under the amendment the balance due on the debentures rose from $9,100,000 to $9,640,500.",
        {_total("9640500")},
    ),
    (
        "The balance of loans drawn under the master lending agreement at September 30, 2025 "
        "was $62.5 million, which will mature in 2027.",
        {_total("62500000", "2025-09-30")},
    ),
    (
        "The company said its equipment debts have reached $88 million.",
        {_total("88000000")},
    ),
    (
        "The miner's remaining debt includes a $45 million convertible note held by its founder.",
        {_total("45000000")},
    ),
    # current and long-term portions are splits, never a balance (README decided case 28;
    # read as two balances before the eighteenth session)
    ("Liabilities grew: current loans $31.7 M and long-term loans $210.4 M.", set()),
    (
        "As of November 3, the company had already drawn $25 million from the revolving line.",
        {_total("25000000", "2025-11-03")},
    ),
    (
        "It repaid part of the loan in March, with the balance reduced to about $12 million "
        "as of September 30, 2025.",
        {_total("12000000", "2025-09-30")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BALANCES)
def test_balance_frames(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


REPAYMENTS = [
    (
        "The company used part of the proceeds to lower its debt to its lender by $15 million.",
        {_repaid("15000000")},
    ),
    (
        "After the sale, the company allocated $6 million to settle loans owed to its lender.",
        {_repaid("6000000")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPAYMENTS)
def test_repayment_frames(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


NOT_BALANCES = [
    # the starting point of a change (README decided case 1), not the balance now
    "The paydown marks a 40% decrease from the original loan balance of $50 million.",
    # a facility's size grown, not a balance
    "The lender increased the facility to $200 million of availability.",
    # "to settle" something that is not debt
    "The company paid $3 million to settle the lawsuit with a former supplier.",
    # a balance of proceeds, not of debt
    "The balance of the notes offering proceeds of $40 million will fund new miners.",
]


@pytest.mark.parametrize("text", NOT_BALANCES)
def test_not_balances(text: str) -> None:
    assert {fact for fact in _facts(text) if fact[0] != "debt_issued_usd"} == set()


ISSUED = [
    (
        "The CEO said the closing of our $400 million convertible bond strengthened the "
        "balance sheet.",
        {_issued("400000000")},
    ),
    (
        "It obtained $18.5 million of financing from a specialist equipment lender.",
        {_issued("18500000")},
    ),
    (
        "The share sale and $22 million in financing for new miners added $80 million of "
        "liquidity.",
        {_issued("22000000")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISSUED)
def test_issued_frames(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


NOT_ISSUED = [
    # equity, however the deal is named
    "The company announced the close of its $90 million bought deal financing of common shares.",
    "It obtained $30 million of financing from a fund in exchange for preferred shares.",
    # a draw on an equity line named in the sentence before
    "The company signed a preferred equity financing facility of up to $1.0 billion. The first "
    "draw of $75 million was funded today.",
    # equipment financing still sought
    "The miner is seeking $22 million in financing for new miners.",
]


@pytest.mark.parametrize("text", NOT_ISSUED)
def test_not_issued(text: str) -> None:
    assert {fact for fact in _facts(text) if fact[0] == "debt_issued_usd"} == set()


PLANNED_REPURCHASES = [
    # a use-of-proceeds summary: nothing done yet
    "- Net proceeds ~$490M; ~$95M to repurchase $100M of existing 2027 convertible notes.",
    "Proceeds will fund capped calls, repurchase of $60.0M 2028 notes and general purposes.",
    # a priced (not closed) offering: its concurrent repurchase is a plan
    "The company priced $300 million of convertible senior notes due 2031 in a private "
    "offering. The offering is expected to close on November 14, 2025.\n\n"
    "- Repurchase of $80.0M of 2028 notes in privately negotiated transactions",
]


@pytest.mark.parametrize("text", PLANNED_REPURCHASES)
def test_planned_repurchases(text: str) -> None:
    assert {fact for fact in _facts(text) if fact[0] == "debt_repaid_usd"} == set()


def test_used_proceeds_still_repaid() -> None:
    text = "The company used the net proceeds to repay $20 million of its term loan."
    assert _repaid("20000000") in _facts(text)


def test_summary_label_lines() -> None:
    found = extract_text(
        "Interest Expense $3.2 million, decreased by $1.1 million.",
        published=PUBLISHED,
        entity="MINER",
    )
    assert [(item.metric, item.value) for item in found] == [
        ("interest_expense_usd", Decimal("3200000"))
    ]
    debt = _facts("Debt $412.6 million at the end of the quarter.")
    assert {(metric, value) for metric, value, _, _ in debt} == {
        ("debt_total_usd", Decimal("412600000"))
    }


STATIVE_BALANCES = [
    ("The miner's debts total $61 million.", {_total("61000000")}),
    ("Its loans now total $61 million.", {_total("61000000")}),
    ("Obligations under the equipment loans stood at $61 million.", {_total("61000000")}),
    ("Debt obligations totaled $61 million.", {_total("61000000")}),
    ("The company has drawn a total of $61 million under the facility.", {_total("61000000")}),
    ("The loan's balance fell to $61 million.", {_total("61000000")}),
    ("Its debt was reduced from $80 million to $61 million.", {_total("61000000")}),
    (
        "The company's debt, which stood at $61 million at the end of September, matures in 2027.",
        {_total("61000000", "2025-09-30")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATIVE_BALANCES)
def test_stative_balances(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


def test_interest_costs() -> None:
    found = extract_text(
        "Interest costs were $2.4 million in the third quarter of 2025.",
        published=PUBLISHED,
        entity="MINER",
    )
    assert [(item.metric, item.value, item.period) for item in found] == [
        ("interest_expense_usd", Decimal("2400000"), "2025-Q3")
    ]


NOT_REPAYMENTS = [
    # owed, allowed or possible, not made
    "The company is required to repay $20 million by March 2026.",
    "The company has the option to prepay $20 million without penalty.",
    "Under the agreement the company must repay $20 million within a year.",
    "The company sold 300 BTC for $30 million, which could be used to repay debt.",
    "Proceeds of $30 million from the sale are earmarked to repay the loan.",
    # summed over a span that is no named period
    "Over the past two years the company paid down $120 million of debt.",
    "The miner over the past 12 weeks has handed 9,500 machines back to its lender in exchange "
    "for the cancellation of $41.3 million of debt.",
    "In all, since mid-June the company has retired $41.3 million of debt.",
]


@pytest.mark.parametrize("text", NOT_REPAYMENTS)
def test_not_repayments(text: str) -> None:
    assert {fact for fact in _facts(text) if fact[0] == "debt_repaid_usd"} == set()


def test_span_of_another_clause_leaves_the_flow() -> None:
    text = (
        "The miner, whose shares rose 300% over the past six months, announced the completion "
        "of a $900 million private debt offering."
    )
    assert _facts(text) == {_issued("900000000")}


def _totals_for(text: str, entity: str) -> set[Decimal]:
    found = extract_text(text, published=PUBLISHED, entity=entity)
    return {item.value for item in found if item.metric == "debt_total_usd" and item.value}


HOLDERS = [
    # another company's balance in a story about a known miner: not the miner's
    ("Nebius, the miner's largest tenant, has $9 billion of debt.", "CORZ", set()),
    ("However, Nebius already carries a debt of $9 billion.", "CORZ", set()),
    ("The lender, Galaxy, has $2.5 billion of loans outstanding to miners.", "ARBK", set()),
    # the miner's own balance, however it is named
    ("Core Scientific, Inc. has $1.1 billion of debt.", "CORZ", {Decimal("1100000000")}),
    ("Marathon Digital Holdings has $1.1 billion of debt.", "MARA", {Decimal("1100000000")}),
    ("The Company has $1.1 billion of debt.", "CORZ", {Decimal("1100000000")}),
    # a miner whose names are not known keeps every balance
    ("Northern Data has $1.1 billion of debt.", "NB2", {Decimal("1100000000")}),
]


@pytest.mark.parametrize(("text", "entity", "expected"), HOLDERS)
def test_balance_holder(text: str, entity: str, expected: set[Decimal]) -> None:
    assert _totals_for(text, entity) == expected


GOALS = [
    "The company's target is to reduce debt to $100 million by 2026.",
    "Management aims to have total debt of $100 million by year end.",
]


@pytest.mark.parametrize("text", GOALS)
def test_goal_is_not_a_balance(text: str) -> None:
    assert {fact for fact in _facts(text) if fact[0] == "debt_total_usd"} == set()
