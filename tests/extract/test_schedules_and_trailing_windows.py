"""Dates that are not the figure's period: an opening target, a trailing twelve months.

* "Cipher signed a 10‑year AI hosting agreement with Fluidstack for 168MW at its Barber Lake
  facility, with operations targeted to begin in October 2026" (ah1-cifr-2025-09-fluidstack-
  168mw-news, published 2025-09): when the site opens is a schedule, not the capacity's period;
  the contracted capacity is dated by the news (README "Periods"; decided case 23). A month the
  sentence names for the signing, before publication, still dates it.
* "Greenidge Generation said it mined 1,186 Bitcoin in the twelve months leading up to Feb
  28th, 2021" (ah2-gree-2021-03-weny-ttm-1186): a window ending on a day is no named period
  (README "What is NOT labelled"; decided case 40), nor is "a trailing 12-month basis". "The
  twelve months ended December 31, 2020" is the year, and a month's own figure stays.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_CIPHER = (
    "Overview\n"
    "- Cipher signed a 10‑year AI hosting agreement with Fluidstack for 168MW at its Barber Lake "
    "facility, with operations targeted to begin in October 2026 and an estimated contract value "
    "near $3 billion.\n"
)
_CIPHER_FOR = _CIPHER.replace(
    "operations targeted to begin in October 2026",
    "commercial operations targeted for October 2026",
)
# (the signing's own month, named before publication, dates it)
_CIPHER_SIGNED_IN = _CIPHER.replace("Barber Lake facility,", "Barber Lake facility in August 2025,")
_GREENIDGE = (
    "Greenidge Generation said it mined 1,186 Bitcoin in the twelve months leading up to Feb "
    "28th, 2021, costing the facility approximately $2,869 per bitcoin.\n"
)
_TRAILING = (
    "Greenidge Generation said it mined 1,186 Bitcoin on a trailing 12-month basis, costing the "
    "facility approximately $2,869 per bitcoin.\n"
)
_YEAR = _GREENIDGE.replace("leading up to Feb 28th, 2021", "ended December 31, 2020")
_MONTH_BESIDE = _GREENIDGE + "In February, Greenidge mined 186 Bitcoin.\n"

CASES: list[tuple[str, str, str, str, Must, MustNot]] = [
    ("operations targeted to begin", _CIPHER, "CIFR", "2025-09-26",
     [("ai_capacity_mw", 168, "2025-09"), ("ai_milestone", None, "2025-09")],
     [("ai_capex_usd", None)]),
    ("operations targeted for", _CIPHER_FOR, "CIFR", "2025-09-26",
     [("ai_capacity_mw", 168, "2025-09")], []),
    ("signed in a named month", _CIPHER_SIGNED_IN, "CIFR", "2025-09-26",
     [("ai_capacity_mw", 168, "2025-08")], []),
    ("twelve months leading up to", _GREENIDGE, "GREE", "2021-03-15", [], [("btc_produced", None)]),
    ("trailing 12-month basis", _TRAILING, "GREE", "2021-03-15", [], [("btc_produced", None)]),
    ("twelve months ended December", _YEAR, "GREE", "2021-03-15",
     [("btc_produced", 1186, "2020")], []),
    ("a month beside the window", _MONTH_BESIDE, "GREE", "2021-03-15",
     [("btc_produced", 186, "2021-02")], [("btc_produced", 1186)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "entity", "published", "must", "must_not"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_schedules_and_trailing_windows(
    text: str, entity: str, published: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, published), must, must_not)
