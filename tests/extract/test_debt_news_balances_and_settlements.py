"""Debt in news copy, wordings the frames missed (eighteenth session):

* A balance told by a participle instead of a copula: "grapples with significant overall debt,
  approximating $200 million", "has debt totaling $45 million"; not the debt of a company
  being acquired ("agreed to acquire X, a rival with total debt amounting to $38 million").
* Debt weighing on the company as the story is told: "is burdened with a €400 million ($460
  million) loan" (both currencies, decided case: two labels), "remains saddled with …".
* A settlement agreed for a stated payment retires the debt's principal (decided cases 6, 32):
  "agreed to settle its remaining $14 million of debt … for a single cash payment of $5
  million" → $14 million repaid; "agreed to settle … by the end of the year" is no payment,
  nor one that waits on something ("… once the sale closes", "…, pending court approval").
* Not balances: the object of a planned retirement ("will eliminate $52.1 million in
  outstanding debt") and the change of a cut ("reduce the principal amount owed by $9.2
  million").
* An interest cost per year worked out from a coupon is a rate, not a period's interest
  expense ("equates to an annual interest expense of approximately $90 million"); named after
  a period ("For the full year 2024, annual interest expense was …") it is that period's.

Sentences are written for these tests in the style of the real copy; expected values follow
tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from debt_facts import debt_facts, interest, repaid, total

OCT = dt.date(2024, 10, 1)

CASES: list[tuple[str, str, dt.date, set]] = [
    (
        "overall-debt-approximating",
        "Despite this repayment, the miner continues to grapple with significant overall debt, "
        "approximating $200 million, much of it raised for its AI build-out.",
        OCT,
        {total("200000000", "2024-10")},
    ),
    (
        "has-debt-totaling",
        "After the sale of its Texas site, the company has debt totaling $45 million.",
        OCT,
        {total("45000000", "2024-10")},
    ),
    # the debt of a company being acquired, told in an appositive, is not the buyer's
    (
        "acquired-miner-with-total-debt",
        "The miner agreed to acquire Block Hosting, a rival operator with total debt amounting "
        "to $38 million, in an all-stock deal.",
        OCT,
        set(),
    ),
    (
        "merger-target-which-carries-debt",
        "The company will merge with Northern Hash, which carries outstanding debt totaling "
        "$38 million.",
        OCT,
        set(),
    ),
    (
        "buyer-debt-after-acquisition",
        "After completing the acquisition of Block Hosting, the miner has debt totaling $38 "
        "million.",
        OCT,
        {total("38000000", "2024-10")},
    ),
    (
        "burdened-with-translated-loan",
        "The data-centre group is burdened with a €400 million ($460 million) loan from its "
        "majority owner, half of which will be repaid in shares.",
        dt.date(2025, 12, 22),
        {
            ("debt_total_usd", Decimal("400000000"), "EUR", "2025-12"),
            total("460000000", "2025-12"),
        },
    ),
    (
        "saddled-with",
        "The miner remains saddled with $40 million of equipment loans after the sale.",
        dt.date(2025, 12, 22),
        {total("40000000", "2025-12")},
    ),
    (
        "agreed-settlement-for-payment",
        "The miner agreed to settle its remaining $14 million of debt with its bankrupt lender "
        "for a single cash payment of $5 million, according to a Thursday press release.",
        dt.date(2023, 2, 9),
        {repaid("14000000", "2023-02")},
    ),
    # README case 6: only done things are figures; a settlement that waits on a sale's closing
    # or a court's approval is not done yet
    (
        "agreed-settlement-once-sale-closes",
        "The miner agreed to settle its $14 million of debt with its lender for a cash payment "
        "of $5.25 million once the sale of its Texas facility closes.",
        dt.date(2023, 2, 9),
        set(),
    ),
    (
        "agreed-settlement-pending-approval",
        "The miner agreed to settle its $14 million of debt for a cash payment of $5.25 "
        "million, pending bankruptcy court approval.",
        dt.date(2023, 2, 9),
        set(),
    ),
    (
        "agreed-settlement-subject-to-closing",
        "The miner agreed to settle its remaining $14 million of debt for a single cash payment "
        "of $5 million, subject to the closing of the asset sale.",
        dt.date(2023, 2, 9),
        set(),
    ),
    (
        "agreed-settlement-upon-completion-before",
        "Upon completion of the asset sale, the miner agreed to settle its remaining $14 million "
        "of debt for a single cash payment of $5 million.",
        dt.date(2023, 2, 9),
        set(),
    ),
    (
        "planned-elimination-is-no-balance",
        "On August 16, the miner said that it will eliminate $52.1 million in outstanding debt "
        "on an equipment loan by handing back about 20,000 machines.",
        dt.date(2022, 8, 18),
        set(),
    ),
    (
        "reduced-by-is-no-balance",
        "In addition, the miner said it will restructure its convertible notes to reduce the "
        "principal amount owed by $9.2 million in exchange for repricing its warrants.",
        dt.date(2022, 8, 18),
        set(),
    ),
    (
        "annual-interest-run-rate",
        "The new notes carry a 9% coupon, which equates to an annual interest expense of "
        "approximately $90 million, more than the miner's revenue last year.",
        dt.date(2025, 10, 22),
        set(),
    ),
    # a period named before the words makes it that period's expense, not a run-rate
    (
        "annual-interest-for-the-full-year",
        "For the full year 2024, annual interest expense was $12.3 million as the miner drew "
        "on its new credit line.",
        dt.date(2025, 3, 12),
        {interest("12300000", "2024")},
    ),
    (
        "annual-interest-in-fiscal-year",
        "For the year ended December 31, 2024, the miner's annual interest expense was $12.3 "
        "million.",
        dt.date(2025, 3, 12),
        {interest("12300000", "2024")},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_news_balances_and_settlements(
    name: str, text: str, published: dt.date, expected: set
) -> None:
    assert debt_facts(text, published=published) == expected
