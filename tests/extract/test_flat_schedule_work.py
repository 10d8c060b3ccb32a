"""A loan schedule flattened onto one line costs work in proportion to its length.

A filing mirror prints a 10-Q's equipment-financing table as one line of text; `flat_schedule`
splits it into one row per loan, ~1,900 rows at 50 KB. Each row's metric then asked questions
of the whole table (is this debt printed twice, as current and non-current portions? which
group row stands above this coded loan?), each a scan of every row, so the schedule's work grew
with the square of its rows (50 KB: ~0.5 s). Like `test_bounded_work`, the test counts the
Python calls one extraction makes instead of timing it: doubling the schedule must about double
them (linear: 2; quadratic: ~4).
"""

from __future__ import annotations

import datetime as dt
import sys
from types import FrameType
from typing import Any

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2023, 8, 14)
# variant of ab1-gree-2022-q1-10q-debt-table-nydig-funding: the header, a group of coded
# equipment financings and named term loans, repeated as a long schedule would list them
_HEAD = (
    "Notes Payable | 6. DEBT The following table provides information on the equipment "
    "financing agreements: $ in thousands Balance as of: Note Loan Date Maturity Date Interest "
    "Initial June 30, 2023 December 31, 2022 Equipment Financings: A January 2021 July 2023 "
    "16.0 % $ 3,150 $ 210 $ 905 "
)
_LOANS = (
    "B February 2021 August 2023 16.0 % 1,200 88 340 Term Loan November 2022 November 2025 "
    "11.0 % 20,000 18,500 19,750 "
)
_TAIL = "Less: Current portion ( 9,870 ) ( 6,210 )"
_SMALL = 12_000
_LINEAR = 2.5


def _schedule(size: int) -> str:
    return _HEAD + _LOANS * ((size - len(_HEAD)) // len(_LOANS)) + _TAIL


def _calls(text: str) -> int:
    calls = [0]

    def count(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            calls[0] += 1

    sys.setprofile(count)
    try:
        extract_text(text, published=_PUBLISHED)
    finally:
        sys.setprofile(None)
    return calls[0]


def test_the_one_line_schedule_is_many_rows() -> None:
    """(The shape is the reported one: one line, split into a row per loan.)"""
    text = _schedule(2 * _SMALL)
    assert "\n" not in text
    assert text.count("Term Loan") > 100


@pytest.mark.parametrize("size", [_SMALL])
def test_a_flattened_schedule_costs_work_in_proportion_to_its_rows(size: int) -> None:
    _calls(_schedule(size))  # (caches filled first: the counts compare the reading alone)
    small, large = _calls(_schedule(size)), _calls(_schedule(2 * size))
    assert large <= _LINEAR * small, (small, large)
