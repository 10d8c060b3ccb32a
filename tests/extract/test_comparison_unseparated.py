"""A monthly update whose comparison's other side is printed without thousands separators
("up 412 BTC from the 4409.6 BTC reported in October"), the form `benchmarks.robustness`'s
thousands family writes (i-cang-2025-11-production-news's shape, other figures). The month after
"from the 4409.6 BTC" is the other side's, not the report's: the holding is November's, as
with "from the 4,409.6 BTC" (the near miss, read alike before and after).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text


def update(held: str, earlier: str) -> str:
    return (
        "MinerCo Production Update: Bitcoin Holdings Keep Growing\n\n"
        "MinerCo disclosed that it mined 412.5 BTC in November 2025, a 5.1% decline from the "
        "434.7 BTC mined in October. The average daily production fell to 13.75 BTC from 14.02 "
        f"BTC, while the company’s Bitcoin holdings rose to {held} BTC, up 412 BTC from the "
        f"{earlier} BTC reported in October.\n"
    )


@pytest.mark.parametrize(
    ("held", "earlier"),
    [
        pytest.param("4821.6", "4409.6", id="unseparated"),
        pytest.param("4,821.6", "4,409.6", id="near-miss-separated"),
    ],
)
def test_other_side_month_is_not_the_report(held: str, earlier: str) -> None:
    found = {
        (item.metric, item.value, item.period)
        for item in extract_text(update(held, earlier), published=dt.date(2025, 12, 3))
    }
    assert found == {
        ("btc_produced", Decimal("412.5"), "2025-11"),
        ("btc_held", Decimal("4821.6"), "2025-11"),
    }
