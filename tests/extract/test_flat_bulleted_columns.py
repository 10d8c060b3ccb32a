"""A two-column update table printed as bullets, each row's second value on a line of its own.

Real case: holdout t-lmfa-2025-09-finanznachrichten-hodl-table ("Metric August 2025 September
2025 - Bitcoin2 - Mined, net 5.8\\n\\n5.9\\n\\n- Sold (9.0)\\n\\n(12.5)\\n\\n… - Bitcoin HODL
311.2\\n\\n304.5"): the current column is the header's last (September), the sub-rows of the
"Bitcoin" section ("Sold") are its coins. Variants: quarter columns, rows each naming the coin,
a month with no sale. Look-alikes: a bulleted highlights list (no period header), a header
followed by prose, a "Sold" row under another section (machines). Expected sets follow the
labelling convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text
from monitor.extract.flat_bullets import joined

_TREASURY = {"btc_held", "btc_sold", "btc_produced"}
Fact = tuple[str, Decimal | None, str | None]


def _fact(metric: str, value: str, period: str) -> Fact:
    return (metric, Decimal(value), period)


_LEAD = (
    "TAMPA, Fla., {day} (GLOBE NEWSWIRE) -- LM Funding America, Inc. (NASDAQ: LMFA) today "
    "announced its preliminary, unaudited Bitcoin mining and operational update for the {what}."
    "\n\n"
)

CASES = [
    # the real block
    (
        _LEAD.format(day="Oct. 08, 2025", what="month ended September 30, 2025")
        + "Metric August 2025 September 2025 - Bitcoin2 - Mined, net 5.8\n\n5.9\n\n- Sold (9.0)"
        "\n\n(12.5)\n\n- Purchased 164\n\n-\n\n- Service Fee -\n\n(0.1)\n\n- Bitcoin HODL 311.2"
        "\n\n304.5\n\n- Machines2 - Oklahoma 4,320\n\n4,320\n\n- Mississippi -\n\n2,376\n\n",
        dt.date(2025, 10, 8),
        {
            _fact("btc_produced", "5.9", "2025-09"),
            _fact("btc_sold", "12.5", "2025-09"),
            _fact("btc_held", "304.5", "2025-09-30"),
        },
    ),
    # variants: quarter columns; rows that each name the coin; a month with no sale
    (
        _LEAD.format(day="Oct. 14, 2025", what="quarter ended September 30, 2025")
        + "Metric Q2 2025 Q3 2025 - Bitcoin - Mined, net 20.1\n\n22.4\n\n- Sold (10.0)\n\n"
        "(8.5)\n\n- Bitcoin HODL 150.2\n\n164.1\n\n",
        dt.date(2025, 10, 14),
        {
            _fact("btc_produced", "22.4", "2025-Q3"),
            _fact("btc_sold", "8.5", "2025-Q3"),
            _fact("btc_held", "164.1", "2025-09-30"),
        },
    ),
    (
        _LEAD.format(day="Aug. 06, 2025", what="month ended July 31, 2025")
        + "Metric June 2025 July 2025 - Bitcoin Produced 40.2\n\n41.0\n\n- Bitcoin Sold -\n\n"
        "12.0\n\n- Bitcoin Held 120.5\n\n149.5\n\n",
        dt.date(2025, 8, 6),
        {
            _fact("btc_produced", "41.0", "2025-07"),
            _fact("btc_sold", "12.0", "2025-07"),
            _fact("btc_held", "149.5", "2025-07-31"),
        },
    ),
    (
        _LEAD.format(day="Dec. 05, 2025", what="month ended November 30, 2025")
        + "Metric October 2025 November 2025 - Bitcoin - Mined, net 6.1\n\n5.7\n\n- Sold 2.0\n\n"
        "-\n\n- Bitcoin HODL 304.5\n\n310.2\n\n",
        dt.date(2025, 12, 5),
        {
            _fact("btc_produced", "5.7", "2025-11"),
            _fact("btc_sold", "0", "2025-11"),
            _fact("btc_held", "310.2", "2025-11-30"),
        },
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_bulleted_two_column_table(text: str, published: dt.date, expected: set[Fact]) -> None:
    found = extract_text(text, published=published, entity="LMFA")
    assert {(i.metric, i.value, i.period) for i in found if i.metric in _TREASURY} == expected


@pytest.mark.parametrize(
    "text",
    [
        # a highlights list: no header of periods
        "Highlights:\n\n- Mined 5.9 bitcoin in September\n\n5.9\n\n- Sold 12.5 bitcoin\n\n12.5\n",
        # a header of periods followed by prose, not rows
        "Metric August 2025 September 2025 - Bitcoin mined rose.\n\nThe company said the "
        "increase came from Mississippi.\n\n- It expects more.\n",
    ],
)
def test_other_layouts_are_left_as_printed(text: str) -> None:
    assert joined(text) == text


def test_sold_under_another_section_is_no_bitcoin() -> None:
    text = (
        _LEAD.format(day="Oct. 08, 2025", what="month ended September 30, 2025")
        + "Metric August 2025 September 2025 - Bitcoin2 - Mined, net 5.8\n\n5.9\n\n- Bitcoin "
        "HODL 300.2\n\n306.1\n\n- Machines2 - Oklahoma 4,320\n\n4,320\n\n- Sold 100\n\n200\n\n"
    )
    found = extract_text(text, published=dt.date(2025, 10, 8), entity="LMFA")
    assert {(i.metric, i.value, i.period) for i in found if i.metric in _TREASURY} == {
        _fact("btc_produced", "5.9", "2025-09"),
        _fact("btc_held", "306.1", "2025-09-30"),
    }
