"""The base a share was sold from, in copy not in English: production, not a sale.

Expected answers worked out from the labelling rules (tests/extract/real/README.md, decided
case 9: each stated sale is labelled, as printed; a reader's own arithmetic is not): "vendió
150 BTC de todos los 320 BTC producidos" sold the 150; the 320 after the partitive is what the
month produced (told as mined), not a second sale. A sale of the whole ("tras vender todos los
320 BTC producidos") still sells the 320. Spanish, Portuguese, Italian and German (its verb at
the end) copy of the same shape.
"""

from __future__ import annotations

import pytest

from tests.extract import test_foreign_copy

CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (
        "Según la empresa, Cipher Mining vendió 150 BTC en junio, de todos los 320 BTC "
        "producidos durante el mes, y conservó el resto en su reserva.",
        "CIFR",
        "2025-07-04",
        {("btc_sold", 150, "2025-06"), ("btc_produced", 320, "2025-06")},
    ),
    (
        "De acordo com a empresa, a Cipher Mining vendeu 95 BTC dos 210 BTC minerados em maio, "
        "mantendo o restante em reserva.",
        "CIFR",
        "2025-06-04",
        {("btc_sold", 95, "2025-05"), ("btc_produced", 210, "2025-05")},
    ),
    (
        "Secondo la società, a maggio Cipher Mining ha venduto 95 BTC di tutti i 210 BTC "
        "prodotti nel mese, e il resto è stato conservato nella sua riserva.",
        "CIFR",
        "2025-06-04",
        {("btc_sold", 95, "2025-05"), ("btc_produced", 210, "2025-05")},
    ),
    (
        "Nach Angaben des Unternehmens hat Cipher Mining im Mai 95 BTC von allen 210 "
        "geschürften BTC verkauft, und der Rest wurde in der Reserve gehalten.",
        "CIFR",
        "2025-06-04",
        {("btc_sold", 95, "2025-05"), ("btc_produced", 210, "2025-05")},
    ),
    (
        "Nach Angaben des Unternehmens hat Cipher Mining im Mai 95 BTC der gesamten 210 BTC "
        "verkauft, die das Unternehmen produziert hat, und der Rest wurde gehalten.",
        "CIFR",
        "2025-06-04",
        {("btc_sold", 95, "2025-05"), ("btc_produced", 210, "2025-05")},
    ),
    # near miss: a sale of the whole is still the sale of it
    (
        "Según la empresa, las reservas de bitcoin de Cipher Mining quedaron en cero el 3 de "
        "junio, tras vender todos los 210 BTC producidos durante la semana.",
        "CIFR",
        "2025-06-05",
        {("btc_held", 0, "2025-06-03"), ("btc_sold", 210, "2025-06")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_the_base_of_a_share_sold_is_production(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)
