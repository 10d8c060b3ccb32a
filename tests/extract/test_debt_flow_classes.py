"""Debt flows read by class, not by wording (README decided cases 13, 19, 32).

Three readings, each with near-misses that must not be read:
* principal retired by the main verb of the sentence whose subject carries it, and the verb
  family of retiring debt with "exchanged" in it (`debt_retired_subject`, decided case 32);
* the money of a sale, named by another noun or stated as a part, used to retire debt
  (`debt_sale_money`, decided case 13);
* a loan taken, its principal after the loan's noun (`debt_taken`, decided case 19);
* a debt settled for cash: the principal retired, the cash only when no principal is stated
  (`debt_settlement`, decided case 32);
* a balance told, then retired by an anaphor in the next sentence (`debt_balance_retired`),
  and a filing's "principal payments of <debt, with an aside> were $X".
Sentences are written for the tests in the style of miner releases, filings and rewrites.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 6, 20)
Fact = tuple[str, Decimal, str | None]
ISSUED, REPAID, TOTAL = "debt_issued_usd", "debt_repaid_usd", "debt_total_usd"


def _m(value: str) -> Decimal:
    return Decimal(value) * 1_000_000


RETIRED = [
    (
        "The B Riley Note with remaining principal of approximately $4.1 million as of March 31, "
        "2025, which the lender bought from its affiliate at par, was extinguished.",
        # (the subject's dated principal is that day's balance too, as j-gree-2023-11 labels it)
        {(REPAID, _m("4.1"), "2025-Q1"), (TOTAL, _m("4.1"), "2025-03-31")},
    ),
    (
        "The equipment loan with an outstanding principal of $12.5 million, which had been "
        "guaranteed by the parent, was settled in full at the closing.",
        {(REPAID, _m("12.5"), "2025-06")},
    ),
    (
        "The bridge notes, having an aggregate principal amount of $6.0 million, were cancelled "
        "in exchange for the transfer of the Kearney site in May.",
        {(REPAID, _m("6"), "2025-05")},
    ),
    (
        "In May, ACME exchanged $15 million of its 2026 notes for 3.2 million new shares.",
        {(REPAID, _m("15"), "2025-05")},
    ),
    (
        "The Company exchanged $22.5 million in convertible debentures for common shares during "
        "May 2025.",
        {(REPAID, _m("22.5"), "2025-05")},
    ),
    # the retirement dated by the list's lead, not by the principal's "as of" date
    (
        "On June 2, 2025 we closed the sale of the Texas site to the lender:\n"
        "◦The Senior Loan with remaining principal of approximately $9.2 million was "
        "extinguished;\n"
        "◦The Secured Note with remaining principal of approximately $3.3 million as of March 31, "
        "2025, which the lender purchased from its affiliate on April 4, 2025 at par was "
        "extinguished;",
        {
            (REPAID, _m("9.2"), "2025-06"),
            (REPAID, _m("3.3"), "2025-06"),
            (TOTAL, _m("3.3"), "2025-03-31"),
        },
    ),
    # near-misses: still to come, another verb first, preferred equity, a planned exchange
    (
        "The note with remaining principal of $4.1 million as of March 31, 2025 will be "
        "extinguished at the closing, expected in July.",
        set(),
    ),
    (
        "The term loan with an outstanding principal of $12.5 million was amended in May, and "
        "the older notes were repaid.",
        {(TOTAL, _m("12.5"), "2025-05-31")},
    ),
    (
        "The Series B preferred stock with a liquidation preference of $20 million was exchanged "
        "for common shares.",
        set(),
    ),
    (
        "ACME proposes to exchange the $37.9 million outstanding balance of the term loan for "
        "shares, subject to shareholder approval.",
        set(),
    ),
]


SALE_MONEY = [
    (
        "ACME sold 500 BTC on the open market, receiving about $52 million. The entire amount "
        "was used to repay part of its bitcoin-backed loan.",
        {(REPAID, _m("52"), "2025-06")},
    ),
    (
        "ACME sold 500 BTC for about $52 million last week. The sale was settled in USDC. The "
        "company said it used all of the money from the sale to pay down a loan backed by bitcoin.",
        {(REPAID, _m("52"), "2025-06")},
    ),
    (
        "ACME sold 300 BTC for $30 million. All of the cash was applied to repay the term loan.",
        {(REPAID, _m("30"), "2025-06")},
    ),
    (
        "Part of the proceeds, $28 million, was used to reduce the Galaxy credit line.",
        {(REPAID, _m("28"), "2025-06")},
    ),
    (
        "In the first quarter, ACME sold $28.5 million worth of bitcoin to pay down its equipment "
        "debt.",
        {(REPAID, _m("28.5"), "2025-Q1")},
    ),
    # near-misses: an unstated part, a plan, another use, a possible sale
    (
        "ACME sold 500 BTC for about $52 million. Part of the money was used to repay its "
        "bitcoin-backed loan.",
        set(),
    ),
    (
        "ACME sold 500 BTC for about $52 million. The entire amount will be used to repay its "
        "bitcoin-backed loan.",
        set(),
    ),
    (
        "ACME sold 500 BTC for about $52 million. The entire amount was used to fund the new data "
        "center.",
        set(),
    ),
    ("ACME may sell $28.5 million worth of bitcoin to pay down its equipment debt.", set()),
    ("Part of the proceeds, $28 million, will be used to reduce the Galaxy credit line.", set()),
]


TAKEN = [
    (
        "In March 2025, the company took an external loan of $3.0 million to finance the "
        "equipment.",
        {(ISSUED, _m("3"), "2025-03")},
    ),
    (
        "ACME obtained a bridge loan of $3.0 million from its chairman in March.",
        {(ISSUED, _m("3"), "2025-03")},
    ),
    (
        "ACME received a secured term loan for $10 million from Galaxy in May.",
        {(ISSUED, _m("10"), "2025-05")},
    ),
    (
        "The company raised a loan from Galaxy of $20 million in May.",
        {(ISSUED, _m("20"), "2025-05")},
    ),
    # near-misses: a line's size, a revolving loan, a plan, a loan made by the company
    ("ACME secured a credit facility of $100 million from Galaxy in May.", set()),
    ("ACME took a revolving loan for $100 million from Silvergate Bank in May.", set()),
    ("ACME is seeking to obtain a loan of $3.0 million.", set()),
    ("ACME granted a loan of $5 million to its hosting customer in May.", set()),
    # a note received as a sale's consideration is owed to the company (review, 17th session)
    (
        "As consideration for the sale of the Kearney site, ACME received a promissory note "
        "of $10 million from the buyer in May.",
        set(),
    ),
]


BALANCE_RETIRED = [
    (
        "The Company financed the balance of the consideration over 12 months, of which $1.42 "
        "million is outstanding at March 31, 2025. The amount was paid in full on April 17, 2025.",
        {(TOTAL, _m("1.42"), "2025-03-31"), (REPAID, _m("1.42"), "2025-04")},
    ),
    (
        "The term loan had an outstanding balance of $5.0 million at March 31, 2025. The "
        "remaining balance was repaid in May 2025.",
        {(TOTAL, _m("5"), "2025-03-31"), (REPAID, _m("5"), "2025-05")},
    ),
    (
        "During the three months ended March 31, 2025 and March 31, 2024, total principal "
        "payments of the Company's debt, exclusive of debt extinguishment, were $1.7 million and "
        "$15.1 million, respectively.",
        {(REPAID, _m("1.7"), "2025-Q1")},
    ),
    # near-misses: a plan, a payable (not debt), a verb that retires nothing, another company's
    (
        "The Company financed the balance of the consideration, of which $1.42 million is "
        "outstanding at March 31, 2025. The amount will be paid in full in July 2025.",
        {(TOTAL, _m("1.42"), "2025-03-31")},
    ),
    (
        "ACME had $2.0 million of trade payables outstanding to its contractor. The amount was "
        "paid in full in May 2025.",
        set(),
    ),
    (
        "The term loan had an outstanding balance of $5.0 million at March 31, 2025. The balance "
        "was reclassified to current liabilities in May 2025.",
        {(TOTAL, _m("5"), "2025-03-31")},
    ),
    (
        "Riot's term loan had an outstanding balance of $5.0 million at March 31, 2025. The "
        "balance was repaid in May 2025.",
        set(),
    ),
]


SETTLED = [
    (
        "ACME extinguished $21 million in a loan from its lender with a $7.75 million cash "
        "payment.",
        {(REPAID, _m("21"), "2025-06")},
    ),
    (
        "The miner settled $12 million in debt owed to Foundry with a lump-sum payment of $5 "
        "million.",
        {(REPAID, _m("12"), "2025-06")},
    ),
    (
        "ACME paid its lender a one-time cash settlement of $7.75 million to satisfy a $21 "
        "million debt.",
        {(REPAID, _m("21"), "2025-06")},
    ),
    # no principal stated: the cash paid
    (
        "ACME paid its lender a one-time cash settlement of $7.75 million to satisfy the loan.",
        {(REPAID, _m("7.75"), "2025-06")},
    ),
    # near-misses: a settlement reached on a debt (nothing retired), a settlement to come
    ("ACME reaches settlement on $74 million equipment loan", set()),
    ("ACME will pay $7.75 million to settle its $21 million loan next month.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"), RETIRED + SALE_MONEY + TAKEN + BALANCE_RETIRED + SETTLED
)
def test_debt_flow_classes(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="ACME")
    assert {
        (item.metric, item.value, item.period) for item in found if item.metric.startswith("debt")
    } == expected
