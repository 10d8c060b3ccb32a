"""A German date's ordinal dot ends no sentence ("am 7. März 2025").

Expected answers worked out from the labelling rules (tests/extract/real/README.md, "Periods":
the period the sentence names; a one-off sale with no period → the month of the event): German
writes the day as an ordinal with a dot and capitalises the month after it, so "hat am 7. März
2025 insgesamt 150 Bitcoin verkauft" is one sentence, its sale dated by its own March. Danish,
Norwegian, Czech and Polish write the month in lower case ("7. marts", "7. března"): one
sentence already; an English sentence ending on a small number still ends.
"""

from __future__ import annotations

import pytest

from monitor.extract.sentences import segments
from tests.extract import test_foreign_copy

SENTENCES = [
    (
        "Laut Mitteilung hat Hut 8 am 7. März 2025 insgesamt 150 Bitcoin verkauft. Der Bestand "
        "lag danach bei 1.200 BTC.",
        2,
    ),
    ("Hut 8 hat am 14. April 90 Bitcoin verkauft. Der Bestand lag bei 1.110 BTC.", 2),
    ("Im 1. Quartal 2025 hat Hut 8 700 Bitcoin geschürft. Das ist ein Rekord.", 2),
    ("Selskabet solgte den 7. marts 2025 i alt 150 BTC. Beholdningen var 1.200 BTC.", 2),
    ("Společnost Hut 8 prodala 7. března 2025 celkem 150 BTC. Zásoba činila 1 200 BTC.", 2),
    # near miss: an English sentence ending on a small number
    ("The fleet efficiency improved to 17. August production was 500 BTC.", 2),
]


@pytest.mark.parametrize(("text", "count"), SENTENCES)
def test_a_german_ordinal_day_ends_no_sentence(text: str, count: int) -> None:
    assert len(list(segments(text))) == count


GERMAN_DAYS = [
    (
        "Nach Angaben des Unternehmens lag der Bitcoin-Bestand von Hut 8 am 7. März 2025 bei "
        "1.200 BTC, nachdem das Unternehmen Bitcoin verkauft hatte.",
        {("btc_held", 1200, "2025-03-07")},
    ),
    (
        "Nach Angaben des Unternehmens hielt Hut 8 am 14. März 2025 insgesamt 1.110 BTC, und der "
        "Bestand blieb seither unverändert.",
        {("btc_held", 1110, "2025-03-14")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_DAYS)
def test_a_holding_on_a_german_dated_day(text: str, expected: set[tuple[str, float, str]]) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, "HUT", "2025-04-02", expected)
