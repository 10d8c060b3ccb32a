"""English misreadings left open (helper left30a): parts, financing, suppliers, running quarters.

* Coins named as lent, loaned or pledged ("ended the year with a total of 7,377 BTC loaned",
  "with 7,877 BTC lent out", "finished the year with 3,000 BTC pledged as collateral") are a
  part of the holding, not the holding (README decided case 12); and a holding told first with
  its parts after ("ended the quarter with 49,951 BTC, including 7,877 BTC loaned") is the
  first figure, not the part the "including" opens.
* Money named as funding or financing ("formalized a deal with J.P. Morgan for $1.2 billion of
  funding for GPUs", "funding of $1.2 billion for GPUs") is money raised, not AI capex, even
  with the hardware it pays for named after it (decided case 43's kin: capex is spending).
* A lease or deal whose other party is a server maker ("a 36-month lease with Dell Technologies
  for GPU servers", "a lease agreement with Dell Financial Services") rents or finances the
  company's own hardware: no AI customer contract signed (case 39 needs an AI tenant or
  buyer). A customer contract told with "a separate" supplier deal joined on keeps its
  milestone.
* A calendar quarter named before its end moves back to the last quarter-end before
  publication only in a results release (the issuer's fiscal quarter, closed); in a
  mid-quarter update or story the running quarter keeps its label (no day still to come).
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import Row, as_rows, metric_rows

_HELD = frozenset({"btc_held"})
_AI = frozenset({"ai_capex_usd", "ai_milestone", "ai_capacity_mw", "debt_issued_usd"})
_BALANCES = frozenset({"btc_held", "debt_total_usd"})

PARTS_LENT_OR_PLEDGED = [
    ("MARA ended the year with a total of 7,377 BTC loaned.", set()),
    ("MARA ended 2024 with 7,377 BTC lent out to third parties.", set()),
    ("MARA finished the year with 7,377 BTC pledged as collateral.", set()),
    ("The company ended the quarter with 7,877 BTC lent out, up from 7,377 BTC.", set()),
    ("MARA held 7,377 BTC in loans to third parties at the end of 2024.", set()),
    (
        "MARA ended the quarter with 49,951 BTC, including 7,877 BTC loaned.",
        {("btc_held", 49951, "BTC", "2025-06-30")},
    ),
    # near misses: the holding beside its part, and a holding with no part named
    (
        "MARA ended the quarter with 49,951 BTC, with 7,877 BTC lent out.",
        {("btc_held", 49951, "BTC", "2025-06-30")},
    ),
    (
        "MARA held 44,893 BTC at the end of 2024, 7,377 BTC of it lent out.",
        {("btc_held", 44893, "BTC", "2024-12-31")},
    ),
    (
        "In June, MARA ended the month with a total of 49,951 BTC.",
        {("btc_held", 49951, "BTC", "2025-06-30")},
    ),
    (
        "MARA ended the quarter with approximately $124.9 million in unrestricted cash and "
        "11,466 bitcoin.",
        {("btc_held", 11466, "BTC", "2025-06-30")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_LENT_OR_PLEDGED)
def test_coins_lent_or_pledged_are_a_part_not_the_holding(text: str, expected: set[Row]) -> None:
    assert metric_rows(text, "MARA", "2025-08-05", _HELD) == as_rows(expected)


_CAPEX_5_8B = {("ai_capex_usd", 5_800_000_000, "USD", "2025-11")}
FUNDING_AND_SUPPLIERS = [
    ("IREN formalized a deal with J.P. Morgan for $1.2 billion of funding for GPUs.", set()),
    (
        "IREN also formalized a deal with J.P. Morgan for up to $3.6 billion in funding for GPUs.",
        set(),
    ),
    (
        "IREN formalized a deal with J.P. Morgan for funding of $1.2 billion for GPUs to serve "
        "Microsoft.",
        set(),
    ),
    ("IREN arranged $1.2 billion of funding for GPUs with J.P. Morgan and Goldman Sachs.", set()),
    ("IREN obtained funding of approximately $1.2 billion to purchase GPUs.", set()),
    ("IREN entered into a 36-month lease with Dell Technologies for GPU servers.", set()),
    ("IREN signed a GPU lease with Dell.", set()),
    ("Hut 8 signed a three-year lease with Hewlett Packard Enterprise for its GPU cluster.", set()),
    ("IREN formalized a deal with Dell for $5.8 billion of GPUs.", _CAPEX_5_8B),
    # near misses: hardware bought is capex; a customer's contract is a milestone, also with a
    # separate supplier deal beside it
    ("IREN will purchase $5.8 billion of GPUs from Dell.", _CAPEX_5_8B),
    (
        "IREN spent $500 million of the financing on NVIDIA GPUs.",
        {("ai_capex_usd", 500_000_000, "USD", "2025-11")},
    ),
    (
        "IREN's capital expenditure of $1.2 billion for GPUs was funded by a financing deal with "
        "J.P. Morgan.",
        {("ai_capex_usd", 1_200_000_000, "USD", "2025-11")},
    ),
    (
        "IREN signed a $9.7 billion AI cloud contract with Microsoft and a separate $5.8 "
        "billion agreement with Dell to purchase GPUs.",
        _CAPEX_5_8B | {("ai_milestone", None, "", "2025-11")},
    ),
    (
        "IREN signed a contract with Microsoft for AI cloud services, with Dell supplying the "
        "GPUs.",
        {("ai_milestone", None, "", "2025-11")},
    ),
    (
        "Applied Digital signed a 15-year lease with CoreWeave for 250 MW of critical IT load.",
        {("ai_capacity_mw", 250, "MW", "2025-11"), ("ai_milestone", None, "", "2025-11")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FUNDING_AND_SUPPLIERS)
def test_funding_and_supplier_deals_are_no_capex_or_customer_contract(
    text: str, expected: set[Row]
) -> None:
    entity = "APLD" if text.startswith("Applied") else "HUT" if text.startswith("Hut") else "IREN"
    assert metric_rows(text, entity, "2025-11-20", _AI) == as_rows(expected)


_RUNNING_QUARTER = [
    (
        "MARA Q2 2025 Mid-Quarter Update\n\n"
        "MARA held 48,237 BTC at the end of Q2 2025 so far, the company said.\n",
        {("btc_held", 48237, "BTC", "2025-Q2")},
    ),
    (
        "MARA Q2 2025 Business Update\n\n"
        "Total debt stood at $500 million in Q2 2025, according to the update.\n",
        {("debt_total_usd", 500_000_000, "USD", "2025-Q2")},
    ),
    # near miss: the issuer's fiscal quarter in its results release has closed
    (
        "MARA Reports Second Quarter 2025 Results\n\n"
        "Total debt stood at $500 million in Q2 2025, according to the results.\n",
        {("debt_total_usd", 500_000_000, "USD", "2025-03-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _RUNNING_QUARTER)
def test_a_running_quarter_moves_back_only_in_a_results_release(
    text: str, expected: set[Row]
) -> None:
    assert metric_rows(text, "MARA", "2025-05-22", _BALANCES) == as_rows(expected)
