"""Round 11 debt classes, learnt from the misses of the dev and holdout corpora: each with
real sentences (case id in a comment), reworded variants (`# variant`) and near-misses that
must not fire.

* A one-off flow a periodic report tells with no period of its own takes the report's period
  (decided case 7) also when the report names its quarter as the issuer's fiscal quarter: the
  quarter ended on the calendar date the release gives ("fiscal Q1" = the quarter ended
  December 31, 2024), not when its fiscal label would end on the calendar.

Expected values follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import debt_facts, issued

FEB_2025 = dt.date(2025, 2, 6)
NOV_2025 = dt.date(2025, 11, 12)

_CLSK_HEAD = (
    'LAS VEGAS, Feb. 6, 2025 /PRNewswire/ -- CleanSpark, Inc. (Nasdaq: CLSK) (the "Company"), '
    "America's Bitcoin Miner®, today reported financial results for the quarter ended "
    "December 31, 2024.\n"
)
_CLSK_TAIL = (
    "\n\"CleanSpark's financial strength continued to grow in fiscal Q1, with 57% gross margin, "
    'nearly $2.8 billion in assets."'
)


FISCAL_REPORT_FLOWS: list[tuple[str, dt.date, set]] = [
    # h-clsk-2025-q1fy-results-kr-advfn-convertible-quarter
    (
        _CLSK_HEAD + '"Our capital strategy continues to evolve, as demonstrated by the closing of '
        "our $650 million convertible bond with industry leading terms, and the conclusion of our "
        'at-the-market offering program," said CleanSpark CFO Gary Vecchiarelli.' + _CLSK_TAIL,
        FEB_2025,
        {issued("650000000", "2025-Q1")},
    ),
    # variant: another fiscal calendar (year ending June 30), a term loan closed
    (
        "IREN today reported results for the three months ended September 30, 2025 (Q1 FY26).\n"
        "During the period the company closed a $200 million term loan with a group of lenders.",
        NOV_2025,
        {issued("200000000", "2026-Q1")},
    ),
    # near-miss: the flow is told as after the quarter's end -> its own (publication) month
    (
        "IREN today reported results for the three months ended September 30, 2025 (Q1 FY26).\n"
        "Subsequent to quarter end, the company closed a $200 million term loan with a group of "
        "lenders.",
        NOV_2025,
        {issued("200000000", "2025-11")},
    ),
    # near-miss: a flow whose own month is named after the quarter -> that month
    (
        _CLSK_HEAD
        + "In January 2025, the company closed a $100 million term loan with Coinbase."
        + _CLSK_TAIL,
        FEB_2025,
        {issued("100000000", "2025-01")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), FISCAL_REPORT_FLOWS)
def test_fiscal_report_flows(text: str, published: dt.date, expected: set) -> None:
    assert debt_facts(text, published, ["debt_issued_usd"]) == expected
