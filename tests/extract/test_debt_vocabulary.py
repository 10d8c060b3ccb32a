"""Round 15, debt: verbs and frames widened by class, each with variants and hard negatives.

Three families, found by writing the sentences other companies would write and reading them by
the README's rules (tests/extract/real/README.md):

* new debt told by a verb the issuing frames lacked — "signed a $20 million loan agreement"
  (an agreement entered into, decided case 6), "placed $20 million of convertible bonds",
  "refinanced its debt with a new $20 million term loan" (the new borrowing, decided case 16),
  "Coinbase funded a $20 million loan to Riot" (the lender's side);
* a deal as the subject, its size in a relative clause, then its close — "MARA's notes
  offering, which raised $1 billion, closed on Thursday" (not priced, expected, equity, a
  facility's size, or a debt "settled", which is paid off);
* money whose debt is its purpose is no new debt — "sold $62 million of BTC to pay down the
  loan", "sold 4,451 btc (approximately $305 million) to repay a loan": the debt is what the
  money went to, not the instrument that brought it in;
* a payment made toward a loan is principal repaid — "paid $20 million toward its term loan",
  "applied $15 million against the outstanding balance of the Galaxy loan" (not interest, fees,
  a running total or a plan); so are payments named by a noun, "made $20 million in debt
  payments", "Debt repayment: $20 million" (not interest, lease, "principal and interest").

Real passages come first where the corpus has one (`# real`, the case id); the rest are
variants (`# variant`) and hard negatives (`# negative`).
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, issued, repaid

_MAY_2024 = dt.date(2024, 6, 15)


NEW_DEBT_VERBS = [
    pytest.param(  # variant: an agreement signed (= entered into, decided case 6)
        "Riot signed a $20 million loan agreement with Coinbase in May.\n",
        {issued("20000000", "2024-05")},
        id="variant-signed-loan-agreement",
    ),
    pytest.param(  # variant: bonds placed with investors
        "Riot placed $20 million of convertible bonds in May.\n",
        {issued("20000000", "2024-05")},
        id="variant-placed-bonds",
    ),
    pytest.param(  # variant: "privately placed", the principal-amount phrase
        "In May, Riot privately placed $20 million aggregate principal amount of senior notes.\n",
        {issued("20000000", "2024-05")},
        id="variant-privately-placed-notes",
    ),
    pytest.param(  # variant: a refinancing told by its new loan
        "Riot refinanced its debt with a new $20 million term loan in May.\n",
        {issued("20000000", "2024-05")},
        id="variant-refinanced-with-new-loan",
    ),
    pytest.param(  # variant: one loan replaced by another, the lender after
        "Riot replaced its equipment loans with a $20 million term loan from Coinbase in May.\n",
        {issued("20000000", "2024-05")},
        id="variant-replaced-with-loan",
    ),
    pytest.param(  # variant: the lender funded a loan to the company
        "Coinbase funded a $20 million loan to Riot in May.\n",
        {issued("20000000", "2024-05")},
        id="variant-lender-funded-loan-to",
    ),
    pytest.param(  # negative: a term sheet is no agreement entered into
        "Riot signed a non-binding term sheet for a $20 million loan in May.\n",
        set(),
        id="negative-term-sheet",
    ),
    pytest.param(  # negative: a facility's size (decided case 19)
        "Riot signed a $20 million credit facility with Coinbase in May.\n",
        set(),
        id="negative-signed-facility",
    ),
    pytest.param(  # negative: a hosting agreement is no debt
        "Riot signed a $20 million hosting agreement with Coinbase in May.\n",
        set(),
        id="negative-signed-hosting",
    ),
    pytest.param(  # negative: a deal signed, a loan only its purpose
        "The newly signed $30 million hosting deal will help repay the loan.\n",
        set(),
        id="negative-signed-deal-repays-loan",
    ),
    pytest.param(  # negative: an order placed, a loan only its financing
        "Riot placed a $20 million order for miners, financed by a loan, in May.\n",
        set(),
        id="negative-placed-order",
    ),
    pytest.param(  # negative: collateral placed is no debt
        "Riot placed $20 million of bitcoin as collateral for the loan in May.\n",
        set(),
        id="negative-placed-collateral",
    ),
    pytest.param(  # negative: a planned refinancing
        "Riot plans to refinance its debt with a new $20 million term loan.\n",
        set(),
        id="negative-plans-to-refinance",
    ),
    pytest.param(  # negative: the old loan refinanced, not the new one
        "Riot refinanced its $20 million term loan in May.\n",
        set(),
        id="negative-old-loan-refinanced",
    ),
    pytest.param(  # negative: refinanced with cash
        "Riot refinanced its debt with $20 million of cash in May.\n",
        set(),
        id="negative-refinanced-with-cash",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEW_DEBT_VERBS)
def test_new_debt_verbs(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _MAY_2024, ("debt_issued_usd",), "RIOT") == expected


_JUNE_2022 = dt.date(2022, 6, 21)

MONEY_FOR_DEBT = [
    pytest.param(  # real: c-cang-2026-02-sale-rewrite (the sale's money repaid a loan)
        "Bitcoin miner cango sold 4,451 btc (approximately $305 million) to repay a loan and "
        "pivot towards ai.\n",
        dt.date(2026, 2, 9),
        "CANG",
        set(),
        id="real-cang-sold-btc-to-repay",
    ),
    pytest.param(  # negative: "worth of bitcoin", to reduce a named loan
        "Bitfarms sold $62 million worth of bitcoin to reduce its Galaxy loan.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-worth-of-bitcoin-to-reduce",
    ),
    pytest.param(  # negative: BTC sold to pay down
        "Bitfarms sold $62 million of BTC to pay down the loan.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-btc-to-pay-down",
    ),
    pytest.param(  # negative: equipment sold to retire a loan
        "Bitfarms sold $62 million of mining equipment to retire the NYDIG loan.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-equipment-to-retire",
    ),
    pytest.param(  # negative: shares issued to repay
        "Riot issued $20 million of shares to repay the loan in May.\n",
        _MAY_2024,
        "RIOT",
        set(),
        id="negative-shares-to-repay",
    ),
    pytest.param(  # positive: the loan is the amount's own noun, its purpose another loan
        "In December 2022, Argo secured a $35 million asset-backed loan from Galaxy to repay "
        "other loans.\n",
        dt.date(2022, 12, 30),
        "ARBK",
        {issued("35000000", "2022-12")},
        id="positive-loan-to-repay-other-loans",
    ),
    pytest.param(  # positive: notes raised, their purpose a loan
        "Bitfarms raised $62 million in convertible notes to repay its Galaxy loan.\n",
        _JUNE_2022,
        "BITF",
        {issued("62000000", "2022-06")},
        id="positive-notes-to-repay",
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), MONEY_FOR_DEBT)
def test_money_for_debt_is_no_new_debt(
    text: str, published: dt.date, entity: str, expected: set[Fact]
) -> None:
    assert debt_facts(text, published, ("debt_issued_usd",), entity) == expected


PAID_TOWARD = [
    pytest.param(  # variant: paid toward a named loan
        "Riot paid $20 million toward its term loan in May.\n",
        {repaid("20000000", "2024-05")},
        id="variant-paid-toward",
    ),
    pytest.param(  # variant: applied against the balance of a lender's loan
        "In May, Riot applied $15 million against the outstanding balance of the Galaxy loan.\n",
        {repaid("15000000", "2024-05")},
        id="variant-applied-against-balance",
    ),
    pytest.param(  # variant: "another", "towards", debt
        "Riot put another $5 million towards the NYDIG debt in May.\n",
        {repaid("5000000", "2024-05")},
        id="variant-put-another-towards",
    ),
    pytest.param(  # negative: interest is no principal
        "Riot paid $2 million toward interest on its loan in May.\n",
        set(),
        id="negative-interest",
    ),
    pytest.param(  # negative: a running total since an earlier year
        "Riot has paid a total of $20 million toward its loan since 2022.\n",
        set(),
        id="negative-running-total",
    ),
    pytest.param(  # negative: a plan
        "Riot will pay $20 million toward its term loan in June.\n",
        set(),
        id="negative-will-pay",
    ),
    pytest.param(  # negative: a purchase the loan financed
        "Riot paid $20 million toward the purchase of miners financed by a loan.\n",
        set(),
        id="negative-purchase",
    ),
    pytest.param(  # negative: the loan's fees
        "Riot paid $20 million against the loan's accrued fees in May.\n",
        set(),
        id="negative-loan-fees",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAID_TOWARD)
def test_paid_toward_loan(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _MAY_2024, ("debt_repaid_usd",), "RIOT") == expected


PAYMENTS_MADE = [
    pytest.param(  # variant: "made $X in debt payments", a quarter named
        "Riot made $20 million in debt payments in the second quarter of 2024.\n",
        {repaid("20000000", "2024-Q2")},
        id="variant-made-debt-payments",
    ),
    pytest.param(  # variant: principal repayments on named loans, a month named first
        "In June, Riot made approximately $5 million of principal repayments on its equipment "
        "loans.\n",
        {repaid("5000000", "2024-06")},
        id="variant-made-principal-repayments",
    ),
    pytest.param(  # variant: a label line
        "Debt repayment: $20 million in the second quarter.\n",
        {repaid("20000000", "2024-Q2")},
        id="variant-label-line",
    ),
    pytest.param(  # variant: a dash label, the period in brackets
        "Debt repayments – $5.0 million (Q2 2024)\n",
        {repaid("5000000", "2024-Q2")},
        id="variant-dash-label",
    ),
    pytest.param(  # negative: interest payments
        "Riot made $20 million in interest payments in the second quarter of 2024.\n",
        set(),
        id="negative-interest-payments",
    ),
    pytest.param(  # negative: a plan
        "Riot will make $20 million in debt payments in 2025.\n",
        set(),
        id="negative-will-make",
    ),
    pytest.param(  # negative: lease payments
        "Riot made $20 million in lease payments in the second quarter of 2024.\n",
        set(),
        id="negative-lease-payments",
    ),
    pytest.param(  # negative: principal and interest together
        "Riot made $20 million in principal and interest payments in Q2 2024.\n",
        set(),
        id="negative-principal-and-interest",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAYMENTS_MADE)
def test_payments_made(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _MAY_2024, ("debt_repaid_usd",), "RIOT") == expected


_NOV_2024 = dt.date(2024, 11, 21)

SIZED_IN_CLAUSE = [
    pytest.param(  # variant: an offering, "which raised", "closed"
        "MARA's notes offering, which raised $1 billion, closed on Thursday.\n",
        {issued("1000000000", "2024-11")},
        id="variant-offering-which-raised-closed",
    ),
    pytest.param(  # variant: a term loan funded, its month named
        "The term loan, which totaled $50 million, was funded at signing in November.\n",
        {issued("50000000", "2024-11")},
        id="variant-loan-which-totaled-funded",
    ),
    pytest.param(  # variant: notes issued on a day
        "MARA's 2030 convertible notes, which totaled $1 billion, were issued on November 21.\n",
        {issued("1000000000", "2024-11")},
        id="variant-notes-which-totaled-issued",
    ),
    pytest.param(  # negative: not closed yet
        "MARA's convertible notes offering, which raised $1 billion, is expected to close on "
        "Thursday.\n",
        set(),
        id="negative-expected-to-close",
    ),
    pytest.param(  # negative: priced is not closed (decided case 6)
        "MARA's notes offering, which raised $1 billion, was priced on Tuesday.\n",
        set(),
        id="negative-priced",
    ),
    pytest.param(  # negative: equity
        "MARA's equity offering, which raised $1 billion, closed on Thursday.\n",
        set(),
        id="negative-equity",
    ),
    pytest.param(  # negative: a facility's size (decided case 19)
        "The credit facility, which totaled $50 million, closed in November.\n",
        set(),
        id="negative-facility",
    ),
    pytest.param(  # negative: a debt settled is paid off, not taken on
        "The debt, which amounted to $50 million, was settled in November.\n",
        set(),
        id="negative-settled",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIZED_IN_CLAUSE)
def test_deal_sized_in_clause_then_closed(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _NOV_2024, ("debt_issued_usd",), "MARA") == expected
