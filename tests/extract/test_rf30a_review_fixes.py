"""Review fixes (rf30a) to debt30 and left30a.

* Only an exchange, repurchase or settlement agreement entered into is a deal done whose
  retiring participle repays debt (README decided case 6); "entered into an agreement to sell
  its site, settling $12 million of its equipment loans" settles them at a close still to come.
* Money spent out of a financing is still spent: "spent $500 million of project financing on
  GPUs" is AI capex; "a deal for $1.2 billion of funding for GPUs" (no spending verb) is not.
* A results release is told by a period's results or earnings in the document's head, not by
  the word "results" anywhere in it: a news story opening "Analysts expect strong results"
  keeps a running quarter's label.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import Row, as_rows, metric_rows

_REPAID = frozenset({"debt_repaid_usd"})
_CAPEX = frozenset({"ai_capex_usd"})
_BALANCES = frozenset({"btc_held", "debt_total_usd"})

ENTERED_INTO = [
    (
        "The company entered into an agreement to sell its Texas site, settling $12 million of "
        "its equipment loans.",
        set(),
    ),
    (
        "Bitfarms has entered into a purchase agreement with a buyer for its Paraguay site, "
        "retiring approximately $8 million of the site's loans.",
        set(),
    ),
    # near misses: exchange agreements entered into are done deals
    (
        "The company has entered into privately negotiated exchange agreements with holders of "
        "its 2.25% notes due 2030, exchanging approximately $200 million in principal amount of "
        "notes for shares.",
        {("debt_repaid_usd", 200_000_000, "USD", "2025-08")},
    ),
    (
        "The company entered into separate repurchase agreements with certain holders, retiring "
        "$50 million of its 1.00% convertible notes.",
        {("debt_repaid_usd", 50_000_000, "USD", "2025-08")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENTERED_INTO)
def test_only_exchange_agreements_entered_into_retire_debt(text: str, expected: set[Row]) -> None:
    assert metric_rows(text, "Bitfarms", "2025-08-05", _REPAID) == as_rows(expected)


SPENT_FINANCING = [
    (
        "IREN spent $500 million of project financing on GPUs during the month.",
        {("ai_capex_usd", 500_000_000, "USD", "2025-11")},
    ),
    (
        "IREN deployed approximately $300 million of new financing on GPUs for its AI cloud.",
        {("ai_capex_usd", 300_000_000, "USD", "2025-11")},
    ),
    # near misses: the sum named as funding raised, no spending verb
    ("IREN formalized a deal with J.P. Morgan for $1.2 billion of funding for GPUs.", set()),
    ("IREN secured $500 million of project financing for GPUs.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPENT_FINANCING)
def test_money_spent_out_of_a_financing_is_spent(text: str, expected: set[Row]) -> None:
    assert metric_rows(text, "IREN", "2025-11-03", _CAPEX) == as_rows(expected)


RESULTS_HEAD = [
    (
        "Analysts expect strong results from miners this year. MARA held 48,237 BTC at the end "
        "of Q2 2025, it said in an update.\n",
        {("btc_held", 48237, "BTC", "2025-Q2")},
    ),
    (
        "The results of the shareholder vote were announced on Tuesday.\n\n"
        "Total debt stood at $500 million in Q2 2025, according to the update.\n",
        {("debt_total_usd", 500_000_000, "USD", "2025-Q2")},
    ),
    # near misses: a period's results in the head make a results release
    (
        "MARA Reports Second Quarter 2025 Results\n\nMARA held 48,237 BTC at the end of Q2 2025.\n",
        {("btc_held", 48237, "BTC", "2025-03-31")},
    ),
    (
        "MARA Reports Results for the Second Quarter 2025\n\n"
        "Total debt stood at $500 million in Q2 2025, according to the results.\n",
        {("debt_total_usd", 500_000_000, "USD", "2025-03-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESULTS_HEAD)
def test_a_results_release_is_told_by_a_periods_results(text: str, expected: set[Row]) -> None:
    assert metric_rows(text, "MARA", "2025-05-22", _BALANCES) == as_rows(expected)
