"""Classes of copy not in English the readers got wrong in holdout batch am2 (issue 16), written
with other words and companies for the same thing, and near misses beside them that must give
no figure (or only the one named):

* figures: a sale made over the past week ("過去1週間で…売却", "先週末に") is the story's own,
  a weekly rate ("毎週", "週に") is not; an announcement recalled ("…と発表していた") is no
  figure of the story; the coins' worth in brackets ("3,000BTC(85億円相当)") is no proceeds;
  a Portuguese participle after the coins ("377 BTC minerados") names the metric, and an
  estimate set against the figure ("contra os 438 esperados") is the estimate's, not the
  figure's forecast; a rank ("상위 20위권") is no sector aggregate; Cango's Korean name;
* periods: a day named alone as the date a holding stood ("26日時点", "15일 기준", "截至26日");
  a weekday as the day of a one-off deal ("di martedì");
* numbers: a tracker's thousand ("約3.6千BTC") and the reserve it names ("準備金");
* intent: the Korean future "매각할 것이라고", the Japanese "売却すると発表";
* debt: a sum obtained in a loan told after it ("ottenuto 14 milioni di sterline, circa $19,4
  milioni, in un contratto di prestito"), its conversion after a comma; a loan's balance
  "pendentes" on a date; a court's approval of a loan won; a sale's money put, all of it, to a
  repayment (README decided case 13).
"""

from __future__ import annotations

import pytest

from tests.extract import test_foreign_ad2_ko_ja_ru_id, test_foreign_copy, test_foreign_debt_ai
from tests.extract.must_checks import figures_read

