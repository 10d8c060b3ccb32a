"""A span of three months in copy not in English is a quarter, and with the issuer's fiscal
ordinal it is that fiscal quarter (README Periods: a fiscal quarter as the issuer names it,
"Q3 FY25" → 2025-Q3; decided cases 14 and 46: a holding with no date of its own in a story
retelling a quarterly report takes the report's period label).

* "entre avril et juin", "entre abril y junio", "entre abril e junho", "tra aprile e giugno",
  "tussen april en juni", "zwischen April und Juni": one span, the calendar quarter (not its
  first month, which the reader took before);
* beside "le troisième trimestre fiscal" (and its Spanish, Portuguese, Italian and Dutch
  words): the issuer's fiscal quarter, its year the one its fiscal year ends in;
* a span that opens in a story's head and ends past it is read whole (batch al2's French
  CleanSpark story cut its head after "entre avril et").

Near misses keep their readings: a span of four months, two months joined with no "between",
a holding with its own date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from tests.extract.treasury_facts import metric_found

_PUBLISHED = "2025-08-08"

_FR_HEAD = (
    "Le mineur de bitcoin CleanSpark a publié les meilleurs résultats trimestriels de son "
    "histoire, avec un chiffre d’affaires et une rentabilité dépassant les prévisions des "
    "analystes.\n\n"
    "Dans un communiqué publié jeudi, CleanSpark a annoncé avoir généré 198,6 millions de "
    "dollars de revenus entre avril et juin, contre 104 millions un an plus tôt.\n\n"
)

# (text, entity, expected btc_held (value, period) pairs)
CASES: list[tuple[str, str, set[tuple[float, str]]]] = [
    (  # the head cut inside the span: read whole, with the fiscal ordinal of the quote
        _FR_HEAD + "« Le troisième trimestre fiscal a marqué un tournant pour CleanSpark », a "
        "précisé le directeur financier.\n\nCleanSpark détient actuellement 12 703 BTC.",
        "CLSK",
        {(12703, "2025-Q3")},
    ),
    (  # the span alone: the calendar quarter
        _FR_HEAD + "CleanSpark détient actuellement 12 703 BTC.",
        "CLSK",
        {(12703, "2025-Q2")},
    ),
    (
        "CleanSpark generó 198,6 millones de dólares en ingresos entre abril y junio. «El tercer "
        "trimestre fiscal marcó un punto de inflexión», dijo el director financiero. CleanSpark "
        "posee actualmente 12.703 BTC.",
        "CLSK",
        {(12703, "2025-Q3")},
    ),
    (
        "A CleanSpark registrou receita de 198,6 milhões de dólares entre abril e junho. «O "
        "terceiro trimestre fiscal marcou uma virada», afirmou o diretor financeiro. A "
        "CleanSpark detém atualmente 12.703 BTC.",
        "CLSK",
        {(12703, "2025-Q3")},
    ),
    (
        "CleanSpark ha registrato ricavi per 198,6 milioni di dollari tra aprile e giugno. «Il "
        "terzo trimestre fiscale ha segnato una svolta», ha detto il direttore finanziario. "
        "CleanSpark detiene attualmente 12.703 BTC.",
        "CLSK",
        {(12703, "2025-Q3")},
    ),
    (
        "CleanSpark boekte tussen april en juni 198,6 miljoen dollar aan omzet. 'Het derde "
        "fiscale kwartaal was een keerpunt', zei de financieel directeur. CleanSpark bezit "
        "momenteel 12.703 BTC.",
        "CLSK",
        {(12703, "2025-Q3")},
    ),
    (  # Spanish, the span alone: the calendar quarter
        "CleanSpark generó 198,6 millones de dólares en ingresos entre abril y junio. CleanSpark "
        "posee actualmente 12.703 BTC.",
        "CLSK",
        {(12703, "2025-Q2")},
    ),
    # near misses
    (  # a holding with its own day keeps it
        "CleanSpark a généré 198,6 millions de dollars de revenus d'avril à juin. CleanSpark "
        "détenait 12 703 BTC au 30 juin.",
        "CLSK",
        {(12703, "2025-06-30")},
    ),
]


def _held(text: str, entity: str) -> set[tuple[object, str | None]]:
    return metric_found(text, entity, _PUBLISHED, "btc_held")


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_holding_takes_the_spans_quarter(
    text: str, entity: str, expected: set[tuple[float, str]]
) -> None:
    assert _held(text, entity) == expected


def test_the_head_ends_inside_the_span() -> None:
    """The first case is the one the fix is for: its span opens in the head and ends past it."""
    start = _FR_HEAD.find("entre avril et juin")
    assert start < 300 < start + len("entre avril et juin")


# (text, published, expected quarter mentions of the German fiscal reading, unchanged)
GERMAN: list[tuple[str, str]] = [
    (
        "HIVE hat im zweiten Quartal des laufenden Geschäftsjahres im Zeitraum von Juli bis "
        "September 717 Bitcoin produziert.",
        "2024-11-15",
    ),
]


@pytest.mark.parametrize(("text", "published"), GERMAN)
def test_german_fiscal_quarter_unchanged(text: str, published: str) -> None:
    day = dt.date.fromisoformat(published)
    found = {
        (item.metric, float(item.value), item.period)
        for item in extract_text(text, published=day, entity="HIVE")
        if item.value is not None
    }
    assert found == {("btc_produced", 717.0, "2025-Q2")}
