"""Months shortened with a dot ("Feb. 2025", "Sept. 30, 2024") are read as their full names are.

Each sentence is a real release's or news story's wording with its months in AP style (the
forms `benchmarks.rewrites.dates` makes of the labelled corpus); the full-name form of each is
read today, and the dotted one must give the same figure and period.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.month_dots import as_printed, undotted_moves

# (sentence, published, entity, expected (metric, value, period) set)
DOTTED: dict[str, tuple[str, str, str, set[tuple[str, str, str]]]] = {
    "month and year before the figure": (
        "Riot Platforms has reported its Bitcoin mining output for Feb. 2025, totaling 470 "
        "Bitcoin, valued at approximately $39.6 million.",
        "2025-03-04",
        "RIOT",
        {("btc_produced", "470", "2025-02")},
    ),
    "dated holdings, respectively": (
        "The Company held approximately 1,508 and 780 bitcoin at Sept. 30, 2024, and Dec. 31, "
        "2023, respectively.",
        "2024-11-12",
        "CIFR",
        {("btc_held", "1508", "2024-09-30")},
    ),
    "a year-earlier month compared": (
        "In July 2022, Riot produced 318 BTC, a decrease of approximately 28% as compared to "
        "Jul. 2021 production of 443 BTC.",
        "2022-08-02",
        "RIOT",
        {("btc_produced", "318", "2022-07")},
    ),
    "a balance as of a day": (
        "As of Apr. 21, 2025, Bitdeer had already drawn $43 million from this credit line.",
        "2025-04-25",
        "BTDR",
        {("debt_total_usd", "43000000", "2025-04-21")},
    ),
}


@pytest.mark.parametrize(
    ("sentence", "published", "entity", "expected"), DOTTED.values(), ids=DOTTED.keys()
)
def test_a_dotted_month_reads_as_its_name(
    sentence: str, published: str, entity: str, expected: set[tuple[str, str, str]]
) -> None:
    found = extract_text(sentence, published=dt.date.fromisoformat(published), entity=entity)
    assert {(item.metric, str(item.value), str(item.period)) for item in found} == expected


def test_the_evidence_quotes_the_dots_as_printed() -> None:
    sentence = DOTTED["month and year before the figure"][0]
    (item,) = extract_text(sentence, published=dt.date(2025, 3, 4), entity="RIOT")
    assert "for Feb. 2025," in item.evidence


TABLE_LINES = {
    # a table printed on one line: its cells are split by spacing, which must not move
    "header of dates": "Interest Initial Mar. 31, 2022 Dec. 31, 2021 Equipment Financings:",
    "loan dates in cells": "A Dec. 2020 Jun. 2022 17.0 % $ 4,482 $ — $ 1,245",
    # not a month: a lowercase word, or a dot that ends a sentence
    "lowercase abbreviation": "the dec. 31 cut-off",
    "sentence end": "Production rose in May. 31 new miners arrived.",
}


@pytest.mark.parametrize("line", TABLE_LINES.values(), ids=TABLE_LINES.keys())
def test_lines_without_a_prose_word_before_the_month_are_left_as_printed(line: str) -> None:
    assert undotted_moves(line) == (line, {})


def test_a_label_gets_its_dots_back() -> None:
    text, moves = undotted_moves("balances at Sept. 30, 2024 and at Dec. 31, 2023")
    assert text == "balances at  Sept 30, 2024 and at  Dec 31, 2023"
    # a moved date stands after two spaces in a label read from the undotted text
    assert as_printed("Bitcoin held at  Dec 31, 2023", moves) == "Bitcoin held at Dec. 31, 2023"
    assert as_printed("balances at  Sept 30, 2024", moves) == "balances at Sept. 30, 2024"
    # the same date printed without a dot (a table header) keeps its form
    assert as_printed("Dec 31, 2023", moves) == "Dec 31, 2023"
    assert as_printed("Bitcoin held at Dec 31, 2022", moves) == "Bitcoin held at Dec 31, 2022"
