"""False-positive classes of round 5: figures the labelling convention excludes by a grammatical
signal that holds for every metric (README, decided cases 1, 5, 6 and 9).

Each negative is a paraphrase of the class, not a corpus passage; each has a positive twin (the
same deal or figure told as done, own, single or critical IT) so that the guard must be narrow.
Expected values come from the convention, read by hand.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 9, 15)


def _values(text: str, metric: str) -> list[Decimal | None]:
    items = extract_text(text, published=PUBLISHED, entity="ACME")
    return [item.value for item in items if item.metric == metric]


def _details(text: str) -> list[str | None]:
    items = extract_text(text, published=PUBLISHED, entity="ACME")
    return [item.detail for item in items if item.metric == "ai_milestone"]


# Decided case 6: an offering under way (the progressive of a deal verb) is not new debt yet.
@pytest.mark.parametrize(
    "text",
    [
        "Acme Mining is issuing $250 million of convertible senior notes due 2031.",
        "Acme is raising $400 million through a private placement of exchangeable notes.",
        "Acme is currently borrowing $60 million under a new term loan from its lender.",
        "The miner is in the process of repaying $20 million of its equipment loans.",
    ],
)
def test_deal_in_progress_is_not_a_flow(text: str) -> None:
    assert _values(text, "debt_issued_usd") == []
    assert _values(text, "debt_repaid_usd") == []


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Acme Mining issued $250 million of convertible senior notes due 2031.",
         "debt_issued_usd", 250_000_000),
        ("Acme has repaid $20 million of its equipment loans.", "debt_repaid_usd", 20_000_000),
    ],
)  # fmt: skip
def test_deal_done_is_a_flow(text: str, metric: str, value: int) -> None:
    assert _values(text, metric) == [Decimal(value)]


# An intent noun governs the verb like a modal does ("its intent to retire", "a goal to add").
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Acme announced its intent to retire $12.5 million of notes by issuing shares.",
         "debt_repaid_usd"),
        ("Acme disclosed its intention to redeem $30 million of senior notes.", "debt_repaid_usd"),
        ("Acme has set a goal to secure 300 MW of HPC leases for AI tenants next year.",
         "ai_capacity_mw"),
    ],
)  # fmt: skip
def test_intent_noun_is_not_a_fact(text: str, metric: str) -> None:
    assert _values(text, metric) == []


# A balance the company expects to reach is a forecast; one it reports is a balance.
def test_expected_balance_is_not_a_total() -> None:
    text = (
        "After the exchange closes next month, the Company expects to have about $40 million "
        "of total debt outstanding."
    )
    assert _values(text, "debt_total_usd") == []


def test_reported_balance_is_a_total() -> None:
    text = "At quarter end, the Company had about $40 million of total debt outstanding."
    assert _values(text, "debt_total_usd") == [Decimal(40_000_000)]


# Decided case 9: either end of a framed range is no figure.
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Under the partnership Acme will build between 300MW and 1.2GW of AI data center "
         "capacity.", "ai_capacity_mw"),
        ("Acme signed an AI lease whose capacity ranges from 100 MW to 400 MW of critical IT.",
         "ai_capacity_mw"),
        ("Acme sold between 150 and 200 BTC in August.", "btc_sold"),
        ("Acme repaid between $10 million and $15 million of its loans in August.",
         "debt_repaid_usd"),
    ],
)  # fmt: skip
def test_range_ends_are_not_figures(text: str, metric: str) -> None:
    assert _values(text, metric) == []


def test_a_single_figure_after_between_words_is_kept() -> None:
    text = "Acme sold 150 BTC in August, between the halving and the price peak."
    assert _values(text, "btc_sold") == [Decimal(150)]


# Other parties' coins: a trade done on behalf of anyone but the company.
@pytest.mark.parametrize(
    "text",
    [
        "Acme arranged the sale of more than 20,000 BTC on behalf of a long-time Bitcoin holder.",
        "Acme sold 3,000 BTC on behalf of an estate in August.",
        "Acme's desk sold 900 BTC for institutional investors in August.",
    ],
)
def test_coins_of_another_party_are_not_sold(text: str) -> None:
    assert _values(text, "btc_sold") == []


def test_own_sale_is_kept() -> None:
    assert _values("Acme sold 900 BTC in August.", "btc_sold") == [Decimal(900)]


# Decided case 1: a figure the company reported earlier, recalled as background.
def test_figure_said_last_week_is_recalled() -> None:
    text = "Acme said last week that it mined 512 BTC in August."
    assert _values(text, "btc_produced") == []


# Decided case 5: gross or design MW are not critical IT.
def test_gross_mw_is_not_ai_capacity() -> None:
    text = (
        "The HPC lease covers 90 MW of gross capacity (75 MW of critical IT load) at the "
        "Acme campus."
    )
    assert _values(text, "ai_capacity_mw") == [Decimal(75)]


def test_site_design_size_is_not_ai_capacity() -> None:
    text = (
        "The AI cloud contract will use GPUs deployed at Acme's campus, a site designed for "
        "600 megawatts of power."
    )
    assert _values(text, "ai_capacity_mw") == []


# A memorandum of understanding is a step towards a contract, not a contract signed.
@pytest.mark.parametrize(
    "text",
    [
        "Acme signs MOU with a hyperscaler to co-develop a 200 MW AI data center.",
        "Acme entered into a memorandum of understanding with an AI cloud provider for HPC "
        "hosting.",
    ],
)
def test_mou_is_not_a_contract(text: str) -> None:
    assert "contract_signed" not in _details(text)


def test_signed_lease_is_a_contract() -> None:
    text = "Acme signed a 15-year lease with an AI cloud provider for its HPC data center."
    assert "contract_signed" in _details(text)


# Other parties' money and hardware: a named party's possessive, hardware hosted for a client.
@pytest.mark.parametrize(
    "text",
    [
        "The loan follows Nvidia's direct $300 million investment in AI servers for the campus.",
        "The partnership will see Acme host $80 million in GPUs for an AI customer.",
    ],
)
def test_another_partys_spend_is_not_capex(text: str) -> None:
    assert _values(text, "ai_capex_usd") == []


def test_own_possessive_spend_is_capex() -> None:
    text = "The Company's $300 million investment in AI servers for the campus was completed."
    assert _values(text, "ai_capex_usd") == [Decimal(300_000_000)]


# Coins a sale took from holdings are not production; a swap's amount is not a balance.
def test_coins_from_reserves_are_not_produced() -> None:
    text = "The sale comprised all 380 BTC mined in August and 20 BTC from existing reserves."
    assert _values(text, "btc_produced") == [Decimal(380)]


def test_swapped_debt_is_not_a_balance() -> None:
    text = "Acme agreed with holders to exchange $12 million of convertible notes for shares."
    assert _values(text, "debt_total_usd") == []


# A miner buying hosting from a colocation provider signs no AI contract.
def test_hosting_bought_from_provider_is_not_an_ai_contract() -> None:
    text = (
        "The bitcoin miner signed an agreement with colocation provider Northgrid for 20 "
        "megawatts of capacity for its machines."
    )
    assert "contract_signed" not in _details(text)


# A sentence opened by a bare "Earlier," or "Previously," tells background (decided case 1).
@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Earlier, on March 3, Acme signed a 120 MW AI lease for critical IT load.",
         "ai_capacity_mw"),
        ("Previously, Acme sold 300 BTC in June.", "btc_sold"),
    ],
)  # fmt: skip
def test_background_opened_by_earlier_is_recalled(text: str, metric: str) -> None:
    assert _values(text, metric) == []


def test_signed_lease_mw_is_kept() -> None:
    text = "On September 3, Acme signed a 120 MW AI lease for critical IT load."
    assert _values(text, "ai_capacity_mw") == [Decimal(120)]


# Decided case 15: finishing a repayment states the loan's life total, not the period's payment.
@pytest.mark.parametrize(
    "text",
    [
        "In August, Acme finished repaying the $40 million it borrowed from its lender in 2023.",
        "Acme has completed paying off the $18 million equipment loan taken out two years ago.",
    ],
)
def test_finished_repaying_is_a_life_total(text: str) -> None:
    assert _values(text, "debt_repaid_usd") == []


def test_final_payment_is_the_periods_repayment() -> None:
    text = "In August, Acme completed the repayment of the final $2.5 million of its loan."
    assert _values(text, "debt_repaid_usd") == [Decimal(2_500_000)]


# Decided case 17: "no long-term debt" is not "no debt"; "debt-free" still is.
def test_no_long_term_debt_is_not_zero_debt() -> None:
    text = "Acme ended the quarter with $90 million in cash and no long-term debt."
    assert _values(text, "debt_total_usd") == []


def test_debt_free_is_zero_debt() -> None:
    text = "Acme ended the quarter with $90 million in cash and is debt-free."
    assert _values(text, "debt_total_usd") == [Decimal(0)]


# Decided cases 3 and 11: a stated sum of flows whose parts are given is counted through them.
def _repaid(text: str) -> set[Decimal | None]:
    return set(_values(text, "debt_repaid_usd"))


def test_sum_of_repayments_is_dropped_when_parts_given() -> None:
    text = (
        "In August, Acme repaid $90 million of debt. The repayment consisted of $50 million of "
        "senior notes, $25 million of its term loan and $15 million of equipment loans."
    )
    assert _repaid(text) == {Decimal(50_000_000), Decimal(25_000_000), Decimal(15_000_000)}


def test_total_alone_is_kept() -> None:
    text = "In August, Acme repaid $90 million of debt, including its senior notes."
    assert _repaid(text) == {Decimal(90_000_000)}


# Decided case 12: one holding per date; its parts stated beside it are not holdings.
@pytest.mark.parametrize(
    "text",
    [
        "Acme held 9,000 BTC at month end, with 2,500 BTC in custody with a third-party custodian.",
        "Acme held 9,000 BTC, with 6,000 BTC directly owned and 3,000 BTC held by its subsidiary.",
    ],
)
def test_parts_of_a_holding_are_not_holdings(text: str) -> None:
    assert _values(text, "btc_held") == [Decimal(9000)]


def test_holding_after_with_and_no_total_is_kept() -> None:
    text = "Acme ended August with 9,000 BTC on its balance sheet."
    assert _values(text, "btc_held") == [Decimal(9000)]


def test_level_after_a_flow_is_kept() -> None:
    text = "Acme sold 500 BTC in August, ending the month with 9,000 BTC in its treasury."
    assert _values(text, "btc_held") == [Decimal(9000)]
