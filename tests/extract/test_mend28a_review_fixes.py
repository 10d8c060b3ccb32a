"""Review of the ak1 first-run fixes: shapes those fixes read too widely, each with near misses.

* Amounts listed after "are" are loan balances only when a debt word names the facilities and
  the list ends as loans ("its three facilities in Texas are $120 million … investments", "two
  credit facilities are $200 million and $100 million in size", "…, which Acme plans to draw").
* A debt closing still to come is no new debt ("could occur in August", "expects the … first
  closing … to occur next week"); a closing of no debt ("of the acquisition") neither.
* "cleared" as approved ("the board cleared a $40 million loan") is no repayment.
* A previously announced deal the news expands or upsizes: the capacity added is this news's.
* A month's update cited by name ("As per the October report, Acme produced 420 BTC during the
  month") dates its figures as "According to its October update" does (README rule 48); some
  report cited ("As per an October report") dates nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_FACILITIES_LISTED: list[tuple[str, Must, MustNot]] = [
    (
        "Its three facilities in Texas are $120 million, $80 million and $60 million "
        "investments funded by its loan.",
        [],
        [("debt_total_usd", None)],
    ),
    (
        "Its two credit facilities are $200 million and $100 million in size, of which Acme "
        "has drawn nothing.",
        [],
        [("debt_total_usd", None)],
    ),
    (
        "The two loans are $50 million and $70 million, which Acme plans to draw next year "
        "under its new credit facility.",
        [],
        [("debt_total_usd", None)],
    ),
    (
        "The four sites in Ohio are $40 million and $25 million projects financed by loans.",
        [],
        [("debt_total_usd", None)],
    ),
    # near misses: named debt facilities listed as loans; named loans, respectively
    (
        "The two equipment facilities in dispute, per the filing, are $12 million and $18 "
        "million worth of equipment loans.",
        [("debt_total_usd", 12000000, "2024-11"), ("debt_total_usd", 18000000, "2024-11")],
        [],
    ),
    (
        "The three debt facilities in question are $4 million, $9 million and $15 million "
        "worth of equipment loans.",
        [
            ("debt_total_usd", 4000000, "2024-11"),
            ("debt_total_usd", 9000000, "2024-11"),
            ("debt_total_usd", 15000000, "2024-11"),
        ],
        [],
    ),
    (
        "The two loans are $6 million and $11 million, respectively.",
        [("debt_total_usd", 6000000, "2024-11"), ("debt_total_usd", 11000000, "2024-11")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _FACILITIES_LISTED)
def test_listed_amounts_are_balances_only_of_named_loans(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2024-11-08"), must, must_not)


_CLOSINGS: list[tuple[str, Must, MustNot]] = [
    (
        "Acme said the $40 million first closing of notes could occur in August.",
        [],
        [("debt_issued_usd", None)],
    ),
    (
        "Acme expects the $15 million first closing of the convertible notes to occur next week.",
        [],
        [("debt_issued_usd", None)],
    ),
    (
        "Acme used its credit facility to fund the $100 million closing of the acquisition of "
        "a Texas data center.",
        [],
        [("debt_issued_usd", None)],
    ),
    (
        "The company anticipates the $30 million initial closing of its senior notes may take "
        "place in September.",
        [],
        [("debt_issued_usd", None)],
    ),
    # near misses: closings done
    (
        "The financing included the $40 million first closing of the notes.",
        [("debt_issued_usd", 40000000, "2025-07")],
        [],
    ),
    (
        "The round included a $12 million convertible debt closing.",
        [("debt_issued_usd", 12000000, "2025-07")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CLOSINGS)
def test_a_closing_to_come_or_of_no_debt_is_no_new_debt(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2025-07-18"), must, must_not)


_CLEARED: list[tuple[str, Must, MustNot]] = [
    (
        "Acme's board cleared a $40 million loan from its chairman to fund new rigs.",
        [],
        [("debt_repaid_usd", None)],
    ),
    (
        "Regulators cleared a $40 million loan from the state bank to Acme for its new site.",
        [],
        [("debt_repaid_usd", None)],
    ),
    (
        "Shareholders cleared a $25 million loan from the founder to Acme.",
        [],
        [("debt_repaid_usd", None)],
    ),
    # near misses: debt cleared off the books
    (
        "Acme cleared $25 million of its loans.",
        [("debt_repaid_usd", 25000000, "2025-04")],
        [],
    ),
    (
        "Acme has cleared a hefty $9 million in secured debt.",
        [("debt_repaid_usd", 9000000, "2025-04")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CLEARED)
def test_a_loan_cleared_as_approved_is_no_repayment(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2025-04-10"), must, must_not)


_EXPANDED_DEALS: list[tuple[str, Must, MustNot]] = [
    (
        "Acme expanded its previously announced lease with CoreWeave by an additional 100 MW "
        "of AI capacity.",
        [("ai_capacity_mw", 100, "2025-08")],
        [],
    ),
    (
        "Acme upsized the previously announced contract with Fluidstack to 360 MW of AI capacity.",
        [("ai_capacity_mw", 360, "2025-08")],
        [],
    ),
    # near misses: the earlier deal's capacity the news builds on; a new lease beside them
    (
        "The expansion builds on previously announced contracts under which Acme is delivering "
        "more than 240 MW of AI-optimized data center capacity to a hyperscaler.",
        [],
        [("ai_capacity_mw", 240)],
    ),
    (
        "Acme today signed a new 150 MW lease, on top of previously announced agreements with "
        "Fluidstack.",
        [("ai_capacity_mw", 150, "2025-08")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _EXPANDED_DEALS)
def test_a_previously_announced_deal_expanded_is_news(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2025-08-18"), must, must_not)


_CITED_UPDATES: list[tuple[str, Must, MustNot]] = [
    (
        "As per the October report, Acme produced 420 BTC during the month.",
        [("btc_produced", 420, "2024-10")],
        [],
    ),
    (
        "As per its October update, Acme mined 380 BTC during the month.",
        [("btc_produced", 380, "2024-10")],
        [],
    ),
    # near misses: the same update cited with "according to"; some report cited in a story
    # about a default
    (
        "According to its October update, Acme mined 500 BTC and held 9,000 BTC.",
        [("btc_produced", 500, "2024-10")],
        [],
    ),
    (
        "As per an October report, the miner had a hash rate of 3.9 EH/s. The two debt "
        "facilities in dispute are $8 million and $12 million worth of equipment loans.",
        [("debt_total_usd", 8000000, "2024-11"), ("debt_total_usd", 12000000, "2024-11")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CITED_UPDATES)
def test_a_named_update_cited_dates_its_month(text: str, must: Must, must_not: MustNot) -> None:
    assert_must(found_items(text, "ACME", "2024-11-20"), must, must_not)


# A period after the figure's noun, opening the next clause after ", and", dates that clause's
# figure only: the first figure keeps the period named before it.
_NEXT_CLAUSE_PERIOD: list[tuple[str, Must, MustNot]] = [
    (
        "Throughout 2024, Acme repaid $60 million of debt, and in February 2025 it repaid $10 "
        "million.",
        [("debt_repaid_usd", 60000000, "2024"), ("debt_repaid_usd", 10000000, "2025-02")],
        [],
    ),
    (
        "In December, Acme mined 500 BTC, and in February 2025 it mined 400 BTC.",
        [("btc_produced", 500, "2024-12"), ("btc_produced", 400, "2025-02")],
        [],
    ),
    # near misses: the period right after the figure dates it; one period for both figures
    (
        "Acme repaid $25 million of debt in February 2025 and $5 million of notes.",
        [("debt_repaid_usd", 25000000, "2025-02"), ("debt_repaid_usd", 5000000, "2025-02")],
        [],
    ),
    (
        "Acme mined 450 BTC and sold 120 BTC in February 2025.",
        [("btc_produced", 450, "2025-02"), ("btc_sold", 120, "2025-02")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _NEXT_CLAUSE_PERIOD)
def test_a_period_opening_the_next_clause_dates_that_clause(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "ACME", "2025-03-10"), must, must_not)
