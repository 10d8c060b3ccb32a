"""Debt read through word families: the same fact as ten writers would put it.

Each family (balance nouns and holding verbs, issuing verbs, retirement verbs and nouns) is
exercised by sentences written fresh in the wordings press releases, wires and news rewrites
use, beside the false-positive classes each family must stay clear of (plans, priced deals,
equity raises, leases, gains on extinguishment, receivables, ranges, recalled issues). The
expected facts are worked out from each sentence by the labelling convention
(tests/extract/real/README.md); published 2025-11-12 unless a period is named.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import DEBT_METRICS, Fact, debt_facts
from debt_facts import issued as _issued
from debt_facts import repaid as _repaid
from debt_facts import total as _total

_DEBT = DEBT_METRICS


def _debt_facts(text: str) -> set[Fact]:
    return debt_facts(text)


# Balances named by the debtor, a holder, a balance noun or a holding verb (no date named: the
# month of publication).
BALANCES = [
    ("The miner owes US$74 million to its largest lender.", {_total("74000000")}),
    ("The company still owes $22 million on the equipment loan.", {_total("22000000")}),
    (
        "Noteholders holding the miner's $40 million unsecured notes will receive 10% of the "
        "new equity.",
        {_total("40000000")},
    ),
    ("Its $65 million senior notes mature in 2027.", {_total("65000000")}),
    ("The miner is weighed down by a debt burden of $114 million.", {_total("114000000")}),
    ("The company has indebtedness of $120 million.", {_total("120000000")}),
    ("Its borrowings of $45 million are secured by bitcoin.", {_total("45000000")}),
    ("The company has $60 million in outstanding borrowings.", {_total("60000000")}),
    ("The miner carries roughly $600 million in convertible notes.", {_total("600000000")}),
    ("The firm is carrying $35 million in equipment financing.", {_total("35000000")}),
    ("It has $48 million left to repay on the equipment loan.", {_total("48000000")}),
    ("The company is saddled with $300 million of debt.", {_total("300000000")}),
    ("The company's debt now totals $1.8 billion.", {_total("1800000000")}),
    ("The Galaxy loan balance is now $5.3 million.", {_total("5300000")}),
    ("The company's loan from Galaxy currently sits at $20 million.", {_total("20000000")}),
    (
        "The balance on the Coinbase facility was $130 million at September 30.",
        {_total("130000000", "2025-09-30")},
    ),
    (
        "Borrowings under the bitcoin-backed credit facility stand at US$66 million as of "
        "October 15, 2025.",
        {_total("66000000", "2025-10-15")},
    ),
    (
        "Notes payable amounted to $22.5 million as of September 30, 2025.",
        {_total("22500000", "2025-09-30")},
    ),
    (
        "The lender agreed to defer principal payments on $54.9 million of debt.",
        {_total("54900000")},
    ),
    # a second balance joined to the first by "and"
    (
        "The miner ended the quarter with $38.4 million principal outstanding on its 8.50% "
        "notes due 2026 and $2.2 million of new 10.00% notes due 2030.",
        {_total("38400000", "2025-09-30"), _total("2200000", "2025-09-30")},
    ),
]


# Balances in colon lines and headline shorthand.
BALANCES += [
    ("Liquidity: $120 million in cash and $650 million in debt.", {_total("650000000")}),
    ("Debt outstanding: $650 million.", {_total("650000000")}),
    ("The company's debt pile stands at $300 million.", {_total("300000000")}),
    (
        "The company's indebtedness consisted of $300 million of 2030 notes as of September 30, "
        "2025.",
        {_total("300000000", "2025-09-30")},
    ),
    (
        "As of September 30, 2025, the company had $8 million of principal outstanding under the "
        "promissory note.",
        {_total("8000000", "2025-09-30")},
    ),
    ("Its convertible notes, totaling $650 million, mature in 2030.", {_total("650000000")}),
    ("The company has a $40 million loan balance with Galaxy.", {_total("40000000")}),
    ("The company owes lenders about $90 million.", {_total("90000000")}),
    # held by creditors; terms changed (the balance stays what it was)
    (
        "Holders of $40 million of the company's unsecured notes will receive 10% of the equity.",
        {_total("40000000")},
    ),
    ("The miner restructured its $54.9 million loan with WhiteHawk.", {_total("54900000")}),
    ("The company extended the maturity of its $40 million notes to 2028.", {_total("40000000")}),
    ("The company still has a $25 million loan from Galaxy on its books.", {_total("25000000")}),
    ("A $20 million promissory note remains outstanding.", {_total("20000000")}),
    ("The company's remaining debt is a $5 million equipment loan.", {_total("5000000")}),
    ("Its only debt is $650 million of 0% convertible notes due 2030.", {_total("650000000")}),
    (
        "The company's outstanding convertible notes amount to $650 million.",
        {_total("650000000")},
    ),
    # several instruments, each with its balance: a list, "respectively", a colon
    (
        "As of September 30, 2025, the outstanding balances of the term loan and the equipment "
        "loan were $20 million and $10 million, respectively.",
        {_total("20000000", "2025-09-30"), _total("10000000", "2025-09-30")},
    ),
    (
        "The company's debt consists of a $20 million term loan and a $10 million equipment loan.",
        {_total("20000000"), _total("10000000")},
    ),
    (
        "As of September 30, 2025, the company had two loans outstanding: a $20 million term loan "
        "and a $10 million equipment loan.",
        {_total("20000000", "2025-09-30"), _total("10000000", "2025-09-30")},
    ),
    (
        "The company has $650 million of 0% convertible notes due 2030, $400 million of 2.75% "
        "notes due 2031 and $200 million drawn on its credit line.",
        {_total("650000000"), _total("400000000"), _total("200000000")},
    ),
    # one named loan repaid in full is not "no debt" (README, decided case 15) …
    ("In October 2025, the Galaxy loan was repaid in full.", set()),
    # … unless it was the company's only debt: then its balance is none, dated by the repayment
    (
        "In October 2025, the Galaxy loan was repaid in full; it was the company's only debt.",
        {_total("0", "2025-10")},
    ),
]


# New debt: issuing, drawing and taking-on verbs, a draw named as a noun, an offering closed.
ISSUES = [
    (
        "The first $50 million tranche of the facility has already been drawn.",
        {_issued("50000000")},
    ),
    ("The miner took on $50 million in new debt.", {_issued("50000000")}),
    (
        "The miner tapped its Coinbase credit line for another $50 million in October.",
        {_issued("50000000", "2025-10")},
    ),
    (
        "The offering of $1.0 billion of senior secured notes closed on October 7.",
        {_issued("1000000000", "2025-10")},
    ),
    (
        "The company's previously announced $1.0 billion notes offering closed in October 2025.",
        {_issued("1000000000", "2025-10")},
    ),
    ("The company landed a $200 million debt financing from Macquarie.", {_issued("200000000")}),
    (
        "The company borrowed $40 million under its line of credit in October.",
        {_issued("40000000", "2025-10")},
    ),
    (
        "The miner entered into an equipment financing agreement, with initial funding of "
        "US$37 million, with its lender.",
        {_issued("37000000")},
    ),
    (
        "At the closing it issued (i) a Series A note for $10 million and (ii) a Series B note "
        "for $5 million, both maturing in 2029.",
        {_issued("10000000"), _issued("5000000")},
    ),
]


ISSUES += [
    ("The term loan of $25 million was fully drawn at closing.", {_issued("25000000")}),
    (
        "The $25 million delayed-draw term loan was funded on October 3.",
        {_issued("25000000", "2025-10")},
    ),
    (
        "The company closed the offering with the initial purchasers' full exercise of their "
        "option, for a total of $1.15 billion of notes.",
        {_issued("1150000000")},
    ),
    (
        "The company borrowed $25 million under its credit agreement with its lender.",
        {_issued("25000000")},
    ),
    ("The price of the notes sold in the offering was $300 million.", {_issued("300000000")}),
    # headline shorthand, present tense
    ("The Miner Gets $50 Million Loan From Coinbase", {_issued("50000000")}),
    ("The Miner Draws $50 Million From Macquarie Facility", {_issued("50000000")}),
    # a headline in sentence case
    ("The miner draws $50 million from its Macquarie facility", {_issued("50000000")}),
]


# Retirements: verbs and nouns whose object is debt, the instrument named before its size.
RETIREMENTS = [
    (
        "The miner bought back $316.6 million aggregate principal amount of its 3.50% "
        "convertible senior notes due 2029.",
        {_repaid("316600000")},
    ),
    ("The transaction resulted in the cancellation of $2.1 million of debt.", {_repaid("2100000")}),
    (
        "The conversion of $20 million of notes into 4 million shares was completed in October.",
        {_repaid("20000000", "2025-10")},
    ),
    ("The company paid off its loan of $12 million in October.", {_repaid("12000000", "2025-10")}),
    (
        "The company eliminated its $35 million of debt in October.",
        {_repaid("35000000", "2025-10")},
    ),
    (
        "Holders converted $45 million principal amount of notes into shares in October.",
        {_repaid("45000000", "2025-10")},
    ),
    ("The company cleared the remaining $5 million owed to Galaxy.", {_repaid("5000000")}),
    ("The lender forgave $3 million of the loan.", {_repaid("3000000")}),
    (
        "The company reduced its $100 million bitcoin-backed credit facility with Galaxy by $34 "
        "million.",
        {_repaid("34000000")},
    ),
    (
        "The company reduced its $100 million loan by $34 million in October.",
        {_repaid("34000000", "2025-10")},
    ),
]


RETIREMENTS += [
    ("The Miner Redeems $100 Million of Convertible Notes", {_repaid("100000000")}),
    ("The Miner Repurchases $544 Million of Convertible Notes", {_repaid("544000000")}),
    ("The Miner Slashed Debt by $400 Million", {_repaid("400000000")}),
    ("The Miner Converts $17.9 Million of Debt to Equity", {_repaid("17900000")}),
    ("The company settled the $5 million balance owed to Galaxy.", {_repaid("5000000")}),
]


# The false-positive classes each family must stay clear of: nothing is a debt figure here.
NEGATIVES = [
    "The company repurchased $50 million under its share repurchase program.",
    "The company repurchased $50 million of its common stock.",
    "The company reported a $11.5 million gain on the extinguishment of debt.",
    "The company recorded a loss on debt extinguishment of $3 million.",
    "The company holds $20 million of loans receivable from customers.",
    "The company has $1.1 billion in total liabilities.",
    "It faces a $100 million debt maturity in March 2026.",
    "The company secured a $100 million credit facility from Coinbase.",
    "The company priced its upsized offering of $850 million of convertible senior notes.",
    "The company expects to close the offering of $850 million of notes on November 14.",
    "The company will pay off $28 to $38 million of debt with the proceeds.",
    "The company plans to repay $50 million of its loan by year-end.",
    "The previously issued $1.4 billion notes mature in 2030.",
    "The company raised $500 million through a registered direct offering of ordinary shares.",
    "The company signed a 10-year lease worth $3.7 billion with Fluidstack.",
    "The company settled $3 million in litigation.",
    "The company is owed $5 million by a hosting customer.",
    "The miner owes $2 million in unpaid hosting fees.",
    "After owing $143 million in June 2022, the company trimmed its obligations.",
    "The company reduced its annual interest costs and facility fees by approximately $5 million.",
    "The company's debt has decreased by $4 million this year.",
    "The restructuring reduces the company's debt by $20 million.",
    "Last week, the miner said it had reduced the loan to $66 million.",
    "The miner wiped out $50 billion in debt.",
    "The Miner Prices $500 Million Convertible Notes Offering",
    "The Miner Announces Proposed $1.1 Billion Senior Secured Notes Offering",
    "The Miner Inks $200 Million Credit Facility With Coinbase",
    "The lender agreed to defer $29 million of amortization payments until 2027.",
    "The company expects interest expense of $20 million next year.",
    # present tense in running text: what a deal does, not a flow done
    "The restructuring converts $7.5 million of loans into equity.",
    "Under the plan, the company repays $10 million of the loan.",
    "The company gets a $50 million loan from Coinbase under the agreement.",
    "The company amended its $100 million credit facility with Coinbase.",
]


@pytest.mark.parametrize(("text", "expected"), BALANCES + ISSUES + RETIREMENTS)
def test_debt_wording_family(text: str, expected: set[Fact]) -> None:
    assert _debt_facts(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_debt_false_positive_class(text: str) -> None:
    assert _debt_facts(text) == set()


def test_rounded_headline_is_the_same_balance() -> None:
    """A headline's "$55M" over the body's "$54.9 million": one balance, the precise one."""
    text = (
        "Miner Restructures Remaining $55M of Debt\n\n"
        "The miner's restructuring deal postpones principal repayments on $54.9 million of debt."
    )
    assert _debt_facts(text) == {_total("54900000")}


def test_deal_named_as_notes_is_not_a_balance() -> None:
    """A heading naming the notes by their size restates the issue the body reports."""
    text = (
        "The Miner's $300 Million Convertible Notes\n\n"
        "The total value of the notes sold in the offering is $300 million."
    )
    assert _debt_facts(text) == {_issued("300000000")}


# README decided case 1: figures of an earlier period that a document recalls are not labelled;
# the document's own figures are (published, text, expected).
RECALLED = [
    pytest.param(
        dt.date(2025, 3, 10),
        "The miner said on March 8 it prepaid its $50 million term loan. In January, the miner "
        "said that it fully paid off $30 million in revolver loans in December.",
        {_repaid("50000000", "2025-03")},
        id="december-payoff-recalled-in-march",
    ),
    pytest.param(
        dt.date(2025, 6, 24),
        "The miner amended its credit facility, doubling the borrowing capacity. As of March 31, "
        "the miner had $65 million outstanding under that facility.",
        set(),
        id="quarter-old-balance-of-the-replaced-facility",
    ),
    pytest.param(
        dt.date(2025, 5, 31),
        "As previously disclosed, on December 29, 2024, the Company sold and issued a senior "
        "secured convertible note in the principal amount of $6,740,000. On May 31, 2025, the "
        "Company entered into an exchange agreement with the holder.",
        set(),
        id="issue-recalled-months-later",
    ),
    pytest.param(
        dt.date(2025, 11, 20),
        "The miner filed its quarterly report. It ended the quarter with $38.4 million "
        "principal outstanding on its 8.50% notes.",
        {_total("38400000", "2025-09-30")},
        id="quarter-end-balance-of-the-report-is-its-own",
    ),
    pytest.param(
        dt.date(2026, 1, 3),
        "The miner drew $70 million under its upsized facility on December 22. In its "
        "third-quarter Form 10-Q, the miner disclosed that it had $130 million outstanding "
        "under the facility as of September 30, 2025.",
        {_issued("70000000", "2025-12")},
        id="balance-from-an-earlier-filing",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), RECALLED)
def test_recalled_figures_are_not_the_documents(
    published: dt.date, text: str, expected: set[Fact]
) -> None:
    assert debt_facts(text, published) == expected


def test_a_note_whose_closing_is_still_ahead_is_not_issued() -> None:
    """An agreement signed for a note whose closing "will occur" once conditions are met."""
    text = (
        "On November 7, 2025, the Company entered into a securities purchase agreement relating "
        "to the sale of a senior secured convertible note in the principal amount of $6,740,000. "
        "The initial closing of the note will occur on the date the closing conditions have been "
        "satisfied."
    )
    assert _debt_facts(text) == set()


def test_a_headline_flow_the_body_states_as_a_plan() -> None:
    """A headline's "reduces $260M debt load" over a body that says the conversion will."""
    text = (
        "Miner trades debt for equity, reduces $260M debt load\n\n"
        "The mandatory conversion will result in the exchange of 45 million shares for $260 "
        "million of convertible debt."
    )
    assert _debt_facts(text) == set()


def test_a_headline_flow_the_body_states_as_done() -> None:
    """The same headline over a body that says the conversion was completed."""
    text = (
        "Miner trades debt for equity, reduces $260M debt load\n\n"
        "The conversion of $260 million of convertible debt into 45 million shares was completed "
        "on November 10."
    )
    assert _debt_facts(text) == {_repaid("260000000")}
