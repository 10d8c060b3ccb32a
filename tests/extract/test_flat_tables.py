"""Tables flattened into running text (monitor/extract/flat.py), glued runs cut by arithmetic
(monitor/extract/splits.py) and the text-table layouts `grid` and `tables` read.

The tables below are written for these tests in the shapes wire copy and re-posts give
(one-line tables, footnote markers glued or spaced, dashes for none, current column first or
last, peer tables). Expected values are read off the printed tables by the labelling
convention (tests/extract/real/README.md), never from the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text
from monitor.extract.flat import find_flat_rows
from monitor.extract.month_rows import find_month_rows
from monitor.extract.splits import split_checked
from monitor.extract.tables import row_metric

Fact = tuple[str, Decimal | None, str | None]


def _facts(text: str, published: dt.date, entity: str | None = None) -> set[Fact]:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found}


ONE_LINE_CASES = [
    pytest.param(
        "Production and Operations Updates for October 2023\n\n"
        "Comparison (%) Metric October 2023 September 2023 October 2022 Month/Month Year/Year "
        "Bitcoin Produced 458 362 509 26% -10% Average Bitcoin Produced per Day 14.8 12.1 16.4 "
        "22% -10% Bitcoin Held 1 7,345 7,327 6,825 0% 8% Bitcoin Sold 440 340 450 29% -2% "
        "Bitcoin Sales - Net Proceeds $12.5 million $9.0 million $8.7 million 39% 44% Deployed "
        "Miners 1 106,674 2 98,694 2 65,516 8% 63% 1. As of month end. 2. Excludes offline "
        "miners.",
        dt.date(2023, 11, 3),
        {
            ("btc_produced", Decimal("458"), "2023-10"),
            ("btc_held", Decimal("7345"), "2023-10-31"),
            ("btc_sold", Decimal("440"), "2023-10"),
            ("btc_sale_proceeds_usd", Decimal("12500000"), "2023-10"),
        },
        id="month-columns-spaced-footnotes",
    ),
    pytest.param(
        "Metric May 20241,2 April 20242 May 2023 Month/Month Year/Year Bitcoin Produced 215 "
        "375 676 -43% -68% Bitcoin Held3 9,084 8,872 7,190 2% 26% Bitcoin Sold - - 600 N/A "
        "N/A Bitcoin Sales - Net Proceeds - - $16.5 million N/A N/A",
        dt.date(2024, 6, 4),
        {
            ("btc_produced", Decimal("215"), "2024-05"),
            ("btc_held", Decimal("9084"), "2024-05-31"),
            ("btc_sold", Decimal("0"), "2024-05"),
        },
        id="glued-footnotes-and-dashes",
    ),
    pytest.param(
        "Operating metrics Q3 2025 Q2 2025 Q3 2024 Q/Q Y/Y BTC mined 1,406 1,426 1,104 -1% 27% "
        "BTC held 2 19,287 19,273 10,427 0% 85% BTC sold — — — N/A N/A",
        dt.date(2025, 10, 30),
        {
            ("btc_produced", Decimal("1406"), "2025-Q3"),
            ("btc_held", Decimal("19287"), "2025-09-30"),
            ("btc_sold", Decimal("0"), "2025-Q3"),
        },
        id="quarter-columns",
    ),
    pytest.param(
        "Key metrics Aug 2024 Sep 2024 Oct 2024\n"
        "BTC mined 250.1 260.4 270.2\n"
        "BTC sold - 12.0 —\n"
        "BTC held 500.0 748.4 1,018.6\n",
        dt.date(2024, 11, 5),
        {
            ("btc_produced", Decimal("270.2"), "2024-10"),
            ("btc_sold", Decimal("0"), "2024-10"),
            ("btc_held", Decimal("1018.6"), "2024-10-31"),
        },
        id="current-column-last",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ONE_LINE_CASES)
def test_flattened_table_reports_the_current_column(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published) == expected


def test_flat_rows_keep_each_cell_as_printed() -> None:
    text = (
        "Metric Jan 2026 Dec 2025 M/M Bitcoin Produced 402 388 4% Bitcoin Held 2 5,101 4,699 "
        "9% Deployed Hash Rate 2 31.1 EH/s 30.4 EH/s 2%"
    )
    rows = find_flat_rows(text)
    assert [row.cells for row in rows] == [
        ("Metric", "Jan 2026", "Dec 2025", "M/M"),
        ("Bitcoin Produced", "402", "388", "4%"),
        ("Bitcoin Held", "5,101", "4,699", "9%"),
        ("Deployed Hash Rate", "31.1 EH/s", "30.4 EH/s", "2%"),
    ]
    for row in rows:
        assert tuple(text[start:end] for start, end in row.spans) == row.cells


def test_rows_that_do_not_fill_the_columns_are_not_read() -> None:
    # Two values under three period columns: which column is missing cannot be told.
    text = (
        "Metric March 2025 February 2025 March 2024 Bitcoin Produced 533 475 "
        "Bitcoin Sold 0 0 0 Bitcoin Held 4,110 3,577 2,400"
    )
    assert _facts(text, dt.date(2025, 4, 2)) == {
        ("btc_sold", Decimal("0"), "2025-03"),
        ("btc_held", Decimal("4110"), "2025-03-31"),
    }


def test_prose_naming_two_months_is_not_a_table() -> None:
    text = (
        "Output in October 2023 September 2023 comparisons rose as the company mined 458 bitcoin "
        "and sold 440 of them to fund operations."
    )
    assert find_flat_rows(text) == []


PEER_TABLE = (
    "BTDR CLSK CORZ BITF MARA Jan. - Apr. average BTC mined ~292 ~687 ~907 ~303 ~915 "
    "May (post-halving) BTC production 184 417 448 156 616 Post-halving change "
    "-37% -39% -50% -48% -32% Click to enlarge"
)


def test_peer_table_yields_the_documents_company_only() -> None:
    assert _facts(PEER_TABLE, dt.date(2024, 6, 11), entity="CLSK") == {
        ("btc_produced", Decimal("417"), "2024-05"),
    }


def test_peer_table_without_the_company_yields_nothing() -> None:
    assert _facts(PEER_TABLE, dt.date(2024, 6, 11), entity="RIOT") == set()


@pytest.mark.parametrize(
    ("run", "cells"),
    [
        ("3623333559%2%", ["362", "333", "355", "9%", "2%"]),
        ("17,3277,3096,7660%8%", ["7,327", "7,309", "6,766", "0%", "8%"]),
        ("12.110.811.812%2%", ["12.1", "10.8", "11.8", "12%", "2%"]),
        (
            "$9.0 million$8.6 million$6.1 million4%46%",
            ["$9.0 million", "$8.6 million", "$6.1 million", "4%", "46%"],
        ),
        ("$26,379$28,617$20,437-8%29%", ["$26,379", "$28,617", "$20,437", "-8%", "29%"]),
    ],
)
def test_glued_run_is_cut_where_the_change_columns_agree(run: str, cells: list[str]) -> None:
    spans = split_checked(run, 5, 2)
    assert spans is not None
    assert [run[start:end] for start, end in spans] == cells


def test_glued_run_the_arithmetic_does_not_confirm_is_left_alone() -> None:
    assert split_checked("3623333559%40%", 5, 2) is None  # no cut gives +40 %
    assert split_checked("362333355", 3, 0) is None  # nothing to check a cut against


GLUED_TABLE = (
    "    Comparison (%)\n"
    "MetricFebruary 2024January 2024February 2023Month/MonthYear/Year\n"
    "Bitcoin Produced417520205-20%103%\n"
    "Bitcoin Held18,1958,4877,177-3%14%\n"
    "Bitcoin Sold800200300300%167%\n"
)


def test_glued_table_with_change_columns_reports_the_current_month() -> None:
    # 417/520 = −19.8 % → −20 %; 417/205 = +103 %; 8,195/8,487 = −3.4 % → −3 %;
    # 8,195/7,177 = +14.2 % → 14 %; 800/200 = +300 %, 800/300 = +167 %.
    assert _facts(GLUED_TABLE, dt.date(2024, 3, 5)) == {
        ("btc_produced", Decimal("417"), "2024-02"),
        ("btc_held", Decimal("8195"), "2024-02-29"),
        ("btc_sold", Decimal("800"), "2024-02"),
    }


def test_one_column_glued_table_under_a_glued_period() -> None:
    text = (
        "Key metrics2Mar-24\n"
        "Average operating hashrate (PH/s)7,012\n"
        "Bitcoin mined412\n"
        "Mining revenue (US$’000)24,893\n"
    )
    assert _facts(text, dt.date(2024, 4, 5)) == {("btc_produced", Decimal("412"), "2024-03")}


def test_header_dates_wrapped_over_lines_and_span_columns() -> None:
    text = (
        "Metrics * One Month\nOctober 31,\n2023\n One Month\nSeptember 30,\n2024\n\n"
        " One Month\nOctober 31,\n2024\n \n"
        "Bitcoin Beginning Balance 103.0  144.9  142.3\n"
        "Bitcoin Mined, net 36.9  6.6  7.3\n"
        "Bitcoin Sold (55.0) -  (9.0)\n"
        "Bitcoin Holdings at Month End 72.0  142.3  140.5\n"
    )
    # The opening balance is the prior month's close: not a holding of the period.
    assert _facts(text, dt.date(2024, 11, 21)) == {
        ("btc_produced", Decimal("7.3"), "2024-10"),
        ("btc_sold", Decimal("9.0"), "2024-10"),
        ("btc_held", Decimal("140.5"), "2024-10-31"),
    }


def test_footnote_marker_glued_to_the_header_label() -> None:
    text = (
        "Metrics1 Jan 2024 Dec 2024 Jan 2025\n"
        "Bitcoin Mined 40.2 61.7 58.3\n"
        "Bitcoin Sold 12.0 30.5 25.1\n"
        "Bitcoin Holdings 88.4 120.0 153.2\n"
    )
    assert _facts(text, dt.date(2025, 2, 6)) == {
        ("btc_produced", Decimal("58.3"), "2025-01"),
        ("btc_sold", Decimal("25.1"), "2025-01"),
        ("btc_held", Decimal("153.2"), "2025-01-31"),
    }


def test_colon_row_dated_after_its_value() -> None:
    text = "• Total Bitcoin holdings: 212.4 BTC (approx. $21.0 million) as of March 31, 2025"
    assert _facts(text, dt.date(2025, 4, 15)) == {("btc_held", Decimal("212.4"), "2025-03-31")}


def test_month_and_year_to_date_columns_ending_together_give_the_month_only() -> None:
    text = (
        "Metrics *\n\nOne Month April 30, 2025\n\nOne Month May 31, 2025\n\n"
        "One Month June 30, 2025\n\nSix Months June 30, 2025\n"
        "Bitcoin Mined, net 20.1 18.4 17.0 110.3\n"
        "Bitcoin Sold (10.0) - (4.5) (30.5)\n"
        "Bitcoin Holdings 201.2 219.6 232.1 232.1\n"
    )
    # June is the latest month; "Six Months June 30" is year to date, no half the text names
    # (README decided case 42, eighteenth session: it was read as 2025-H1 before).
    assert _facts(text, dt.date(2025, 7, 15)) == {
        ("btc_produced", Decimal("17.0"), "2025-06"),
        ("btc_sold", Decimal("4.5"), "2025-06"),
        ("btc_held", Decimal("232.1"), "2025-06-30"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three Months Ended September 30, 2025 2024 % Change Bitcoin mined 1,406 1,104 27% "
            "Bitcoin held 19,287 10,427 85%",
            {
                ("btc_produced", Decimal("1406"), "2025-Q3"),
                ("btc_held", Decimal("19287"), "2025-09-30"),
            },
        ),
        (
            "Year Ended December 31, 2024 2023 Bitcoin produced 4,828 6,626 "
            "Bitcoin held 17,722 7,362",
            {
                ("btc_produced", Decimal("4828"), "2024"),
                ("btc_held", Decimal("17722"), "2024-12-31"),
            },
        ),
    ],
)
def test_span_headers_date_balances_at_the_printed_day(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2025, 10, 30)) == expected


def test_one_period_closed_by_a_colon_heads_a_one_column_table() -> None:
    # "587 BTC sold": the BTC after a number starts the next label when no value follows it.
    text = "For the month of November 2025: BTC mined 587 BTC sold 500 BTC holdings 13,054"
    assert _facts(text, dt.date(2025, 12, 3)) == {
        ("btc_produced", Decimal("587"), "2025-11"),
        ("btc_sold", Decimal("500"), "2025-11"),
        ("btc_held", Decimal("13054"), "2025-11-30"),
    }


def test_prose_after_a_period_and_colon_is_not_a_table() -> None:
    text = "In November 2025: the company mined 587 BTC and sold 500 of them to fund its fleet."
    assert find_flat_rows(text) == []


def test_label_value_pairs_run_together_on_one_line() -> None:
    text = (
        "March Bitcoin Mining Update (unaudited) Bitcoin mined in March: 633 Total BTC "
        "holdings as of March 31: 12,101 Total BTC sold in March: 0 Deployed fleet: 230,104 "
        "Month-end fleet efficiency: 16.2 J/Th"
    )
    assert _facts(text, dt.date(2025, 4, 2)) == {
        ("btc_produced", Decimal("633"), "2025-03"),
        ("btc_held", Decimal("12101"), "2025-03-31"),
        ("btc_sold", Decimal("0"), "2025-03"),
    }


def test_approximate_amounts_and_bracketed_markers_keep_their_columns() -> None:
    text = (
        "Self-Mining December 2024 November 2024 Bitcoin Self-Mined 1,002 1,087 Bitcoin Held (1) "
        "512 480 Bitcoin Sales Proceeds Appx. $45.3 million Appx. $39.0 million"
    )
    assert _facts(text, dt.date(2025, 1, 6)) == {
        ("btc_produced", Decimal("1002"), "2024-12"),
        ("btc_held", Decimal("512"), "2024-12-31"),
        ("btc_sale_proceeds_usd", Decimal("45300000"), "2024-12"),
    }


def test_debt_table_flattened_with_loan_rows_it_cannot_align() -> None:
    # The loan rows carry dates and rates before their balances (more values than the two
    # period columns): they are skipped, and the total row is read under September 30 ("Total
    # debt, net", 35,250 less its current portion, is no further balance beside the gross
    # total: the labels of batch r, r-corz-2024-10k-r18-notes-payable, read case 3 so).
    text = (
        "($ in thousands) Balance as of: Note Maturity Date Interest September 30, 2024 "
        "December 31, 2023 Term Loan March 2023 March 2026 12.0 % $ 40,000 $ 35,250 Equipment "
        "Notes June 2022 June 2025 9.5 % $ 12,480 — Total Debt 35,250 47,730 Less: Current "
        "portion (10,000) (22,480) Total debt, net 25,250 25,250"
    )
    assert _facts(text, dt.date(2024, 11, 12)) == {
        ("debt_total_usd", Decimal("35250000"), "2024-09-30"),
    }


MONTHS_AS_ROWS = [
    pytest.param(
        "Third Quarter 2025 Production Update. Month BTC Produced BTC Sold BTC Held "
        "July 2025 650.5 0 4,529.7 August 2025 663.7 0 5,193.4 September 2025 616.6 0 5,810.0",
        {
            ("btc_produced", Decimal("650.5"), "2025-07"),
            ("btc_sold", Decimal("0"), "2025-07"),
            ("btc_held", Decimal("4529.7"), "2025-07-31"),
            ("btc_produced", Decimal("663.7"), "2025-08"),
            ("btc_sold", Decimal("0"), "2025-08"),
            ("btc_held", Decimal("5193.4"), "2025-08-31"),
            ("btc_produced", Decimal("616.6"), "2025-09"),
            ("btc_sold", Decimal("0"), "2025-09"),
            ("btc_held", Decimal("5810.0"), "2025-09-30"),
        },
        id="quarterly-release-months-one-line",
    ),
    pytest.param(
        "Month Bitcoin Mined Bitcoin Sold\nAugust 2025 501.2 120.0\nSeptember 2025 488.9 0\n",
        {("btc_produced", Decimal("488.9"), "2025-09"), ("btc_sold", Decimal("0"), "2025-09")},
        id="months-one-per-line",
    ),
    pytest.param(
        "Period Production (BTC) Sales (BTC)\nQ1 2025 1,200 300\nQ2 2025 1,100 0\n",
        {("btc_produced", Decimal("1100"), "2025-Q2"), ("btc_sold", Decimal("0"), "2025-Q2")},
        id="quarters-bracketed-names",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS_AS_ROWS)
def test_periods_as_rows_laid_out_as_text(text: str, expected: set[Fact]) -> None:
    assert _facts(text, dt.date(2025, 10, 6)) == expected


def test_periods_as_rows_whose_header_cannot_be_cut_are_not_read() -> None:
    # Five header words for three columns, no repeated first word, no brackets.
    text = (
        "Month Produced BTC Sold Held BTC\n"
        "August 2025 501.2 120.0 3,100\n"
        "September 2025 488.9 0 3,590\n"
    )
    assert find_month_rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Three Months Ended September 30, | Nine Months Ended September 30,\n"
            " | 2025 | 2024 | 2025 | 2024\n"
            "Bitcoin produced | 1,406 | 1,104 | 4,335 | 3,500\n",
            {("btc_produced", Decimal("1406"), "2025-Q3")},
            id="quarter-and-year-to-date-pipes",
        ),
        pytest.param(
            "Three Months Ended September 30, Nine Months Ended September 30, 2025 2024 2025 "
            "2024 Bitcoin produced 1,406 1,104 4,335 3,500 Bitcoin held 19,287 10,427 19,287 "
            "10,427",
            {
                ("btc_produced", Decimal("1406"), "2025-Q3"),
                ("btc_held", Decimal("19287"), "2025-09-30"),
            },
            id="quarter-and-year-to-date-flattened",
        ),
        pytest.param(
            "Six Months Ended June 30, | Three Months Ended June 30,\n"
            " | 2025 | 2024 | 2025 | 2024\n"
            "Bitcoin produced | 2,800 | 2,500 | 1,400 | 1,200\n",
            # (the six months are year to date, README decided case 42: no 2025-H1 since the
            # eighteenth session)
            {("btc_produced", Decimal("1400"), "2025-Q2")},
            id="half-year-before-quarter",
        ),
    ],
)
def test_each_span_heads_its_share_of_the_year_columns(text: str, expected: set[Fact]) -> None:
    # Nine months to September is year-to-date (not a whole named period): not reported.
    assert _facts(text, dt.date(2025, 11, 10)) == expected


def test_glued_quarter_table_cut_by_its_change_columns() -> None:
    # 1,406/1,426 = −1.4 % → −1 %; 1,406/1,104 = +27.4 % → 27 %; "219,287…" is footnote 2.
    text = (
        "MetricQ3 2025Q2 2025Q3 2024Q/QY/Y\n"
        "Bitcoin Produced1,4061,4261,104-1%27%\n"
        "Bitcoin Held219,28719,27310,4270%85%\n"
    )
    assert _facts(text, dt.date(2025, 10, 30)) == {
        ("btc_produced", Decimal("1406"), "2025-Q3"),
        ("btc_held", Decimal("19287"), "2025-09-30"),
    }


@pytest.mark.parametrize("change", ["MoM %", "% Change", "Change (%)", "M/M", "Month-over-Month"])
def test_change_column_spellings(change: str) -> None:
    text = (
        f"Metric Oct 2025 Sep 2025 {change} Bitcoin Produced 437 445 -2% "
        "Bitcoin Held 19,500 19,287 1%"
    )
    assert _facts(text, dt.date(2025, 11, 4)) == {
        ("btc_produced", Decimal("437"), "2025-10"),
        ("btc_held", Decimal("19500"), "2025-10-31"),
    }


def test_one_cell_per_line_with_month_and_year_on_separate_lines() -> None:
    text = (
        "Operational Update\nMetric\nApril\n2025\nMarch\n2025\n"
        "Bitcoin Mined\n450\n430\nBitcoin Held\n1,500\n1,050\n"
    )
    found = extract_text(text, published=dt.date(2025, 5, 5))
    assert {(item.metric, item.value, item.period) for item in found} == {
        ("btc_produced", Decimal("450"), "2025-04"),
        ("btc_held", Decimal("1500"), "2025-04-30"),
    }
    assert {item.column_label for item in found} == {"April 2025"}  # quoted on one line


@pytest.mark.parametrize(
    "label",
    [
        "Total network BTC produced",
        "Bitcoin produced for hosting clients",
        "Bitcoin mined (colocation)",
        "Public miners' bitcoin sold",
        "Bitcoin Beginning Balance",
        "Industry bitcoin production",
    ],
)
def test_rows_that_are_not_the_companys_own_figure(label: str) -> None:
    assert row_metric(label) is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("10/31/2025 9/30/2025", {("btc_produced", Decimal("437"), "2025-10"),
                                  ("btc_held", Decimal("19500"), "2025-10-31")}),
        ("3Q25 2Q25", {("btc_produced", Decimal("437"), "2025-Q3"),
                       ("btc_held", Decimal("19500"), "2025-09-30")}),
        ("Oct-25 Sep-25", {("btc_produced", Decimal("437"), "2025-10"),
                           ("btc_held", Decimal("19500"), "2025-10-31")}),
    ],
)  # fmt: skip
def test_period_spellings_head_the_columns(header: str, expected: set[Fact]) -> None:
    text = f"Metric {header} Bitcoin Produced 437 445 Bitcoin Held 19,500 19,287"
    assert _facts(text, dt.date(2025, 11, 4)) == expected


# A bullet's comparison wrapped over two lines leaves its year alone on the next ("(vs 431 BTC
# in Jan" / "2025)"): the year closes the aside, it is no value of a row. The first case is
# the real passage (DMG's fiscal Q1 2025 release, February section, batch s).
WRAPPED_ASIDE_CASES = [
    pytest.param(
        "Preliminary February Operational Results\n"
        "- Hashrate: 1.71 EH/s (vs 1.75 EH/s in Jan\n2025)\n"
        "- Bitcoin Holdings: 443 BTC (vs 431 BTC in Jan\n2025)\n",
        dt.date(2025, 3, 3),
        {("btc_held", Decimal("443"))},
        id="real-dmg-2025-02-holdings",
    ),
    pytest.param(
        "March Operational Update\n"
        "- Bitcoin Holdings: 1,210 BTC (compared with 1,180 BTC at the end of\nFebruary 2024)\n",
        dt.date(2024, 4, 2),
        {("btc_held", Decimal("1210"))},
        id="variant-held-compared-with",
    ),
    pytest.param(
        "Operational Results for May\n"
        "- Bitcoin Produced: 60 BTC (vs 58 BTC in April\n2024)\n"
        "- Bitcoin Sold: 40 BTC (vs 35 BTC in April\n2024)\n",
        dt.date(2024, 6, 4),
        {("btc_produced", Decimal("60")), ("btc_sold", Decimal("40"))},
        id="variant-produced-and-sold",
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), WRAPPED_ASIDE_CASES)
def test_a_wrapped_asides_year_is_no_figure(
    text: str, published: dt.date, wanted: set[tuple[str, Decimal]]
) -> None:
    found = {(metric, value) for metric, value, _ in _facts(text, published)}
    assert wanted <= found
    assert not any(value is not None and 2000 <= value <= 2030 for _, value in found)


# A results table whose page put one space after the row label and a wide gap between the
# columns ("Bitcoin mined 786   1,614"): the label's first value is the first column, not
# part of the label. The second column, six or nine months ended, is year to date (README
# case 42) and is not a figure.
LABEL_GLUED_TO_FIRST_VALUE = [
    pytest.param(
        "Northbound Mining Reports Results for the Second Quarter 2019\n\n"
        " Three months\nended\n Six months\nended\n June 30, 2019 June 30, 2019\n\n"
        "Revenue$5,210,400  $11,902,117\n"
        "Mining profit 2,117,809   6,004,512\n"
        "Bitcoin mined 512   1,130\n"
        "Cost per bitcoin (USD)$4,102  $3,870\n",
        dt.date(2019, 8, 14),
        {("btc_produced", Decimal("512"), "2019-Q2")},
        id="quarter-and-six-months",
    ),
    pytest.param(
        "Keystone Digital Reports Third Quarter 2020 Results\n\n"
        " Three months ended\n Nine months ended\n September 30, 2020 September 30, 2020\n\n"
        "Revenue 3,412,000   9,877,000\n"
        "Bitcoin produced 244   801\n"
        "Net loss (1,022,300)   (3,140,900)\n",
        dt.date(2020, 11, 12),
        {("btc_produced", Decimal("244"), "2020-Q3")},
        id="quarter-and-nine-months",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LABEL_GLUED_TO_FIRST_VALUE)
def test_row_label_glued_to_its_first_value(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _facts(text, published) == expected
