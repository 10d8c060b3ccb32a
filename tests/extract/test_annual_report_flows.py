"""One-off debt flows of a fourth-quarter-and-full-year release take the year (annual_reports).

Expected periods worked out from the passages by the labelling rules (tests/extract/real/
README.md, decided cases 7 and 27): a one-off flow told with no period of its own takes the
report's period; a release of "the fourth quarter and full year" reports the year, of which the
quarter is a part. A section heading's quarter or the flow's own period phrase still dates it.
"""

from __future__ import annotations

import datetime as dt

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 2, 28)


def _debt(text: str, published: dt.date = _PUBLISHED) -> list[tuple[str, str, str, str | None]]:
    return [
        (item.metric, str(item.value), item.unit, item.period)
        for item in extract_text(text, published=published)
        if item.metric.startswith("debt_")
    ]


# m2-wulf-2025-02-advfn-fy2024-convertible-and-hpc (TeraWulf's FY2024 release, wrapped lines)
_WULF = (
    "TeraWulf Inc. (Nasdaq: WULF) (“TeraWulf” or the “Company”), which\n"
    "owns and operates vertically integrated, next-generation digital\n"
    "infrastructure primarily powered by zero-carbon energy, today\n"
    "announced its financial results for the fourth quarter and full\n"
    "year ended December 31, 2024.\n"
    "Patrick Fleury, Chief Financial Officer, added,\n"
    "“Our disciplined financial management was reflected in our $500\n"
    "million oversubscribed convertible debt offering, which\n"
    "strengthened our liquidity and funded our initial expansion into\n"
    "HPC hosting.”"
)

# s2-cbit-2024-fy-results-stocktitan-summary (Stock Titan's summary of Cathedra's release)
_CBIT = (
    "Cathedra Bitcoin Announces Fourth Quarter and Full-Year 2024 Financial Results; Filing of "
    "Restated Q3-2024 Interim Filings\n"
    "Cathedra Bitcoin (CBTTF) reported strong financial results for Q4 and full-year 2024. The "
    "company prepaid C$4.6 million of convertible debentures at a 20% discount and secured a new "
    "US$2.5 million bitcoin-backed loan."
)


def test_real_releases_date_undated_flows_by_the_year() -> None:
    assert _debt(_WULF) == [("debt_issued_usd", "500000000", "USD", "2024")]
    assert sorted(_debt(_CBIT, dt.date(2025, 4, 30))) == [
        ("debt_issued_usd", "2500000", "USD", "2024"),
        ("debt_repaid_usd", "4600000", "CAD", "2024"),
    ]


def test_other_titles_of_a_quarter_and_year_release() -> None:
    for title in (
        "Bitfarms Reports Q4 and Full Year 2024 Results",
        "Bitfarms Reports Fourth Quarter and Fiscal Year 2024 Results",
        "Bitfarms announces its fourth-quarter and full-year 2024 results",
    ):
        text = f"{title}\nBitfarms repaid its $12 million equipment loan."
        assert _debt(text) == [("debt_repaid_usd", "12000000", "USD", "2024")], title


def test_a_quarter_only_release_a_section_or_the_flows_own_period_keep_the_quarter() -> None:
    # a release of the quarter alone
    text = (
        "Bitfarms Reports Fourth Quarter 2024 Results\n"
        "Bitfarms repaid its $12 million equipment loan."
    )
    assert _debt(text) == [("debt_repaid_usd", "12000000", "USD", "2024-Q4")]
    # the flow's own sentence names the quarter
    for opening in ("In the fourth quarter, ", "During the quarter, "):
        text = (
            "Bitfarms Reports Fourth Quarter and Full Year 2024 Results\n"
            f"{opening}Bitfarms repaid its $12 million equipment loan."
        )
        assert _debt(text) == [("debt_repaid_usd", "12000000", "USD", "2024-Q4")], opening
    # a section heading's quarter (m2-corz-2025-02: "Fourth Quarter 2024 Highlights")
    text = (
        "Core Scientific Announces Fiscal Fourth Quarter and Full Fiscal Year 2024 Results\n"
        "Fourth Quarter 2024 Highlights\n"
        "- Issued $625 million of convertible senior notes."
    )
    assert _debt(text) == [("debt_issued_usd", "625000000", "USD", "2024-Q4")]
