"""Round 6 debt classes, each in paraphrased wordings with near-misses beside them.

* A credit line counts when drawn (README, decided case 19): a credit facility, credit line,
  revolver or delayed-draw facility entered into, secured, arranged or upsized is no new debt
  at its size; only an amount stated as drawn or borrowed under it is. A term loan or notes
  funded at closing stay new debt at their principal.
* Only plain words of nil debt make a balance of 0 (decided case 22): "no debt overhang", "no
  convertible debt", "no debt burden" are not "no debt".

Expected values follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from debt_facts import Fact, debt_facts, issued, repaid, total

CREDIT_LINES: list[tuple[str, set[Fact]]] = [
    # a line's size, however it is arranged, is no new debt
    ("The company secured a $100 million credit facility from Coinbase Credit.", set()),
    ("The miner entered into a $75 million bitcoin-backed credit facility with Two Prime.", set()),
    ("The company arranged a revolving credit facility of up to $200 million.", set()),
    ("The company has obtained a revolving line of credit for $25 million.", set()),
    ("The miner signed a credit line worth $40 million with Galaxy Digital.", set()),
    ("The company secured a €575 million ($610 million) debt financing facility.", set()),
    ("The company closed a $1.4 billion project financing facility for its campus.", set()),
    ("The company entered into a $300 million delayed-draw term loan facility.", set()),
    ("The company entered into a loan facility with a capacity of $90 million.", set()),
    # upsized: the line grows, nothing is borrowed
    ("The company upsized its credit facility by $50 million to $150 million.", set()),
    ("The amended agreement raises the maximum loan size by $70 million.", set()),
    ("The miner increased its revolver to $120 million.", set()),
    # an amount stated as drawn or borrowed is new debt
    (
        "The company secured a $50 million credit facility and borrowed $20 million under it.",
        {issued("20000000")},
    ),
    ("The miner drew $35 million under its revolving credit facility.", {issued("35000000")}),
    (
        "The company drew $20 million under its $100 million revolving credit facility.",
        {issued("20000000")},
    ),
    (
        "The company obtained a $100 million line of credit, of which $50 million was drawn at "
        "closing.",
        {issued("50000000")},
    ),
    (
        "The company closed a $300 million delayed draw facility and drew $100 million at closing.",
        {issued("100000000")},
    ),
    (
        "The company received an initial draw of $45 million under the facility.",
        {issued("45000000")},
    ),
    ("The $25 million delayed-draw term loan was funded on November 3.", {issued("25000000")}),
    (
        "The company closed a $60 million credit facility, which was fully drawn at closing.",
        {issued("60000000")},
    ),
    # an upsized line's increment the text says was drawn in full is new debt
    (
        "The company lifted the cap of its credit facility to $200 million and drew the newly "
        "available funds in full. The amended agreement raises the maximum loan size by $70 "
        "million.",
        {issued("70000000")},
    ),
    (
        "The amended agreement raises the maximum loan size by $40 million. The additional "
        "borrowing was taken immediately.",
        {issued("40000000")},
    ),
    # near-miss: the increment, nothing said drawn
    (
        "The amended agreement raises the maximum loan size by $40 million. The company may "
        "borrow under it from time to time.",
        set(),
    ),
    # near-misses: a draw denied, or a line named after a term loan's principal
    (
        "The company entered into a $200 million credit facility, of which nothing has been drawn.",
        set(),
    ),
    # term loans and notes funded at closing stay at their principal
    ("The company closed a $100 million term loan with Coinbase.", {issued("100000000")}),
    ("The company closed a $80 million term loan facility with Two Prime.", {issued("80000000")}),
    (
        "The company closed a $90 million term loan to refinance its credit facility.",
        {issued("90000000")},
    ),
    ("The company upsized its term loan by an additional $30 million.", {issued("30000000")}),
    ("The company entered into a $35 million loan agreement with Galaxy.", {issued("35000000")}),
    (
        "The company closed its offering of $400 million of convertible senior notes.",
        {issued("400000000")},
    ),
    # a stated balance under a line is a balance as usual
    (
        "As of September 30, 2025, the company had $50 million outstanding under its credit "
        "facility.",
        {total("50000000", "2025-09-30")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREDIT_LINES, ids=[t[:60] for t, _ in CREDIT_LINES])
def test_a_credit_line_counts_when_drawn(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


NIL_DEBT: list[tuple[str, set[Fact]]] = [
    # plain words of nil debt
    ("The company has no debt.", {total("0")}),
    ("The miner remains debt-free.", {total("0")}),
    ("The company carries zero debt.", {total("0")}),
    ("The company has no outstanding borrowings.", {total("0")}),
    ("The miner carries no debt on its balance sheet.", {total("0")}),
    ("The company has no debt and $120 million in cash.", {total("0")}),
    ("The miner ended the month with no debt, fully funding its expansion.", {total("0")}),
    ("The company is debt free with $80 million of cash.", {total("0")}),
    # figurative or partial phrases: not nil debt
    ("The company has no debt overhang after the restructuring.", set()),
    ("The company has no convertible debt.", set()),
    ("The miner carries no debt burden into the halving.", set()),
    ("The company faces no debt-related pressure this year.", set()),
    ("The company has no long-term debt and $230 million in cash.", set()),
    ("The company has no secured debt.", set()),
    ("The company has no debt maturities until 2028.", set()),
    ("The refinancing will eliminate principal payments until April 2025.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NIL_DEBT, ids=[t[:60] for t, _ in NIL_DEBT])
def test_only_plain_words_of_nil_debt_give_zero(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


NOT_DONE_OR_NOT_HELD: list[tuple[str, set[Fact]]] = [
    # a deal a proposal, plan or aim governs is not done (decided case 6)
    ("The miner initially proposed raising $300 million through convertible senior notes.", set()),
    ("The company is looking to borrow $50 million from a bitcoin lender.", set()),
    ("The company aimed at refinancing $20 million of its equipment loans.", set()),
    # near-miss: the deal done
    (
        "The miner raised $300 million through convertible senior notes.",
        {issued("300000000")},
    ),
    # a deal named by its size is no balance
    ("Shares fell after the announcement of an $875 million convertible debt sale.", set()),
    ("The company unveiled a $500 million debt placement.", set()),
    # near-miss: debt the company carries
    ("The company carries $875 million of convertible debt.", {total("875000000")}),
    # debt removed (or to be) is not debt held
    ("Miner Moves To Erase $18M in Debt as Shares Slide", set()),
    ("The swap is designed to slash $25 million of debt.", set()),
    # near-miss: debt held
    ("The miner had $18 million in debt at the end of October.", {total("18000000", "2025-10-31")}),
    # a balance named as what a planned repayment comes out of
    (
        "With the cash, the miner will be able to pay off a substantial amount out of the "
        "outstanding balance of $50 million.",
        set(),
    ),
    (
        "The company expects to pay down part of the remaining balance of $30 million.",
        set(),
    ),
    # near-miss: a repayment done, leaving a balance
    (
        "The company repaid $10 million, leaving an outstanding balance of $50 million.",
        {repaid("10000000"), total("50000000")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NOT_DONE_OR_NOT_HELD, ids=[t[:60] for t, _ in NOT_DONE_OR_NOT_HELD]
)
def test_deals_not_done_and_debt_not_held(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


PROCEEDS_TO_LOAN: list[tuple[str, set[Fact]]] = [
    # a sale's money, told by "raising"/"for", all used to repay (decided case 13)
    (
        "The miner sold 4,451 BTC over the weekend, raising roughly $305 million. The average "
        "sale price was about $68,524 per coin. The proceeds were used to repay a bitcoin-backed "
        "loan, while the company still holds 3,645 BTC worth more than $250 million.",
        {repaid("305000000")},
    ),
    (
        "The company sold 1,000 bitcoin for $96 million. The proceeds were used to fully repay "
        "its term loan.",
        {repaid("96000000")},
    ),
    # near-misses: only part went to the loan; a planned use; a price, not proceeds
    (
        "The miner sold 4,451 BTC, raising roughly $305 million. The proceeds were used to repay "
        "a bitcoin-backed loan and to fund new AI infrastructure.",
        set(),
    ),
    (
        "The company sold 1,000 bitcoin for $96 million. The proceeds will be used to repay "
        "its term loan.",
        set(),
    ),
    (
        "The miner sold 887 BTC at an average price of $22,670 per coin. The proceeds were used "
        "to repay a loan.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PROCEEDS_TO_LOAN, ids=[t[:60] for t, _ in PROCEEDS_TO_LOAN]
)
def test_sale_money_used_wholly_to_repay(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


EVENT_DATED_BEFORE: list[tuple[str, set[Fact]]] = [
    (
        "On September 30, 2025, the Company entered into a Debt Settlement Agreement with its "
        "lender. The $75.8 million in debt previously outstanding under the MEFAs was reduced "
        "by $58.5 million pursuant to the Debt Settlement Agreement and the remaining $17.3 "
        "million outstanding under the MEFAs was refinanced.",
        {repaid("58500000", "2025-09"), total("17300000", "2025-09-30")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), EVENT_DATED_BEFORE, ids=[t[-50:] for t, _ in EVENT_DATED_BEFORE]
)
def test_an_event_dated_by_the_sentence_before(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


def test_a_sentence_naming_another_deal_keeps_its_own_date() -> None:
    text = (
        "On September 30, 2025, the Company entered into a Debt Settlement Agreement with its "
        "lender. The company also repaid $5 million of its Equipment Loans."
    )
    periods = {period for metric, _, _, period in debt_facts(text) if metric == "debt_repaid_usd"}
    assert periods and "2025-09" not in periods


_Q3 = "2025-Q3"


def _interest(amount: str, period: str = _Q3) -> Fact:
    return ("interest_expense_usd", Decimal(amount), "USD", period)


INTEREST_EXPENSE: list[tuple[str, set[Fact]]] = [
    # a results release's change frame, the new level last
    (
        "Net interest expense rose 12% to $9.8 million in the third quarter of 2025.",
        {_interest("9800000")},
    ),
    (
        "Interest expense increased by $2.1 million to $7.4 million in the third quarter of 2025.",
        {_interest("7400000")},
    ),
    (
        "In the third quarter of 2025, interest costs fell 30% to $2.2 million.",
        {_interest("2200000")},
    ),
    # the amount is the interest expense's own, whatever deal the sentence goes on to name
    (
        "In the third quarter of 2025, interest expense of $5.5 million reflected the convertible "
        "notes issued earlier.",
        {_interest("5500000")},
    ),
    (
        "Interest expense, net was $2.9 million in the third quarter of 2025.",
        {_interest("2900000")},
    ),
    # near-misses: income, a rate, a forecast
    ("Interest income rose 12% to $1.2 million in the third quarter of 2025.", set()),
    ("The notes bear interest at 3.5% per year, or $12 million annually.", set()),
    ("The company expects interest expense of about $20 million in 2026.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"), INTEREST_EXPENSE, ids=[t[:60] for t, _ in INTEREST_EXPENSE]
)
def test_interest_expense_as_results_releases_state_it(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


LINE_ELSEWHERE: list[tuple[str, set[Fact]]] = [
    # a headline's "loan" the body names as a credit line's size, never drawn
    (
        "Miner secures $50M loan to boost flexibility\n"
        "The proceeds of a $50 million credit facility with its lender are to be used for "
        "general corporate purposes, the company said.",
        set(),
    ),
    (
        "- The miner secures a EUR 575 million unsecured loan from an affiliate.\n"
        "The miner has secured a debt financing facility amounting to EUR 575 million.",
        set(),
    ),
    # near-misses: the body says the amount was drawn
    (
        "Miner secures $50M loan to boost flexibility\n"
        "The company drew $50 million under its new credit facility at closing.",
        {issued("50000000")},
    ),
    (
        "The miner entered into an equipment financing agreement, with initial funding of "
        "US$37 million.\n"
        "$37 Million Equipment Financing Facility\n"
        "Initial funding of $37 million has been completed.",
        {issued("37000000")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), LINE_ELSEWHERE, ids=[t[:60] for t, _ in LINE_ELSEWHERE]
)
def test_a_loan_the_text_elsewhere_calls_a_line(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


_FILED = dt.date(2025, 9, 5)


BALANCE_FRAMES: list[tuple[str, set[Fact]]] = [
    # a filing's "as of <current> and <comparative>": one balance stated for both is the
    # current date's; with "respectively" the first figure is the current date's too
    (
        "The balance of outstanding loans withdrawn under the Agreements A as of June 30, 2025 "
        "and December 31, 2024 was $35.0 million, which will mature in 2026.",
        {total("35000000", "2025-06-30")},
    ),
    (
        "The balance of loans drawn under Agreement B as of June 30, 2025 and December 31, 2024 "
        "was $5.0 million and nil, respectively.",
        {total("5000000", "2025-06-30")},
    ),
    # near-miss: a single date
    (
        "The balance of outstanding borrowings as of December 31, 2024 was $12.0 million.",
        {total("12000000", "2024-12-31")},
    ),
    # two bare amounts joined as one complement: two balances
    (
        "The debts have reached $32 million and $71 million, with miners as collateral.",
        {total("32000000", "2025-09"), total("71000000", "2025-09")},
    ),
    # near-miss: the second amount names another noun
    (
        "The debts have reached $32 million and $71 million of cash is on hand.",
        {total("32000000", "2025-09")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), BALANCE_FRAMES, ids=[t[:60] for t, _ in BALANCE_FRAMES]
)
def test_balance_frames_of_filings_and_rewrites(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _FILED) == expected


ROLLOVERS_AND_CHANGES: list[tuple[str, set[Fact]]] = [
    # a prior, previous or maturing loan repaid now is this period's repayment
    ("The company repaid its previous $20 million loan from Galaxy.", {repaid("20000000")}),
    (
        "The company used the new borrowing to repay a prior $11 million loan that had become due.",
        {repaid("11000000")},
    ),
    (
        "The company drew a new $11 million loan and used the proceeds to fully repay a maturing "
        "$11 million borrowing. The new loan matures next month, effectively extending the "
        "company's $11 million debt for about one month.",
        {issued("11000000"), repaid("11000000"), total("11000000")},
    ),
    # near-miss: an earlier loan recalled, no repayment
    ("The company's previous $20 million loan from Galaxy carried a 12% rate.", set()),
    # the balance a change reached stays a balance, though it equals new debt's principal
    (
        "The sale and $37 million in financing for new equipment added liquidity. The company "
        "used part of the funds to lower its debt to its lender by $28 million, from $66 million "
        "to $37 million.",
        {issued("37000000"), repaid("28000000"), total("37000000")},
    ),
    # a sale's value, then "with the full proceeds used to repay" (decided case 13)
    (
        "The miner sold 4,451 BTC worth approximately $305 million over the weekend. The sale "
        "was settled in USDT, with the full proceeds used to partially repay a bitcoin-backed "
        "loan.",
        {repaid("305000000")},
    ),
    # near-miss: only some of the proceeds
    (
        "The miner sold 4,451 BTC worth approximately $305 million over the weekend, with some "
        "of the proceeds used to repay a bitcoin-backed loan.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ROLLOVERS_AND_CHANGES, ids=[t[:60] for t, _ in ROLLOVERS_AND_CHANGES]
)
def test_rollovers_prior_loans_and_changes(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


def test_a_period_and_the_weeks_after_it_is_no_period_for_a_flow() -> None:
    text = (
        "During the quarter and through May 14, 2025, the Company issued 49.2 million shares "
        "upon the conversion of $500,000 in debt principal."
    )
    assert debt_facts(text, dt.date(2025, 5, 15)) == set()
    # near-miss: the quarter alone is a period
    text = "During the quarter, the Company converted $500,000 in debt principal into shares."
    found = debt_facts(text, dt.date(2025, 5, 15))
    assert {(metric, value) for metric, value, _, _ in found} == {
        ("debt_repaid_usd", Decimal(500000))
    }


BRACKETED: list[tuple[str, set[Fact]]] = [
    # a summary bullet's telegraphic done deal, the amount in brackets
    (
        "• Data centers: Helios financing secured ($1.4B) and Phase II lease executed.",
        {issued("1400000000")},
    ),
    ("• Convertible notes closed ($500M) in August.", {issued("500000000", "2025-08")}),
    # near-misses: a line's size; a deal only expected
    ("• Credit facility secured ($100M) with Coinbase.", set()),
    ("• Financing of $1.4B expected to close next month.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED, ids=[t[:60] for t, _ in BRACKETED])
def test_a_bullets_bracketed_done_deal(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


TAKEN_BEFORE_REPAID: list[tuple[str, set[Fact]]] = [
    # a loan reported repaid, its taking told as background
    (
        "The miner has repaid a $35 million loan to its lender, borrowed during the bear "
        "market. Apart from securing a $35 million loan, its rescue included a site sale.",
        {repaid("35000000")},
    ),
    # near-miss: a new loan that repays the old one (decided case 16)
    (
        "The company borrowed a new $11 million loan and used the proceeds to fully repay a "
        "maturing $11 million borrowing.",
        {issued("11000000"), repaid("11000000")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), TAKEN_BEFORE_REPAID, ids=[t[:60] for t, _ in TAKEN_BEFORE_REPAID]
)
def test_a_repaid_loans_taking_is_background(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


NIL_DEBT_NOUNS: list[tuple[str, set[Fact]]] = [
    # plain nil debt followed by a noun that is no figure of speech (decided case 22)
    ("The company has no debt obligations.", {total("0")}),
    ("The miner carries no debt obligations on its balance sheet.", {total("0")}),
    ("The company has no outstanding debt obligations and $95 million in cash.", {total("0")}),
    # near-misses: figurative or partial nouns after the debt word
    ("The company has no debt service to worry about this year.", set()),
    ("The miner has no debt financing in place for the new site.", set()),
    ("The company has no debt pressures heading into the halving.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"), NIL_DEBT_NOUNS, ids=[t[:60] for t, _ in NIL_DEBT_NOUNS]
)
def test_nil_debt_before_a_plain_noun_is_zero(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected


INCREMENTS: list[tuple[str, set[Fact]]] = [
    # the increment of a line's size, drawn in the same or an adjacent sentence
    (
        "The company increased its credit facility's capacity by $60 million, and the "
        "additional amount was drawn in full.",
        {issued("60000000")},
    ),
    (
        "The lender raised the borrowing base by $25 million. The additional funds were funded "
        "at signing.",
        {issued("25000000")},
    ),
    (
        "The amendment lifted the facility commitments by $30 million. The new borrowings were "
        "borrowed the same day.",
        {issued("30000000")},
    ),
    # near-misses: an increase that is no line's size, or a draw told far away
    (
        "Revenue increased by $70 million on higher hashprice, and debt was unchanged. The "
        "additional amount was drawn in full.",
        set(),
    ),
    (
        "Hash rate capacity grew while revenue increased by $45 million year over year. The "
        "additional funds were drawn from cash on hand.",
        set(),
    ),
    (
        "The amended agreement raises the maximum loan size by $40 million. The company "
        "expects to energize new sites in Texas. Hash rate rose 12% in the month. The "
        "additional borrowing was taken in December.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCREMENTS, ids=[t[:60] for t, _ in INCREMENTS])
def test_a_line_increment_counts_when_drawn_next_to_it(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected
