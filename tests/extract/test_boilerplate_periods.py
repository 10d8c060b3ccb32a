"""A disclaimer's or source list's periods are not the story's report period.

Expected answers worked out from the labelling rules (tests/extract/real/README.md, "Periods":
the period the sentence names, else the report's own period, else the month of publication):
an editorial page that opens "Disclaimer. … data as of May 24, 2026 (… Bitfarms Q1 2026
results published on May 7 …)" reports no first quarter; its undated sale is the publication
month's. A real title's period still decides.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2026, 5, 24)


def _btc(text: str) -> set[tuple[str, str, str | None]]:
    found = extract_text(text, published=_PUBLISHED, entity="HIVE")
    return {(item.metric, str(item.value), item.period) for item in found if item.unit == "BTC"}


CASES = [
    (
        "Disclaimer. Editorial analysis with data as of May 22, 2026 (HIVE announcement from "
        "May 12, Bitfarms Q1 2026 results published on May 7, a broker note of April 2026). "
        "Not investment advice.\n\nHIVE Digital sold 300 BTC to fund the land purchase.\n",
        {("btc_sold", "300", "2026-05")},
    ),
    (
        "Sources: HIVE Digital Q4 FY2026 report; Cipher Mining Q1 2026 results; company "
        "filings.\n\nHIVE Digital sold 300 BTC to fund the land purchase.\n",
        {("btc_sold", "300", "2026-05")},
    ),
    # near miss: a title's period decides, a source line after it changes nothing
    (
        "HIVE Digital Reports Q4 FY2026 Results\nHIVE Digital sold 300 BTC in the quarter.\n"
        "Sources: company filings of May 2026.\n",
        {("btc_sold", "300", "2026-Q4")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_disclaimers_periods_are_not_the_storys(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _btc(text) == expected
