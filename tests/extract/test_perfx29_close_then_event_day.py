"""An undated balance after the report's closing day was named stands at that day only when no
other day was told in between (README Periods: a stock "with no date at all → the report's
period label"; `balance_dates._closing_day_just_named` reads "As of April 30, the hash rate was
2.76 EH/s. The treasury holdings included 992.4 BTC" as the closing balance).

Batch x1's Iris Energy update: "As of May 31, our operating hashrate has further increased to
5.6 EH/s. … On May 10, Iris Energy provided an investor update. Key highlights: - Robust balance
sheet with $54.8m cash and no debt": the news after "On May 10" is that event's, and the
balance, with no date of its own, takes the report's label (2023-05), not May 31. Near misses:
the closing day right before the balance keeps it.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

# (text, entity, published, metric, expected (value, period) pairs of that metric)
CASES: list[tuple[str, str, str, str, set[tuple[float, str]]]] = [
    (
        "Iris Energy today published a monthly investor update for May 2023.\n"
        "As of May 31, our operating hashrate has further increased to 5.6 EH/s.\n"
        "On May 10, Iris Energy provided an investor update. Key highlights:\n"
        "- Robust balance sheet with $54.8m cash and no debt",
        "IREN",
        "2023-06-07",
        "debt_total_usd",
        {(0, "2023-05")},
    ),
    (
        "Bit Digital released its production update for April 2024.\nAs of April 30, the hash "
        "rate was 2.76 EH/s. On April 18, the company held a shareholder call. The treasury "
        "holdings included 992.4 BTC.",
        "BTBT",
        "2024-05-03",
        "btc_held",
        {(992.4, "2024-04")},
    ),
    (
        "HIVE Digital published its April 2024 production report.\nAs of April 30, 2024, the "
        "fleet ran at 5.2 EH/s. On April 22, 2024, HIVE hosted its investor day. The company said "
        "it had no debt.",
        "HIVE",
        "2024-05-06",
        "debt_total_usd",
        {(0, "2024-04")},
    ),
    # near misses: the closing day is the last one told before the balance
    (
        "Bit Digital released its production update for April 2024.\nAs of April 30, the hash "
        "rate was 2.76 EH/s. The treasury holdings included 992.4 BTC.",
        "BTBT",
        "2024-05-03",
        "btc_held",
        {(992.4, "2024-04-30")},
    ),
    (
        "HIVE Digital published its April 2024 production report.\nAs of April 30, 2024, the "
        "fleet ran at 5.2 EH/s. The company has no debt on its balance sheet.",
        "HIVE",
        "2024-05-06",
        "debt_total_usd",
        {(0, "2024-04-30")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "metric", "expected"), CASES)
def test_balance_after_closing_day_and_event_day(
    text: str, entity: str, published: str, metric: str, expected: set[tuple[float, str]]
) -> None:
    assert metric_found(text, entity, published, metric) == expected
