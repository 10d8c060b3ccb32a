"""Tables of primary documents: releases, 10-Q/10-K notes and KPI tables as issuers print them.

Written for these tests in the shapes company releases, wire copy and filings give (piped rows,
one line per row, or flattened to one paragraph). Expected observations are read off the
printed tables by the labelling convention (tests/extract/real/README.md, "Tables"): every
figure of the current period column(s); a fourth-quarter release's full-year column too; not
the prior-period, nine-month (year-to-date) or change columns; not a balance sheet's current /
non-current split of one debt; amounts in the units the table's units line states. Every case
compares the whole set found, so an extra observation fails it as much as a missing one.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract, extract_text

Fact = tuple[str, Decimal, str, str | None]


def _found(text: str, published: dt.date) -> set[Fact]:
    items = extract_text(text, published=published, entity="XMIN")
    return {(item.metric, item.value, item.unit, item.period) for item in items}


def _facts(*rows: tuple[str, int | str, str, str]) -> set[Fact]:
    return {(metric, Decimal(str(value)), unit, period) for metric, value, unit, period in rows}


CASES = [
    pytest.param(
        "XMiner Reports Fourth Quarter and Full Year 2024 Results\n"
        "($ in thousands)\n"
        "| Three Months Ended December 31, | Year Ended December 31,\n"
        "| 2024 | 2023 | 2024 | 2023\n"
        "Bitcoin mined | 1,100 | 900 | 4,200 | 3,800\n"
        "Interest expense | $ 8,100 | $ 5,000 | $ 30,400 | $ 21,000\n",
        dt.date(2025, 3, 1),
        _facts(
            ("btc_produced", 1100, "BTC", "2024-Q4"),
            ("btc_produced", 4200, "BTC", "2024"),
            ("interest_expense_usd", 8_100_000, "USD", "2024-Q4"),
            ("interest_expense_usd", 30_400_000, "USD", "2024"),
        ),
        id="q4-release-quarter-and-year-spans",
    ),
    pytest.param(
        "Operating results Three Months Ended December 31, Fiscal Year Ended December 31, 2024 "
        "2023 2024 2023 Bitcoin mined 1,100 900 4,200 3,800 Bitcoin sold 1,000 700 3,900 3,000",
        dt.date(2025, 3, 1),
        _facts(
            ("btc_produced", 1100, "BTC", "2024-Q4"),
            ("btc_produced", 4200, "BTC", "2024"),
            ("btc_sold", 1000, "BTC", "2024-Q4"),
            ("btc_sold", 3900, "BTC", "2024"),
        ),
        id="q4-release-spans-flattened",
    ),
    pytest.param(
        "The following table presents the Company's bitcoin activity (in units of bitcoin): "
        "Three Months Ended September 30, 2025 Nine Months Ended September 30, 2025 Opening "
        "balance 1,900 1,500 Bitcoin mined 520 1,480 Bitcoin sold (300) (860) Closing balance "
        "2,120 2,120",
        dt.date(2025, 11, 10),
        _facts(
            ("btc_produced", 520, "BTC", "2025-Q3"),
            ("btc_sold", 300, "BTC", "2025-Q3"),
            ("btc_held", 2120, "BTC", "2025-09-30"),
        ),
        id="10q-rollforward-dated-spans-flattened",
    ),
    pytest.param(
        "XMiner Reports Third Quarter 2025 Results\n"
        "The following table presents a roll-forward of the Company's bitcoin (in BTC):\n"
        "| Three Months Ended September 30, 2025\n"
        "Balance at June 30, 2025 | 4,000\n"
        "Bitcoin mined | 1,234\n"
        "Bitcoin sold | (300)\n"
        "Balance at September 30, 2025 | 4,934\n",
        dt.date(2025, 11, 5),
        _facts(
            ("btc_produced", 1234, "BTC", "2025-Q3"),
            ("btc_sold", 300, "BTC", "2025-Q3"),
            ("btc_held", 4934, "BTC", "2025-09-30"),
        ),
        id="10q-rollforward-in-btc-piped",
    ),
    pytest.param(
        "XMiner Reports Third Quarter 2025 Results\n"
        "Bitcoin rollforward (in thousands)\n"
        "| Three Months Ended September 30, 2025\n"
        "Balance at June 30, 2025 | $ 400,000\n"
        "Bitcoin mined | 123,400\n"
        "Balance at September 30, 2025 | $ 493,400\n",
        dt.date(2025, 11, 5),
        set(),
        id="rollforward-in-dollars-is-no-quantity",
    ),
    pytest.param(
        "| Three Months Ended September 30, 2025 | Three Months Ended September 30, 2024 | "
        "Nine Months Ended September 30, 2025 | Nine Months Ended September 30, 2024\n"
        "Bitcoin mined | 520 | 700 | 1,480 | 2,000\n"
        "Bitcoin sold | 300 | 650 | 860 | 1,900\n",
        dt.date(2025, 11, 10),
        _facts(("btc_produced", 520, "BTC", "2025-Q3"), ("btc_sold", 300, "BTC", "2025-Q3")),
        id="dated-spans-piped-nine-months-is-ytd",
    ),
    pytest.param(
        "NOTE 9. NOTES PAYABLE The Company's notes payable consisted of the following (in "
        "thousands): September 30, 2025 December 31, 2024 Term loan $ 45,000 $ 50,000 2029 "
        "Convertible Notes 172,500 172,500 Total principal 217,500 222,500 Less: unamortized "
        "debt issuance costs (4,210) (5,003) Total notes payable, net 213,290 217,497 Less: "
        "current portion (10,000) (10,000) Notes payable, non-current $ 203,290 $ 207,497",
        dt.date(2025, 11, 10),
        _facts(
            ("debt_total_usd", 45_000_000, "USD", "2025-09-30"),
            ("debt_total_usd", 172_500_000, "USD", "2025-09-30"),
            ("debt_total_usd", 217_500_000, "USD", "2025-09-30"),
            # (not "Total notes payable, net" 213,290: the gross total less its issuance
            # costs, no further balance beside it, as batch r's CORZ notes are labelled)
        ),
        id="10q-notes-payable-note-flattened",
    ),
    pytest.param(
        "XMiner Reports Second Quarter 2025 Financial Results\n"
        "(in thousands, except bitcoin amounts)\n"
        "| June 30, 2025 | December 31, 2024\n"
        "Cash and cash equivalents | $ 45,210 | $ 60,115\n"
        "Loans payable, current portion | 12,500 | 10,000\n"
        "Loans payable, net of current portion | 37,500 | 40,000\n"
        "Total debt | 50,000 | 50,000\n",
        dt.date(2025, 8, 12),
        _facts(("debt_total_usd", 50_000_000, "USD", "2025-06-30")),
        id="units-line-without-currency",
    ),
    pytest.param(
        "Condensed Consolidated Balance Sheets (in thousands)\n"
        "| June 30, 2025 | December 31, 2024\n"
        "Digital assets | $ 450,123 | $ 300,200\n"
        "Notes payable, current | 12,500 | 10,000\n"
        "Notes payable, non-current | 37,500 | 40,000\n",
        dt.date(2025, 8, 12),
        set(),
        id="balance-sheet-split-of-one-debt",
    ),
    pytest.param(
        "XMiner Reports Third Quarter 2025 Financial Results\n"
        "Capitalization ($000s) | Sep 30, 2025 | Jun 30, 2025\n"
        "Cash | 80,120 | 75,000\n"
        "Total debt | 217,500 | 222,500\n",
        dt.date(2025, 11, 10),
        _facts(("debt_total_usd", 217_500_000, "USD", "2025-09-30")),
        id="units-in-thousands-as-000s",
    ),
    pytest.param(
        "XMiner Announces March 2024 Production Update\n"
        "Metric | March 2024 | February 2024 | First Qtr. 2024\n"
        "Self-mined bitcoin1 | 906 | 893 | 2,825\n"
        "Bitcoin sold | 981 | 952 | 2,888\n",
        dt.date(2024, 4, 3),
        _facts(
            ("btc_produced", 906, "BTC", "2024-03"),
            ("btc_produced", 2825, "BTC", "2024-Q1"),
            ("btc_sold", 981, "BTC", "2024-03"),
            ("btc_sold", 2888, "BTC", "2024-Q1"),
        ),
        id="monthly-table-with-abbreviated-quarter-column",
    ),
    pytest.param(
        "XMiner Provides March 2025 Production Update\n"
        "Metric | March 2025 | February 2025\n"
        "BTC Mined1 | 410 | 395\n"
        "BTC Sold2 | 380 | 390\n"
        "BTC Held3 | 2,020 | 1,990\n"
        "1 Excludes bitcoin mined for hosting clients.\n",
        dt.date(2025, 4, 3),
        _facts(
            ("btc_produced", 410, "BTC", "2025-03"),
            ("btc_sold", 380, "BTC", "2025-03"),
            ("btc_held", 2020, "BTC", "2025-03-31"),
        ),
        id="footnote-digits-glued-to-labels",
    ),
    pytest.param(
        "XMiner Provides March 2025 Production Update\n"
        "XMiner mined 410 bitcoin in March 2025 and held 2,020 bitcoin as of March 31, 2025.\n"
        "| March 2025 | February 2025\n"
        "Bitcoin mined | 410 | 395\n"
        "Bitcoin held | 2,020 | 1,990\n",
        dt.date(2025, 4, 3),
        _facts(("btc_produced", 410, "BTC", "2025-03"), ("btc_held", 2020, "BTC", "2025-03-31")),
        id="headline-repeated-in-table-once",
    ),
    pytest.param(
        "XMiner Announces May 2025 Production and Operational Update\n"
        "| Mar-25 | Apr-25 | May-25 | YTD 2025\n"
        "BTC Produced | 650 | 690 | 702 | 3,400\n"
        "BTC Held | 4,000 | 4,500 | 5,120 | 5,120\n",
        dt.date(2025, 6, 3),
        _facts(("btc_produced", 702, "BTC", "2025-05"), ("btc_held", 5120, "BTC", "2025-05-31")),
        id="oldest-month-first-and-ytd",
    ),
    pytest.param(
        "The net carrying amounts of the Convertible Notes as of September 30, 2025 were as "
        "follows (in thousands):\n"
        "| Principal | Unamortized issuance costs | Net carrying amount\n"
        "2030 Convertible Notes | $ 1,000,000 | $ (22,000) | $ 978,000\n"
        "2031 Convertible Notes | 850,000 | (17,500) | 832,500\n"
        "Total | $ 1,850,000 | $ (39,500) | $ 1,810,500\n",
        dt.date(2025, 11, 10),
        _facts(
            ("debt_total_usd", 1_000_000_000, "USD", "2025-09-30"),
            ("debt_total_usd", 850_000_000, "USD", "2025-09-30"),
            ("debt_total_usd", 1_850_000_000, "USD", "2025-09-30"),
        ),
        id="convertible-notes-principal-dated-by-caption",
    ),
    pytest.param(
        "The Convertible Notes consisted of the following as of September 30, 2025 and "
        "December 31, 2024 (in thousands):\n"
        "| Principal | Unamortized issuance costs | Net carrying amount\n"
        "2030 Convertible Notes | $ 1,000,000 | $ (22,000) | $ 978,000\n",
        dt.date(2025, 11, 10),
        set(),
        id="two-dates-in-caption-no-column-says-which",
    ),
    pytest.param(
        "The following table presents the interest rates of the Convertible Notes as of "
        "September 30, 2025 (in thousands):\n"
        "| Interest rate | Conversion price\n"
        "2030 Convertible Notes | 2.0 % | $ 18.50\n",
        dt.date(2025, 11, 10),
        set(),
        id="notes-table-of-terms-states-no-balance",
    ),
    pytest.param(
        "Debt (in thousands)\n|\nSeptember 30, 2025\n|\nDecember 31, 2024\n|\n|\n"
        "Bitcoin-backed loan\n|\n$ 60,000\n|\n$ 80,000\n|\n|\n"
        "Equipment financing\n|\n12,400\n|\n15,800\n|\n|\n"
        "Total debt\n|\n$ 72,400\n|\n$ 95,800\n|\n",
        dt.date(2025, 11, 10),
        _facts(
            ("debt_total_usd", 60_000_000, "USD", "2025-09-30"),
            ("debt_total_usd", 12_400_000, "USD", "2025-09-30"),
            ("debt_total_usd", 72_400_000, "USD", "2025-09-30"),
        ),
        id="debt-table-one-cell-per-line",
    ),
    pytest.param(
        "XMiner Announces May 2025 Production Update\n"
        "| Unit | May 2025 | April 2025\n"
        "Bitcoin mined | BTC | 702 | 690\n"
        "Bitcoin held | BTC | 5,120 | 4,800\n"
        "Total debt | US$ million | 125.0 | 130.0\n",
        dt.date(2025, 6, 3),
        _facts(
            ("btc_produced", 702, "BTC", "2025-05"),
            ("btc_held", 5120, "BTC", "2025-05-31"),
            ("debt_total_usd", 125_000_000, "USD", "2025-05-31"),
        ),
        id="unit-column-beside-the-periods",
    ),
    pytest.param(
        "XMiner Announces May 2025 Production and Operational Update\n"
        "\tMar-25\tApr-25\tMay-25\tYTD 2025\n"
        "BTC Produced\t650\t690\t702\t3,400\n"
        "BTC Held\t4,000\t4,500\t5,120\t5,120\n",
        dt.date(2025, 6, 3),
        _facts(("btc_produced", 702, "BTC", "2025-05"), ("btc_held", 5120, "BTC", "2025-05-31")),
        id="tab-separated-with-ytd-column",
    ),
    pytest.param(
        "XMiner Announces May 2025 Production and Operational Update. Mar-25 Apr-25 May-25 "
        "YTD 2025 BTC Produced 650 690 702 3,400 BTC Held 4,000 4,500 5,120 5,120",
        dt.date(2025, 6, 3),
        _facts(("btc_produced", 702, "BTC", "2025-05"), ("btc_held", 5120, "BTC", "2025-05-31")),
        id="flattened-with-ytd-column",
    ),
    pytest.param(
        "XMiner Announces March 2024 Production Update\n"
        "Metric March 2024 February 2024 First Qtr. 2024 Self-mined bitcoin1 906 893 2,825 "
        "Bitcoin sold 981 952 2,888\n",
        dt.date(2024, 4, 3),
        _facts(
            ("btc_produced", 906, "BTC", "2024-03"),
            ("btc_produced", 2825, "BTC", "2024-Q1"),
            ("btc_sold", 981, "BTC", "2024-03"),
            ("btc_sold", 2888, "BTC", "2024-Q1"),
        ),
        id="flattened-with-abbreviated-quarter-column",
    ),
    pytest.param(
        "XMiner Announces May 2025 Production and Operational Update\n|\nMar-25\n|\nApr-25\n|\n"
        "May-25\n|\nYTD 2025\n|\n|\nBTC Produced\n|\n650\n|\n690\n|\n702\n|\n3,400\n|\n|\n"
        "BTC Held\n|\n4,000\n|\n4,500\n|\n5,120\n|\n5,120\n|\n",
        dt.date(2025, 6, 3),
        _facts(("btc_produced", 702, "BTC", "2025-05"), ("btc_held", 5120, "BTC", "2025-05-31")),
        id="one-cell-per-line-with-ytd-column",
    ),
    pytest.param(
        "XMiner Announces May 2025 Production Update\n"
        "Unit | May 2025 | April 2025\n"
        "Bitcoin mined | BTC | 702 | 690\n"
        "Bitcoin held | BTC | 5,120 | 4,800\n",
        dt.date(2025, 6, 3),
        _facts(("btc_produced", 702, "BTC", "2025-05"), ("btc_held", 5120, "BTC", "2025-05-31")),
        id="unit-column-header-lost-its-empty-label-cell",
    ),
    pytest.param(
        "XMiner Announces May 2025 Production Update\n"
        "Unit | May 2025 | April 2025\n"
        "Bitcoin mined | 702 | 690\n"
        "Bitcoin held | 5,120 | 4,800\n",
        dt.date(2025, 6, 3),
        _facts(("btc_produced", 702, "BTC", "2025-05"), ("btc_held", 5120, "BTC", "2025-05-31")),
        id="unit-header-over-rows-without-unit-cells",
    ),
    pytest.param(
        "XMiner Reports Fourth Quarter and Full Year 2024 Results\n($ in thousands)\n"
        "\tThree Months Ended December 31,\tYear Ended December 31,\n"
        "\t2024\t2023\t2024\t2023\n"
        "Bitcoin mined\t1,100\t900\t4,200\t3,800\n"
        "Interest expense\t$ 8,100\t$ 5,000\t$ 30,400\t$ 21,000\n",
        dt.date(2025, 3, 1),
        _facts(
            ("btc_produced", 1100, "BTC", "2024-Q4"),
            ("btc_produced", 4200, "BTC", "2024"),
            ("interest_expense_usd", 8_100_000, "USD", "2024-Q4"),
            ("interest_expense_usd", 30_400_000, "USD", "2024"),
        ),
        id="tab-separated-units-note-above-spans",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_primary_table(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _found(text, published) == expected


def test_html_notes_table_whose_empty_label_cell_is_dropped() -> None:
    page = (
        "<p>The net carrying amounts of the Convertible Notes as of September 30, 2025 were as "
        "follows (in thousands):</p><table><tr><td></td><td>Principal</td><td>Unamortized "
        "issuance costs</td><td>Net carrying amount</td></tr><tr><td>2030 Convertible Notes"
        "</td><td>$ 1,000,000</td><td>$ (22,000)</td><td>$ 978,000</td></tr></table>"
    )
    found = extract(page, content_type="text/html", published=dt.date(2025, 11, 10), entity="X")
    facts = {(item.metric, item.value, item.unit, item.period) for item in found}
    assert facts == _facts(("debt_total_usd", 1_000_000_000, "USD", "2025-09-30"))
