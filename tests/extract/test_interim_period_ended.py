"""An interim statement's "Period ended | 30 June" is the first half-year, and a gains row is
no coins sold.

1. u2-arbk-2025-h1-adjusted-ebitda-interest-expense (6-K exhibit "Argo 2025 Interim Results")
   and c-arbk-2024-h1-ebitda-table: an Adjusted-EBITDA reconciliation headed "Period ended |
   30 June 2025 | 30 June 2024", $'000 -> interest expense 2,067 thousand for 2025-H1 (the
   half-year is the interim report's own period; 30 June 2024 is the comparative). With no
   report period named, the bare "Period ended" head gave the figure no period at all.
   README decided case 42 (eighteenth session) relabelled both: "Interim Results" and a bare
   "Period ended" name no half, so the figure has none; an exhibit titled for the half
   ("Interim Half Year Results 2025") keeps its H1.
   Hard negatives: a document that reports quarters ("Three months ended"), a fiscal year
   ending 30 June, and "Period ended" at another day, keep no half-year.
2. u2-cifr-2025-fy-segment-interest-expense: "Realized gains on sale of bitcoin | 7,126" is a
   dollar gain (thousands), not a count of bitcoin sold.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_ARGO = (  # u2-arbk-2025-h1-adjusted-ebitda-interest-expense (verbatim)
    "Exhibit\nNo.\n1\n|\nDescription\nArgo\n"
    "2025 Interim Results dated 30 September 2025\n|\n|\nPeriod ended\n|\n"
    "Period ended\n|\n|\n30 June 2025\n|\n30 June 2024\n|\n|\n(unaudited)\n|\n"
    "(unaudited)\n|\n|\n$'000\n|\n$'000\n|\n|\n|\n|\nNet Loss\n|\n(8,128)\n|\n"
    "(37,541)\n|\nInterest\nexpense\n|\n2,067\n|\n4,296\n|\nIncome\ntax expense\n|\n"
    "(412)\n|\n340\n|\nDepreciation\nand amortisation\n|\n1,873\n|\n10,115\n|\n"
    "Restructuring\nand transaction related fees\n|\n2,203\n|\n1,118\n|\nForeign\n"
    "Exchange\n|\n(609)\n|\n(292)\n|\nShare\nbased payment\n|\n780\n|\n3,594\n|\n"
    "Impairment\nof property, plant and equipment\n|\n87\n|\n22,012\n|\n(Gain)/Loss\n"
    "on sale of tangible assets\n|\n(649)\n|\n429\n|\nLoss on\nassets held for sale\n"
    "|\n-\n|\n1,409\n|\nImpairment\nof intangible assets\n|\n14\n|\n226\n|\n"
    "Adjusted EBITDA\n|\n(2,774)\n|\n5,706\n"
)


def _variant(
    head: str = "Period ended", current: str = "30 June 2025", value: str = "2,067", above: str = ""
) -> str:
    """The real exhibit with its head, current column date or interest figure reworded."""
    text = _ARGO.replace("Period ended", head).replace("30 June 2025", current)
    return above + text.replace("\n2,067\n", f"\n{value}\n")


# (text, entity, published, expected half-year interest expense {(value, period)})
CASES: list[tuple[str, str, str, set[tuple[int, str | None]]]] = [
    # no half named (README decided case 42): the real exhibit and its variants (another
    # wording of the bare head, another year, a US-style date)
    (_ARGO, "ARBK", "2025-09-30", set()),
    (_variant(head="Period ending"), "ARBK", "2025-09-30", set()),
    (_variant(current="30 June 2026", value="1,150"), "ARBK", "2026-09-29", set()),
    (_variant(current="June 30, 2025"), "ARBK", "2025-09-30", set()),
    # the exhibit titled for the half: its H1
    (_variant(above="Argo Blockchain plc Interim Half Year Results 2025\n\n"), "ARBK",
     "2025-09-30", {(2067000, "2025-H1")}),
    (_variant(current="30 June 2026", value="1,150", above="Argo H1 2026 interim results\n\n"),
     "ARBK", "2026-09-29", {(1150000, "2026-H1")}),
    # hard negatives: quarters reported, a June fiscal year, another day
    (_variant(above="Results for the three months ended 30 June 2025\n"), "ARBK", "2025-08-10",
     set()),
    (_variant(above="Results for the year ended 30 June 2025\n"), "IREN", "2025-08-28", set()),
    (_variant(current="30 September 2025"), "ARBK", "2025-11-20", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_interim_interest(
    text: str, entity: str, published: str, expected: set[tuple[int, str | None]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    # (the negatives are read as a quarter or a fiscal year, or not at all: never a half)
    interest = {(int(x.value), x.period) for x in found if x.metric == "interest_expense_usd"}
    assert {item for item in interest if str(item[1]).endswith("-H1")} == expected


_SEGMENT = (  # u2-cifr-2025-fy-segment-interest-expense (verbatim rows, abridged)
    "| Year Ended December 31, 2025 | ||||||||||||||\n"
    "| Bitcoin Mining | Consolidated | |||||||||||||\n"
    "| Revenue - bitcoin mining | $ | 223,942 | $ | 223,942 | ||||||||||\n"
    "| Unrealized loss on fair value of bitcoin | (41,603) | |||||||||||||\n"
    "| {row} | 7,126 | |||||||||||||\n"
    "| Interest income | 19,479 | |||||||||||||\n"
)


@pytest.mark.parametrize(
    ("row", "sold"),
    [
        ("Realized gains on sale of bitcoin", set()),
        ("Realized gain on sales of bitcoin", set()),
        ("Net loss on disposal of bitcoin", set()),
        ("Gains (losses) on bitcoin sold", set()),
        # hard negatives: a count of coins sold
        ("Bitcoin sold", {7126}),
        ("Number of bitcoin sold", {7126}),
    ],
)
def test_gain_rows_are_not_coins(row: str, sold: set[int]) -> None:
    text = _SEGMENT.format(row=row)
    found = extract_text(text, published=dt.date(2026, 2, 24), entity="CIFR")
    assert {int(x.value) for x in found if x.metric == "btc_sold"} == sold
