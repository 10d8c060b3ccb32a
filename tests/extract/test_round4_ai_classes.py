"""Round 4 AI classes, each in fresh wording, with near-misses that must not fire.

Expected facts follow the labelling convention (tests/extract/real/README.md: critical-IT MW
only, decided case 5; an agreement entered into is done, decided case 6), never the
extractor's output. Published 2025-11-17: a fact with no month named is 2025-11.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 17)
Fact = tuple[str, Decimal | None, str | None, str | None]


def _facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED)
    return {
        (item.metric, item.value, item.period, item.detail)
        for item in found
        if item.metric.startswith("ai_")
    }


_SIGNED: Fact = ("ai_milestone", None, "2025-11", "contract_signed")


def _mw(value: str) -> Fact:
    return ("ai_capacity_mw", Decimal(value), "2025-11", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Power bought or secured for a site is not critical IT (decided case 5).
        (
            "The company is moving into AI and HPC data centers, buying 300 acres in Texas with "
            "long-term power agreements totaling 285 MW for a new campus.",
            set(),
        ),
        (
            "The miner signed electricity supply contracts for 150 MW at its new AI data center "
            "site.",
            set(),
        ),
        # ... while a lease of critical IT next to a power agreement still counts.
        (
            "The company signed a 10-year lease with an AI hyperscaler for 120 MW of critical IT "
            "load, backed by a power agreement with the local utility.",
            {_mw("120"), _SIGNED},
        ),
    ],
)
def test_power_agreements_are_not_ai_capacity(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An amended and restated lease with the AI cloud provider raises the HPC facility's "
            "critical IT load from 100 MW to 140 MW.",
            {_mw("140"), _SIGNED},
        ),
        (
            "The miner entered into an amendment to its HPC colocation agreement with its AI "
            "customer, adding 20 MW of critical IT load.",
            {_mw("20"), _SIGNED},
        ),
        # A loan's amendment is no customer contract; a proposed one is not signed.
        (
            "The company entered into an amendment to its loan agreement with the lender to "
            "extend the maturity of its HPC facility financing.",
            set(),
        ),
        ("The company is negotiating a proposed amendment to its AI hosting agreement.", set()),
    ],
)
def test_an_amended_ai_contract_is_a_contract_signed(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected
