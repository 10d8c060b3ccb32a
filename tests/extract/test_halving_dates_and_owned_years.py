"""Two period classes of production figures in news rewrites.

The halving's date is not the figure's period: holdout t-wulf-2024-q2-cryptomak-699-debt-
eliminated ("In the second quarter of 2024, TeraWulf delivered …, following the Bitcoin reward
halving in April, mining a total of 699 bitcoin") is Q2, not April. A year before the company's
output noun names the figure's year: holdout i-mara-2025-fy-10k-news ("its 2025 mining output
fell 7% year on year to 8,799 BTC, citing the April 2024 halving"). Variants in other wordings;
look-alikes: a month that is the figure's own beside the halving, another company's year.
Expected sets follow the labelling convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

_TREASURY = {"btc_held", "btc_sold", "btc_produced"}
Fact = tuple[str, Decimal | None, str | None]


def _produced(value: str, period: str) -> Fact:
    return ("btc_produced", Decimal(value), period)


HALVING = [
    (
        "“In the second quarter of 2024, TeraWulf delivered solid financial performance, even in "
        "a challenging fundamental business environment following the Bitcoin reward halving in "
        "April, mining a total of 699 bitcoin across our facilities.”",
        {_produced("699", "2024-Q2")},
    ),
    (
        "In the second quarter of 2024, the company mined 699 BTC following the Bitcoin halving "
        "in April.",
        {_produced("699", "2024-Q2")},
    ),
    (
        "In the second quarter of 2024, following the halving in April, the company mined 699 BTC.",
        {_produced("699", "2024-Q2")},
    ),
    (
        "During the second quarter of 2024, after April's halving, the company produced 699 BTC.",
        {_produced("699", "2024-Q2")},
    ),
    # look-alikes: the month is the figure's own
    ("In April the company mined 350 BTC, down after the halving.", {_produced("350", "2024-04")}),
    (
        "The company mined 350 BTC in April, the month of the halving.",
        {_produced("350", "2024-04")},
    ),
]

OWNED_YEAR = [
    (
        "MARA Holdings said its 2025 mining output fell 7% year on year to 8,799 BTC, citing the "
        "April 2024 halving and rising network difficulty.",
        {_produced("8799", "2025")},
    ),
    ("MARA said its 2025 production rose to 8,799 BTC.", {_produced("8799", "2025")}),
    ("MARA's 2025 bitcoin production totaled 8,799 BTC.", {_produced("8799", "2025")}),
    # look-alikes: a peer's year; a year before another noun leaves the month its own
    ("Riot's 2025 bitcoin production totaled 5,686 BTC.", set()),
    ("Its 2025 revenue rose while it mined 500 BTC in June.", {_produced("500", "2025-06")}),
]


@pytest.mark.parametrize(("text", "expected"), HALVING)
def test_halving_month_is_not_the_figures(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=dt.date(2024, 8, 10), entity="WULF")
    assert {(i.metric, i.value, i.period) for i in found if i.metric in _TREASURY} == expected


@pytest.mark.parametrize(("text", "expected"), OWNED_YEAR)
def test_year_before_the_output_names_its_year(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=dt.date(2026, 3, 2), entity="MARA")
    assert {(i.metric, i.value, i.period) for i in found if i.metric in _TREASURY} == expected
