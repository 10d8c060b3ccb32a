"""Near misses of the new debt readers: wording beside a reader's pattern that is no new debt.

Each case is a sentence one reader of new debt took as money borrowed or repaid:
- a loan "of up to" an amount approved, committed or still to draw is a maximum on offer, no
  money drawn (`debt_taken.loan_up_to`; README, decided cases 6 and 19);
- a promissory note received that settles what someone owes the company ("advances he owed",
  "hosting fees owed", "a bank customer") is a note the company holds, not a loan to it
  (`debt_note_lender`);
- a loan "funded for" an amount that "has since been repaid" is an earlier draw recalled
  (`debt_funded_for`; decided case 1);
- a list of steps a lead-in says were completed is done, even when a relative clause after the
  done verb says what the steps are expected to do (`debt_planned_list`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2025, 5, 6)
_DEBT = ("debt_issued_usd", "debt_repaid_usd")
Fact = tuple[str, Decimal, str | None]


def _debt(text: str) -> set[Fact]:
    found = extract_text(text, published=_PUBLISHED, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _DEBT}


NOT_NEW_DEBT = [
    # a maximum approved: the approval is what was received, not the money
    "Riot Platforms received approval for a loan of up to $50 million from Galaxy Digital.",
    # a commitment obtained, to draw later
    "Riot Platforms obtained a commitment for a loan of up to $50 million from Coinbase, which "
    "it may draw through 2026.",
    # granted, but only available to draw
    "Riot Platforms was granted a loan of up to $50 million by its bank, available to draw over "
    "the next twelve months.",
    # a note settling advances the former CEO owed the company: a receivable
    "Riot Platforms received a promissory note of $1.2 million from its former chief executive "
    "officer covering advances he owed the company.",
    # a customer's note for fees owed ("a bank customer" is no bank lending)
    "Riot Platforms received a promissory note of $5 million from a bank customer for hosting "
    "fees owed.",
    "Riot Platforms received a promissory note of $5 million from a bank customer.",
    # a funding of 2021 recalled in a 2025 document, the loans since repaid
    "The equipment loans were funded for $54 million in 2021 and have since been repaid.",
]


@pytest.mark.parametrize("text", NOT_NEW_DEBT)
def test_no_new_debt(text: str) -> None:
    assert _debt(text) == set()


# The lead-in's main verb says the steps were completed in the first quarter of 2025 (the
# document is of May 2025): the repayment in March 2025, the draw in that quarter.
_DONE_STEPS = (
    "During the first quarter, Riot completed the following steps, which it expects will lower "
    "its interest costs:\n"
    "- Repaying the $50 million term loan in March 2025.\n"
    "- Drawing $100 million under its new credit facility\n"
)


def test_steps_completed_are_flows_though_their_effects_are_expected() -> None:
    assert _debt(_DONE_STEPS) == {
        ("debt_repaid_usd", Decimal("50000000"), "2025-03"),
        ("debt_issued_usd", Decimal("100000000"), "2025-Q1"),
    }
