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

import pytest
from debt_facts import Fact, debt_facts, issued, total

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
