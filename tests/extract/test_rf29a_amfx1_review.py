"""Review rf29a of amfx1: wrong figures its widened readings gave, and near misses kept.

* "the liquidation of its bitcoin holdings" is an emptied treasury (decided case 34) only when
  the company carries it out: another party's liquidation ("Celsius announced …" in Marathon's
  story), one approved by a court, or one only denied or spoken of gives no zero holding.
* A debt schedule's row is a lender's loan only when it is named as a lender is, by name:
  "Customer deposits", "Deferred revenue", "Income taxes", "Contingent consideration" are a
  row's kind, not a lender, even when the "Total" adds them up (README decided case 3).
* Money told as going "to repay its loan and acquired 2,000 miners" (the company's next
  act, past tense), "… and cover accrued interest" (the debt's own interest) or "… and for the
  first time" names no second use of the money: the repayment stands (decided case 13).
* A month after a figure that opens a flow of its own ("… topped June's output of 250 BTC") is
  that figure's, not the one before (README "Periods": a comparative's period is not the figure's).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract

Fact = tuple[str, Decimal | None, str | None]


def _read(text: str, entity: str, published: dt.date) -> set[Fact]:
    found = extract(text, content_type="text/plain", published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found}


LIQUIDATIONS = [
    ("Marathon noted that Celsius announced the liquidation of its bitcoin holdings on February "
     "20, 2026.", "MARA", False),
    ("On February 20, 2026, Core Scientific said Celsius began the liquidation of their bitcoin "
     "holdings.", "CORZ", False),
    ("On February 20, 2026, the court approved the liquidation of its bitcoin holdings by the "
     "trustee.", "BTDR", False),
    ("Bitdeer denied rumors about the liquidation of its bitcoin holdings on February 20, 2026.",
     "BTDR", False),
    # near misses: the company's own act
    ("On February 20, 2026, the company completed the liquidation of its bitcoin holdings.",
     "BTDR", True),
    ("On February 20, 2026, Bitdeer Technologies announced the liquidation of all its Bitcoin "
     "holdings.", "BTDR", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "emptied"), LIQUIDATIONS)
def test_only_the_companys_own_liquidation_empties_its_treasury(
    text: str, entity: str, emptied: bool
) -> None:
    found = _read(text, entity, dt.date(2026, 2, 21))
    assert (("btc_held", Decimal(0), "2026-02-20") in found) is emptied


def _schedule(rows: str) -> str:
    return (
        "Schedule of Notes Payable\n"
        "Notes payable as of June 30, 2023 and December 31, 2022 consist of the following "
        "(in thousands):\nJune 30\n2023\nDecember 31\n2022\n" + rows + "\n"
    )


def _balances(*values: int) -> set[Fact]:
    return {("debt_total_usd", Decimal(value) * 1000, "2023-06-30") for value in values}


NOT_LENDERS = [
    (_schedule("Term loan$5,000 $5,000 \nCustomer deposits3,000 1,000 \nDeferred revenue2,000 — \n"
               "Total10,000 6,000 \n"), _balances(5_000, 10_000)),
    (_schedule("Equipment note$1,200 $1,500 \nIncome taxes800 — \nTotal2,000 1,500 \n"),
     _balances(1_200, 2_000)),
    (_schedule("Convertible notes$90,000 $85,000 \nContingent consideration5,000 — \n"
               "Total95,000 85,000 \n"), _balances(90_000, 95_000)),
    # near misses: lenders by name, linking words in the name
    (_schedule("Equipment note$1,200 $1,500 \nNYDIG loan20,000 21,000 \nBlockFi8,000 9,000 \n"
               "Total29,200 31,500 \n"), _balances(1_200, 20_000, 8_000, 29_200)),
    (_schedule("Term loan$5,000 $5,000 \nBank of the West3,000 1,000 \nTotal8,000 6,000 \n"),
     _balances(5_000, 3_000, 8_000)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOT_LENDERS)
def test_a_schedule_row_is_a_lender_only_by_name(text: str, expected: set[Fact]) -> None:
    assert _read(text, "CORZ", dt.date(2023, 8, 10)) == expected


REPAID_ALONE = [
    ("In March 2025 Bitfarms used $50 million to repay its Macquarie loan and acquired 2,000 "
     "miners.", True),
    ("In March 2025 Bitfarms used $50 million to repay the Coinbase facility and cover accrued "
     "interest.", True),
    ("In March 2025 Bitfarms paid $50 million to retire its term loan and for the first time "
     "has no debt.", True),
    # near misses: a second use of the same money
    ("In March 2025 Bitfarms used $50 million to repay its Macquarie loan and acquire 2,000 "
     "miners.", False),
    ("In March 2025 Bitfarms used $50 million to repay the Coinbase facility and cover the "
     "costs of its new site.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "repaid"), REPAID_ALONE)
def test_a_repayment_with_no_second_use_of_its_money(text: str, repaid: bool) -> None:
    found = _read(text, "BITF", dt.date(2025, 5, 1))
    assert (("debt_repaid_usd", Decimal(50_000_000), "2025-03") in found) is repaid


NEXT_FLOWS_MONTH = [
    ("July's production of 282 BTC topped June's output of 250 BTC.",
     {(Decimal(282), "2025-07"), (Decimal(250), "2025-06")}),
    ("Bitdeer's July production of 282 BTC topped June output of 250 BTC.",
     {(Decimal(282), "2025-07"), (Decimal(250), "2025-06")}),
    # near misses: the month after the figure is its own
    ("Bitdeer's production of 282 BTC in July was a record.", {(Decimal(282), "2025-07")}),
    ("Bitdeer mined 282 BTC in July, and its June output was 250 BTC.",
     {(Decimal(282), "2025-07"), (Decimal(250), "2025-06")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEXT_FLOWS_MONTH)
def test_a_month_opening_the_next_flow_is_not_the_figures(
    text: str, expected: set[tuple[Decimal, str]]
) -> None:
    found = _read(text, "BTDR", dt.date(2025, 8, 18))
    assert {(value, period) for metric, value, period in found if metric == "btc_produced"} == (
        expected
    )
