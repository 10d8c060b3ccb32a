"""Highlight tiles, lone currency cells and rows dated in their own labels.

Written for these tests in the shapes shareholder letters and exhibits give: tiles with a
headline over the level it reached ("Bitcoin holdings increased 98%" / "TO 52,850 BTC"), tiles
printed figure first and caption under it, a "$" printed in a cell of its own before the
amount, and statements that print a prior-period balance row dated in its label. Expected
values are read off the text by the labelling convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]


def _facts(text: str, published: dt.date, entity: str = "MINER") -> set[Fact]:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found}


TILES = [
    pytest.param(
        "Second Quarter 2025 Highlights\n"
        "Revenue increased 64% |\n"
        "TO $238.5 MILLION |\n"
        "compared to $145.1 million in Q2 2024. |\n"
        "Bitcoin holdings increased 170% |\n"
        "TO 49,951 BTC (C. $5.4B) |\n"
        "Including loaned and pledged bitcoin, at June 30, 2025. |\n"
        "Energized hashrate increased 82% |\n"
        "TO 57.4 EH/S |\n"
        "from 31.5 EH/s in Q2 2024. |\n",
        dt.date(2025, 7, 29),
        {("btc_held", Decimal(49951), "2025-06-30")},
        id="headline-over-level-piped",
    ),
    pytest.param(
        "Fourth Quarter 2024 Highlights\n"
        "$214.4M\n"
        "Revenue\n"
        "2,495\n"
        "BTC produced\n"
        "44,893\n"
        "BTC held\n"
        "53.2 EH/s\n"
        "Energized hashrate\n"
        "\n"
        "Our fleet grew again during the quarter and our costs fell further.\n",
        dt.date(2025, 2, 26),
        {
            ("btc_produced", Decimal(2495), "2024-Q4"),
            # no date printed: a quarterly report's tile is at the quarter's end (case 25)
            ("btc_held", Decimal(44893), "2024-12-31"),
        },
        id="figure-then-caption",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), TILES)
def test_tiles_give_their_own_figures(text: str, published: dt.date, expected: set[Fact]) -> None:
    found = {fact for fact in _facts(text, published) if fact[0].startswith("btc_")}
    assert found == expected


def test_a_headline_change_without_a_level_is_no_figure() -> None:
    text = (
        "Third Quarter 2025 Highlights\n"
        "Bitcoin holdings increased 98% |\n"
        "IN Q3 2025 |\n"
        "from 26,747 BTC in Q3 2024. |\n"
        "Total blocks won increased 5% to 633 |\n"
        "IN Q3 2025 |\n"
    )
    found = _facts(text, dt.date(2025, 11, 4))
    assert not any(fact[0] == "btc_held" and fact[1] in (98, 26747) for fact in found)


def test_a_lone_dollar_cell_joins_the_amount_after_it() -> None:
    text = (
        "Key Metrics Summary\n"
        "|\nMetric\n|March 2024\n|February 2024\n|\n"
        "Bitcoin Sold\n|981\n|912\n|\n"
        "Bitcoin Sales Proceeds ($USD)\n|Approx. $\n|66.3 million\n|Approx. $\n|47.5 million\n|\n"
        "Self-Mining Energized Hash rate\n|17.6\n|17.1\n|\n"
    )
    found = _facts(text, dt.date(2024, 4, 4))
    assert ("btc_sale_proceeds_usd", Decimal(66_300_000), "2024-03") in found
    assert ("btc_sold", Decimal(981), "2024-03") in found
    assert not any(fact[1] == Decimal(47_500_000) for fact in found)


def test_a_balance_row_dated_before_the_report_is_a_comparative() -> None:
    text = (
        "Note 5. Digital assets\n"
        "Six Months Ended\nJun. 30, 2025\n"
        "(in USD thousands)\n\nAmount\n\n"
        "Balance as of December 31, 2024\n\n$\n\n949,500\n\n"
        "Number of Bitcoin held as of December 31, 2024\n\n10,171\n\n"
        "Revenue recognized from Bitcoin mined\n\n30,318\n\n"
        "Balance as of June 30, 2025\n\n$\n\n1,143,179\n\n"
        "Number of Bitcoin held as of June 30, 2025\n\n10,264\n\n"
    )
    held = {fact for fact in _facts(text, dt.date(2025, 8, 7)) if fact[0] == "btc_held"}
    assert held == {("btc_held", Decimal(10264), "2025-06-30")}


PEER_TABLE = (
    "{lead}\n\n"
    "| Company | BTC produced | BTC sold | BTC held |\n"
    "| MARA | 736 | 0 | 40,435 |\n"
    "| Riot | 428 | 383 | 19,368 |\n"
    "| CleanSpark | 587 | 556 | 13,011 |\n\n"
    "The figures come from the companies' monthly updates.\n"
)


def test_a_peer_table_gives_only_the_documents_own_row() -> None:
    text = PEER_TABLE.format(lead="Riot sold more bitcoin than it mined in November 2025.")
    found = {fact for fact in _facts(text, dt.date(2025, 12, 5), "RIOT")}
    assert found == {
        ("btc_produced", Decimal(428), "2025-11"),
        ("btc_sold", Decimal(383), "2025-11"),
        ("btc_held", Decimal(19368), "2025-11-30"),
    }


def test_a_peer_table_about_another_company_gives_nothing() -> None:
    text = PEER_TABLE.format(lead="Public miners' November 2025 output, side by side.")
    assert _facts(text, dt.date(2025, 12, 5), "HIVE") == set()


def test_colon_rows_cut_mid_row_still_give_the_rows_after_the_cut() -> None:
    # a page's list of "Label: value" rows re-flowed so each line starts inside a row
    text = (
        "October Bitcoin Mining Update (unaudited)\n\n"
        "Bitcoin mined in October: 612\n\n"
        "produced: 5,842 Total BTC holdings as of October 31 : 2,750\n\n"
        ": 2,750 Total BTC sold in October: 180\n\n"
        "Deployed fleet: 75,210\n"
    )
    found = _facts(text, dt.date(2023, 11, 2))
    assert ("btc_held", Decimal(2750), "2023-10-31") in found
    assert ("btc_sold", Decimal(180), "2023-10") in found
    assert not any(fact[1] == Decimal(5842) for fact in found)  # its label was cut off


def test_a_framed_table_with_a_rule_under_its_header_reads_its_current_column() -> None:
    text = (
        "Bitfarms Provides November 2025 Production Update\n\n"
        "| Metric | November 2025 | October 2025 | % Change |\n"
        "|---|:---:|---|---|\n"
        "| BTC earned | 250 | 265 | -6% |\n"
        "| BTC sold | 30 | 40 | -25% |\n"
        "| BTC held | 1,800 | 1,580 | 14% |\n"
    )
    assert _facts(text, dt.date(2025, 12, 3), "BITF") == {
        ("btc_produced", Decimal(250), "2025-11"),
        ("btc_sold", Decimal(30), "2025-11"),
        ("btc_held", Decimal(1800), "2025-11-30"),
    }


def test_figure_first_tiles_with_abbreviated_amounts() -> None:
    text = "Hut 8 Q3 2025 Highlights\n10,278\nBitcoin in reserve\n$285.8M\nRevenue\n"
    found = {fact for fact in _facts(text, dt.date(2025, 11, 4), "HUT")}
    assert found == {("btc_held", Decimal(10278), "2025-09-30")}  # README, decided case 25


def test_span_headers_printed_with_their_years_are_columns() -> None:
    text = (
        "Riot Platforms Reports Third Quarter 2025 Results\n"
        "| | Three Months Ended September 30, 2025 | Three Months Ended September 30, 2024 |\n"
        "| Bitcoin mined | 1,406 | 1,104 |\n"
        "| Bitcoin held at period end | 19,287 | 10,427 |\n"
    )
    assert _facts(text, dt.date(2025, 10, 30), "RIOT") == {
        ("btc_produced", Decimal(1406), "2025-Q3"),
        ("btc_held", Decimal(19287), "2025-09-30"),
    }


def test_framed_rows_whose_value_cell_dates_itself() -> None:
    text = (
        "LM Funding June 2024 update\n"
        "| Bitcoin mined | 12.4 BTC |\n"
        "| Total Bitcoin holdings | 160.5 BTC as of June 30, 2024 |\n"
        "| Hashrate | 0.6 EH/s |\n"
    )
    assert _facts(text, dt.date(2024, 7, 10), "LMFA") == {
        ("btc_produced", Decimal("12.4"), "2024-06"),
        ("btc_held", Decimal("160.5"), "2024-06-30"),
    }


def test_tiles_whose_unit_says_bitcoin_and_caption_says_what() -> None:
    text = (
        "MARA July 2025 Production Update\nHighlights\n"
        "703\nBlocks won\n3,212 BTC\nProduced in July\n50,639 BTC\nHeld as of July 31\n"
    )
    assert _facts(text, dt.date(2025, 8, 1), "MARA") == {
        ("btc_produced", Decimal(3212), "2025-07"),
        ("btc_held", Decimal(50639), "2025-07-31"),
    }


def test_a_peer_table_one_cell_per_line_under_a_title() -> None:
    text = (
        "How miners fared in November 2025\nCompany\nBTC mined\nBTC held\n"
        "MARA\n736\n40,435\nCleanSpark\n587\n13,011\nRiot\n428\n19,368\n"
    )
    assert _facts(text, dt.date(2025, 12, 5), "CLSK") == {
        ("btc_produced", Decimal(587), "2025-11"),
        ("btc_held", Decimal(13011), "2025-11-30"),
    }


def test_framed_label_value_rows_are_not_a_header() -> None:
    text = (
        "December 2023 Bitcoin Mining Update\n"
        "| Bitcoin mined in December | 720 |\n"
        "| Total BTC holdings as of December 31 | 3,002 |\n"
        "| Total BTC sold in December | 293 |\n"
    )
    assert _facts(text, dt.date(2024, 1, 3), "CLSK") == {
        ("btc_produced", Decimal(720), "2023-12"),
        ("btc_held", Decimal(3002), "2023-12-31"),
        ("btc_sold", Decimal(293), "2023-12"),
    }


def test_tab_separated_rows_are_read_by_their_columns() -> None:
    text = (
        "Bitfarms November 2025 Production Update\n"
        "Metric\tOctober 2025\tNovember 2025\tChange\n"
        "BTC earned\t265\t250\t-6%\n"
        "BTC sold\t40\t30\t-25%\n"
        "BTC held\t1,580\t1,800\t14%\n"
    )
    assert _facts(text, dt.date(2025, 12, 3), "BITF") == {
        ("btc_produced", Decimal(250), "2025-11"),
        ("btc_sold", Decimal(30), "2025-11"),
        ("btc_held", Decimal(1800), "2025-11-30"),
    }


def test_a_peer_tables_bare_holdings_header_counts_bitcoin_beside_bitcoin_headers() -> None:
    text = (
        "How miners fared in November 2025\n"
        "| Miner | Bitcoin mined | Bitcoin sold | Holdings |\n"
        "| Marathon Digital | 736 | 0 | 40,435 |\n"
        "| CleanSpark | 587 | 556 | 13,011 |\n"
        "| Cipher Mining | 251 | 0 | 1,500 |\n"
    )
    assert _facts(text, dt.date(2025, 12, 5), "CLSK") == {
        ("btc_produced", Decimal(587), "2025-11"),
        ("btc_sold", Decimal(556), "2025-11"),
        ("btc_held", Decimal(13011), "2025-11-30"),
    }
