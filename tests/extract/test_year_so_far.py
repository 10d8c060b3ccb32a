"""A flow told "during the year" of a year not yet over is year to date (year_so_far).

Expected answers worked out from the labelling rules (tests/extract/real/README.md, "What is
NOT labelled": year-to-date totals that are not a whole named period): "during the year" in a
story of July, or in a June update, is the year so far, which no label names; the same words
in a release of the year just ended, a full-year release or a December update are the year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_FLOWS = ("btc_sold", "btc_produced", "btc_sale_proceeds_usd", "debt_issued_usd", "debt_repaid_usd")


def _flows(text: str, published: dt.date) -> list[tuple[str, str, str | None]]:
    return sorted(
        (item.metric, str(item.value), item.period)
        for item in extract_text(text, published=published)
        if item.metric in _FLOWS
    )


_YEAR_SO_FAR = [
    # a mid-year story with no period of its own
    (
        "Marathon has been selling part of its output. During the year, Marathon has sold "
        "640 BTC to cover its power bills.",
        dt.date(2025, 7, 16),
        [],
    ),
    (
        "Over the year, the miner sold 1,250 bitcoin for proceeds of $85 million.",
        dt.date(2024, 8, 2),
        [],
    ),
    # a June update: its month is a figure, the year so far is not
    (
        "CleanSpark Releases June 2025 Bitcoin Mining Update\n"
        "In June, CleanSpark mined 685 BTC. During the year, the company has sold 1,900 BTC.",
        dt.date(2025, 7, 3),
        [("btc_produced", "685", "2025-06")],
    ),
    # a second quarter's results: the first six months are no named period (case 42)
    (
        "Bitfarms Reports Second Quarter 2025 Results\n"
        "During the year, Bitfarms repaid $12 million of equipment loans.",
        dt.date(2025, 8, 12),
        [],
    ),
]

_WHOLE_YEAR = [
    # early in the next year: the year just ended
    (
        "During the year, Marathon has sold 640 BTC to cover its power bills.",
        dt.date(2025, 2, 20),
        [("btc_sold", "640", "2024")],
    ),
    # a full-year release
    (
        "Bitfarms Reports Fourth Quarter and Full Year 2024 Results\n"
        "During the year, Bitfarms repaid $12 million of equipment loans.",
        dt.date(2025, 3, 18),
        [("debt_repaid_usd", "12000000", "2024")],
    ),
    # a December update closes the year
    (
        "CleanSpark Releases December 2024 Bitcoin Mining Update\n"
        "During the year, the company sold 1,900 BTC.",
        dt.date(2025, 1, 3),
        [("btc_sold", "1900", "2024")],
    ),
    # a first quarter's year so far is the quarter itself
    (
        "Bitfarms Reports First Quarter 2025 Results\n"
        "During the year, Bitfarms repaid $12 million of equipment loans.",
        dt.date(2025, 5, 14),
        [("debt_repaid_usd", "12000000", "2025-Q1")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _YEAR_SO_FAR + _WHOLE_YEAR)
def test_during_the_year_is_the_year_only_when_it_is_over(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _flows(text, published) == expected


# A fiscal year is the issuer's, not the calendar's: "during the fiscal year" in June is the
# whole fiscal year when the document says that year has ended (an end day already past, or
# "ended its fiscal year"), labelled by the year it ended in ("Fiscal year ended 30 Sep 2025 →
# 2025", the README's fiscal-year notes); with no sign that it has ended, it stays the year so
# far.
_FISCAL_YEAR = [
    (
        "HIVE Digital Technologies Reports Annual Results\n"
        "HIVE's fiscal year closed on March 31, 2025. During the fiscal year, HIVE mined 1,414 "
        "BTC.",
        dt.date(2025, 6, 12),
        [("btc_produced", "1414", "2025")],
    ),
    (
        "HIVE Digital Technologies Reports Annual Results\n"
        "HIVE ended its fiscal year with a strong balance sheet. During the fiscal year, HIVE "
        "mined 1,414 BTC and sold 300 BTC.",
        dt.date(2025, 6, 12),
        [("btc_produced", "1414", "2025"), ("btc_sold", "300", "2025")],
    ),
    (
        "Bit Digital Reports Annual Results\n"
        "The Company's financial year ended June 30, 2025. During the fiscal year, it mined "
        "420 BTC.",
        dt.date(2025, 9, 20),
        [("btc_produced", "420", "2025")],
    ),
    # (review) annual results name the next year's end as a target too: the year just ended
    # (a results season before publication) is still the one told
    (
        "HIVE Digital Technologies Reports Annual Results\n"
        "HIVE's fiscal year closed on March 31, 2025. During the fiscal year, HIVE mined 1,414 "
        "BTC. HIVE targets 25 EH/s by the fiscal year ending March 31, 2026.",
        dt.date(2025, 6, 12),
        [("btc_produced", "1414", "2025")],
    ),
    # near misses: no sign the fiscal year has ended (or its end still ahead), the calendar year
    (
        # (review) an August update recalls the year that ended in March: "during the fiscal
        # year" with "has mined" is the new year so far
        "HIVE Digital Technologies Provides August 2025 Production Update\n"
        "HIVE mined 1,414 BTC in the fiscal year ended March 31, 2025. During the fiscal year, "
        "HIVE has mined 600 BTC.",
        dt.date(2025, 9, 20),
        [("btc_produced", "1414", "2025")],
    ),
    (
        "HIVE Digital Technologies Provides Operations Update\n"
        "During the fiscal year, HIVE has mined 1,414 BTC.",
        dt.date(2025, 6, 12),
        [],
    ),
    (
        "HIVE Digital Technologies Provides Operations Update\n"
        "HIVE targets 25 EH/s by the end of the fiscal year ending March 31, 2026. During the "
        "fiscal year, HIVE has mined 300 BTC.",
        dt.date(2025, 6, 12),
        [],
    ),
    (
        "HIVE Digital Technologies Provides Operations Update\n"
        "During the year, HIVE has mined 1,414 BTC.",
        dt.date(2025, 6, 12),
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _FISCAL_YEAR)
def test_a_fiscal_year_said_to_have_ended_is_the_whole_year(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _flows(text, published) == expected
