"""English first-run misses of blind batch am (helper amfx1): wordings the readers did not take.

* A notes-payable schedule's rows named only for the lender ("Bremer", "Blockfi", "Anchor
  Labs", "Other"), which the schedule's bare "Total" adds up with its named notes: each is a
  balance (README decided cases 3 and 41); and "Total notes payable, net", lifted far above
  that total by a fair-value adjustment, is the same debt presented net (case 28).
* A holding the period ended "with a total of" coins, in a results release of a quarter still
  to come on the calendar at publication: the issuer's fiscal quarter, closed at the last
  quarter-end before (README decided case 14; "fiscal Q2 2025" of DMG ended March 31).
* Sale money told as going to retire debt and to a second use ("to repay a bitcoin-backed
  loan and fund its AI infrastructure strategy"): only part went to the loan, no repayment
  (decided case 13); "All of the cryptocurrency proceeds were used to settle" is all of it.
* A change's end point right after its base ("July's production was up 39% from June to 282
  BTC") is the subject month's, and a month's possessive ("July's self-mining production")
  names the month of the flow.
* A date naming the debt a new loan repays ("borrowed $11M … to repay the Jan 28, 2026 loan")
  is that debt's, not the new loan's: the loan keeps its own day (README decided case 16).
* "Announced the liquidation of its own Bitcoin holdings" empties the treasury (decided case
  34: a zero holding at the event's date), and "this week's output of 189.8 BTC" is a week's
  coins, no period's production.
* Tranches listed with their amounts in the sentence that says they were drawn ("Tranche A-1
  ($5.5 million) and Tranche A-3 ($11.5 million) were drawn at closing"): new debt each
  (decided cases 3 and 19), as when the next sentence says so.
* A month in brackets after a list line's label ("Bitcoin Production (January): 573 BTC") names
  the line's period, not the results' fiscal quarter the page is about.
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


def _schedule(rows: str, net: str) -> str:
    return (
        "Schedule of Notes Payable\n"
        "Notes payable as of June 30, 2023 and December 31, 2022 consist of the following "
        "(in thousands):\nJune 30\n2023\nDecember 31\n2022\n" + rows + net + "\n"
    )


def _balances(*values: int) -> set[Fact]:
    return {("debt_total_usd", Decimal(value) * 1000, "2023-06-30") for value in values}


LENDER_ROWS = [
    (
        _schedule(
            "Equipment note$1,200 $1,500 \nTerm loan40,000 40,000 \nSilvergate12,500 10,000 \n"
            "Galaxy Digital8,000 — \nTotal61,700 51,500 \n"
            "Unamortized discount and debt issuance costs(1,100)(1,300)\n"
            "Fair value adjustments to convertible notes350,000 250,000 \n",
            "Total notes payable, net$410,600 $300,200 ",
        ),
        _balances(1_200, 40_000, 12_500, 8_000, 61_700),
    ),
    (
        _schedule(
            "Promissory note$2,000 $2,000 \nBlockFi8,250 9,000 \n"
            "Convertible notes90,000 85,000 \nBremer410 390 \nTotal100,660 96,390 \n"
            "Unamortized discount and debt issuance costs(660)(390)\n",
            "Total notes payable, net$100,000 $96,000 ",
        ),
        _balances(2_000, 8_250, 90_000, 410, 100_660),
    ),
    (
        _schedule(
            "Kentucky note$900 $1,000 \nMass Mutual Barings30,000 — \nAnchor Labs20,000 — \n"
            "Stockholder loan10,000 10,000 \nTotal60,900 11,000 \n",
            "",
        ),
        _balances(900, 30_000, 20_000, 10_000, 60_900),
    ),
    # near misses: accrued interest between the notes, a total the rows do not make, a residual
    # "Other" line (no lender's loan)
    (
        _schedule(
            "Bank loan$5,000 $5,000 \nNYDIG loan20,000 21,000 \nAnchor Labs3,000 — \n"
            "Accrued interest400 200 \nTotal28,400 26,200 \n",
            "",
        ),
        _balances(5_000, 20_000, 28_400),
    ),
    (
        _schedule(
            "Bank loan$5,000 $5,000 \nNYDIG loan20,000 21,000 \nAnchor Labs3,000 — \n"
            "Total30,000 26,000 \n",
            "",
        ),
        _balances(5_000, 20_000, 30_000),
    ),
    (
        _schedule(
            "Kentucky note$900 $1,000 \nTerm loan10,000 10,000 \nAnchor Labs2,000 — \n"
            "Other financial liability500 — \nTotal13,400 11,000 \n",
            "",
        ),
        _balances(900, 10_000, 2_000, 13_400),
    ),
    (
        _schedule(
            "Kentucky note$900 $1,000 \nTerm loan10,000 10,000 \nOther1,866 663 \n"
            "Total12,766 11,663 \n",
            "",
        ),
        _balances(900, 10_000, 12_766),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LENDER_ROWS)
def test_a_schedules_lender_rows_its_total_adds_up(text: str, expected: set[Fact]) -> None:
    assert _read(text, "CORZ", dt.date(2023, 8, 10)) == expected


_DMG = "DMG Blockchain Solutions Reports Second Quarter 2025 Results\n"
_FISCAL_Q2 = {
    ("btc_produced", Decimal("91.27"), "2025-Q2"),
    ("btc_held", Decimal("458.07"), "2025-03-31"),
}
ENDED_WITH_A_TOTAL = [
    (
        _DMG + "The company mined 91.27 Bitcoin during Q2 2025, a decrease from 97 Bitcoin in Q1 "
        "2025, ending the period with a total of 458.07 Bitcoin.",
        _FISCAL_Q2,
    ),
    (
        _DMG + "DMG mined 91.27 Bitcoin in Q2 2025, ending the quarter with a total of 458.07 BTC.",
        _FISCAL_Q2,
    ),
    (
        "DMG Blockchain mined 30 BTC in April 2025, ending the month with a total of 470 BTC.",
        {("btc_produced", Decimal("30"), "2025-04"), ("btc_held", Decimal("470"), "2025-04-30")},
    ),
    # near miss: a total of coins mined since inception is a running total, not the holding
    (
        "DMG Blockchain ended April 2025 with a total of 1,200 BTC mined since inception.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENDED_WITH_A_TOTAL)
def test_a_period_ended_with_a_total_of_coins(text: str, expected: set[Fact]) -> None:
    assert _read(text, "DMGI", dt.date(2025, 5, 22)) == expected


_SALE = "Cango sold 4,451 BTC for about $305 million"
SHARED_PROCEEDS = [
    (_SALE + ", using the proceeds to repay a bitcoin-backed loan and fund its AI plans.", False),
    ("Cango Sells 4,451 BTC, Unlocks ~$305M to Retire BTC-Backed Debt and Accelerate AI", False),
    (_SALE + " to pay down its bitcoin-backed loan and expand its AI data centers.", False),
    (_SALE + " to repay a loan as well as for general corporate purposes.", False),
    # near misses: all of it to the debt; the second noun is more debt, not another use
    (_SALE + " to repay a bitcoin-backed loan.", True),
    (_SALE + " to repay its term loan and credit facility.", True),
    (
        "Cango sold 4,451 BTC in a transaction that generated around $305 million in net "
        "proceeds. All of the cryptocurrency proceeds were used to settle a portion of a "
        "Bitcoin-secured loan.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "repaid"), SHARED_PROCEEDS)
def test_sale_money_shared_with_another_use_is_no_repayment(text: str, repaid: bool) -> None:
    found = _read(text, "CANG", dt.date(2026, 2, 9))
    assert (("debt_repaid_usd", Decimal(305_000_000), "2026-02") in found) is repaid


MONTH_AFTER_ITS_BASE = [
    ("But Bitdeer’s future looks bright, as July’s self-mining production was up 39% from June "
     "to 282 BTC, as hashrate spiked.", "2025-07"),
    ("Bitdeer's July production rose 12% from June to 282 BTC.", "2025-07"),
    ("As a result, July's self-mining production was 282 BTC.", "2025-07"),
    ("Bitdeer said June’s bitcoin output reached 282 BTC.", "2025-06"),
    # near misses: the month before "from" is the figure's own; a month named by the figure
    ("Bitdeer mined 282 BTC in June, up from May.", "2025-06"),
    ("Bitdeer's production rose from 203 BTC in May to 282 BTC in June.", "2025-06"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "period"), MONTH_AFTER_ITS_BASE)
def test_a_change_to_its_figure_after_the_base_month(text: str, period: str) -> None:
    found = _read(text, "BTDR", dt.date(2025, 8, 18))
    assert found == {("btc_produced", Decimal(282), period)}


ROLLED_OVER = [
    ("- On Feb 27, 2026, borrowed $11M from Galaxy Digital LLC to repay the Jan 28, 2026 loan due "
     "same day.", "2026-02"),
    ("On February 27, 2026, the Company borrowed $11 million from Galaxy to repay the loan of "
     "January 28, 2026.", "2026-02"),
    ("On February 27, 2026, LM Funding borrowed $11 million to refinance its notes issued in "
     "December 2025.", "2026-02"),
    # near misses: the date after the amount is the borrowing's own
    ("LM Funding borrowed $11 million from Galaxy in January 2026 to fund new miners.", "2026-01"),
    ("LM Funding borrowed $11 million to repay the Galaxy loan in January 2026.", "2026-01"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "period"), ROLLED_OVER)
def test_a_new_loan_is_not_dated_by_the_debt_it_repays(text: str, period: str) -> None:
    found = _read(text, "LMFA", dt.date(2026, 3, 3))
    assert {(metric, p) for metric, _, p in found} == {("debt_issued_usd", period)}


LIQUIDATED = [
    ("During the week of February 20, 2026, the mining company Bitdeer (BTDR) announced the "
     "liquidation of its own Bitcoin holdings (excluding client custody).", True),
    ("On February 20, 2026, Bitdeer announced the liquidation of all its Bitcoin holdings.", True),
    ("Bitdeer completed the sale of all of its bitcoin treasury on February 20, 2026.", True),
    # near misses: a part, a plan, or a flow sold
    ("On February 20, 2026, Bitdeer announced a partial liquidation of its Bitcoin holdings.",
     False),
    ("On February 20, 2026, Bitdeer said it plans the liquidation of its bitcoin holdings.", False),
    ("On February 20, 2026, Bitdeer announced the sale of its bitcoin production.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "emptied"), LIQUIDATED)
def test_the_liquidation_of_its_holdings_is_a_zero_holding(text: str, emptied: bool) -> None:
    found = _read(text, "BTDR", dt.date(2026, 2, 21))
    assert (("btc_held", Decimal(0), "2026-02-20") in found) is emptied


WEEKS_OUTPUT = [
    ("According to the company's disclosure, this week’s output of 189.8 BTC was all sold.", set()),
    ("Bitdeer said the 189.8 BTC produced this week were all sold.", set()),
    ("Bitdeer's weekly production of 189.8 BTC was held in its treasury.", set()),
    # near misses: a month's production, a week named for something else
    ("Bitdeer produced 189.8 BTC in January, the company said last week.", {"2026-01"}),
    ("Bitdeer's January output of 189.8 BTC was announced this week.", {"2026-01"}),
]


@pytest.mark.parametrize(("text", "periods"), WEEKS_OUTPUT)
def test_a_weeks_output_is_no_periods_production(text: str, periods: set[str]) -> None:
    found = _read(text, "BTDR", dt.date(2026, 2, 21))
    assert {period for metric, _, period in found if metric == "btc_produced"} == periods


_FIVE, _ELEVEN = Decimal(5_500_000), Decimal(11_500_000)
TRANCHES_DRAWN_HERE = [
    ("Tranche A-1 ($5.5 million) and Tranche A-3 ($11.5 million) were drawn at closing.",
     {_FIVE, _ELEVEN}),
    ("Soluna drew Tranche A-1 ($5.5 million) and Tranche A-3 ($11.5 million) at closing.",
     {_FIVE, _ELEVEN}),
    ("At closing, Tranche A-1 ($5.5 million), Tranche A-2 ($3.0 million) and Tranche A-3 ($11.5 "
     "million) were funded.", {_FIVE, Decimal(3_000_000), _ELEVEN}),
    # near misses: a draw to come, a tranche left available
    ("Tranche A-1 ($5.5 million) and Tranche A-3 ($11.5 million) will be drawn at closing.",
     set()),
    ("Tranche B ($18.5 million) remains available for drawdowns through October 2026.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), TRANCHES_DRAWN_HERE)
def test_tranches_drawn_in_their_own_sentence(text: str, values: set[Decimal]) -> None:
    found = _read(text, "SLNH", dt.date(2025, 9, 17))
    assert {value for metric, value, _ in found if metric == "debt_issued_usd"} == values


_RESULTS = (
    "The company's financial report for the first quarter of fiscal 2026 was released last "
    "Thursday.\nKey Financial and Operational Metrics:\n* Revenue: $181.2 million\n"
)
BRACKETED_MONTH = [
    (_RESULTS + "* Bitcoin Production (January): 573 BTC (a 12% decrease compared to January the "
     "previous year)", "2026-01"),
    (_RESULTS + "* Bitcoin Mined (December): 573 BTC", "2025-12"),
    (_RESULTS + "• Self-mined bitcoin (January): 573 BTC", "2026-01"),
    # near miss: no month by the label, the line takes the results' quarter
    (_RESULTS + "* Bitcoin Production: 573 BTC", "2026-Q1"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "period"), BRACKETED_MONTH)
def test_a_month_in_brackets_after_a_label(text: str, period: str) -> None:
    found = _read(text, "CLSK", dt.date(2026, 2, 9))
    assert found == {("btc_produced", Decimal(573), period)}
