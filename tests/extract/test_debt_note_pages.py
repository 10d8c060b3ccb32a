"""Debt notes of miners' filings as XBRL viewer pages print them: one table cell per line.

A 10-Q's loans note on an "R" page reaches us with each cell on a line of its own (blank cells
as blank lines, a "$" or a "%" alone on a line, on some pages a pipe before every cell), the
header's balance dates as full dates or as days over years ("as of September 30," over "2024"
"2023"), each loan's maturity and rate between its label and its balances. The cases in
`debt_note_pages.yaml` are real pages of CleanSpark and Core Scientific notes (sources listed
there, expected figures worked out by the README rule each case states). Each case compares
the exact set of debt figures read: its near misses — maturity dates taken for balance dates,
rates, totals net of discount or fair value, the comparative column, a discount, a payoff — are
what the set must not hold. (The first-run gaps of this class, ag1-hut-2025-q2 and
ag1-clsk-2023-q2, are scored in the holdout.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.extract.must_checks import figures_read

_CASES = yaml.safe_load((Path(__file__).parent / "debt_note_pages.yaml").read_text("utf-8"))
_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd", "interest_expense_usd")


@pytest.mark.parametrize("case", _CASES, ids=[case["id"] for case in _CASES])
def test_debt_note_page(case: dict[str, object]) -> None:
    expected = {
        (metric, float(value), unit, period)
        for metric, value, unit, period in case["expect"]  # type: ignore[attr-defined]
    }
    read = figures_read(str(case["text"]), str(case["entity"]), str(case["published"]), _DEBT)
    assert read == expected
