"""Round 7 (second pass) debt classes, each with real cases, reworded variants and near-misses.

* A balance superseded by a later balance of the same document: the earlier one is the
  starting point of the change, not the document's figure (README decided case 1); a report's
  own period-end balance is kept beside a later one.

Expected values follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, total

SUPERSEDED: list[tuple[str, dt.date, set[Fact]]] = [
    # real: i-arbk-2024-06-galaxy-loan-balance-theminermag (cut)
    (
        "Argo announced that the Galaxy loan has been extended to Dec. 28, 2024. \u201cAs of June "
        "30, 2024, the remaining balance of the Galaxy loan is $5.7 million,\u201d the company "
        "stated in a release on Monday.  Financial statements from Argo reveal that the debt owed "
        "to Galaxy was $12.8 million as of March 31, indicating a reduction of approximately $7.1 "
        "million over the past three months.",
        dt.date(2024, 7, 1),
        {total("5700000", "2024-06-30")},
    ),
    # real: c-arbk-2022-07-sale (cut)
    (
        "As of July 31, 2022, only $6.72 million is owed under the BTC-backed loan, the "
        "announcement notes. The latest sale comes shortly after Argo sold another 637 BTC in "
        "June 2022 for $15.6 million. The company stated that by the end of June 30, Argo had an "
        "outstanding balance of $22 million on the loan.",
        dt.date(2022, 8, 5),
        {total("6720000", "2022-07-31")},
    ),
    # variant written for the class: the earlier balance told first
    (
        "The miner owed $40 million under the loan as of March 31, 2025. After two repayments, "
        "the loan balance was $18 million as of May 31, 2025.",
        dt.date(2025, 6, 10),
        {total("18000000", "2025-05-31")},
    ),
    # near-miss written for the class: a quarterly report's own period-end balance stays
    # beside a later balance told as a subsequent event
    (
        "Third Quarter 2025 Results. As of September 30, 2025, total debt was $120 million. "
        "Subsequent to quarter end, the Company repaid part of its term loan, and as of "
        "November 5, 2025, total debt was $95 million.",
        dt.date(2025, 11, 12),
        {total("120000000", "2025-09-30"), total("95000000", "2025-11-05")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SUPERSEDED)
def test_superseded_balance(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected
