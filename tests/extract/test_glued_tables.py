"""Tables whose cells reached us glued together (monitor/extract/glued.py).

Expected values are read off the printed tables by eye, not from the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from monitor.extract import extract_text
from monitor.extract.glued import find_glued_rows

STACKED = (
    "Metrics1Nov 2022Oct 2023Nov 2023\n"
    "Bitcoin Mined10.3 69.271.7\n"
    "Bitcoin Sold4.9 74.365.0\n"
    "Mining Revenue*$0.2 million $2.0 million$2.6 million\n"
    "Bitcoin Holdings90.3 11.418.1\n"
)
ONE_LINE = (
    "Key MetricsJanuary 2024*BTC Mined371Power Sales Equivalent BTC18BTC Sold34BTC "
    "Held1,132Deployed Mining Rigs70,000 *Approximate values"
)


def _facts(text: str, published: dt.date) -> set[tuple[str, Decimal | None, str | None]]:
    return {
        (item.metric, item.value, item.period) for item in extract_text(text, published=published)
    }


def test_glued_columns_are_cut_at_the_decimals_each_number_shows() -> None:
    rows = find_glued_rows(STACKED)
    assert [row.cells for row in rows] == [
        ("Metrics1", "Nov 2022", "Oct 2023", "Nov 2023"),
        ("Bitcoin Mined", "10.3", "69.2", "71.7"),
        ("Bitcoin Sold", "4.9", "74.3", "65.0"),
        ("Bitcoin Holdings", "90.3", "11.4", "18.1"),
    ]
    for row in rows:
        assert tuple(STACKED[start:end] for start, end in row.spans) == row.cells


def test_stacked_glued_table_reports_its_latest_column() -> None:
    assert _facts(STACKED, dt.date(2023, 12, 5)) == {
        ("btc_produced", Decimal("71.7"), "2023-11"),
        ("btc_sold", Decimal("65.0"), "2023-11"),
        ("btc_held", Decimal("18.1"), "2023-11-30"),
    }


def test_one_line_glued_table_under_one_period() -> None:
    assert _facts(ONE_LINE, dt.date(2024, 2, 1)) == {
        ("btc_produced", Decimal("371"), "2024-01"),
        ("btc_sold", Decimal("34"), "2024-01"),
        ("btc_held", Decimal("1132"), "2024-01-31"),
    }


def test_prose_and_ambiguous_glue_are_left_alone() -> None:
    assert find_glued_rows("Riot produced 675 BTC in February 2023.") == []
    # Two columns but a run with no decimal point: the cut is not certain.
    assert (
        len(find_glued_rows("Metrics Oct 2023Nov 2023\nBitcoin Mined6972\nBitcoin Sold4974\n")) == 0
    )
