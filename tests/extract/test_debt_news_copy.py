"""Debt told in news copy (the x batches' class): balances a story states in the present, the
dates such balances take, and draws that are not new debt.

* A balance a news story states as standing now takes the story's month: "$25 million today",
  "still carries $72 million in debt", "its remaining debt includes a $150 million note, agreed
  upon in June" (the month dates the deal), and a month the story names only in background
  ("At the end of September, …") months before publication.
* Debt the company failed to repay is in default, so outstanding: a balance, never a
  repayment. "Its debt of $74 million to the lender", "had $32 million and $71 million in
  principal amount of loans", "hold … and $47 million worth of debt" are balances.
* Preferred equity drawn is not debt; the amount drawn to date under a line is its balance, not
  the period's draw (decided case 19); notes whose closing a funding waits on are not closed
  (decided case 6).

Sentences are written for these tests in the style of the real copy; expected values follow
tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import debt_facts, issued, repaid, total

NOV = dt.date(2025, 11, 12)

CASES: list[tuple[str, str, dt.date, set]] = [
    # --- a balance stated "today" or "still": the story's month ---
    (
        "today",
        "In October, the miner warned it might miss payments to its lender. "
        "“Cutting our debt from a peak of $180 million in March 2024 to $30 million today has "
        "freed up cash flow,” the chief executive said in the Wednesday release.",
        NOV,
        {total("30000000")},
    ),
    (
        "as-of-today-keeps-the-day",
        "The miner brought its borrowings down from $90 million in July to about $41 million as "
        "of today, the company said.",
        NOV,
        {total("41000000", "2025-11-12")},
    ),
    (
        "still-verb",
        "Despite the cuts made over the year, the firm still carries $64 million in senior "
        "secured debt, due for repayment in 2027.",
        NOV,
        {total("64000000")},
    ),
    (
        "still-manages",
        "The company still manages roughly $58 million of equipment loans after the sale.",
        NOV,
        {total("58000000")},
    ),
    (
        "deal-month-after",
        "The miner's remaining debt includes a $120 million convertible note from a hedge fund, "
        "signed in May, meant to fund its data center push.",
        NOV,
        {total("120000000")},
    ),
    (
        "background-month",
        "Two Lenders Say Miner Defaulted on Rig Loans\n\n"
        "The miner updated shareholders on October 6. It said it runs about 4 EH/s and that its "
        "operations continue. Its second site is still being built.\n\n"
        "A filing registered in November shows two lenders claim the miner defaulted on its "
        "loan payments.\n\n"
        "At the end of September, a news site reported that a hosting firm had filed for "
        "bankruptcy protection. Another miner also said its finances were hurt.\n\n"
        "The filing states that one lender claims it owes $45 million and the other claims the "
        "miner owes $20 million.",
        dt.date(2025, 11, 8),
        {total("45000000"), total("20000000")},
    ),
    # --- debt in default, owed debt named by its amount ---
    (
        "failed-to-repay",
        "A lender alleges that the miner failed to repay a $86 million equipment loan and has "
        "sent it a notice of acceleration.",
        NOV,
        set(),  # a creditor's allegation only (README decided case 35)
    ),
    (
        "fails-headline",
        "Bitcoin Miner Fails to Repay $40M Loan as Lender Moves to Seize Rigs",
        NOV,
        {total("40000000")},
    ),
    (
        "defaulted-upon",
        "Two lenders claim that the company defaulted upon $55 million in equipment loans.",
        NOV,
        set(),  # a creditor's claim only (README decided case 35)
    ),
    (
        "its-debt-of",
        "Under the deal, the miner will hand over rigs and pay off its debt of US$61 million to "
        "the lender.",
        NOV,
        {total("61000000")},
    ),
    (
        "debt-remaining",
        "The company signed a term sheet that would restructure its $52 million of debt "
        "remaining with the lender.",
        NOV,
        {total("52000000")},
    ),
    (
        "had-principal",
        "According to the filing, the company had $18 million and $27 million in principal "
        "amount of loans secured by its older and newer machines, respectively.",
        NOV,
        {total("18000000"), total("27000000")},
    ),
    (
        "hold-worth-of-debt",
        "The miner and its units hold about $29 million worth of unencumbered bitcoin and about "
        "$38 million worth of debt, which includes a $12 million equipment loan.",
        NOV,
        {total("38000000"), total("12000000")},
    ),
    # --- draws that are not new debt ---
    (
        "preferred-equity-draw",
        "The company said it has received the first $95 million draw from a $3 billion perpetual "
        "preferred equity financing facility with an infrastructure fund.",
        NOV,
        set(),
    ),
    (
        "preferred-equity-funding",
        "The miner received $240 million in funding from its existing preferred equity facility "
        "with the asset manager this month.",
        NOV,
        set(),
    ),
    (
        "drawn-to-date",
        "The miner has now drawn $150 million from its $400 million facility with the bank, "
        "after moving the loan to a project subsidiary.",
        NOV,
        {total("150000000")},
    ),
    (
        "contingent-closing",
        "The rest of the money will go to its second campus, contingent on the closing of a "
        "previously announced $1.8 billion senior secured notes offering.",
        NOV,
        set(),
    ),
    # --- near-misses that keep their reading ---
    (
        "draw-made-stays-new-debt",
        "The miner drew $60 million under its credit facility with the bank in November.",
        NOV,
        {issued("60000000")},
    ),
    (
        "reduce-its-loan-of-is-a-start",
        "The miner was able to reduce its loan of $70 million by selling bitcoin, bringing the "
        "debt down to $44 million.",
        NOV,
        {total("44000000")},
    ),
    (
        "repaid-its-debt-of-stays-repayment",
        "The miner repaid its debt of $18 million to the lender in November.",
        NOV,
        {repaid("18000000")},
    ),
    (
        "repaid-stays-repayment",
        "The company repaid a $25 million equipment loan in full during November.",
        NOV,
        {repaid("25000000")},
    ),
    (
        "common-equity-not-preferred-debt-line",
        "The miner received the initial $50 million draw from its term loan with the bank.",
        NOV,
        {issued("50000000")},
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_debt_news_copy(text: str, published: dt.date, expected: set) -> None:
    assert debt_facts(text, published) == expected