# (text, entity, published, expected (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # --- Japanese: the week a sale was made in, not a weekly rate
    (
        "ビットファームズは21日、過去1週間でビットコインを合計3,000BTC売却したと発表した。",
        "BITF",
        "2022-06-22",
        {("btc_sold", 3000, "2022-06")},
    ),
    (
        "マイニング企業ライオットは、先週末に500BTCを売却したことを明らかにした。",
        "RIOT",
        "2025-04-10",
        {("btc_sold", 500, "2025-04")},
    ),
    (
        "クリーンスパークは今週、ビットコインを200BTC売却した。",
        "CLSK",
        "2025-04-10",
        {("btc_sold", 200, "2025-04")},
    ),
    (  # near miss: a weekly rate
        "ライオットは毎週約100BTCを売却している。",
        "RIOT",
        "2025-04-10",
        set(),
    ),
    (  # near miss: a rate per week
        "ライオットは週に約100BTCを採掘している。",
        "RIOT",
        "2025-04-10",
        set(),
    ),
    (  # near miss: a weekly update's week (a week is no period of the labels)
        "4月11日時点のビットディアのビットコイン保有量は1,190 BTCだった。なお、同週の"
        "ビットコイン採掘量は40 BTCで、22 BTCを売却した。",
        "BTDR",
        "2025-04-16",
        {("btc_held", 1190, "2025-04-11")},
    ),
    (  # near miss: an announcement recalled
        "ビットファームズは先週には1,500BTCを売却したと発表していた。",
        "BITF",
        "2022-06-22",
        set(),
    ),
    (  # near miss: a holding the story recalls as known before
        "ビットファームズは今年1月には、ビットコインの保有量が合計4,300BTCを突破したことが分かって"
        "いた。",
        "BITF",
        "2022-06-22",
        set(),
    ),
    # --- Portuguese, Spanish, Italian, French: an estimate set against the figure
    (
        "Os resultados do terceiro trimestre mostram que a TeraWulf minerou menos bitcoin, com "
        "apenas 377 BTC minerados contra os 438 esperados pelos analistas.",
        "WULF",
        "2025-11-12",
        {("btc_produced", 377, "2025-Q3")},
    ),
    (
        "En el tercer trimestre, Riot produjo 1.200 BTC frente a los 1.300 previstos por los "
        "analistas.",
        "RIOT",
        "2025-11-03",
        {("btc_produced", 1200, "2025-Q3")},
    ),
    (
        "Secondo la società, nel terzo trimestre CleanSpark ha estratto 1.800 BTC contro i 1.900 "
        "previsti dagli analisti, e la produzione è stata inferiore a quella del mercato.",
        "CLSK",
        "2025-11-03",
        {("btc_produced", 1800, "2025-Q3")},
    ),
    (
        "Au troisième trimestre, Bitfarms a miné 700 BTC contre 750 prévus par les analystes.",
        "BITF",
        "2025-11-03",
        {("btc_produced", 700, "2025-Q3")},
    ),
    (  # near miss: the estimate in coins is no figure of the company's
        "Segundo a empresa, no terceiro trimestre a TeraWulf minerou 377 BTC contra os 438 BTC "
        "esperados pelos analistas, e a produção ficou abaixo da média do setor.",
        "WULF",
        "2025-11-12",
        {("btc_produced", 377, "2025-Q3")},
    ),
    (  # near miss: the company's own forecast stays unread
        "A TeraWulf espera minerar 450 BTC no quarto trimestre, segundo a empresa.",
        "WULF",
        "2025-11-12",
        set(),
    ),
    (  # Portuguese: a participle after the coins names the metric
        "Segundo o relatório da empresa, que foi divulgado nesta semana, a Bitfarms informou 250 "
        "BTC minerados em julho.",
        "BITF",
        "2025-08-05",
        {("btc_produced", 250, "2025-07")},
    ),
    # --- Korean: a rank is no aggregate of the top miners; Cango's names
    (
        "현재 캉고는 총 4529.7 BTC를 보유 중이며, 상장 기업 순위에서 상위 20위권에 진입했다.",
        "CANG",
        "2025-08-06",
        {("btc_held", 4529.7, "2025-08")},
    ),
    (
        "라이엇은 현재 19,225 BTC를 보유하고 있으며, 비트코인 보유 상장사 중 상위 10위 안에 든다.",
        "RIOT",
        "2025-05-20",
        {("btc_held", 19225, "2025-05")},
    ),
    (  # near miss: the top ten miners' aggregate
        "라이엇을 포함한 상위 10개 채굴업체는 지난달 5,000 BTC를 채굴했다.",
        "RIOT",
        "2025-05-20",
        set(),
    ),
    (
        "灿谷公司7月开采了650.5枚比特币。",
        "CANG",
        "2025-08-06",
        {("btc_produced", 650.5, "2025-07")},
    ),
    # --- a day named alone as a holding's date
    (
        "Core Scientificは26日時点で24BTCと現金を約39億円保有。",
        "CORZ",
        "2022-10-27",
        {("btc_held", 24, "2022-10-26")},
    ),
    (
        "라이엇은 15일 기준 19,225 BTC를 보유하고 있다.",
        "RIOT",
        "2025-05-20",
        {("btc_held", 19225, "2025-05-15")},
    ),
    (
        "截至26日，比特小鹿持有1,200枚比特币。",
        "BTDR",
        "2025-05-27",
        {("btc_held", 1200, "2025-05-26")},
    ),
    (  # an earlier date set against it, "では … 保有していた", is the comparison's
        "Core Scientificは26日時点で24BTCと現金を約39億円保有。9月末時点では、1,051BTCと現金を"
        "約43億円保有していた。",
        "CORZ",
        "2022-10-27",
        {("btc_held", 24, "2022-10-26")},
    ),
    (  # near miss: a month-end holding told plainly stands
        "Core Scientificは9月末時点で1,051BTCを保有していた。",
        "CORZ",
        "2022-10-27",
        {("btc_held", 1051, "2022-09-30")},
    ),
    (  # a day after publication's: the month before
        "ライオットは28日時点で19,225BTCを保有。",
        "RIOT",
        "2025-05-03",
        {("btc_held", 19225, "2025-04-28")},
    ),
    (  # near miss: the month named keeps its day
        "ライオットは3月28日時点で19,225BTCを保有。",
        "RIOT",
        "2025-05-03",
        {("btc_held", 19225, "2025-03-28")},
    ),
    # --- a tracker's thousand, and the reserve
    (
        "BitcoinTreasuriesによると、2月6日から2月9日にかけてCangoの準備金は約8.1千から約3.6千"
        "BTCへ減少しました。",
        "CANG",
        "2026-02-10",
        {("btc_held", 3600, "2026-02-09")},
    ),
    (
        "캉고는 2월 9일 기준 약 3.6천 BTC를 보유하고 있다.",
        "CANG",
        "2026-02-10",
        {("btc_held", 3600, "2026-02-09")},
    ),
    (
        "截至2月9日，灿谷持有约3.6千枚比特币。",
        "CANG",
        "2026-02-10",
        {("btc_held", 3600, "2026-02-09")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_am2_classes_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, currency, period))
PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (  # the coins' worth in brackets is no proceeds
        "ビットファームズは21日、ビットコインを合計3,000BTC(85億円相当)売却したと発表した。",
        "BITF",
        "2022-06-22",
        {("btc_sold", 3000, "BTC", "2022-06")},
    ),
    (
        "라이엇은 이번 달 1,000 BTC(약 1억 달러 상당)를 매도했다고 밝혔다.",
        "RIOT",
        "2025-05-20",
        {("btc_sold", 1000, "BTC", "2025-05")},
    ),
    (  # near miss: the money the sale brought
        "ビットファームズは21日、3,000BTCを6,200万ドルで売却したと発表した。",
        "BITF",
        "2022-06-22",
        {
            ("btc_sold", 3000, "BTC", "2022-06"),
            ("btc_sale_proceeds_usd", 62_000_000, "USD", "2022-06"),
        },
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_am2_proceeds_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_copy.test_sale_proceeds_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, the periods of the intents read)
INTENT_CASES: list[tuple[str, str, str, set[str]]] = [
    (
        "마라톤은 운영 자본을 충당하기 위해 새로 채굴한 비트코인 일부를 매각할 것이라고 발표했다.",
        "MARA",
        "2025-11-25",
        {"2025-11"},
    ),
    (
        "라이엇은 채굴한 비트코인의 일부를 매도할 것이라고 밝혔다.",
        "RIOT",
        "2025-06-10",
        {"2025-06"},
    ),
    (
        "マラソンは毎月の生産分のビットコインの一部を売却すると発表した。",
        "MARA",
        "2025-06-10",
        {"2025-06"},
    ),
    (  # near miss: it will not sell
        "마라톤은 비트코인을 매각하지 않을 것이라고 밝혔다.",
        "MARA",
        "2025-06-10",
        set(),
    ),
    (  # near miss: a sale done
        "ライオットはビットコインを売却したと発表した。",
        "RIOT",
        "2025-06-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), INTENT_CASES)
def test_am2_selling_intentions(text: str, entity: str, published: str, expected: set[str]) -> None:
    test_foreign_ad2_ko_ja_ru_id.test_selling_intentions_in_japanese_and_korean(
        text, entity, published, expected
    )


# (text, entity, published, expected (metric, value, unit, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    # --- a sum obtained, the loan told after it; its conversion after a comma
    (
        "Argo Blockchain ha affermato di aver ottenuto 14 milioni di sterline, circa 19,4 milioni "
        "di dollari, in un contratto di prestito di sei mesi da Galaxy Digital.",
        "ARBK",
        "2021-06-09",
        {
            ("debt_issued_usd", 14_000_000, "GBP", "2021-06"),
            ("debt_issued_usd", 19_400_000, "USD", "2021-06"),
        },
    ),
    (
        "Según la empresa, Argo Blockchain obtuvo 14 millones de libras, unos 19,4 millones de "
        "dólares, mediante un préstamo de Galaxy Digital para la construcción de su centro de "
        "datos en el oeste de Texas.",
        "ARBK",
        "2021-06-09",
        {
            ("debt_issued_usd", 14_000_000, "GBP", "2021-06"),
            ("debt_issued_usd", 19_400_000, "USD", "2021-06"),
        },
    ),
    (
        "A Argo obteve 14 milhões de libras em um empréstimo da Galaxy Digital.",
        "ARBK",
        "2021-06-09",
        {("debt_issued_usd", 14_000_000, "GBP", "2021-06")},
    ),
    (  # near miss: money obtained as revenue
        "A Argo obteve 14 milhões de libras em receita no trimestre, segundo a empresa.",
        "ARBK",
        "2021-06-09",
        set(),
    ),
    (  # a weekday dates the deal: Monday before a Tuesday's publication, in the month before
        "In un annuncio di lunedì, Argo ha affermato di aver ottenuto 14 milioni di sterline in un "
        "contratto di prestito da Galaxy Digital.",
        "ARBK",
        "2021-06-01",
        {("debt_issued_usd", 14_000_000, "GBP", "2021-05")},
    ),
    # --- a loan's balance outstanding on a date
    (
        "A Greenidge chegou a um acordo com a NYDIG. O empréstimo em questão tinha cerca de US$ "
        "74,7 milhões pendentes em 30 de setembro.",
        "GREE",
        "2022-12-20",
        {("debt_total_usd", 74_700_000, "USD", "2022-09-30")},
    ),
    (
        "Greenidge llegó a un acuerdo con NYDIG. El préstamo en cuestión tenía unos 74,7 millones "
        "de dólares pendientes al 30 de septiembre.",
        "GREE",
        "2022-12-20",
        {("debt_total_usd", 74_700_000, "USD", "2022-09-30")},
    ),
    (
        "Greenidge ha raggiunto un accordo con NYDIG. Il prestito in questione aveva circa 74,7 "
        "milioni di dollari in sospeso al 30 settembre.",
        "GREE",
        "2022-12-20",
        {("debt_total_usd", 74_700_000, "USD", "2022-09-30")},
    ),
    (  # near miss: cash is no debt
        "A Greenidge chegou a um acordo com a NYDIG. A empresa tinha US$ 74,7 milhões em caixa em "
        "30 de setembro.",
        "GREE",
        "2022-12-20",
        set(),
    ),
    # --- a court's approval of a loan won
    (
        "コア・サイエンティフィックは木曜日、既存の債権者グループから3,750万ドルの融資を確保する裁判所"
        "の承認を獲得した。",
        "CORZ",
        "2022-12-23",
        {("debt_issued_usd", 37_500_000, "USD", "2022-12")},
    ),
    (
        "코어 사이언티픽은 3750만 달러의 대출을 확보하기 위한 법원 승인을 받았다.",
        "CORZ",
        "2022-12-23",
        {("debt_issued_usd", 37_500_000, "USD", "2022-12")},
    ),
    (
        "ライオットは、5,000万ドルのローンを受ける承認を得た。",
        "RIOT",
        "2025-03-10",
        {("debt_issued_usd", 50_000_000, "USD", "2025-03")},
    ),
    (  # near miss: approval it will seek
        "コア・サイエンティフィックは1月に追加の3,750万ドルの借入承認を求める予定だ。",
        "CORZ",
        "2022-12-23",
        set(),
    ),
    # --- a sale's money, all of it, put to a repayment
    (
        "Cango(NYSE: CANG)は4,451 BTCを約3億500万ドルで売却しました。Cangoは売却で得た資金を、"
        "ビットコイン担保ローンの一部返済に充てました。",
        "CANG",
        "2026-02-10",
        {("debt_repaid_usd", 305_000_000, "USD", "2026-02")},
    ),
    (
        "Cango vendió 4.451 BTC por 305 millones de dólares. Los fondos de la venta se utilizaron "
        "para pagar un préstamo respaldado por bitcoin.",
        "CANG",
        "2026-02-10",
        {("debt_repaid_usd", 305_000_000, "USD", "2026-02")},
    ),
    (
        "A Cango vendeu 4.451 BTC por US$ 305 milhões. Os recursos da venda foram usados para "
        "amortizar um empréstimo garantido por bitcoin.",
        "CANG",
        "2026-02-10",
        {("debt_repaid_usd", 305_000_000, "USD", "2026-02")},
    ),
    (
        "Cango ha venduto 4.451 BTC per 305 milioni di dollari. I proventi della vendita sono "
        "stati utilizzati per rimborsare il prestito garantito da bitcoin.",
        "CANG",
        "2026-02-10",
        {("debt_repaid_usd", 305_000_000, "USD", "2026-02")},
    ),
    (  # near miss: a second use beside the repayment
        "Cango vendió 4.451 BTC por 305 millones de dólares. Los fondos de la venta se utilizaron "
        "para pagar un préstamo respaldado por bitcoin y para financiar su expansión en IA.",
        "CANG",
        "2026-02-10",
        set(),
    ),
    (  # near miss: part of the money
        "Cango(NYSE: CANG)は4,451 BTCを約3億500万ドルで売却しました。Cangoは売却で得た資金の一部を"
        "、ローンの返済に充てました。",
        "CANG",
        "2026-02-10",
        set(),
    ),
    (  # near miss: a use to come
        "A Cango vendeu 4.451 BTC por US$ 305 milhões. Os recursos da venda serão usados para "
        "amortizar um empréstimo garantido por bitcoin.",
        "CANG",
        "2026-02-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_am2_debt_classes_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value or None, period))
AI_CASES: list[tuple[str, str, str, set[tuple[str, float | None, str]]]] = [
    (  # Chinese: a contract's size and term between the verb and the noun; the size provided
        # to its party told in the next sentence
        "这项交易是 Fluidstack 和 Cipher Mining 之间达成的规模更大的 30 亿美元、为期 10 年的协议的"
        "一部分,旨在租赁高性能计算 (HPC) 的计算能力。Cipher Mining 将向 Fluidstack 提供 168 兆瓦的"
        "计算能力,并且该站点具有扩展到 244 兆瓦总容量的潜力。",
        "CIFR",
        "2025-09-26",
        {("ai_milestone", None, "2025-09"), ("ai_capacity_mw", 168, "2025-09")},
    ),
    (
        "比特币矿企 TeraWulf 与 Fluidstack 达成了一项为期十年、价值 37 亿美元的人工智能托管协议。"
        "TeraWulf 将为 Fluidstack 提供 200 兆瓦的容量。",
        "WULF",
        "2025-08-15",
        {("ai_milestone", None, "2025-08"), ("ai_capacity_mw", 200, "2025-08")},
    ),
    (  # traditional Chinese: cloud services are the AI tie
        "路透社報導，資料中心擁有者暨營運商IREN今天表示，已與微軟（Microsoft）簽署這項為期5年的"
        "雲端服務合約。",
        "IREN",
        "2025-11-03",
        {("ai_milestone", None, "2025-11")},
    ),
    (  # near miss: cloud hash power for mining is no AI tie
        "比特币矿企 Bitdeer 与客户签署了一项为期一年的云算力合同。",
        "BTDR",
        "2025-11-03",
        set(),
    ),
    (  # near miss: a site's potential after the contract is no scope
        "这项交易是 Fluidstack 和 Cipher Mining 之间达成的为期 10 年的高性能计算 (HPC) 协议。"
        "该站点具有扩展到 244 兆瓦总容量的潜力。",
        "CIFR",
        "2025-09-26",
        {("ai_milestone", None, "2025-09")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), AI_CASES)
def test_am2_ai_deals_in_chinese(
    text: str, entity: str, published: str, expected: set[tuple[str, float | None, str]]
) -> None:
    test_foreign_debt_ai.test_ai_deals_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
CAPEX_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (  # the processors bought are the AI hardware
        "IREN也與戴爾科技集團（Dell Technologies）簽署協議，以約58億美元向其採購輝達（NVIDIA）GB300"
        "處理器和相關設備，並將提供微軟使用。",
        "IREN",
        "2025-11-03",
        {("ai_capex_usd", 5_800_000_000, "USD", "2025-11")},
    ),
    (
        "IREN还与戴尔签署协议，以约58亿美元向其采购英伟达GB300处理器和相关设备。",
        "IREN",
        "2025-11-03",
        {("ai_capex_usd", 5_800_000_000, "USD", "2025-11")},
    ),
    (  # near miss: processors for mining rigs
        "比特小鹿以约5亿美元向其采购挖矿处理器和矿机。",
        "BTDR",
        "2025-11-03",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CAPEX_CASES)
def test_am2_ai_hardware_bought_in_chinese(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    assert figures_read(text, entity, published, ("ai_capex_usd",)) == expected
