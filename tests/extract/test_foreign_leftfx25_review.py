"""Reader errors in copy not in English that the twenty-fourth session's reviews left, each in
the layout of the news copy the reviewers read, with near misses beside it:

* a Korean or Japanese sale the company must or may make ("비트코인 1,000개를 매도해야 할
  상황에 놓였다", "매도해야 할 수도 있다", "1,000BTCを売却しなければならない") is no sale, nor
  an intention (a forced sale, as the English reader's "may be required to sell"); a sale it
  may choose to make ("매도할 수도 있다", "売却する可능性がある") is an intention (README decided
  case 29); one it had to make and made ("매도해야 했다") is a sale;
* an earlier contract's megawatts told in the sentence after a new contract ("El acuerdo se suma
  al firmado con Fluidstack en septiembre, que cubre 168 MW …") are not the new contract's
  (README decided case 1);
* a sum the sentence after a German sale measures on the holding ("Der Wert betrug … 1,2
  Milliarden US-Dollar, gemessen am gesamten Bitcoin-Bestand") is no proceeds (decided case 4);
* a period told in a relative clause before a Spanish contract ("IREN, que el año pasado
  abandonó …, firmó un contrato") is the clause's time, not the contract's;
* a sentence that opens on a condition ("Si hace falta cubrir …, Marathon venderá …", "Falls
  nötig, …") states no plan, as the English reader's "If needed, …"; a trailing "si hace falta"
  leaves the intention standing, as the English reader's "will sell … if needed";
* a treasury of coins in Spanish, Portuguese or Italian copy ("una tesorería de aproximadamente
  12.100 BTC", "uma tesouraria de", "una tesoreria di") is a holding, as the French reader's
  "trésorerie" (holdout gap ah2-clsk-2025-11-alookzone-es-115b-notes), not a treasury of cash
  nor another company's.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import Row, as_rows, metric_rows

# (text, entity, published, metrics read, expected (metric, value, unit, period))
CASES: list[tuple[str, str, str, frozenset[str], set[Row]]] = [
    # --- Korean: a sale it must make is none made, nor an intention
    (
        "미국 비트코인 채굴업체 마라톤 디지털이 채굴 비용 상승과 부채 상환 부담으로 보유한 "
        "비트코인 1,000개를 매도해야 할 상황에 놓였다. 회사는 이에 대해 공식 입장을 밝히지 "
        "않았다.",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold", "intent"}),
        set(),
    ),
    (
        "마라톤 디지털은 운영 자금을 마련하기 위해 보유 중인 비트코인 2,000개를 매도해야 할 "
        "수도 있다고 밝혔다. 회사는 올해 들어 채굴 비용이 크게 늘었다고 설명했다.",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold", "intent"}),
        set(),
    ),
    (  # a sale it may choose to make: an intention (decided case 29), no sale
        "마라톤 디지털은 운영 자금을 마련하기 위해 보유 중인 비트코인 2,000개를 매도할 수도 "
        "있다고 밝혔다. 회사는 올해 들어 채굴 비용이 크게 늘었다고 설명했다.",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold", "intent"}),
        {("intent", None, "BTC", "2024-08")},
    ),
    (  # near miss: it had to sell them, and did
        "마라톤 디지털은 부채 상환을 위해 지난달 비트코인 1,000개를 매도해야 했다. 회사는 "
        "이번 매도로 유동성을 확보했다고 설명했다.",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold", "intent"}),
        {("btc_sold", 1000, "BTC", "2024-07")},
    ),
    (  # near miss: a sale done
        "마라톤 디지털은 지난달 비트코인 500개를 매도했다. 회사는 이번 매도로 유동성을 "
        "확보했다고 설명했다.",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold", "intent"}),
        {("btc_sold", 500, "BTC", "2024-07")},
    ),
    # --- Japanese: the same, "売却しなければならない", "売却せざるを得ない", "売却する可能性"
    (
        "米ビットコインマイニング企業のマラソン・デジタルは、債務返済のために保有する1,000BTCを"
        "売却しなければならない状況に追い込まれている。",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold", "intent"}),
        set(),
    ),
    (
        "米ビットコインマイニング企業のマラソン・デジタルは、債務返済のために保有する1,000BTCを"
        "売却せざるを得ない状況だ。",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold", "intent"}),
        set(),
    ),
    (
        "米ビットコインマイニング企業のマラソン・デジタルは、運営資金を確保するため保有する"
        "2,000BTCを売却する可能性があると明らかにした。",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold", "intent"}),
        {("intent", None, "BTC", "2024-08")},
    ),
    (  # near miss: a sale done
        "米ビットコインマイニング企業のマラソン・デジタルは、先月1,000BTCを売却した。",
        "MARA",
        "2024-08-15",
        frozenset({"btc_sold", "intent"}),
        {("btc_sold", 1000, "BTC", "2024-07")},
    ),
    # --- Spanish and Portuguese: the earlier contract's megawatts, told after the new one
    (
        "Cipher Mining firmó un contrato de arrendamiento de 15 años con Amazon Web Services para "
        "alojar cargas de trabajo de inteligencia artificial en su campus de Texas. El acuerdo se "
        "suma al firmado con Fluidstack en septiembre, que cubre 168 MW de carga crítica de TI.",
        "CIFR",
        "2025-11-03",
        frozenset({"ai_capacity_mw", "ai_milestone"}),
        {("ai_milestone", None, "", "2025-11")},
    ),
    (
        "A Cipher Mining assinou um contrato de arrendamento de 15 anos com a Amazon Web Services "
        "para hospedar cargas de trabalho de inteligência artificial no seu campus do Texas. O "
        "acordo soma-se ao contrato anterior com a Fluidstack, que cobre 168 MW de carga crítica "
        "de TI.",
        "CIFR",
        "2025-11-03",
        frozenset({"ai_capacity_mw", "ai_milestone"}),
        {("ai_milestone", None, "", "2025-11")},
    ),
    (  # near miss: the new contract's own scope
        "Cipher Mining firmó un contrato de arrendamiento de 15 años con Amazon Web Services para "
        "alojar cargas de trabajo de inteligencia artificial en su campus de Texas. El acuerdo "
        "cubre 300 MW de carga crítica de TI.",
        "CIFR",
        "2025-11-03",
        frozenset({"ai_capacity_mw", "ai_milestone"}),
        {("ai_milestone", None, "", "2025-11"), ("ai_capacity_mw", 300, "MW", "2025-11")},
    ),
    # --- German: a sum measured on the holding, told after a sale
    (
        "Das Bergbauunternehmen Bitfarms hat in der vergangenen Woche insgesamt 3.000 BTC "
        "verkauft, um seine Liquidität zu verbessern. Der Wert betrug rund 1,2 Milliarden "
        "US-Dollar, gemessen am gesamten Bitcoin-Bestand des Unternehmens.",
        "BITF",
        "2022-06-22",
        frozenset({"btc_sold", "btc_sale_proceeds_usd"}),
        {("btc_sold", 3000, "BTC", "2022-06")},
    ),
    (  # near miss: the sale's total value
        "Das Bergbauunternehmen Bitfarms hat in der vergangenen Woche insgesamt 3.000 BTC "
        "verkauft, um seine Liquidität zu verbessern. Der Gesamtwert belief sich auf rund 62 "
        "Millionen US-Dollar, wie das Unternehmen mitteilte.",
        "BITF",
        "2022-06-22",
        frozenset({"btc_sold", "btc_sale_proceeds_usd"}),
        {
            ("btc_sold", 3000, "BTC", "2022-06"),
            ("btc_sale_proceeds_usd", 62000000, "USD", "2022-06"),
        },
    ),
    # --- Spanish: a relative clause's time is not the contract's
    (
        "IREN, que el año pasado abandonó en parte la minería de bitcoin, firmó un contrato de "
        "9.700 millones de dólares con Microsoft para prestar servicios de nube de inteligencia "
        "artificial.",
        "IREN",
        "2025-11-04",
        frozenset({"ai_milestone"}),
        {("ai_milestone", None, "", "2025-11")},
    ),
    (  # near miss: the month the contract was signed in
        "En octubre, IREN, la empresa que abandonó en parte la minería de bitcoin, firmó un "
        "contrato de 9.700 millones de dólares con Microsoft para prestar servicios de nube de "
        "inteligencia artificial.",
        "IREN",
        "2025-11-04",
        frozenset({"ai_milestone"}),
        {("ai_milestone", None, "", "2025-10")},
    ),
    # --- a treasury of coins is a holding ("una tesorería de aproximadamente 12.100 BTC"), as
    # French "trésorerie" and German "Treasury" are (holdout ah2-clsk-2025-11, Spanish)
    (
        "El balance de CleanSpark incluye ahora más de 1.700 millones de dólares en deuda a largo "
        "plazo, frente a una tesorería de aproximadamente 12.100 BTC, según los analistas de la "
        "firma.",
        "CLSK",
        "2025-11-14",
        frozenset({"btc_held"}),
        {("btc_held", 12100, "BTC", "2025-11")},
    ),
    (
        "A CleanSpark tem agora uma dívida de longo prazo de 1,7 mil milhões de dólares e uma "
        "tesouraria de cerca de 12.100 BTC, segundo os dados da empresa.",
        "CLSK",
        "2025-11-14",
        frozenset({"btc_held"}),
        {("btc_held", 12100, "BTC", "2025-11")},
    ),
    (
        "Il bilancio di CleanSpark comprende ora più di 1,7 miliardi di dollari di debito a lungo "
        "termine e una tesoreria di circa 12.100 BTC, secondo i dati della società.",
        "CLSK",
        "2025-11-14",
        frozenset({"btc_held"}),
        {("btc_held", 12100, "BTC", "2025-11")},
    ),
    (  # near miss: a treasury of cash
        "El balance de CleanSpark incluye ahora una tesorería de 450 millones de dólares en "
        "efectivo, según los datos de la empresa, que no vendió bitcoin.",
        "CLSK",
        "2025-11-14",
        frozenset({"btc_held"}),
        set(),
    ),
    (  # near miss: another company's treasury
        "CleanSpark emitió bonos convertibles por 1.150 millones de dólares, mientras que la "
        "tesorería de MicroStrategy supera ya los 640.000 BTC, según los datos de la empresa.",
        "CLSK",
        "2025-11-14",
        frozenset({"btc_held"}),
        set(),
    ),
    # --- a sentence opening on a condition states no plan; a trailing one leaves it standing
    (
        "Si hace falta cubrir los costes de la expansión de su campus en Texas durante el próximo "
        "año, Marathon venderá parte de su producción de bitcoin, según dijo la empresa.",
        "MARA",
        "2025-03-10",
        frozenset({"intent"}),
        set(),
    ),
    (
        "Falls nötig, um die Kosten für den Ausbau des Standorts in Texas im kommenden Jahr zu "
        "decken, plant Marathon, einen Teil seiner Bitcoin-Produktion zu verkaufen, wie das "
        "Unternehmen mitteilte.",
        "MARA",
        "2025-03-10",
        frozenset({"intent"}),
        set(),
    ),
    (  # near miss: "will sell … if needed"
        "Marathon venderá parte de su producción de bitcoin si hace falta para cubrir los costes "
        "de la expansión de su campus en Texas, según dijo la empresa.",
        "MARA",
        "2025-03-10",
        frozenset({"intent"}),
        {("intent", None, "BTC", "2025-03")},
    ),
    (  # near miss: a reflexive "Se" opens no condition
        "Se informó que Marathon tiene previsto vender parte de su producción de bitcoin para "
        "cubrir los costes de la expansión de su campus en Texas.",
        "MARA",
        "2025-03-10",
        frozenset({"intent"}),
        {("intent", None, "BTC", "2025-03")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "metrics", "expected"), CASES)
def test_review_leftovers_in_foreign_copy(
    text: str, entity: str, published: str, metrics: frozenset[str], expected: set[Row]
) -> None:
    assert metric_rows(text, entity, published, metrics) == as_rows(expected)
