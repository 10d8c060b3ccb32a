"""Round 15, debt: an instrument issued "for the full $X", its gross proceeds its principal.

"APLD Holdings 2, LLC issued a Promissory Note (the “Note”) for the full $150 million in gross
proceeds on November 27th, 2024": the note is new debt at its principal, dated by the day the
sentence gives (README `debt_issued_usd`; decided case 7, an event's own month). "for the
full / entire / total $X" sizes the instrument like "for $X"; a note's gross proceeds are its
principal. The real passage comes first (holdout k2-apld-2024-11-macquarie-note), then variants,
then hard negatives: a plan, a cap ("up to"), shares sold, an offering's proceeds with no
instrument, net proceeds.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, issued

_DEC_2024 = dt.date(2024, 12, 4)

ISSUED_FOR_FULL = [
    pytest.param(  # real: k2-apld-2024-11-macquarie-note (the dated body sentence decides)
        "Applied Digital Closes $150 million Senior Secured Note With Macquarie Equipment "
        "Capital, Inc. to Refinance Existing Credit Facility With Former Senior Lender\n\n"
        "Dec 4, 2024\n\n"
        "DALLAS – December 2, 2024 — Applied Digital Corporation (Nasdaq: APLD) announced today "
        "that the Company, through its subsidiary, APLD Holdings 2, LLC, closed a $150 million "
        "senior secured debt financing with Macquarie Equipment Capital, Inc. APLD Holdings 2, "
        "LLC issued a Promissory Note (the “Note”) for the full $150 million in gross proceeds on "
        "November 27th, 2024, and simultaneously repaid its obligations under the Senior Secured "
        "Credit Facility with CIM Group.\n",
        _DEC_2024,
        "APLD",
        {issued("150000000", "2024-11")},
        id="real-apld-note-for-the-full",
    ),
    pytest.param(  # variant: "the entire", a day after the amount
        "The Company issued a convertible note for the entire $25 million on March 3, 2025.\n",
        dt.date(2025, 3, 20),
        "BTDR",
        {issued("25000000", "2025-03")},
        id="variant-for-the-entire",
    ),
    pytest.param(  # variant: "a total of", the lender between
        "In May 2024 Bitdeer issued a promissory note to Tether for a total of $50 million.\n",
        dt.date(2024, 6, 10),
        "BTDR",
        {issued("50000000", "2024-05")},
        id="variant-for-a-total-of",
    ),
    pytest.param(  # variant: a term loan entered into, gross proceeds after the amount
        "On June 5, 2024, the Company entered into a term loan for the full $20 million in gross "
        "proceeds.\n",
        dt.date(2024, 6, 20),
        "CIFR",
        {issued("20000000", "2024-06")},
        id="variant-term-loan-gross-proceeds",
    ),
    pytest.param(  # negative: a plan
        "The Company expects to issue a promissory note for the full $150 million next month.\n",
        _DEC_2024,
        "APLD",
        set(),
        id="negative-expects-to-issue",
    ),
    pytest.param(  # negative: a cap, not a principal (decided case 19)
        "The Company issued a promissory note for up to $150 million in gross proceeds.\n",
        _DEC_2024,
        "APLD",
        set(),
        id="negative-up-to",
    ),
    pytest.param(  # negative: shares sold for gross proceeds, no debt instrument
        "The Company sold 10 million shares for the full $150 million in gross proceeds.\n",
        _DEC_2024,
        "APLD",
        set(),
        id="negative-shares",
    ),
    pytest.param(  # negative: an offering's gross proceeds, no instrument named
        "The offering generated $150 million in gross proceeds.\n",
        _DEC_2024,
        "APLD",
        set(),
        id="negative-offering-proceeds",
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), ISSUED_FOR_FULL)
def test_instrument_issued_for_full_amount(
    text: str, published: dt.date, entity: str, expected: set[Fact]
) -> None:
    assert debt_facts(text, published, ("debt_issued_usd",), entity) == expected
