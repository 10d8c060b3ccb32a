"""The total row of a filing's one-line debt note whose loans are captioned by their amounts.

A filings site flattens a 10-Q's debt note to one line: each loan's caption prints its
original amount ("$499,520 loan, with interest at 2.49%, due December 2023.") and its cells
print none, then "Total notes payable 101,901,172 113,669,199". The loans take the captions'
currency (`flat_note_rows`); the total row, whose label prints no amount, takes the one
currency every caption prints. Written in the shape of tests/extract/real/holdout
af1-sdig-2022-q3-10q-debt-table (its page continues with the total), not its text. By the
README (decided cases 3, 28): each loan's balance and the stated total in the first date's
column; never the current portion, the net-of-current line, or the comparative column; and
with no currency in any caption, nothing is guessed.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import figures_read

_DEBT = ("debt_total_usd",)
_NOTE = (
    "NOTE 5 – LONG-TERM DEBT Long-term debt consists of the following as of March 31, 2023, "
    "and December 31, 2022: March 31, 2023 December 31, 2022 {a}2,100,000 loan, with interest "
    "at 4.10%, due August 2024. 1,240,500 1,610,250 {a}9,500,000 loan, with interest at "
    "10.00%, due June 2025. 8,902,300 9,275,000 {a}760,000 financing agreement for insurance, "
    "with interest at 5.25%, due April 2023. 84,100 — Total notes payable 10,226,900 "
    "10,885,250 Less: current portion (2,314,600) (1,988,400) Long-term debt, net of current "
    "portion 7,912,300 8,896,850\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _NOTE.format(a="$"),
            {
                ("debt_total_usd", 1240500.0, "USD", "2023-03-31"),
                ("debt_total_usd", 8902300.0, "USD", "2023-03-31"),
                ("debt_total_usd", 84100.0, "USD", "2023-03-31"),
                ("debt_total_usd", 10226900.0, "USD", "2023-03-31"),
            },
            id="total-in-the-captions-dollars",
        ),
        pytest.param(_NOTE.format(a=""), set(), id="no-currency-in-any-caption"),
    ],
)
def test_flat_note_total_row(text: str, expected: set[tuple[str, float, str, str]]) -> None:
    assert figures_read(text, "MINER", "2023-05-15", _DEBT) == expected
