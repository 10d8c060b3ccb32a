"""A foreign sum's number starts only where a number starts (monitor/extract/foreign_numbers.py).

A table row of figures printed as "123 123 123 …" or "123.123.123 …" was spanned again from
each of its groups, and the money pattern backtracked group by group after each: work
quadratic in the row (an 8 KB French row took 22 s). The property that keeps the work linear
is tested, not the time: no match starts inside a run of digit groups.
"""

from __future__ import annotations

import re

import pytest

from monitor.extract import foreign_numbers

ROWS = ["123 " * 40, "123." * 40, "1 234," * 30, "123\u00a0" * 40]


@pytest.mark.parametrize("row", ROWS, ids=["spaces", "dots", "spaced-commas", "nbsp"])
@pytest.mark.parametrize("spaced", [False, True], ids=["romance", "spaced"])
def test_no_sum_starts_inside_a_run_of_groups(row: str, spaced: bool) -> None:
    text = "Tableau des BTC minés par mois " + row + "de dollars"
    starts = [start for start, _, _, _ in foreign_numbers.money(text, cjk=False, spaced=spaced)]
    first_digit = next(index for index, char in enumerate(text) if char.isdigit())
    assert all(start == first_digit or not text[start - 1].isdigit() for start in starts)
    # each group inside the run, asked directly: no number may start there
    group_starts = [
        index
        for index in range(first_digit + 1, len(text))
        if text[index].isdigit() and not text[index - 1].isdigit()
    ]
    inside = [
        index
        for index in group_starts
        if foreign_numbers.SPACED_NUMBER.match(text, index)
        or (text[index - 1] in ".," and re.compile(foreign_numbers.SUM_NUMBER).match(text, index))
    ]
    assert inside == []


def test_sums_still_read() -> None:
    text = "vendu pour 62 millions de dollars, 150 000 000 $ US et 25,5 millones de dólares"
    values = [value for _, _, value, _ in foreign_numbers.money(text, cjk=False, spaced=True)]
    assert values == [62_000_000, 150_000_000, 25_500_000]
