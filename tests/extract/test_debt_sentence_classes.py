"""Debt read by sentence class: an instrument, a verb class and the amount bound to them.

Each sentence is written fresh for its class (no corpus sentence is copied), in the wording
other miners, wires and news rewrites use; the expected facts are worked out from the sentence
by the labelling convention (tests/extract/real/README.md), published 2025-11-12 unless a
period is named.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 12)
_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd", "interest_expense_usd")
Fact = tuple[str, Decimal, str, str | None]


def _debt_facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED)
    return {
        (item.metric, item.value, item.unit, item.period)
        for item in found
        if item.metric in _DEBT and item.value is not None
    }


def _usd(metric: str, amount: str, period: str) -> Fact:
    return (metric, Decimal(amount), "USD", period)


BALANCES = [
    # A named instrument's balance: "$X of <notes> outstanding", dated by the lead adverbial.
    (
        "As of September 30, 2025, the Company had $750.0 million of convertible notes "
        "outstanding.",
        {_usd("debt_total_usd", "750000000", "2025-09-30")},
    ),
    (
        "The Company has $862.5 million principal amount of 2029 Notes outstanding as of "
        "September 30, 2025.",
        {_usd("debt_total_usd", "862500000", "2025-09-30")},
    ),
    # "$X in debt" at the end of the quarter just reported (Q3 before publication).
    (
        "Hut 8 ended the quarter with $250 million in debt.",
        {_usd("debt_total_usd", "250000000", "2025-09-30")},
    ),
    # The debt itself as the subject of a stative verb.
    (
        "Debt totaled $350 million at the end of the quarter.",
        {_usd("debt_total_usd", "350000000", "2025-09-30")},
    ),
    (
        "The company's borrowings stood at $120 million as of October 31, 2025.",
        {_usd("debt_total_usd", "120000000", "2025-10-31")},
    ),
    # A repayment and the balance it leaves (no date: the month of publication).
    (
        "The company paid down $20 million, leaving a remaining balance of $40 million on the "
        "loan.",
        {
            _usd("debt_repaid_usd", "20000000", "2025-11"),
            _usd("debt_total_usd", "40000000", "2025-11"),
        },
    ),
    (
        "Bitfarms has US$15 million of debt remaining on its equipment financing.",
        {_usd("debt_total_usd", "15000000", "2025-11")},
    ),
    # A pronoun for the previous sentence's debt. The June balance is the starting point of the
    # change, a quarter before the document's own: not labelled (README decided case 1).
    (
        "As of June 30, 2025, its loans payable amounted to $80 million. This was reduced to "
        "$62.5 million by September 30.",
        {_usd("debt_total_usd", "62500000", "2025-09-30")},
    ),
    # A drawn total on a facility, and the new draw.
    (
        "The financing includes an additional $25 million draw, leading to a total of $75 "
        "million being drawn at closing.",
        {
            _usd("debt_issued_usd", "25000000", "2025-11"),
            _usd("debt_total_usd", "75000000", "2025-11"),
        },
    ),
]

# Balances and zero stated in other common words; interest named after its amount.
WORDINGS = [
    ("The company carries $300 million of long-term debt.",
     {_usd("debt_total_usd", "300000000", "2025-11")}),
    ("About $12 million remains outstanding on the loan.",
     {_usd("debt_total_usd", "12000000", "2025-11")}),
    # A comparative is not this period's balance; a changed balance is the one stated.
    ("Total debt was $450 million, compared with $300 million of debt a year earlier.",
     {_usd("debt_total_usd", "450000000", "2025-11")}),
    ("Debt fell to $450 million from $600 million.",
     {_usd("debt_total_usd", "450000000", "2025-11")}),
    ("Cipher holds no significant debt other than $11 million for equipment financing.",
     {_usd("debt_total_usd", "11000000", "2025-11")}),
    # "no long-term debt" says nothing of short-term borrowings (README, decided case 17)
    ("The company has no long-term debt.", set()),
    ("It operates without any debt.", {_usd("debt_total_usd", "0", "2025-11")}),
    ("The company has no borrowings.", {_usd("debt_total_usd", "0", "2025-11")}),
    # A facility with nothing drawn says nothing of the company's debt; nor do maturities.
    ("The company has no borrowings under the facility.", set()),
    ("There are no debt maturities until 2030.", set()),
    ("The Company incurred $3.0 million of interest expense in the third quarter of 2025.",
     {_usd("interest_expense_usd", "3000000", "2025-Q3")}),
]  # fmt: skip

# A stated balance broken into its parts: each part is a balance at the same date.
BREAKDOWNS = [
    # Amounts of two instruments joined by "and" share the verb or state that follows them.
    (
        "As of September 30, 2025, the Company had $650 million of 2029 convertible notes and "
        "$400 million of 2030 convertible notes outstanding.",
        {
            _usd("debt_total_usd", "650000000", "2025-09-30"),
            _usd("debt_total_usd", "400000000", "2025-09-30"),
        },
    ),
    (
        "The company repaid $20 million of term loans and $10 million of equipment loans in "
        "October.",
        {
            _usd("debt_repaid_usd", "20000000", "2025-10"),
            _usd("debt_repaid_usd", "10000000", "2025-10"),
        },
    ),
    (
        "The company allocated $18.3 million to repurchase $19.4 million of its outstanding "
        "1.00% convertible notes maturing in 2026 and $36.9 million toward capped call "
        "transactions.",
        {_usd("debt_repaid_usd", "19400000", "2025-11")},
    ),
    (
        "As of September 30, 2025, total debt was $900 million, consisting of $750 million of "
        "convertible notes and $150 million under the Coinbase credit facility.",
        {
            _usd("debt_total_usd", "900000000", "2025-09-30"),
            _usd("debt_total_usd", "750000000", "2025-09-30"),
            _usd("debt_total_usd", "150000000", "2025-09-30"),
        },
    ),
    # Inline bullets on one line: each bullet is its own statement (the next bullet's date
    # does not date this one).
    (
        "Highlights: revenue of $200 million. - Debt: $500 million (mainly $400 million of 2030 "
        "notes plus a $100 million Coinbase loan). - As of November 1, 2025, cash: $90 million.",
        {
            _usd("debt_total_usd", "500000000", "2025-11"),
            _usd("debt_total_usd", "400000000", "2025-11"),
            _usd("debt_total_usd", "100000000", "2025-11"),
        },
    ),
    # A later repayment date does not date the balance; the leading date does.
    (
        "On September 8, 2025, the Company had $40 million outstanding under its credit "
        "facility, which it expects to repay on December 15, 2025.",
        {_usd("debt_total_usd", "40000000", "2025-09-08")},
    ),
]

ISSUANCES = [
    ("Riot closed its offering of $500 million of 0.75% convertible senior notes due 2030.",
     {_usd("debt_issued_usd", "500000000", "2025-11")}),
    ("Marathon announced the closing of its previously announced private offering of $850 "
     "million aggregate principal amount of 2.125% convertible senior notes due 2031.",
     {_usd("debt_issued_usd", "850000000", "2025-11")}),
    ("On October 3, 2025, the Company issued $1.0 billion aggregate principal amount of 0.00% "
     "Convertible Senior Notes due 2031.",
     {_usd("debt_issued_usd", "1000000000", "2025-10")}),
    ("Bitdeer entered into a $120 million term loan with a syndicate of lenders.",
     {_usd("debt_issued_usd", "120000000", "2025-11")}),
    ("The company drew down $40 million from its revolving credit facility in October.",
     {_usd("debt_issued_usd", "40000000", "2025-10")}),
    ("The company received $30 million in loan proceeds from Two Prime.",
     {_usd("debt_issued_usd", "30000000", "2025-11")}),
    ("TeraWulf completed a $500 million private placement of 2.75% convertible senior notes.",
     {_usd("debt_issued_usd", "500000000", "2025-11")}),
    ("IREN closed a $102 million GPU financing in October.",
     {_usd("debt_issued_usd", "102000000", "2025-10")}),
    ("Cipher closed on $800 million in project financing for its Barber Lake site.",
     {_usd("debt_issued_usd", "800000000", "2025-11")}),
    ("The company closed a $50 million Series A equity financing.", set()),
    # The total includes the option; the option alone is not a second issuance.
    ("IREN closed US$1 billion of convertible notes, including US$125 million from the full "
     "exercise of the option.",
     {_usd("debt_issued_usd", "1000000000", "2025-11")}),
    # A headline's base deal restated in the body with the option: counted once.
    ("Acme Closes US$400 Million Convertible Notes\nAcme today announced that it closed its "
     "offering of US$460 million of convertible notes, which includes the exercise in full of "
     "the US$60 million option.",
     {_usd("debt_issued_usd", "460000000", "2025-11")}),
    # New notes given in an exchange are new debt; the old notes exchanged are retired
    # (README decided case 32: an exchange retires the principal given up).
    ("Greenidge exchanged $25 million of its 2026 notes for $20 million of new 2030 notes.",
     {_usd("debt_repaid_usd", "25000000", "2025-11"),
      _usd("debt_issued_usd", "20000000", "2025-11")}),
]  # fmt: skip

REPAYMENTS = [
    ("The Company repaid the remaining $15.0 million outstanding under its equipment loan.",
     {_usd("debt_repaid_usd", "15000000", "2025-11")}),
    ("In October, the company made principal payments of $8.2 million on its equipment "
     "financing.",
     {_usd("debt_repaid_usd", "8200000", "2025-10")}),
    ("During the quarter, the Company repurchased $100 million aggregate principal amount of "
     "its 2026 notes.",
     {_usd("debt_repaid_usd", "100000000", "2025-Q3")}),
    # A change between two balance dates spanning a whole quarter: that quarter.
    ("Reduced the term loan by $9.0 million from $30.0 million at 1 July 2025 to $21.0 million "
     "at 30 September 2025.",
     {_usd("debt_repaid_usd", "9000000", "2025-Q3"),
      _usd("debt_total_usd", "21000000", "2025-09-30")}),
    # "Subsequent to quarter end" in a quarterly release: after the quarter, by publication.
    ("Third Quarter 2025 Results\nRevenue rose 20%. Subsequent to quarter end, the Company "
     "converted $10 million of debt to equity.",
     {_usd("debt_repaid_usd", "10000000", "2025-11")}),
    ("Miner Slashes $120M of Debt After Notes Deal",
     {_usd("debt_repaid_usd", "120000000", "2025-11")}),
    ("The repayments comprised $30 million of term loans and $12 million of equipment notes.",
     {_usd("debt_repaid_usd", "30000000", "2025-11"),
      _usd("debt_repaid_usd", "12000000", "2025-11")}),
    ("The sale funded a $20 million reduction in debt.",
     {_usd("debt_repaid_usd", "20000000", "2025-11")}),
]  # fmt: skip

# Closing releases of notes offerings: the total principal, its option part not again; uses
# of the net proceeds (capped calls, share buybacks) are not debt, a repurchase of old notes is.
CLOSINGS = [
    (
        "TeraWulf Inc. today announced the closing of its previously announced private offering "
        "of $1.0 billion aggregate principal amount of 1.00% convertible senior notes due 2031, "
        "which includes $150 million aggregate principal amount of notes issued pursuant to the "
        "initial purchasers' full exercise of their option to purchase additional notes.",
        {_usd("debt_issued_usd", "1000000000", "2025-11")},
    ),
    (
        "Riot Platforms announced the closing of its offering of $594.4 million aggregate "
        "principal amount of 0.75% Convertible Senior Notes due 2030, including the exercise in "
        "full of the initial purchasers' option to purchase an additional $19.4 million of notes.",
        {_usd("debt_issued_usd", "594400000", "2025-11")},
    ),
    (
        "The net proceeds from the offering were approximately $980.0 million, after deducting "
        "the initial purchasers' discounts and commissions.",
        set(),
    ),
    (
        "The Company used approximately $85.9 million of the net proceeds to fund the cost of "
        "entering into capped call transactions.",
        set(),
    ),
    (
        "In addition, the Company used approximately $50 million of the net proceeds to "
        "repurchase 2.7 million shares of its common stock.",
        set(),
    ),
    (
        "The Company used approximately $200 million of the net proceeds to repurchase $212 "
        "million aggregate principal amount of its 2026 convertible notes.",
        {_usd("debt_repaid_usd", "212000000", "2025-11")},
    ),
]

# Draws and drawn balances on facilities.
DRAWS = [
    (
        "Hut 8 entered into a $150 million credit facility with Two Prime, of which $50 million "
        "was drawn at closing.",
        {_usd("debt_issued_usd", "50000000", "2025-11")},
    ),
    (
        "As of October 31, 2025, the Company had borrowed $200 million under its bitcoin-backed "
        "line of credit.",
        {_usd("debt_total_usd", "200000000", "2025-10-31")},
    ),
    (
        "The company announced that it has drawn down $50 million from its Macquarie facility.",
        {_usd("debt_issued_usd", "50000000", "2025-11")},
    ),
    (
        "The company's $650 million of outstanding convertible notes mature in 2030.",
        {_usd("debt_total_usd", "650000000", "2025-11")},
    ),
    (
        "The miner's debt stands at $210 million after the repayment.",
        {_usd("debt_total_usd", "210000000", "2025-11")},
    ),
    (
        "CleanSpark has increased its bitcoin-backed credit facility with Coinbase Prime to $400 "
        "million, of which $200 million has been drawn.",
        {_usd("debt_total_usd", "200000000", "2025-11")},
    ),
]

SETTLEMENTS = [
    ("Greenidge redeemed all $72.2 million of its 8.50% Senior Notes due 2026.",
     {_usd("debt_repaid_usd", "72200000", "2025-11")}),
    ("Bit Digital settled its $20 million promissory note through the issuance of 5 million "
     "shares.",
     {_usd("debt_repaid_usd", "20000000", "2025-11")}),
    ("In October, Hut 8 paid off the remaining balance of $12 million on its equipment loan.",
     {_usd("debt_repaid_usd", "12000000", "2025-10")}),
    ("The company made a $5 million principal payment on its term loan in October.",
     {_usd("debt_repaid_usd", "5000000", "2025-10")}),
    # A buyback of notes "to repurchase $X of its outstanding notes" is a repayment, not a
    # balance.
    ("The company allocated $18.3 million to repurchase $19.4 million of its outstanding 1.00% "
     "convertible notes maturing in 2026.",
     {_usd("debt_repaid_usd", "19400000", "2025-11")}),
    # A facility converted into another financing is refinanced, not repaid.
    ("The company converted its $300 million private debt facility with Macquarie into a "
     "project-specific financing.",
     set()),
    # "no debt" now; the month dates the repayment that led to it.
    ("The Company has no outstanding debt following the repayment of its $30 million term "
     "loan in August.",
     {_usd("debt_total_usd", "0", "2025-11"), _usd("debt_repaid_usd", "30000000", "2025-08")}),
]  # fmt: skip

# "The proceeds were used to repay …": the repayment is the proceeds the sentence before
# names, dated by that sale's month.
PROCEEDS_USED = [
    (
        "The company sold 1,200 BTC in October, generating proceeds of $130 million. The "
        "proceeds were used to repay its bitcoin-backed loan in full.",
        {_usd("debt_repaid_usd", "130000000", "2025-10")},
    ),
    (
        "The company sold 1,200 BTC, generating proceeds of $130 million. The proceeds will be "
        "used to repay its loan.",
        set(),
    ),
]

INTEREST = [
    # "$A and $B …, respectively": the first is the period reported, the second its comparative;
    # nine months to date is not a whole period.
    ("The Company incurred interest expense of $3.0 million and $5.4 million during the three "
     "months ended September 30, 2025 and 2024, respectively, and $9.7 million and $15.7 "
     "million during the nine months ended September 30, 2025 and 2024, respectively.",
     {_usd("interest_expense_usd", "3000000", "2025-Q3")}),
    ("Total debt was $450.0 million and $380.0 million as of September 30, 2025 and December "
     "31, 2024, respectively.",
     {_usd("debt_total_usd", "450000000", "2025-09-30")}),
    ("During the nine months ended September 30, 2025, the Company repaid $42 million of "
     "equipment loans.",
     set()),
    ("Interest expense for the quarter was $4.1 million, compared to $3.8 million in the "
     "prior-year period.",
     {_usd("interest_expense_usd", "4100000", "2025-Q3")}),
    ("The company reported interest expense of $9.9 million in Q3 2025.",
     {_usd("interest_expense_usd", "9900000", "2025-Q3")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    BALANCES
    + WORDINGS
    + BREAKDOWNS
    + ISSUANCES
    + CLOSINGS
    + DRAWS
    + REPAYMENTS
    + SETTLEMENTS
    + PROCEEDS_USED
    + INTEREST,
)
def test_debt_sentence_class(text: str, expected: set[Fact]) -> None:
    assert _debt_facts(text) == expected


NOT_DEBT = [
    # Priced, offered or planned: no debt yet.
    "Acme announced the pricing of its offering of $300 million of convertible senior notes. "
    "The notes will be sold to qualified institutional buyers.",
    "Core Scientific said it intends to offer $300 million of convertible senior notes.",
    # A credit line secured, to be drawn later, is a commitment.
    "Acme Secures $150 Million Credit Facility\nAcme secured a $150 million credit facility "
    "from Coinbase. Acme plans to draw on the facility over the next quarter.",
    # Other companies' debt: peers, and loans the company arranged for its customers.
    "Peer miners took on $11 billion of debt this year.",
    "The total outstanding balance of loans the Company facilitated was $250 million as of "
    "September 30, 2025.",
    # Bounds and past highs are not balances at a date.
    "The maximum loan balance of $60 million outstanding was reached in the second quarter.",
    "It lowered debt from a peak of $165 million in June 2022.",
    # "remaining" qualifying another noun.
    "$75 million remaining Bitmain prepayments",
    # Uses of proceeds still to come, share buybacks and redemption notices.
    "The Company intends to use $200 million of the proceeds to repurchase shares and $100 "
    "million to redeem its 2026 notes.",
    "The Company intends to use approximately $460 million to repurchase shares of its common "
    "stock.",
    "On October 2, the Company issued a notice of redemption of $50 million of its 2026 notes.",
    # A reduction counted from a past high is cumulative, not a period's repayment.
    "Since its peak in 2022, the company has reduced its debt by $90 million.",
    # Amounts "remaining" of something else: an equity program, money to spend.
    "The company has $150 million remaining under its ATM program.",
    "The company had $40 million remaining to deploy on miners.",
    # A balance the plan will leave.
    "The remaining $7 million in debt will have a three-year term.",
]


def test_label_value_bullets_under_a_heading() -> None:
    """ "Label: value" lines are read as statements; with no date of their own, balances take
    the period the heading names. A line that is not debt ("Debt service") is left alone."""
    text = (
        "Third Quarter 2025 Highlights\n"
        "Total debt: $350.0 million\n"
        "Long-term debt, net: $1.2 billion\n"
        "Interest expense: $4.1 million\n"
        "Debt service: $3 million\n"
        "Cash: $90 million"
    )
    assert _debt_facts(text) == {
        _usd("debt_total_usd", "350000000", "2025-Q3"),
        _usd("debt_total_usd", "1200000000", "2025-Q3"),
        _usd("interest_expense_usd", "4100000", "2025-Q3"),
    }


@pytest.mark.parametrize("text", NOT_DEBT)
def test_not_a_debt_figure(text: str) -> None:
    assert _debt_facts(text) == set()
