"""Translated results releases the foreign reader missed (UNSEEN_MISSES, batch ae1).

* Romance copy names a quarter by its number ("Durante el 3.° trimestre de 2021", "nel 2°
  trimestre"): that quarter, not the bare year; a count of quarters ("en los últimos 3
  trimestres") names none.
* German shortenings ("526,1 bzw. 101,0", "d.h.", "27,5 Mio. USD") and a sentence opening on a
  day ("Zum 30. September 2021 …") end no sentence, so a holding keeps its date.
* "Das Unternehmen verdiente N Bitcoins": coins earned are coins mined.
* A flow with no period of its own is dated by the change the next sentence opens on ("Der
  Rückgang im Vergleich zum zweiten Quartal …"): the period after the one compared. Not when
  the next sentence does not open on the change, nor against a year-ago period.
* French holdings told before the figure ("Les avoirs en bitcoins ont augmenté de 14,6 % pour
  atteindre 7 406 au deuxième trimestre"): a count of coins held at the quarter's end; a sum of
  dollars reached is none.

Each case is new copy in the shape of such a release (other companies, other figures); a
near miss stands beside each positive.
"""

from __future__ import annotations

import pytest

from tests.extract import test_foreign_copy

_DE_LEAD = (
    "Bit Digital hat die Verlagerung der Flotte nach Nordamerika abgeschlossen und ist "
    "mit dem Ergebnis für die Aktionäre zufrieden. "
)

# (text, entity, published, expected BTC figures (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (
        "Riot Platforms informó sus resultados del trimestre. Durante el 2.° trimestre de 2024, "
        "Riot minó 844 Bitcoin (BTC).",
        "RIOT",
        "2024-07-31",
        {("btc_produced", 844, "2024-Q2")},
    ),
    (
        "Marathon Digital ha pubblicato i risultati della società per il periodo. Nel 3° trimestre "
        "2023 Marathon Digital ha prodotto 3.490 BTC.",
        "MARA",
        "2023-10-20",
        {("btc_produced", 3490, "2023-Q3")},
    ),
    (  # near miss: a count of quarters, not the third quarter
        "CleanSpark publicó una actualización de la empresa para los inversores. En los últimos 3 "
        "trimestres de 2023, CleanSpark minó 4.520 BTC.",
        "CLSK",
        "2023-12-05",
        {("btc_produced", 4520, "2023")},
    ),
    (
        _DE_LEAD + "Die Bestände an BTC und ETH beliefen sich auf "
        "812,4 bzw. 95,0, was einem Marktwert von rund 51,2 Mio. USD zum 30. Juni 2024 "
        "entspricht.",
        "BTBT",
        "2024-08-14",
        {("btc_held", 812.4, "2024-06-30")},
    ),
    (
        _DE_LEAD + "Zum 15. September 2024 hielt das Unternehmen 701,2 Bitcoin.",
        "BTBT",
        "2024-11-15",
        {("btc_held", 701.2, "2024-09-15")},
    ),
    (
        _DE_LEAD + "Das Unternehmen verdiente 310,5 Bitcoins. Der Anstieg im "
        "Vergleich zum ersten Quartal ist auf neue Miner zurückzuführen.",
        "BTBT",
        "2024-08-14",
        {("btc_produced", 310.5, "2024-Q2")},
    ),
    (  # near miss: the next sentence compares, but does not open on the figure's change
        _DE_LEAD + "Das Unternehmen verdiente 310,5 Bitcoins. Im Vergleich zum "
        "ersten Quartal stieg die Hashrate um 12 %.",
        "BTBT",
        "2024-08-14",
        {("btc_produced", 310.5, "2024-08")},
    ),
    (  # near miss: a change against a year ago names no period to step from
        _DE_LEAD + "Das Unternehmen verdiente 310,5 Bitcoins. Der Rückgang im "
        "Vergleich zum Vorjahresquartal ist auf das Halving zurückzuführen.",
        "BTBT",
        "2024-08-14",
        {("btc_produced", 310.5, "2024-08")},
    ),
    (
        "Bitfarms publicó la actualización de la empresa para los inversores. Bitfarms minó "
        "1.210 BTC. El aumento frente a abril se debe a nuevas máquinas.",
        "BITF",
        "2024-06-05",
        {("btc_produced", 1210, "2024-05")},
    ),
    (
        "Hut 8 annonce ses résultats. Les avoirs en bitcoins ont progressé de 5,2 % pour "
        "atteindre 9 102 au premier trimestre",
        "HUT",
        "2024-05-10",
        {("btc_held", 9102, "2024-03-31")},
    ),
    (  # near miss: dollars reached, not coins
        "Hut 8 annonce ses résultats. Les avoirs en bitcoins ont progressé de 5,2 % pour "
        "atteindre 610 millions de dollars au premier trimestre",
        "HUT",
        "2024-05-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_translated_results_figures(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)
