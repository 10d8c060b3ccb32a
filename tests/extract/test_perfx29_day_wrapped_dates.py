"""A day-first date cut by a hard line break after its day is read whole (Periods rule: a
stock "as of <date>" takes the ISO date). Batch al1's AMP page printed "As of 28\\nMarch 2024,
Argo's debt balance with Galaxy is $12.8 million": the line stopped on the day, the next opened
with the month, and the balance was dated by the month alone.

A line that stops on "as of", "on", "at", "through" … and a day, above a line opening with a
month's name, goes on in it (`line_ends.ends_on_day`, `sentences.continues`). Near misses: a
figure ending its line above a month heading, a day with no preposition before it.
"""

from __future__ import annotations

import pytest

from monitor.extract.line_ends import DAY_ENDS, ends_on_day
from tests.extract.treasury_facts import metric_found

# (text, entity, published, metric, expected (value, period) pairs of that metric)
CASES: list[tuple[str, str, str, str, set[tuple[float, str]]]] = [
    (
        "The net proceeds from the sale were used to repay the Mirabel Facility's mortgage.\n"
        "As of 28\nMarch 2024, Argo's debt balance with Galaxy is $12.8 million,\n"
        "representing a reduction of 63% from the original balance.",
        "ARBK",
        "2024-03-28",
        "debt_total_usd",
        {(12_800_000, "2024-03-28")},
    ),
    (
        "Riot Platforms released its production update.\nThe company said that as of 30\n"
        "June 2024 it held 9,334 BTC, all of it unencumbered.",
        "RIOT",
        "2024-07-03",
        "btc_held",
        {(9334, "2024-06-30")},
    ),
    (
        "Bitfarms sold bitcoin to reduce its loans. The miner reported that on 15th\n"
        "July 2022 it held 3,349 BTC after the sales.",
        "BITF",
        "2022-07-19",
        "btc_held",
        {(3349, "2022-07-15")},
    ),
    (
        "Marathon updated its treasury figures at 31\nDecember 2023: the company held 15,174 "
        "bitcoin.",
        "MARA",
        "2024-01-04",
        "btc_held",
        {(15174, "2023-12-31")},
    ),
    # near miss: a day with no preposition before it is a figure ending its line
    (
        "Bitcoin mined: 28\nMarch 2024 Production Update",
        "ARBK",
        "2024-04-03",
        "btc_produced",
        {(28, "2024-03")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "metric", "expected"), CASES)
def test_day_first_date_over_a_line_break(
    text: str, entity: str, published: str, metric: str, expected: set[tuple[float, str]]
) -> None:
    assert metric_found(text, entity, published, metric) == expected


_LINES = [
    "As of 28", "as of 28", "as at 31st", "on 1", "at 30", "through  31st", "ended 30th",
    "a total of 28", "Bitcoin mined: 28", "of 32", "of 2024", "On 9", "as of 28th.", "28",
    "until 15th", "by 7", "ofon 3", "x on 3rd", "on 31", "of 0", "of 05",
]  # fmt: skip


@pytest.mark.parametrize("body", _LINES)
def test_ends_on_day_is_the_whole_line_search(body: str) -> None:
    assert ends_on_day(body) == (DAY_ENDS.search(body) is not None)


def test_ends_on_day_on_corpus_lines() -> None:
    from tests.extract.test_line_ends import _LINES as corpus_lines

    for body in corpus_lines:
        assert ends_on_day(body) == (DAY_ENDS.search(body) is not None), body
