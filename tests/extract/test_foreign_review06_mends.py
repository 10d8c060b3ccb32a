"""Regressions review06 found in the foreign readers after leftfx25, each with near misses:

* a sale a Japanese company had to make and made ("1,000BTCを売却しなければならなかった",
  "売却せざるを得なかった") is a sale, as Korean "매도해야 했다"; one it must make is none;
* a Korean sale it might have made ("매도할 수도 있었지만 전량 보유하기로 했다", "매도할 수도
  있었다고") is no sale nor an intention (past); one it was able to make ("매도할 수 있었다") is
  a sale;
* a Korean zero sale stands beside an obligation in another clause ("한 개도 매도하지
  않았으며, 장기 보유해야 한다는 입장");
* a contract's own megawatts told after an adjective of the past ("que sustituye al memorando
  previo", "duplica la capacidad anterior") are the new contract's; only a join to an earlier
  contract ("se suma al firmado …") gives the earlier one's (README decided case 1);
* "Si bien …" (although) opens no condition: the plan stands;
* German proceeds named as the sale's ("Der Erlös aus dem Verkauf") stay proceeds when then
  compared with the holding (README decided case 4);
* a treasury tied to another company ("como la de Strategy", "La tesorería de Strategy") or
  one aimed at ("aspira a alcanzar una tesorería de 20.000 BTC") is not the entity's holding.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import Row, as_rows, metric_rows

_JA_SOLD = frozenset({"btc_sold", "intent"})
_KO = frozenset({"btc_sold", "intent"})
_AI = frozenset({"ai_capacity_mw", "ai_milestone"})
_DE = frozenset({"btc_sold", "btc_sale_proceeds_usd"})
_HELD = frozenset({"btc_held"})
_CIFR_ES = (
    "Cipher Mining firmó un contrato de arrendamiento de 15 años con Amazon Web Services para "
    "alojar cargas de trabajo de inteligencia artificial en su campus de Texas. "
)
_CIFR_PT = (
    "A Cipher Mining assinou um contrato de arrendamento de 15 anos com a Amazon Web Services "
    "para hospedar cargas de trabalho de inteligência artificial no seu campus do Texas. "
)
_BITF = (
    "Das Bergbauunternehmen Bitfarms hat in der vergangenen Woche insgesamt 3.000 BTC "
    "verkauft, um seine Liquidität zu verbessern. "
)
_JA = "米ビットコインマイニング企業のマラソン・デジタルは、債務返済のために"
_MW_300 = {("ai_milestone", None, "", "2025-11"), ("ai_capacity_mw", 300, "MW", "2025-11")}
_SOLD_AND_PROCEEDS = {
    ("btc_sold", 3000, "BTC", "2022-06"),
    ("btc_sale_proceeds_usd", 62000000, "USD", "2022-06"),
}

# (text, entity, published, metrics read, expected (metric, value, unit, period))
CASES: list[tuple[str, str, str, frozenset[str], set[Row]]] = [
    # --- 1. Japanese: had to sell, and sold
    (
        _JA + "先月1,000BTCを売却しなければならなかった。",
        "MARA",
        "2024-08-15",
        _JA_SOLD,
        {("btc_sold", 1000, "BTC", "2024-07")},
    ),
    (
        _JA + "先月1,000BTCを売却せざるを得なかった。",
        "MARA",
        "2024-08-15",
        _JA_SOLD,
        {("btc_sold", 1000, "BTC", "2024-07")},
    ),
    (
        _JA + "先月1,000BTCを売却しなければいけなかった。",
        "MARA",
        "2024-08-15",
        _JA_SOLD,
        {("btc_sold", 1000, "BTC", "2024-07")},
    ),
    (  # near miss: a sale it must make, still to come
        _JA + "来月1,000BTCを売却せざるを得ない見通しだ。",
        "MARA",
        "2024-08-15",
        _JA_SOLD,
        set(),
    ),
    # --- 2 and 9. Korean: a sale it might have made
    (
        "마라톤 디지털은 지난달 비트코인 2,000개를 매도할 수도 있었지만 전량 보유하기로 했다.",
        "MARA",
        "2024-08-15",
        _KO,
        set(),
    ),
    (
        "마라톤 디지털은 지난달 비트코인 2,000개를 매각할 수도 있었지만 보유를 택했다.",
        "MARA",
        "2024-08-15",
        _KO,
        set(),
    ),
    (
        "마라톤 디지털은 필요하면 비트코인 2,000개를 매도할 수도 있었다고 밝혔다.",
        "MARA",
        "2024-08-15",
        _KO,
        set(),
    ),
    (  # near miss: a sale it was able to make, made
        "마라톤 디지털은 지난달 비트코인 2,000개를 매도할 수 있었다.",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold"}),
        {("btc_sold", 2000, "BTC", "2024-07")},
    ),
    # --- 3. Korean: a zero sale, an obligation in the next clause
    (
        "마라톤 디지털은 지난달 비트코인을 한 개도 매도하지 않았으며, 장기 보유해야 한다는 입장을 "
        "유지했다.",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold"}),
        {("btc_sold", 0, "BTC", "2024-07")},
    ),
    (
        "마라톤 디지털은 지난달 비트코인을 한 개도 매도하지 않았고, 앞으로도 보유해야 한다고 "
        "밝혔다.",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold"}),
        {("btc_sold", 0, "BTC", "2024-07")},
    ),
    (  # near miss: no zero told, a plan not to sell
        "마라톤 디지털은 비트코인을 한 개도 매도하지 않을 예정이라고 밝혔다.",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold"}),
        set(),
    ),
    # --- 4 and 13. the new contract's own megawatts after an adjective of the past
    (
        _CIFR_ES
        + "El acuerdo, que sustituye al memorando previo, cubre 300 MW de carga crítica de TI.",
        "CIFR",
        "2025-11-03",
        _AI,
        _MW_300,
    ),
    (
        _CIFR_ES
        + "El acuerdo duplica la capacidad anterior y cubre 300 MW de carga crítica de TI.",
        "CIFR",
        "2025-11-03",
        _AI,
        _MW_300,
    ),
    (
        _CIFR_PT
        + "O acordo, que substitui o memorando prévio, cobre 300 MW de carga crítica de TI.",
        "CIFR",
        "2025-11-03",
        _AI,
        _MW_300,
    ),
    (  # near miss: joined to the earlier contract, that one's scope
        _CIFR_PT + "O acordo junta-se ao assinado com a Fluidstack em setembro, que cobre 168 MW "
        "de carga crítica de TI.",
        "CIFR",
        "2025-11-03",
        _AI,
        {("ai_milestone", None, "", "2025-11")},
    ),
    # --- 5. "Si bien" (although) opens no condition
    (
        "Si bien el precio del bitcoin ha caído, Marathon venderá parte de su producción de "
        "bitcoin para cubrir los costes de la expansión, según dijo la empresa.",
        "MARA",
        "2025-03-10",
        frozenset({"intent"}),
        {("intent", None, "BTC", "2025-03")},
    ),
    (
        "Si bien ha caído el precio, Marathon venderá parte de su producción de bitcoin, según "
        "dijo la empresa.",
        "MARA",
        "2025-03-10",
        frozenset({"intent"}),
        {("intent", None, "BTC", "2025-03")},
    ),
    (  # near miss: Portuguese "Se bem que" (although), read so before too
        "Se bem que o preço do bitcoin tenha caído, a Marathon venderá parte da sua produção de "
        "bitcoin para cobrir os custos da expansão, segundo a empresa.",
        "MARA",
        "2025-03-10",
        frozenset({"intent"}),
        {("intent", None, "BTC", "2025-03")},
    ),
    (  # near miss: "Se necessário" (if needed) opens a condition: no plan stated
        "Se necessário, a Marathon venderá parte da sua produção de bitcoin para cobrir os custos "
        "da expansão, segundo a empresa.",
        "MARA",
        "2025-03-10",
        frozenset({"intent"}),
        set(),
    ),
    # --- 6. German proceeds named as the sale's, then compared with the holding
    (
        _BITF + "Der Erlös aus dem Verkauf belief sich auf rund 62 Millionen US-Dollar, etwa 5 "
        "Prozent des gesamten Bitcoin-Bestands.",
        "BITF",
        "2022-06-22",
        _DE,
        _SOLD_AND_PROCEEDS,
    ),
    (
        _BITF + "Der Gesamterlös betrug rund 62 Millionen US-Dollar, gemessen am gesamten "
        "Bitcoin-Bestand etwa 5 Prozent.",
        "BITF",
        "2022-06-22",
        _DE,
        _SOLD_AND_PROCEEDS,
    ),
    (  # near miss: a bare value measured on the holding
        _BITF + "Der Wert betrug rund 1,2 Milliarden US-Dollar, bezogen auf die gesamten "
        "Bitcoin-Bestände.",
        "BITF",
        "2022-06-22",
        _DE,
        {("btc_sold", 3000, "BTC", "2022-06")},
    ),
    # --- 7. another company's treasury
    (
        "CleanSpark emitió bonos convertibles por 1.150 millones de dólares, lejos de una "
        "tesorería de 640.000 BTC como la de Strategy, según los datos de la empresa.",
        "CLSK",
        "2025-11-14",
        _HELD,
        set(),
    ),
    (
        "La tesorería de Strategy, de 640.000 BTC, supera con creces la de CleanSpark, según los "
        "datos de la empresa.",
        "CLSK",
        "2025-11-14",
        _HELD,
        set(),
    ),
    (
        "CleanSpark ha emesso obbligazioni convertibili per 1,15 miliardi di dollari, lontano da "
        "una tesoreria di 640.000 BTC come quella di Strategy, secondo i dati della società.",
        "CLSK",
        "2025-11-14",
        _HELD,
        set(),
    ),
    (  # near miss: the entity's own treasury, named
        "La tesorería de CleanSpark asciende a aproximadamente 12.100 BTC, según los datos de la "
        "empresa.",
        "CLSK",
        "2025-11-14",
        _HELD,
        {("btc_held", 12100, "BTC", "2025-11")},
    ),
    (  # near miss: the entity's own treasury, another company's named after it
        "CleanSpark mantiene una tesorería de 12.100 BTC, lejos de la de Strategy, según los datos "
        "de la empresa.",
        "CLSK",
        "2025-11-14",
        _HELD,
        {("btc_held", 12100, "BTC", "2025-11")},
    ),
    # --- 8. a treasury aimed at
    (
        "CleanSpark aspira a alcanzar una tesorería de 20.000 BTC a finales de 2026, según los "
        "datos de la empresa.",
        "CLSK",
        "2025-11-14",
        _HELD,
        set(),
    ),
    (
        "A CleanSpark pretende atingir uma tesouraria de 20.000 BTC até ao final de 2026, segundo "
        "os dados da empresa.",
        "CLSK",
        "2025-11-14",
        _HELD,
        set(),
    ),
    (
        "CleanSpark punta a raggiungere una tesoreria di 20.000 BTC entro la fine del 2026, "
        "secondo i dati della società.",
        "CLSK",
        "2025-11-14",
        _HELD,
        set(),
    ),
    # near misses: a done sale's purpose is no aim ("para atingir", "a fin de alcanzar")
    (
        "A Marathon vendeu 500 BTC em março para atingir suas metas de liquidez.",
        "MARA",
        "2025-04-05",
        frozenset({"btc_sold"}),
        {("btc_sold", 500, "BTC", "2025-03")},
    ),
    (
        "Marathon vendió 500 BTC en marzo a fin de alcanzar sus metas.",
        "MARA",
        "2025-04-05",
        frozenset({"btc_sold"}),
        {("btc_sold", 500, "BTC", "2025-03")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "metrics", "expected"), CASES)
def test_review06_mends_in_foreign_copy(
    text: str, entity: str, published: str, metrics: frozenset[str], expected: set[Row]
) -> None:
    assert metric_rows(text, entity, published, metrics) == as_rows(expected)
