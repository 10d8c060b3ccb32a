"""Foreign-copy wordings and costs a reviewer found in the foreign readers (mend24b).

* Bounded work: the spans of three months ("von Juli bis September") a German sentence holds are
  read once per sentence, not once per clause of its figures.
* A loan paid out in tranches (README decided case 19) is dropped only when its own sentence or
  the next tells the payout ("Ces 20 M$ seront remis en quatre tranches de 5 M$"); a tranche of
  megawatts elsewhere in the story, or a loan repaid in instalments ("a ser pago em 12 parcelas
  mensais"), leaves the loan obtained.
* "20 M$": Canadian dollars only in a story naming Quebec or Canada; France's press writes "M$"
  for the US dollar.

Each case is written in the shape of such copy; a near-miss stands beside each positive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from monitor.extract import extract_text, foreign
from tests.extract import test_foreign_debt_ai

# (text, entity, published, expected (metric, value, unit, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    # --- a tranche of megawatts in the next sentence: the loan is obtained at once
    (
        "Hut 8 a obtenu un prêt de 150 millions de dollars auprès de Coinbase. La première "
        "tranche de 100 MW du campus River Bend, en Louisiane, sera livrée au deuxième "
        "trimestre 2025.",
        "HUT",
        "2024-11-20",
        {("debt_issued_usd", 150000000, "USD", "2024-11")},
    ),
    # (near-miss: the loan itself paid out in tranches, told in the next sentence)
    (
        "Hut 8 a obtenu un prêt de 150 millions de dollars auprès de Coinbase. Ces 150 millions "
        "de dollars seront versés en trois tranches de 50 millions de dollars.",
        "HUT",
        "2024-11-20",
        set(),
    ),
    # --- Portuguese: a loan repaid in monthly instalments is still obtained
    (
        "A Hut 8 obteve um empréstimo de 50 milhões de dólares junto à Coinbase, a ser pago em "
        "12 parcelas mensais.",
        "HUT",
        "2024-11-20",
        {("debt_issued_usd", 50000000, "USD", "2024-11")},
    ),
    # (near-miss: released in instalments, a payout to come)
    (
        "A Hut 8 obteve um empréstimo de 50 milhões de dólares junto à Coinbase, que será "
        "liberado em 3 parcelas.",
        "HUT",
        "2024-11-20",
        set(),
    ),
    # --- French from France: "M$" is the US dollar
    (
        "Le mineur de bitcoins Marathon Digital a obtenu un prêt de 200 M$ auprès de Coinbase, "
        "garanti par une partie de ses bitcoins.",
        "MARA",
        "2024-11-20",
        {("debt_issued_usd", 200000000, "USD", "2024-11")},
    ),
    # (near-miss: a Quebec story, the Canadian dollar)
    (
        "Bitfarms agrandit son centre de Sherbrooke\n\n"
        "Bitfarms a obtenu un prêt de 20 M$ auprès de Coinbase pour ses centres du Québec.",
        "BITF",
        "2019-01-15",
        {("debt_issued_usd", 20000000, "CAD", "2019-01")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_debt_wordings_a_reviewer_found(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)


def _quarters_read(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """The characters the foreign reader's scans for spans of three months are given."""
    tally = [0]
    spans = foreign.quarter_spans

    def counted(sentence: str, *args: Any) -> Iterator[Any]:
        tally[0] += len(sentence)
        return spans(sentence, *args)

    monkeypatch.setattr(foreign, "quarter_spans", counted)
    extract_text(text, published=dt.date(2024, 11, 6), entity="MARA")
    monkeypatch.undo()
    return tally[0]


def test_spans_of_months_are_read_once_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    head = "Der Bitcoin-Miner Marathon Digital hat im Oktober 1.252 Bitcoin produziert. "
    unit = "im Monat {n} bis zu {n},5 Bitcoin produziert"

    def story(count: int) -> str:
        figures = ", ".join(unit.format(n=n) for n in range(count))
        return head + "Marathon hat von Juli bis September, " + figures + "."

    small = _quarters_read(monkeypatch, story(100))
    large = _quarters_read(monkeypatch, story(200))
    assert small > 0
    assert large <= 2.3 * small


# (text, entity, published, expected (metric, value, unit, period)): notes told closed or issued
NOTES_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "Le mineur de bitcoins MARA Holdings a clôturé son offre d'obligations convertibles de "
        "1 milliard de dollars. La société utilisera le produit pour acheter des bitcoins.",
        "MARA",
        "2024-11-26",
        {("debt_issued_usd", 1000000000, "USD", "2024-11")},
    ),
    # (near-miss: an offering only announced)
    (
        "Le mineur de bitcoins MARA Holdings a annoncé une offre d'obligations convertibles de "
        "1 milliard de dollars. La société utilisera le produit pour acheter des bitcoins.",
        "MARA",
        "2024-11-26",
        set(),
    ),
    (
        "Riot Platforms emitió 500 millones de dólares en bonos senior garantizados con "
        "vencimiento en 2030.",
        "RIOT",
        "2025-01-15",
        {("debt_issued_usd", 500000000, "USD", "2025-01")},
    ),
    # (near-miss: notes only planned; a bonus paid)
    (
        "Riot Platforms planea emitir 500 millones de dólares en bonos senior garantizados con "
        "vencimiento en 2030.",
        "RIOT",
        "2025-01-15",
        set(),
    ),
    (
        "Riot Platforms pagó 5 millones de dólares en bonos de rendimiento a sus directivos.",
        "RIOT",
        "2025-01-15",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), NOTES_CASES)
