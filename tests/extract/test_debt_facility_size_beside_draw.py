"""A facility's size beside a draw on it is no new debt; the draw is (README decided case 19).

Real: t-bitf-2025-10-ainvest-project-financing, "Bitfarms Secures $300M Project Financing,
Converts Macquarie Debt Facility" over "We intend to use this drawdown of an additional $50
million …": the headline's $300M is the facility's size (only $50M was drawn). The variants tell
the same class in other wordings; the look-alikes keep a term loan, notes, a financing closed
beside a draw on another line, and a size the text itself says was drawn in full.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import Fact, debt_facts, issued

_PUBLISHED = dt.date(2025, 10, 10)

SIZE_BESIDE_DRAW = [
    (  # real (cut): t-bitf-2025-10-ainvest-project-financing
        "Bitfarms Secures $300M Project Financing, Converts Macquarie Debt Facility\n"
        "The conversion of the debt facility to a project-specific financing facility allows "
        "Bitfarms to draw down on the full facility, accelerating construction timelines and "
        "providing increased flexibility. We intend to use this drawdown of an additional $50 "
        "million to fund civil works and substation construction at Panther Creek, which are on "
        "track to begin in Q4 2025.",
        "50000000",
    ),
    (
        "Cipher Secures $200M Project Financing for Barber Lake\n\nCipher Mining said it made an "
        "initial drawdown of $60 million under the facility at closing.",
        "60000000",
    ),
    (
        "IREN Closes $400 Million Debt Financing With Macquarie\n\nIREN has drawn $100 million "
        "under the facility to fund its Childress build-out.",
        "100000000",
    ),
    (
        "- Secured $120 million of project financing from Trinity; a first tranche of $30 million "
        "was drawn at closing.",
        "30000000",
    ),
]


@pytest.mark.parametrize(("text", "drawn"), SIZE_BESIDE_DRAW)
def test_the_draw_is_new_debt_and_the_facility_size_is_not(text: str, drawn: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == {issued(drawn, "2025-10")}


BOTH_NEW_DEBT: list[tuple[str, set[Fact]]] = [
    (  # a term loan funded at closing and a draw on a revolver: two instruments
        "Riot closed a $100 million term loan and drew $20 million under its revolving credit "
        "facility.",
        {issued("100000000", "2025-10"), issued("20000000", "2025-10")},
    ),
    (  # notes closed, and a draw on a credit line
        "Core Scientific closed a $500 million offering of convertible notes. It also drew $20 "
        "million on its credit line.",
        {issued("500000000", "2025-10"), issued("20000000", "2025-10")},
    ),
    (  # the draw is on another, existing line: the project financing closed stays new debt
        "TeraWulf Closes $150 Million Project Financing\n\nTeraWulf closed a $150 million project "
        "financing with Morgan Stanley. Separately, it drew $25 million under its existing $50 "
        "million revolving credit facility.",
        {issued("150000000", "2025-10"), issued("25000000", "2025-10")},
    ),
    (  # the size itself drawn in full
        "Riot Secures $200M Project Financing\n\nThe $200 million facility was fully drawn at "
        "closing.",
        {issued("200000000", "2025-10")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOTH_NEW_DEBT)
def test_instruments_funded_beside_a_draw_stay_new_debt(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == expected
