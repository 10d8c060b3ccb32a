"""`table_screen.may_yield` rules out only tables that give no figure.

`tables.extract` returns nothing, unread, for a table whose cells name no metric
(`table_screen`); ruling out a table that does give one would lose its figures. Each path to a
table figure is tried on a small table whose cells hold only that path's words (a broken screen
fails its case), a statement's rows of no metric are ruled out, and every table of the labelled
and real dev passages is read both ways: a table the screen rules out gives nothing when read.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import extract_text, table_screen, tables
from monitor.extract.context import DocContext
from monitor.extract.model import Extracted

# (a debt note's title and lead-in, above its table: no cell of the table holds them)
_DEBT_NOTE = (
    "NOTE 7. DEBT\n\nThe following table sets out the Company's debt, in thousands of US "
    "dollars, at each date.\n\n"
)
# (document, published, the figure its one table gives: metric, value, period)
_PATHS = [
    pytest.param(
        "Acme Mining Update for May 2025\n\nMetric | May 2025 | April 2025\n"
        "Bitcoin produced | 450 | 400\nHashrate | 20 EH/s | 19 EH/s\n",
        dt.date(2025, 6, 1),
        ("btc_produced", "450", "2025-05"),
        id="coin-word-in-label",
    ),
    pytest.param(
        "Acme Q1 2025 results.\n\n($ in thousands) | March 31, 2025 | December 31, 2024\n"
        "Total debt | 120,000 | 110,000\nGoodwill | 5,000 | 5,000\n",
        dt.date(2025, 6, 1),
        ("debt_total_usd", "120000000", "2025-03-31"),
        id="debt-total-label",
    ),
    pytest.param(
        "Acme Q1 2025 results.\n\n($ in thousands) | Three Months Ended March 31, 2025\n"
        "Interest expense | 1,200\nGoodwill | 5,000\n",
        dt.date(2025, 6, 1),
        ("interest_expense_usd", "1200000", "2025-Q1"),
        id="interest-label",
    ),
    pytest.param(
        "Acme Mining Update for July 2025\n\n| Produced in July | 3,212 BTC |\n"
        "| Hashrate | 20 EH/s |\n",
        dt.date(2025, 6, 1),
        ("btc_produced", "3212", "2024-07"),
        id="coin-unit-in-value-cell",
    ),
    pytest.param(
        "Acme Q1 2025 results. Bitcoin activity (in units of bitcoin):\n\n"
        "Item | Three Months Ended March 31, 2025\nOpening balance | 1,000\nMined | 200\n"
        "Closing balance | 1,200\n",
        dt.date(2025, 6, 1),
        ("btc_held", "1200", "2025-03-31"),
        id="closing-balance-under-a-coin-caption",
    ),
    pytest.param(
        "Acme builds AI data centers for HPC tenants. AI data center build-out (in millions):\n\n"
        "Item | Q1 2025\nCapital expenditures | $120\nSquare feet | 50,000\n",
        dt.date(2025, 6, 1),
        ("ai_capex_usd", "120000000", "2025-Q1"),
        id="capex-under-an-ai-caption",
    ),
    pytest.param(
        "Acme Q1 2025 update.\n\nItem | Q1 2025\nGPU & Equipment Cost | $50 million\n"
        "Square feet | 50,000\n",
        dt.date(2025, 6, 1),
        ("ai_capex_usd", "50000000", "2025-Q1"),
        id="gpu-cost",
    ),
    pytest.param(
        "Interest expense on the 2030 Convertible Notes was as follows (in thousands):\n"
        "Three Months Ended September 30, 2025Nine Months Ended September 30, 2025\n"
        "Coupon\n$2,875 $8,625\nAmortization of discount and issuance costs\n1,037 3,077\n"
        "Total\n$3,912 $11,702\n",
        dt.date(2025, 11, 6),
        ("interest_expense_usd", "3912000", "2025-Q3"),
        id="bare-total-under-an-interest-caption",
    ),
    pytest.param(
        _DEBT_NOTE + "(in thousands) | September 30, 2025 | December 31, 2024\n"
        "Senior secured loan | $ 60,000 | $ 80,000\nOther | 400 | 500\n",
        dt.date(2025, 11, 10),
        ("debt_total_usd", "60000000", "2025-09-30"),
        id="named-loan-under-a-debt-caption",
    ),
    pytest.param(
        _DEBT_NOTE + "(in thousands) | September 30, 2025 | December 31, 2024\n"
        "Equipment financing | $ 12,400 | $ 15,800\nOther | 400 | 500\n",
        dt.date(2025, 11, 10),
        ("debt_total_usd", "12400000", "2025-09-30"),
        id="named-financing-under-a-debt-caption",
    ),
]

# Statements' rows that name no metric: nothing to read (near misses of the words above:
# "Total shareholders' equity" is no bare total, "(Note 5)" no promissory note).
_NO_METRIC = [
    "Acme Q1 2025 results.\n\n($ in thousands) | March 31, 2025 | December 31, 2024\n"
    "Goodwill | 5,000 | 5,000\nLease liabilities | 1,296 | 1,132\n"
    "Total shareholders' equity | 1,481 | 1,277\n",
    "Acme Q1 2025 results.\n\n($ in thousands) | March 31, 2025 | December 31, 2024\n"
    "Digital assets (Note 5) | 9,000 | 8,000\nAccounts payable | 1,222 | 1,074\n",
]


def _answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The screen's answers, recorded as the tables are read."""
    answers: list[bool] = []
    screen = table_screen.may_yield

    def recorded(table: tables.Table) -> bool:
        answers.append(screen(table))
        return answers[-1]

    monkeypatch.setattr(table_screen, "may_yield", recorded)
    return answers


@pytest.mark.parametrize(("document", "published", "figure"), _PATHS)
def test_a_table_giving_a_figure_is_read(
    document: str,
    published: dt.date,
    figure: tuple[str, str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = _answers(monkeypatch)
    found = extract_text(document, published=published)
    assert figure in {(item.metric, str(item.value), item.period) for item in found}
    assert answers == [True]


@pytest.mark.parametrize("document", _NO_METRIC)
def test_a_table_naming_no_metric_is_ruled_out(
    document: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = _answers(monkeypatch)
    assert extract_text(document, published=dt.date(2025, 6, 1)) == []
    assert answers == [False]


def test_every_corpus_table_ruled_out_gives_nothing_when_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = table_screen.may_yield
    read = tables.extract
    outcomes: list[tuple[bool, tuple[list[Extracted], list[tables.RowFigure]]]] = []

    def both_ways(table: tables.Table, ctx: DocContext) -> tuple[list[Extracted], list]:
        answer = screen(table)  # (asked before the read: reading sets the table's columns)
        result = read(table, ctx)  # read whole: the screen below always says "may"
        outcomes.append((answer, result))
        return result

    monkeypatch.setattr(table_screen, "may_yield", lambda table: True)
    monkeypatch.setattr(tables, "extract", both_ways)
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            case.run()
    ruled_out = [result for answer, result in outcomes if not answer]
    assert all(result == ([], []) for result in ruled_out)
    # (many tables of each kind: the screen is asked, and it lets the figures' tables through)
    assert len(ruled_out) > 50
    assert sum(1 for answer, result in outcomes if answer and result[0]) > 30
