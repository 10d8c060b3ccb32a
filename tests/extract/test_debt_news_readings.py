"""Debt readings of news and results copy that the first run of batches w1/w2 missed.

Each class is a reading rule (the module docstrings state them): interest expense named after
its amount ("$6.8 million in interest costs"); a balance told in the passive of a reduction
("debt was reduced to $72 million") or by a name's plural possessive ("Bitfarms' debt was");
the level a stated balance came "after" (a step on the way); proceeds that settled a debt; a
loan settled whole for one payment; nil debt as a goal; loans a lender sells; a financing deal
the next sentence calls a loan; a notes total made by the purchasers' option; a deal's closing
day told in the next sentence. Sentences are written in the style of the releases and rewrites,
with near-misses that must keep (or not gain) a figure.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.extract.debt_facts import Fact, debt_facts

TOTAL, ISSUED, REPAID = "debt_total_usd", "debt_issued_usd", "debt_repaid_usd"
INTEREST = "interest_expense_usd"


def _fact(metric: str, amount: str, period: str, unit: str = "USD") -> Fact:
    return (metric, Decimal(amount), unit, period)


NOV_2025 = dt.date(2025, 11, 12)

CASES: list[tuple[str, dt.date, set[Fact]]] = [
    # --- interest expense named after its amount ---
    (
        "For the full year 2024, the net loss of $40.2 million included $12.4 million of "
        "depreciation and $3.1 million in interest costs.",
        NOV_2025,
        {_fact(INTEREST, "3100000", "2024")},
    ),
    (
        "The company reported a net loss of $55.1 million, which included impairment charges "
        "of $31.5 million, $15 million in depreciation, and $6.8 million in interest costs.",
        NOV_2025,
        {_fact(INTEREST, "6800000", "2025-11")},
    ),
    (
        "In the third quarter of 2025 the miner recorded C$2.2 million of interest charges on "
        "its equipment loans.",
        NOV_2025,
        {_fact(INTEREST, "2200000", "2025-Q3", "CAD")},
    ),
    # near-misses: income, a saving, cash paid, a forecast
    ("The company earned $3.1 million in interest income in 2024.", NOV_2025, set()),
    ("The refinancing saved $1.2 million in interest costs in 2024.", NOV_2025, set()),
    ("The company paid $1.2 million in interest costs in March.", NOV_2025, set()),
    # --- a balance in the passive of a reduction, or after a plural possessive ---
    (
        "In July, the firm raised $7.5 million in a share issue. This funding allowed debt to "
        "be reduced to $72 million.",
        NOV_2025,
        # (dated by the funding's month, at its last day: README "Periods", stock rule)
        {_fact(TOTAL, "72000000", "2025-07-31")},
    ),
    (
        "Its borrowings have been cut to $12 million.",
        NOV_2025,
        {_fact(TOTAL, "12000000", "2025-11")},
    ),
    (
        "The outstanding balance was lowered to $5.3 million.",
        NOV_2025,
        {_fact(TOTAL, "5300000", "2025-11")},
    ),
    ("Bitfarms’ debt stood at $38 million.", NOV_2025, {_fact(TOTAL, "38000000", "2025-11")}),
    (
        "Iris Energy’s total debt was $103 million.",
        NOV_2025,
        {_fact(TOTAL, "103000000", "2025-11")},
    ),
    # near-misses: a balance only expected; a cut by an amount (a repayment, not a level)
    ("Debt is expected to be reduced to $50 million by year-end.", NOV_2025, set()),
    ("Debt was reduced by $10 million in July.", NOV_2025, {_fact(REPAID, "10000000", "2025-07")}),
    # --- the level a stated balance came "after": a step on the way ---
    (
        "At the time of writing, the miner’s debt was $38 million after using the coins it "
        "sold in October to reduce its credit facility from $100 million to $66 million.",
        NOV_2025,
        {_fact(TOTAL, "38000000", "2025-11")},
    ),
    (
        "Total debt stood at $20 million following a repayment that took the term loan from "
        "$45 million to $30 million.",
        NOV_2025,
        {_fact(TOTAL, "20000000", "2025-11")},
    ),
    # near miss: a cash balance stated first is no debt level; the facility's level stands
    (
        "Bitfarms' cash balance was $50 million after it used the bitcoin it sold in October "
        "to reduce its credit facility from $100 million to $66 million.",
        NOV_2025,
        {_fact(TOTAL, "66000000", "2025-10-31")},
    ),
    # --- proceeds that settled a debt (decided case 13) ---
    (
        "The miner sold 500 BTC for $30 million in October and used all of the proceeds to "
        "settle its loan with Galaxy.",
        NOV_2025,
        {_fact(REPAID, "30000000", "2025-10")},
    ),
    (
        "The company sold more than $62 million in bitcoin in October, using the proceeds to "
        "settle its debt.",
        NOV_2025,
        {_fact(REPAID, "62000000", "2025-10")},
    ),
    # near-misses: part of the proceeds; a planned use; a lawsuit settled
    (
        "The miner sold 500 BTC for $30 million in October and used part of the proceeds to "
        "repay its loan.",
        NOV_2025,
        set(),
    ),
    (
        "The miner sold 500 BTC for $30 million in October and will use the proceeds to repay "
        "its loan.",
        NOV_2025,
        set(),
    ),
    ("The miner paid $3 million to settle the lawsuit.", NOV_2025, set()),
    # --- a loan settled whole for one payment: the principal retired is the repayment
    # (README decided case 32; the cash is its price) ---
    (
        "Bitfarms extinguished $21 million in a loan from BlockFi with a $7.75 million cash "
        "payment.",
        NOV_2025,
        {_fact(REPAID, "21000000", "2025-11")},
    ),
    (
        "The miner settled $12 million in debt owed to Foundry with a lump-sum payment of $5 "
        "million.",
        NOV_2025,
        {_fact(REPAID, "12000000", "2025-11")},
    ),
    (
        "The company paid off the $18 million equipment loan with $6 million in cash.",
        NOV_2025,
        {_fact(REPAID, "18000000", "2025-11")},
    ),
    # near-miss: an amount of principal settled for less is the principal retired
    (
        "The company settled C$5.73 million in convertible debentures by paying C$4.59 million.",
        NOV_2025,
        {_fact(REPAID, "5730000", "2025-11", "CAD")},
    ),
    # --- nil debt as a goal is no balance ---
    (
        '"The refinancing enables us to be debt free before the halving," said the CFO.',
        NOV_2025,
        set(),
    ),
    ("The miner is on track to become debt-free by the end of 2026.", NOV_2025, set()),
    ("The miner is proud to be debt-free.", NOV_2025, {_fact(TOTAL, "0", "2025-11")}),
    # --- loans a lender sells are the lender's ---
    (
        "The bankrupt lender has been looking to sell around $160 million in debt backed by "
        "mining machines.",
        NOV_2025,
        set(),
    ),
    (
        "The miner sold $500 million of convertible notes in March.",
        NOV_2025,
        {_fact(ISSUED, "500000000", "2025-03")},
    ),
    # --- a financing deal the next sentence calls a loan ---
    (
        "Bitfarms announced last week that it had entered into a $32M financing deal with "
        "BlockFi. Under the terms of the agreement, Bitfarms took a two-year equipment loan at "
        "a 14.5% interest rate.",
        NOV_2025,
        {_fact(ISSUED, "32000000", "2025-11")},
    ),
    (
        "Hive signed a $25 million financing agreement with Galaxy. The loan bears interest at "
        "12% and matures in 2027.",
        NOV_2025,
        {_fact(ISSUED, "25000000", "2025-11")},
    ),
    # near-misses: equity; a deal still negotiated; no loan said of it
    (
        "Hive signed a $25 million financing agreement with an investor. The investor received "
        "10 million shares.",
        NOV_2025,
        set(),
    ),
    (
        "In October, Bitfarms entered into a $50 million financing agreement with a data center "
        "partner. Bitfarms notes that the financing will fund its Panther Creek site.",
        NOV_2025,
        set(),
    ),
    (
        "Hive is negotiating a $25 million financing agreement with Galaxy. The loan would bear "
        "interest at 12%.",
        NOV_2025,
        set(),
    ),
    # --- a notes total made by the purchasers' option ---
    (
        "On December 4, 2024, the Company issued $850.0 million principal of 0.0% Convertible "
        "Senior Notes due 2031. In addition, on December 10, 2024, the initial purchasers of the "
        "June 2031 Notes purchased an additional $75.0 million principal of June 2031 Notes for "
        "an aggregate principal amount of $925.0 million.",
        dt.date(2025, 3, 3),
        {_fact(ISSUED, "925000000", "2024-12")},
    ),
    (
        "In October the initial purchasers bought an additional $45 million of the 2030 notes "
        "for a total principal amount of $345 million.",
        NOV_2025,
        {_fact(ISSUED, "345000000", "2025-10")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_debt_news_readings(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published, entity=None) == expected


# A deal whose closing day the next sentence gives, after the quarter a results release reports.
CLOSED_NEXT = [
    (
        "Second Quarter 2025 Financial Highlights\n\n"
        "The Company announced the settlement of C$2.5 million of the outstanding principal "
        "amount of its convertible debentures into common shares. After the closing of the "
        "transaction on July 10, 2025, the debentures have an outstanding principal balance of "
        "C$19.9 million.",
        _fact(REPAID, "2500000", "2025-07", "CAD"),
    ),
    (
        "Third Quarter 2025 Highlights\n\n"
        "The Company repaid $4 million of its equipment notes. The repayment closed on October "
        "3, 2025.",
        _fact(REPAID, "4000000", "2025-10"),
    ),
    (
        "Third Quarter 2025 Highlights\n\n"
        "The Company issued $30 million of senior secured notes. Following Completion of the "
        "Offering on October 7, 2025, the Company had no other debt outstanding.",
        _fact(ISSUED, "30000000", "2025-10"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSED_NEXT)
def test_a_deal_closed_after_the_quarter_takes_its_month(text: str, expected: Fact) -> None:
    assert expected in debt_facts(text, NOV_2025, entity=None)


def test_a_deal_closed_within_the_quarter_keeps_the_report_period() -> None:
    text = (
        "Third Quarter 2025 Highlights\n\n"
        "The Company repaid $4 million of its equipment notes. The repayment closed on August "
        "3, 2025."
    )
    # the repayment is kept, in the report's quarter (not lost, not dated to its closing month)
    assert debt_facts(text, NOV_2025, entity=None) == {_fact(REPAID, "4000000", "2025-Q3")}
