"""Round 15, debt: a flow's own date told after the instrument's maturity.

"Raised $500M via convertible notes due 2030 in October 2024": the term ("due 2030") never
dates a figure, but the month after it is when the notes were sold (README Periods: the period
the sentence names; decided case 7, a one-off's own month). Before, the reading stopped at "due"
and the flow fell back to publication. No real passage in the corpus has this shape; the cases
are variants of summary bullets and wire copy (the bracketed month of a highlights list), then
hard negatives: no date after the term, a month after publication, the term alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, issued, repaid

_FEB_2025 = dt.date(2025, 2, 28)


TERM_THEN_DATE = [
    pytest.param(  # variant: "due <year> in <month year>"
        "Raised $500M via 2.75% convertible notes due 2030 in October 2024.\n",
        {issued("500000000", "2024-10")},
        id="variant-due-year-in-month",
    ),
    pytest.param(  # variant: "maturing in", then the month
        "TeraWulf raised $500 million via convertible notes maturing in 2030 in October 2024.\n",
        {issued("500000000", "2024-10")},
        id="variant-maturing-in-then-month",
    ),
    pytest.param(  # variant: a maturity month, then the sale month
        "TeraWulf raised $500 million via 2.75% convertible senior notes due March 2030 in "
        "October 2024.\n",
        {issued("500000000", "2024-10")},
        id="variant-due-month-year",
    ),
    pytest.param(  # variant: a highlights bullet, the month in brackets
        "• Issued $500 million of 2.75% convertible senior notes due 2030 (October 2024)\n",
        {issued("500000000", "2024-10")},
        id="variant-bullet-bracketed-month",
    ),
    pytest.param(  # variant: a repayment of notes, the month after their term
        "TeraWulf repaid $20 million of notes due 2026 in January 2025.\n",
        {repaid("20000000", "2025-01")},
        id="variant-repaid-due-then-month",
    ),
    pytest.param(  # negative: the term alone, no date of the flow -> publication month
        "TeraWulf issued $500 million of notes due 2030.\n",
        {issued("500000000", "2025-02")},
        id="negative-term-only",
    ),
    pytest.param(  # negative: a month after publication is not when (publication month)
        "TeraWulf issued $500 million of notes due 2030 in December 2025.\n",
        {issued("500000000", "2025-02")},
        id="negative-month-after-publication",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TERM_THEN_DATE)
def test_flow_dated_after_term(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _FEB_2025, ("debt_issued_usd", "debt_repaid_usd"), "WULF") == expected