def test_notes_closed_or_issued_in_french_and_spanish(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected intent periods): an analyst's guess is no intention of the
# company's (README decided case 29)
INTENT_CASES: list[tuple[str, str, str, set[str]]] = [
    (
        "Selon les analystes de JPMorgan, Marathon pourrait vendre une partie de ses bitcoins "
        "après le halving.",
        "MARA",
        "2024-03-20",
        set(),
    ),
    # (near-miss: the company's own release)
    (
        "Selon le communiqué, Marathon pourrait vendre une partie de ses bitcoins après le "
        "halving.",
        "MARA",
        "2024-03-20",
        {"2024-03"},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), INTENT_CASES)
def test_an_analysts_guess_is_no_intention(
    text: str, entity: str, published: str, expected: set[str]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {item.period for item in found if item.metric == "intent"} == expected


# (text, entity, published, expected (metric, value, period)): coins an analyst thinks it must
# cash out are no coins sold; a Korean sentence of a guess is read for none of its figures, as a
# sentence recalling an earlier report is not
COIN_CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (
        "마라톤 디지털은 10월에 1,252 BTC를 채굴했으며, 이 중 300 BTC를 현금화해야 할 것으로 "
        "보인다고 분석했다.",
        "MARA",
        "2024-11-05",
        set(),
    ),
    # (near-miss: coins cashed out)
    (
        "마라톤 디지털은 10월에 1,252 BTC를 채굴했으며, 이 중 300 BTC를 현금화해 운영비에 "
        "충당했다.",
        "MARA",
        "2024-11-05",
        {("btc_produced", 1252, "2024-10"), ("btc_sold", 300, "2024-10")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), COIN_CASES)
def test_coins_an_analyst_thinks_it_must_cash_out(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {(i.metric, i.value, i.period) for i in found if i.metric.startswith("btc")} == expected


# (text, entity, published, expected intent periods): a reflexive "se"/"si" is no condition
REFLEXIVE_CASES: list[tuple[str, str, str, set[str]]] = [
    (
        "Según se informó, Marathon planea vender parte de su producción de bitcoin para cubrir "
        "sus costos operativos.",
        "MARA",
        "2023-10-20",
        {"2023-10"},
    ),
    (
        "A Marathon, que se tornou líder do setor, planeja vender parte de sua produção de "
        "bitcoin.",
        "MARA",
        "2023-10-20",
        {"2023-10"},
    ),
    (
        "Come si legge nel comunicato, Marathon prevede di vendere parte della produzione di "
        "bitcoin.",
        "MARA",
        "2023-10-20",
        {"2023-10"},
    ),
    # (near-misses: a condition)
    (
        "Si el precio cae, Marathon planea vender parte de su producción de bitcoin.",
        "MARA",
        "2023-10-20",
        set(),
    ),
    (
        "Se o preço cair, a Marathon planeja vender parte de sua produção de bitcoin.",
        "MARA",
        "2023-10-20",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), REFLEXIVE_CASES)
def test_a_reflexive_pronoun_is_no_condition(
    text: str, entity: str, published: str, expected: set[str]
) -> None:
    test_an_analysts_guess_is_no_intention(text, entity, published, expected)


# (text, entity, published, expected intent periods): German puts the coins before the verb
# (dated by the month the story reports, README decided case 2)
GERMAN_CASES: list[tuple[str, str, str, set[str]]] = [
    (
        "Der Bitcoin-Miner Marathon Digital hat im September 1.242 Bitcoin produziert. Marathon "
        "Digital plant, einen Teil seiner monatlichen Bitcoin-Produktion zu verkaufen, um die "
        "Betriebskosten zu decken.",
        "MARA",
        "2023-10-20",
        {"2023-09"},
    ),
    # (near-miss: a site sold, though it mines bitcoin)
    (
        "Der Bitcoin-Miner Marathon Digital hat im September 1.242 Bitcoin produziert. Marathon "
        "Digital plant, seine Bitcoin-Mining-Anlagen in Texas zu verkaufen, um die "
        "Betriebskosten zu decken.",
        "MARA",
        "2023-10-20",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), GERMAN_CASES)
def test_german_coins_before_the_verb(
    text: str, entity: str, published: str, expected: set[str]
) -> None:
    test_an_analysts_guess_is_no_intention(text, entity, published, expected)
