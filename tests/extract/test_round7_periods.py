"""Round 7, periods by class of wording: a bracketed aside after a figure (its value, an
equivalent) does not cut the figure off from the period phrase that follows it; "the year's
end" is a year-end like "year-end" (a balance: its last day).

Expected sets are worked out from the text by tests/extract/real/README.md ("Periods",
decided cases 1, 2, 7, 14, 21); entity RIOT.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]
HELD, MINED, DEBT = "btc_held", "btc_produced", "debt_total_usd"
_KEPT = (HELD, MINED, DEBT, "ai_capex_usd", "btc_sold")


def _facts(text: str, published: dt.date) -> set[Fact]:
    found = extract_text(text, published=published, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _KEPT}


_JAN_2023 = dt.date(2023, 1, 3)
_MAY_2025 = dt.date(2025, 5, 6)

ASIDE_CASES = [
    # real (j-bitf-2022-12): the value in brackets, then the year the output covers
    (
        "The company mined 5,167 BTC ($86.1 million at the time of publication) for all of "
        "2022 and had an outstanding debt balance of $47.0 million at the year's end.",
        _JAN_2023,
        {(MINED, Decimal("5167"), "2022"), (DEBT, Decimal("47000000"), "2022-12-31")},
    ),
    # variant written for the class
    (
        "Riot produced 1,200 BTC (worth about $30 million) in the third quarter of 2022.",
        _JAN_2023,
        {(MINED, Decimal("1200"), "2022-Q3")},
    ),
    # variant written for the class: an equivalent in brackets
    (
        "Riot produced 402 bitcoin (approximately $38.2 million) during November 2022.",
        _JAN_2023,
        {(MINED, Decimal("402"), "2022-11")},
    ),
    # near-miss (real, c-btbt-2025-04): the phrase after the aside opens another clause; a
    # plan's date is not the figure's (the release's month is)
    (
        "Riot's high-performance computing facility is being retrofitted to Tier 3 standards, "
        "with development costs expected to "
        "total approximately CAD $55 million (approximately $40MM USD), and a targeted go-live "
        "date of July 2025.",
        _MAY_2025,
        {
            ("ai_capex_usd", Decimal("55000000"), "2025-05"),
            ("ai_capex_usd", Decimal("40000000"), "2025-05"),
        },
    ),
]

YEAR_END_CASES = [
    # variant written for the class: the possessive year-end, curly apostrophe
    (
        "Riot had $47.0 million of debt outstanding at the year’s end.",
        _JAN_2023,
        {(DEBT, Decimal("47000000"), "2022-12-31")},
    ),
    (
        "At year's end, Riot held 6,974 BTC.",
        _JAN_2023,
        {(HELD, Decimal("6974"), "2022-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ASIDE_CASES + YEAR_END_CASES)
def test_period_classes(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _facts(text, published) == expected
