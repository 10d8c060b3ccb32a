"""Filing layouts whose writer prints amounts without thousands separators ("90784", "$ 10678",
"(4419663)"), the form `benchmarks.robustness`'s thousands family writes: an XBRL details page
(v3-riot), a note's table printed one cell per line (ag1-hut), a roll-forward's Quantity / Value
columns (ah1-bitf), a statement's interest row (k3-ncty), a flattened schedule with its terms
(r-apld), a flattened note's total row (s2-sdig) and a loans note's opening sentences in the
table's thousands (r-clsk). Written in those passages' shapes with other figures; expected
values by tests/extract/real/README.md: the current column's balances and the period's flows,
scaled by the page's "in thousands" (a release's sentence, with no units note, keeps its
dollars). The near misses are the same layouts where a bare year stands in a value cell or only
a facility's size is printed: no amount.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from debt_facts import debt_facts

from monitor.extract import extract_text

Fact = tuple[str, Decimal, str, str | None]


def fact(metric: str, amount: str, period: str, unit: str = "USD") -> Fact:
    return (metric, Decimal(amount), unit, period)


_DETAILS = (
    "Debt - Revolving credit facilities (Details)\n$ in Thousands\n|3 Months Ended\n"
    "|6 Months Ended\n|\nJun. 30, 2025\nUSD ($)\n|\nJun. 30, 2025\nUSD ($)\n"
    "|$40 Million Credit Facility\n|Debt\n"
    "|Total revolving credit facility\n|$ 40000\n|$ 40000\n|Amount borrowed\n|12600\n|12600\n"
    "|Outstanding balance\n|$ 27345\n|$ 27345\n"
)
_CELL_LINES = (
    "Loans and notes payable\n6 Months Ended\nJun. 30, 2025\nNote 9. Loans and notes payable\n\n"
    "Details of the Company’s loans and notes payable are as follows:\n\n(in USD thousands)\n\n"
    "June 30,\n\nDecember 31,\n\nIssuance Date\n\nMaturity Date\n\nInterest Rate\n\n"
    "2025\n\n2024\n\n"
    "Secured Promissory Note\n\nMarch 3, 2023\n\nMarch 3, 2027\n\n12.50\n\n%\n\n$\n\n48215\n\n$\n\n"
    "51730\n\nBank Credit Facility\n\nMay 12, 2024\n\nMay 12, 2026\n\n8.75\n\n%\n\n"
    "30000\n\n25000\n\n"
    "Total principal balance\n\n78215\n\n76730\n\nLess: current portion\n\n30000\n\n25000\n"
)
_ROLLFORWARD = (
    "NOTE 7: DIGITAL ASSETS\nBitcoin\ntransactions and the corresponding values for the years "
    "ended December 31, 2023, and 2022 were as follows:\n|\n|\n|Year ended December 31,\n|\n|\n"
    "|\n|2023\n|\n|\n|2022\n|\n|\n|\n|Quantity\n|\n|\n|Value\n|\n|\n|Quantity\n|\n|\n"
    "|Value\n|\n|Balance as of January 1,\n|\n|\n|185\n|\n|\n|$\n|3420\n|\n|\n|\n—\n|\n"
    "|\n|$\n—\n|\n|Bitcoin mined*\n|\n|\n|4127\n|\n|\n|\n|118450\n|\n|\n|\n|3290\n|\n"
    "|\n|\n|61305\n|\n|Bitcoin exchanged for cash and services\n|\n|\n|(2980\n|)\n|\n|\n"
    "|\n|(85220\n|)\n|\n|\n|\n|(3105\n|)\n|\n|\n|\n|(58117\n|)\n|\n"
    "|Balance of digital assets as of December 31,\n|\n|\n|1332\n|\n|\n|\n|55100\n|\n|\n"
    "|\n|185\n|\n|\n|\n|3420\n"
)
_STATEMENT = (
    "CONSOLIDATED STATEMENTS OF OPERATIONS\n|12 Months Ended\n|\nDec. 31, 2023\nUSD ($)\n|\n"
    "Dec. 31, 2022\nUSD ($)\n|\n|Revenue\n|$ 25218535\n|$ 15320044\n|Interest expense\n"
    "|(4419663)\n|(3350120)\n|Net loss\n|(44754555)\n|(61120337)\n"
)
_TERMS = (
    "Debt | Debt Long-term debt consisted of the following components (in thousands): Interest "
    "Rate Maturity Date November 30, 2024 May 31, 2024 Senior Convertible Notes 2.75% June 2030 "
    "375000 — Bank Promissory Note (1) 0.25% May 2026 122500 — Term Loan (2) 7.48% February 2028 "
    "18250 19775 Long-term debt, net $ 515750 $ 19775\n"
)
_TOTALS = (
    "NOTE 6 – DEBT Debt consisted of the following as of December 31, 2022, and December 31, "
    "2021: December 31, 2022 December 31, $499520 loan, with interest at 2.49% due December 2023. "
    "124023 232337 $40000000 loan, with interest at 10.00% due June 2023. — 28149998 Total "
    "outstanding borrowings $ 52618230 $ 28382335 Current portion of long-term debt 17422546 "
    "20799651\n"
)
_LOANS_NOTE = (
    "LOANS | 9. LOANS As of December 31, 2024, the Company had a gross balance outstanding of "
    "$ 412830 , netted against discount on loans payable of $ 9104 . Total principal payments on "
    "loans during the three months ended December 31, 2024 were $ 38415 . The following is a "
    "schedule of the Company’s loan balance as of December 31, 2024: As of ($ in thousands) "
    "Maturity Date Rate December 31, 2024 September 30, 2024 Convertible Note Jun-30 0.00 % "
    "$ 400000 $ — Bank Credit Agreement Aug-29 6.75 % 12830 13115 Total Loans Outstanding "
    "$ 403726 $ 13115\n"
)

LAYOUTS = [
    pytest.param(
        _DETAILS,
        dt.date(2025, 7, 31),
        {
            fact("debt_issued_usd", "12600000", "2025-Q2"),
            fact("debt_total_usd", "27345000", "2025-06-30"),
        },
        id="xbrl-details-page",
    ),
    pytest.param(
        _CELL_LINES,
        dt.date(2025, 8, 7),
        {
            fact("debt_total_usd", "48215000", "2025-06-30"),
            fact("debt_total_usd", "30000000", "2025-06-30"),
            fact("debt_total_usd", "78215000", "2025-06-30"),
        },
        id="note-table-one-cell-per-line",
    ),
    pytest.param(
        _STATEMENT,
        dt.date(2024, 4, 15),
        {fact("interest_expense_usd", "4419663", "2023")},
        id="statement-interest-row",
    ),
    pytest.param(
        _TERMS,
        dt.date(2025, 1, 14),
        {
            fact("debt_total_usd", "375000000", "2024-11-30"),
            fact("debt_total_usd", "122500000", "2024-11-30"),
            fact("debt_total_usd", "18250000", "2024-11-30"),
        },
        id="flattened-schedule-with-terms",
    ),
    pytest.param(
        _TOTALS,
        dt.date(2023, 3, 31),
        {fact("debt_total_usd", "52618230", "2022-12-31")},
        id="flattened-note-total-row",
    ),
    pytest.param(
        _LOANS_NOTE,
        dt.date(2025, 2, 6),
        {
            fact("debt_total_usd", "412830000", "2024-12-31"),
            fact("debt_repaid_usd", "38415000", "2024-Q4"),
        },
        id="loans-note-sentences-in-thousands",
    ),
    pytest.param(
        # the same sentences with no note heading nor units note: a release's dollars as printed
        "As of December 31, 2024, the Company had a gross balance outstanding of $ 412830 , "
        "netted against discount on loans payable of $ 9104 .\n",
        dt.date(2025, 2, 6),
        {fact("debt_total_usd", "412830", "2024-12-31")},
        id="release-sentence-keeps-its-dollars",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LAYOUTS)
def test_unseparated_amounts(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected


def coins(text: str, published: dt.date) -> set[Fact]:
    return {
        (item.metric, item.value, item.unit, item.period)
        for item in extract_text(text, published=published, entity="MINER")
        if item.metric.startswith("btc_") and item.value is not None
    }


def test_rollforward_quantities_unseparated() -> None:
    assert coins(_ROLLFORWARD, dt.date(2024, 3, 20)) == {
        fact("btc_produced", "4127", "2023", "BTC"),
        fact("btc_sold", "2980", "2023", "BTC"),
        fact("btc_held", "1332", "2023-12-31", "BTC"),
    }


NEAR_MISSES = [
    pytest.param(
        # a details page printing only the facility's size and a maturity year: no balance
        _DETAILS.split("|Amount borrowed")[0] + "|Maturity year\n|2027\n|2027\n",
        dt.date(2025, 7, 31),
        set(),
        id="details-size-and-year-only",
    ),
    pytest.param(
        # a cell-per-line table whose only cells are years and rates: no balance read
        _CELL_LINES.split("Secured Promissory Note")[0]
        + "Secured Promissory Note\n\nMarch 3, 2023\n\nMarch 3, 2027\n\n12.50\n\n%\n\n2027\n",
        dt.date(2025, 8, 7),
        set(),
        id="cell-lines-year-is-no-amount",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NEAR_MISSES)
def test_unseparated_near_misses(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected
