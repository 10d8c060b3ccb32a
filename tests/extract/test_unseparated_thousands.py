"""A figure printed without its thousands separator ("1441 BTC", "$62477.67") reads as with it.

News copy, machine rewrites and spun copy drop the comma ("mined 1441 BTC in the first two
quarters"). Each sentence is a labelled real passage's wording (the forms
`benchmarks.rewrites.numbers` makes of it): both printings must give the same figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

# (template with {a}/{b}, (separated a, b), (unseparated a, b), published, entity, expected)
SENTENCES = {
    "a running total's last part": (
        "TeraWulf successfully mined {a} BTC in the first two quarters of the year, with 508 BTC "
        "in Q1 and an additional 375 BTC in Q2.",
        ("1,441", ""),
        ("1441", ""),
        "2023-08-20",
        "WULF",
        ("btc_produced", "375", "2023-Q2"),
    ),
    "a year's total brought to": (
        "Riot mined 619 Bitcoin in December, a 12% increase from November's 552 BTC, bringing "
        "its total 2023 production to {a} Bitcoin.",
        ("6,626", ""),
        ("6626", ""),
        "2024-01-03",
        "RIOT",
        ("btc_produced", "6626", "2023"),
    ),
    "a ticker price glued to the coins": (
        "Cango (CANG) has gone full seller mode on its Bitcoin{a} treasury, offloading {b} "
        "Bitcoin{a} for roughly $305 million in February as it tries to slash debt.",
        ("$62,477.67", "4,451"),
        ("$62477.67", "4451"),
        "2026-02-10",
        "CANG",
        ("btc_sale_proceeds_usd", "305000000", "2026-02"),
    ),
    "a month beside a year-to-date total": (
        "Earned 345 Self-Mined Bitcoin in September for a Total of {a} Bitcoin Year-to-Date and "
        "{b} in the Third Quarter",
        ("5,621", "1,115"),
        ("5621", "1115"),
        "2024-10-03",
        "CORZ",
        ("btc_produced", "345", "2024-09"),
    ),
}


def _found(template: str, values: tuple[str, str], published: str, entity: str) -> set:
    text = template.format(a=values[0], b=values[1])
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    return {(item.metric, str(item.value), str(item.period)) for item in found}


@pytest.mark.parametrize(
    ("template", "separated", "bare", "published", "entity", "expected"),
    SENTENCES.values(),
    ids=SENTENCES.keys(),
)
def test_a_figure_without_separators_reads_as_with_them(
    template: str,
    separated: tuple[str, str],
    bare: tuple[str, str],
    published: str,
    entity: str,
    expected: tuple[str, str, str],
) -> None:
    with_commas = _found(template, separated, published, entity)
    assert expected in with_commas
    assert _found(template, bare, published, entity) == with_commas


def test_the_year_to_date_total_is_not_the_months() -> None:
    text = (
        "Core Scientific earned 345 self-mined bitcoin in September for a total of 5621 bitcoin "
        "year-to-date."
    )
    found = extract_text(text, published=dt.date(2024, 10, 3), entity="CORZ")
    assert {(item.metric, str(item.value), str(item.period)) for item in found} == {
        ("btc_produced", "345", "2024-09")
    }


def test_a_bare_year_is_no_running_part() -> None:
    """(review) "… and 2023 in the year before": the year, not a count of coins."""
    text = "Riot mined a total of 4,828 bitcoin, with 1,530 in Q4 and 2023 in the year before."
    found = extract_text(text, published=dt.date(2025, 1, 6), entity="RIOT")
    produced = {(str(item.value), str(item.period)) for item in found}
    assert produced == {("1530", "2024-Q4")}
