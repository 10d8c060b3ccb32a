"""A tranche told drawn by a bare participle, as summary lines tell it, is new debt.

Real: t-bitf-2025-04-holder-macquarie-tranche, a bullet under "a private debt facility of up to
$300 million": "Initial tranche of $50 million drawn for development costs and corporate
purposes." The facility's size is no new debt (README decided case 19); the tranche stated
drawn is. The participle must tell the draw as done: "drawn upon reaching milestones", "to be
drawn", "undrawn" are conditions, plans or the opposite (decided case 6).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import debt_facts, issued

_PUBLISHED = dt.date(2025, 4, 2)

DRAWN = [
    (  # real (cut): t-bitf-2025-04-holder-macquarie-tranche
        "Bitfarms (BITF) has secured an initial agreement for a private debt facility of up to "
        "$300 million with Macquarie Equipment Capital, Inc.\n\n"
        "  • Initial tranche of $50 million drawn for development costs and corporate purposes.\n"
        "  • Remaining $250 million contingent on key project milestones, becoming fully secured "
        "at the project level.",
        "50000000",
    ),
    ("• First tranche of $20 million disbursed at closing.", "20000000"),
    ("• Second tranche of $15 million funded on April 1.", "15000000"),
    ("Initial tranche of US$40 million fully drawn to fund the Childress expansion.", "40000000"),
]


@pytest.mark.parametrize(("text", "amount"), DRAWN)
def test_a_tranche_told_drawn_is_new_debt(text: str, amount: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == {issued(amount, "2025-04")}


NOT_DRAWN = [
    "• Second tranche of $100 million drawn upon reaching construction milestones.",
    "• Remaining tranche of $250 million to be drawn as milestones are met.",
    "• Final tranche of $50 million undrawn at quarter end.",
]


@pytest.mark.parametrize("text", NOT_DRAWN)
def test_a_tranche_on_condition_or_undrawn_is_not(text: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == set()
