"""Table readers scan a bounded stretch per row, not the whole document per row.

Two costs a reviewer measured on long mirrored filings (properties tested, never wall-clock):
a flattened note table's row search must stop where a row's caption and cells can reach, not
at the end of a 50 KB line; and whether a table's rows name the U.S. dollar is worked out once
per table, not once per valued cell (rows × rows). Texts written for these tests.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from monitor.extract import extract_text, flat_note_rows, table_money


class _Recording:
    """A compiled pattern that records how far each search may look."""

    def __init__(self, pattern: re.Pattern[str], seen: list[int]) -> None:
        self._pattern = pattern
        self._seen = seen

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        self._seen.append(min(endpos, len(text)) - pos)
        return self._pattern.search(text, pos, endpos)


_LOOKALIKE = "September 30, 2022 December 31, 2021 loan note debt "


@pytest.mark.parametrize("repeats", [40, 400])
def test_flat_row_search_is_bounded(monkeypatch: pytest.MonkeyPatch, repeats: int) -> None:
    seen: list[int] = []
    real = flat_note_rows._run
    monkeypatch.setattr(flat_note_rows, "_run", lambda n: _Recording(real(n), seen))
    flat_note_rows.find_note_rows(_LOOKALIKE * repeats)
    assert seen and max(seen) <= 600  # a caption and its cells, whatever the line's length


FLAT = (
    "NOTE 5 – DEBT Notes payable as of September 30, 2022, and December 31, 2021: "
    "September 30, 2022 December 31, 2021 $400,000 loan, with interest at 3.1%, due May 2025. "
    "150,089 232,337 $900,000 equipment loan, due June 2026. 610,000 700,000\n"
)


def test_flat_rows_still_read_with_a_long_tail() -> None:
    # a near miss for the bound: the rows sit at the start of a long line and are still read
    text = FLAT.rstrip("\n") + " " + "The Company remains in compliance with its covenants. " * 200
    found = extract_text(text, published=dt.date(2022, 11, 10), entity="MINER")
    debts = {(f.metric, f.value) for f in found if f.metric.startswith("debt_")}
    assert debts == {("debt_total_usd", Decimal(150089)), ("debt_total_usd", Decimal(610000))}


def test_flat_row_cut_by_window_is_not_a_row() -> None:
    # cells that only seem to end because the search stopped are not a row's
    rows = flat_note_rows.find_note_rows(
        "Debt as of September 30, 2022 December 31, 2021 A loan. 1,000 2,000 B loan. 3,000 4,000\n"
    )
    assert [r.cells[1:] for r in rows[1:]] == [("1,000", "2,000"), ("3,000", "4,000")]


CAD = (
    "CONSOLIDATED STATEMENTS OF FINANCIAL POSITION\n(Expressed in Canadian dollars)\n"
    " | September 30, 2024 | December 31, 2023\n"
)


def test_us_dollar_rows_scanned_once_per_table(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = table_money._US_DOLLAR

    class Counting:
        def search(self, text: str) -> re.Match[str] | None:
            calls.append(text)
            return real.search(text)

    monkeypatch.setattr(table_money, "_US_DOLLAR", Counting())
    rows = 60
    text = CAD + "Loans payable (Note 8) | $ 27,006,311 | $ 1,000\n" * rows
    extract_text(text, published=dt.date(2024, 11, 5), entity="HUT")
    assert len(calls) < rows * 4  # was rows × rows: every row scanned for each cell


def test_cad_statement_still_reads_cad_and_us_dollar_row_still_usd() -> None:
    # near miss: caching must not change the answer; a table naming "US$" keeps USD
    cad = extract_text(
        CAD + "Loans payable (Note 8) | $ 27,006,311 | $ 1,000\n",
        published=dt.date(2024, 11, 5),
        entity="HUT",
    )
    usd = extract_text(
        CAD + "Loans payable (Note 8) | $ 27,006,311 | $ 1,000\nUS$ loan (Note 9) | $ 5 | $ 6\n",
        published=dt.date(2024, 11, 5),
        entity="HUT",
    )
    assert {f.unit for f in cad if f.metric.startswith("debt_")} <= {"CAD"}
    assert {f.unit for f in usd if f.metric.startswith("debt_")} <= {"USD"}
