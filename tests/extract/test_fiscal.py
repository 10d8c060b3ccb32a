"""The issuer's fiscal quarter read from a release that names it both ways (fiscal.py).

Expected labels worked out by hand from the fiscal calendars (June year-end: July-September
is Q1 of the fiscal year that ends the following June).
"""

from __future__ import annotations

import datetime as dt

from monitor.extract import extract_text
from monitor.extract.fiscal import fiscal_report
from monitor.vocabulary.periods import Period

JUNE_YEAR_END = (
    "IREN today reported its financial results for the three months ended September 30, 2025. "
    "Q1 FY26 highlights follow."
)


def test_calendar_quarter_becomes_the_named_fiscal_quarter() -> None:
    assert fiscal_report(Period.of_quarter(2025, 3), JUNE_YEAR_END) == Period.of_quarter(2026, 1)


def test_three_and_six_months_report_is_its_quarter() -> None:
    text = "Results for the three and 6 months ended December 31, 2024. Our Q2 FY25 results."
    assert fiscal_report(Period.of_half(2024, 2), text) == Period.of_quarter(2025, 2)


def test_nothing_changes_without_both_names_or_for_another_period() -> None:
    assert fiscal_report(Period.of_quarter(2025, 3), "three months ended September 30, 2025") == (
        Period.of_quarter(2025, 3)
    )
    # The report was already found as the fiscal quarter ("Third Quarter FY24").
    text = "Third Quarter FY24 Results for the Three months ended March 31, 2024"
    assert fiscal_report(Period.of_quarter(2024, 3), text) == Period.of_quarter(2024, 3)
    # A calendar fiscal year: the calendar quarter is the fiscal one.
    text = "three months ended September 30, 2025 (Q3 FY2025)"
    assert fiscal_report(Period.of_quarter(2025, 3), text) == Period.of_quarter(2025, 3)


def test_figures_of_the_quarter_carry_the_fiscal_label() -> None:
    text = (
        "IREN Reports Q1 FY26 Results\n"
        "IREN today reported its financial results for the three months ended September 30, 2025.\n"
        "During the quarter, IREN mined 1,003 Bitcoin."
    )
    found = extract_text(text, published=dt.date(2025, 11, 6))
    assert [(item.metric, item.period) for item in found] == [("btc_produced", "2026-Q1")]


# A call summary with no title period: the fiscal quarter it keeps naming, dated by the
# calendar day it ended, is what the document reports (its label runs ahead of the calendar).
_CALL_TAKEAWAYS = (
    "TAKEAWAYS\n\n"
    "Revenue -- $64.2 million for {quarter} ({ended}), up 84%.\n\n"
    "Net Loss -- $27.8 million for {again}.\n\n"
    "Contracted Data Center Leasing -- CoreWeave lease expanded to all 400 megawatts under "
    "construction at Polaris Forge One.\n"
)


def _capacity_periods(quarter: str, ended: str, again: str) -> set[str | None]:
    text = _CALL_TAKEAWAYS.format(quarter=quarter, ended=ended, again=again)
    found = extract_text(text, published=dt.date(2025, 10, 9))
    return {item.period for item in found if item.metric == "ai_capacity_mw"}


def test_call_summary_dated_by_the_fiscal_quarter_that_ended() -> None:
    for quarter, ended, again in [
        ("the first quarter of fiscal 2026", "period ended August 31, 2025", "the quarter"),
        ("Q1 FY2026", "quarter ended August 31, 2025", "the first quarter of fiscal 2026"),
        ("fiscal Q1 2026", "period ended Aug. 31, 2025", "Q1 FY26"),
    ]:
        assert _capacity_periods(quarter, ended, again) == {"2026-Q1"}, quarter


def test_guidance_quarter_without_an_end_date_does_not_date_the_document() -> None:
    # "the second quarter of fiscal 2026" with no end date is guidance, not the reported quarter
    periods = _capacity_periods(
        "the second quarter of fiscal 2026", "expected to close in December", "fiscal 2026"
    )
    assert periods == {"2025-10"}
