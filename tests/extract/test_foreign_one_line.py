"""A one-sentence foreign story is read like its longer forms.

Expected answers worked out from the labelling rules (tests/extract/real/README.md: the figure's
period is the one its sentence names; a holding stated for a month with no day is at the month's
last day; the README's note that French, Czech, Indonesian and Finnish copy is read too): a
story of one sentence carries too few function words for the foreign-copy gate's count, so its
language is told by its own words (function words and month names, a figure's cue word, no
English function word). English lines that quote a French name or word stay English.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.foreign import read_language

_PUBLISHED = dt.date(2025, 7, 3)
_EXPECTED = [("btc_held", "3349", "2025-06-30"), ("btc_sold", "3000", "2025-06")]


def _btc(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_text(text, published=_PUBLISHED, entity="BITF")
    return sorted(
        (item.metric, str(item.value), item.period)
        for item in found
        if item.metric in ("btc_sold", "btc_held", "btc_produced")
    )


ONE_LINERS = [
    ("Bitfarms a vendu 3 000 BTC en juin et détient 3 349 BTC.", "fr"),
    ("Bitfarms prodala v červnu 3 000 BTC a drží 3 349 BTC.", "cs"),
    ("Bitfarms menjual 3.000 BTC pada bulan Juni dan memegang 3.349 BTC.", "id"),
    ("Bitfarms myi kesäkuussa 3 000 BTC:tä ja omistaa 3 349 BTC:tä.", "fi"),
]


@pytest.mark.parametrize(("text", "language"), ONE_LINERS)
def test_a_one_sentence_story_is_read(text: str, language: str) -> None:
    assert read_language(text) == language
    assert _btc(text) == _EXPECTED


def test_the_one_liner_reads_as_its_longer_form() -> None:
    longer = (
        "Bitfarms a vendu 3 000 BTC en juin et détient 3 349 BTC. La société a également "
        "produit 250 BTC au cours du mois."
    )
    assert [item for item in _btc(longer) if item[0] != "btc_produced"] == _btc(ONE_LINERS[0][0])


# near misses: English lines with a French name or word, one sentence each
@pytest.mark.parametrize(
    "text",
    [
        "Bitfarms sold 3,000 BTC in June and holds 3,349 BTC at Société Générale.",
        "Bitfarms sold 3,000 BTC in juin, Le Monde reports.",
        "Bitfarms vendu: 3,000 BTC sold et 3,349 BTC held, says Crédit Agricole.",
        "Bitfarms Sells 3,000 BTC, Holds 3,349 BTC – Société Générale de Banque",
        "Riot Platforms produit 500 BTC – a report by Les Echos de la Bourse",
    ],
)
def test_an_english_line_with_french_words_stays_english(text: str) -> None:
    assert read_language(text) is None
