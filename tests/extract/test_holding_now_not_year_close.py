"""A holding stated "now" in a news story stands at publication, not at a year named earlier.

Class (review finding on `resolver._closed_year`): a holding tied to a calendar year that has
ended is at the year's last day (decided case 14), but "now", "currently", "as of today" and
"to date" tie the balance to the day the story is told. A year named by an earlier clause
("mined 1,214 BTC in 2024 and currently holds …") or by the sentence before an opening "At the
same time" / "Meanwhile" dates that clause's flow, not the present balance: the holding takes
the month of publication (the Periods rule for a news story's balance told as current).
Kept: a holding the year's own flows reach with no present-tense word ("During 2024 the
reserve climbed to 1,250 BTC" -> 2024-12-31, tests/extract/test_holding_at_year_close.py).
Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

HELD = "btc_held"

# (text, entity, published, expected btc_held (value, period))
CASES: list[tuple[str, str, str, set[tuple[object, str | None]]]] = [
    (
        "Northfield Digital mined 1,214 BTC in 2024 and currently holds 6,012 BTC, the company "
        "said on Monday.",
        "NFD",
        "2025-03-10",
        {(6012.0, "2025-03")},
    ),
    (
        "During 2024, Acme mined 1,200 BTC and now holds 6,000 BTC in its treasury.",
        "ACME",
        "2025-02-18",
        {(6000.0, "2025-02")},
    ),
    (
        "Acme closed 2024 with a $40 million net loss on higher power costs. At the same time, "
        "its bitcoin holdings now total 6,000 BTC.",
        "ACME",
        "2025-03-04",
        {(6000.0, "2025-03")},
    ),
    (
        "In 2024 the miner added roughly 2,000 BTC to its reserve, and to date its treasury "
        "holds 6,100 BTC.",
        "ACME",
        "2025-04-22",
        {(6100.0, "2025-04")},
    ),
    # kept: no present-tense word, the year's flows reach the holding (decided case 14)
    (
        "During 2024 the miner's bitcoin reserve climbed to 1,250 BTC.",
        "ACME",
        "2025-03-10",
        {(1250.0, "2024-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_holding_now_not_year_close(
    text: str, entity: str, published: str, expected: set[tuple[object, str | None]]
) -> None:
    assert metric_found(text, entity, published, HELD) == expected
