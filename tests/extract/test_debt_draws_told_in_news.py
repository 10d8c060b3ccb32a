"""Draws on a loan told in news words: an ordinal drawdown, money received at once.

Real (pages corpus): a Galena Mining release, "With the US$35 million second drawdown, a total
of US$65 million has been drawn under the Taurus Debt Facilities", and a Decrypt rewrite about
CleanSpark's Trinity loan, "instantly receives $20 million, and has till the tip of the yr to
draw down on the remaining $15 million". A draw is new debt (README decided case 19); a draw
still to come ("is expected to be made", "remains available") is a plan (decided case 6).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import Fact, debt_facts, issued, total

_PUBLISHED = dt.date(2025, 8, 15)

DRAWS: list[tuple[str, set[Fact]]] = [
    (  # real: Galena Mining release (investingnews.com.au)
        "With the US$35 million second drawdown, a total of US$65 million has been drawn under "
        "the Taurus Debt Facilities.",
        {issued("35000000", "2025-08"), total("65000000", "2025-08")},
    ),
    (
        "Bitfarms made a $20 million second drawdown under the Macquarie facility.",
        {issued("20000000", "2025-08")},
    ),
    (
        "Soluna completed a $12 million third drawdown of its NYDIG equipment financing.",
        {issued("12000000", "2025-08")},
    ),
    (  # real (spun rewrite): CleanSpark and Trinity Capital
        "The Las Vegas-based Bitcoin miner, which trades on Nasdaq beneath CLSK, instantly "
        "receives $20 million, and has till the tip of the yr to draw down on the remaining $15 "
        "million in increments of $500,000.",
        {issued("20000000", "2025-08")},
    ),
    (
        "The miner instantly received $10 million and may draw the remaining $15 million by "
        "year-end.",
        {issued("10000000", "2025-08")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DRAWS)
def test_a_draw_told_in_news_is_new_debt(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == expected


NOT_YET = [
    "The $50 million second drawdown is expected to be made in June.",
    "A $100 million further drawdown remains available under the facility.",
    "The $50 million drawdown is expected to be made in June.",
    "The company may request a $25 million second drawdown once the site is energised.",
]


@pytest.mark.parametrize("text", NOT_YET)
def test_a_draw_still_to_come_is_not(text: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == set()
