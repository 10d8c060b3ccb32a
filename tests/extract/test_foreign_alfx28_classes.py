"""Classes of copy not in English the readers got wrong in holdout batch al2 (issue 16), written
with other words and companies for the same thing, and near misses beside them that must give
no figure (or only the one named):

* periods: the English quarter code in Romance copy ("No Q3 de 2025", "nel Q2 2024"); a
  sentence opening on "also" ("また、", "Além disso,") goes on in the period the sentence before
  opens on, not one it names as a comparison's; a day bitcoin is priced on ("16 दिसंबर की
  कीमत", "al precio del 16 de diciembre") dates no holding; a digest's Chinese "比特币储备:N"
  line is held at its quarter's end;
* figures: a sale told in money with a bound ("vendeu mais de US$ 62 milhões em Bitcoin"): its
  proceeds; a record the figure itself sets ("過去最高の12,852 BTC", "历史最高的…") is no peak
  of another time; a sale told by a gerund ("vendendo cerca de 1.080 bitcoins", "vendiendo",
  "en vendant"); an Indonesian bound "lebih dari 50.000 Bitcoin" (not a change's "berkurang
  dari"); a Vietnamese reserve risen to a bare number ("dự trữ Bitcoin … tăng lên hơn 25.000");
  a French "où" clause after a comparison's month is that month's;
* debt: Vietnamese notes whose issue was completed ("hoàn thành việc phát hành … trái phiếu");
  an Italian loan that "ammontava a" a sum on a date;
* AI deals: an AI cloud tenant named ("con Fluidstack") or critical IT load is the AI tie;
  Tagalog "inihayag" (announced), Russian "в рамках сделки с" (the frame of a deal made); a
  deal in the pluperfect ("avait déjà conclu") is an earlier one recalled.
"""

from __future__ import annotations

import pytest

from tests.extract import test_foreign_copy, test_foreign_debt_ai

# (text, entity, published, expected (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # --- Portuguese, Italian: the English quarter code
    (
        "A Riot Platforms teve um ano forte. No Q2 de 2025, a Riot minerou 1.426 bitcoins e "
        "aumentou a sua receita, segundo a empresa.",
        "RIOT",
        "2025-08-20",
        {("btc_produced", 1426, "2025-Q2")},
    ),
    (
        "La società di mining CleanSpark ha pubblicato i conti. Nel Q2 2025 CleanSpark ha "
        "estratto 1.957 bitcoin, secondo la società.",
        "CLSK",
        "2025-08-20",
        {("btc_produced", 1957, "2025-Q2")},
    ),
    (  # near miss: a code of no quarter ("Q5") names no period: the story's month stands
        "A Riot Platforms teve um mês forte. Em julho, a Riot minerou 484 bitcoins com o "
        "modelo Q5 de mineradores, segundo a empresa.",
        "RIOT",
        "2025-08-05",
        {("btc_produced", 484, "2025-07")},
    ),
    # --- Japanese, Chinese: a record the figure itself sets; "also" carries the year before
    (
        "ライオットは2月20日、2024年第4四半期の決算を発表した。\n2024年の売上高は前年から34%増加し"
        "た。また、ビットコイン生産量も前年から減少し、過去最高の4,828 BTCとなった。",
        "RIOT",
        "2025-02-21",
        {("btc_produced", 4828, "2024")},
    ),
    (  # near miss: the figure at the peak is another time's
        "ライオットは2月20日、2024年第4四半期の決算を発表した。\nビットコイン保有量はピーク時の"
        "4,828 BTCから減った。",
        "RIOT",
        "2025-02-21",
        set(),
    ),
    (
        "比特币矿企CleanSpark公布了2024年业绩。2024年公司的比特币产量达到历史最高的7,024枚。",
        "CLSK",
        "2025-02-21",
        {("btc_produced", 7024, "2024")},
    ),
    (  # near miss: "also" after a sentence naming its year only as a comparison's
        "A Riot Platforms divulgou os resultados do primeiro trimestre de 2025.\nA receita subiu "
        "40% em relação ao mesmo trimestre de 2024. Além disso, a empresa produziu 1.530 "
        "Bitcoin, segundo a empresa.",
        "RIOT",
        "2025-05-02",
        {("btc_produced", 1530, "2025-Q1")},
    ),
    # --- Portuguese, Spanish, Italian, French: a sale told by a gerund
    (
        "A Bitfarms anunciou que pagou 40 milhões de dólares por um novo terreno, vendendo cerca "
        "de 420 bitcoins para financiar a compra.",
        "BITF",
        "2025-03-12",
        {("btc_sold", 420, "2025-03")},
    ),
    (
        "Bitfarms anunció que pagó 40 millones de dólares por un nuevo terreno, vendiendo unos "
        "420 bitcoins para financiar la compra.",
        "BITF",
        "2025-03-12",
        {("btc_sold", 420, "2025-03")},
    ),
    (
        "Bitfarms ha annunciato di aver pagato 40 milioni di dollari per un nuovo terreno, "
        "vendendo circa 420 bitcoin per finanziare l'acquisto.",
        "BITF",
        "2025-03-12",
        {("btc_sold", 420, "2025-03")},
    ),
    (
        "Bitfarms a annoncé avoir payé 40 millions de dollars pour un nouveau terrain, en vendant "
        "environ 420 bitcoins pour financer l'achat.",
        "BITF",
        "2025-03-12",
        {("btc_sold", 420, "2025-03")},
    ),
    (  # near miss: a plan to sell by a gerund is no sale
        "A Bitfarms planeja financiar a compra do terreno vendendo cerca de 420 bitcoins no "
        "próximo mês, disse a empresa.",
        "BITF",
        "2025-03-12",
        set(),
    ),
    # --- Indonesian: a bound "more than", not a change's "from"
    (
        "Saham penambang Riot Platforms turun 5% pada Selasa pagi, menyusul pengumuman yang "
        "dibuat oleh perusahaan. Per 30 Juni, Riot mengklaim memiliki lebih dari 19.000 "
        "Bitcoin. Perusahaan tidak memberikan komentar lebih lanjut di luar pernyataan resmi.",
        "RIOT",
        "2025-07-10",
        {("btc_held", 19000, "2025-06-30")},
    ),
    (  # near miss: the holding a change started from is no holding
        "Saham penambang Riot Platforms turun 5% pada Selasa pagi, menyusul pengumuman yang "
        "dibuat oleh perusahaan. Dengan cara ini, cadangan Bitcoin perusahaan berkurang dari "
        "sekitar 19.000 BTC menjadi total 18.000 BTC, kata perusahaan dalam pernyataan resmi.",
        "RIOT",
        "2025-07-10",
        {("btc_held", 18000, "2025-07")},
    ),
    # --- Vietnamese: the reserve risen to a bare number
    (
        "Công ty khai thác bitcoin Riot Platforms cho biết họ đã mua vào 500 Bitcoin, khiến dự "
        "trữ Bitcoin của công ty đã tăng lên hơn 18.000. Người phát ngôn của công ty cho biết.",
        "RIOT",
        "2025-01-10",
        {("btc_held", 18000, "2025-01")},
    ),
    (  # near miss: the reserve risen by a share is no count of coins
        "Công ty khai thác bitcoin Riot Platforms cho biết họ đã mua vào 500 Bitcoin, khiến dự "
        "trữ Bitcoin của công ty đã tăng lên hơn 3%. Người phát ngôn của công ty cho biết.",
        "RIOT",
        "2025-01-10",
        set(),
    ),
    # --- French: the comparison's month told again in an "où" clause
    (
        "Hut 8 a annoncé avoir produit 120 bitcoins (BTC) sur le mois de mars, soit une baisse "
        "de 10 % par rapport à février, où elle avait extrait 133 BTC.",
        "HUT",
        "2025-04-03",
        {("btc_produced", 120, "2025-03")},
    ),
    # --- Hindi, Spanish: the day bitcoin is priced on
    (
        "Riot ने 500 बिटकॉइन खरीदे हैं। इस खरीद के साथ, कंपनी की कुल बिटकॉइन होल्डिंग्स अब 18,692 BTC "
        "हो गई हैं, जिसका मूल्य बिटकॉइन की 10 जनवरी की कीमत के आधार पर लगभग $1.8 बिलियन है।",
        "RIOT",
        "2025-01-12",
        {("btc_held", 18692, "2025-01")},
    ),
    (
        "Riot Platforms compró 500 bitcoins. Con esta compra, la empresa tiene ahora 18.692 BTC, "
        "valorados al precio del 10 de enero en unos 1.800 millones de dólares.",
        "RIOT",
        "2025-01-12",
        {("btc_held", 18692, "2025-01")},
    ),
    (  # near miss: a day the holding stood on dates it
        "Riot Platforms compró 500 bitcoins. Con esta compra, la empresa tiene 18.692 BTC al 10 "
        "de enero, según la empresa.",
        "RIOT",
        "2025-01-12",
        {("btc_held", 18692, "2025-01-10")},
    ),
    # --- Chinese: a digest's reserve line under the quarter's heading
    (
        "矿机制造商 Bitdeer 第三季度营收增长。\nBitdeer Q3 财报数据\n营收:1.69亿美元\n"
        "比特币储备:1,502 BTC(价值1.7亿美元)\n",
        "BTDR",
        "2025-11-12",
        {("btc_held", 1502, "2025-09-30")},
    ),
]


# (text, entity, published, expected (metric, value, unit, period)): a sale told in money only,
# a bound between the verb and the sum
PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "A empresa canadense de mineração Bitfarms vendeu mais de US$ 40 milhões em Bitcoin em "
        "julho, usando os recursos para reduzir sua dívida, segundo a empresa.",
        "BITF",
        "2022-07-20",
        {("btc_sale_proceeds_usd", 40_000_000, "USD", "2022-07")},
    ),
    (
        "La empresa canadiense de minería Bitfarms vendió más de 40 millones de dólares en "
        "bitcoin en julio, usando los recursos para reducir su deuda, según la empresa.",
        "BITF",
        "2022-07-20",
        {("btc_sale_proceeds_usd", 40_000_000, "USD", "2022-07")},
    ),
    (  # near miss: shares sold for money are no coins
        "A empresa canadense de mineração Bitfarms vendeu mais de US$ 40 milhões em ações em "
        "julho, usando os recursos para reduzir sua dívida, segundo a empresa.",
        "BITF",
        "2022-07-20",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_al2_proceeds_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_copy.test_sale_proceeds_in_foreign_copy(text, entity, published, expected)


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_al2_classes_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (  # Vietnamese: notes whose issue was completed
        "Công ty khai thác bitcoin Riot Platforms đã thông báo rằng họ đã hoàn thành việc phát "
        "hành 500 triệu đô la Mỹ dưới dạng trái phiếu chuyển đổi. Người phát ngôn cho biết.",
        "RIOT",
        "2024-12-18",
        {("debt_issued_usd", 500_000_000, "USD", "2024-12")},
    ),
    (
        "Công ty khai thác bitcoin Riot Platforms cho biết họ đã hoàn tất đợt phát hành trái "
        "phiếu chuyển đổi trị giá 500 triệu USD. Người phát ngôn cho biết.",
        "RIOT",
        "2024-12-18",
        {("debt_issued_usd", 500_000_000, "USD", "2024-12")},
    ),
    (  # near miss: shares issued are no debt
        "Công ty khai thác bitcoin Riot Platforms cho biết họ đã hoàn thành việc phát hành 500 "
        "triệu đô la Mỹ cổ phiếu phổ thông. Người phát ngôn cho biết.",
        "RIOT",
        "2024-12-18",
        set(),
    ),
    (  # near miss: notes it plans to issue
        "Công ty khai thác bitcoin Riot Platforms cho biết họ có kế hoạch phát hành 500 triệu "
        "đô la Mỹ dưới dạng trái phiếu chuyển đổi. Người phát ngôn cho biết.",
        "RIOT",
        "2024-12-18",
        set(),
    ),
    (  # Italian: a loan that amounted to a sum on a date
        "Il minatore di bitcoin Stronghold ha raggiunto un accordo con il suo creditore. Al 30 "
        "giugno, il prestito in questione ammontava a 35 milioni di dollari.",
        "SDIG",
        "2022-08-10",
        {("debt_total_usd", 35_000_000, "USD", "2022-06-30")},
    ),
    (  # near miss: the sum of a loan it seeks
        "Il minatore di bitcoin Stronghold cerca un nuovo prestito. Secondo la società, il "
        "prestito ammonterà a 35 milioni di dollari.",
        "SDIG",
        "2022-08-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_al2_debt_classes_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value or None, period))
AI_CASES: list[tuple[str, str, str, set[tuple[str, float | None, str]]]] = [
    (  # Tagalog: announced
        "Ayon sa ulat, inihayag ng Bitcoin miner na Hut 8 ang pakikipagtulungan nito sa AI cloud "
        "platform na CoreWeave upang bumuo ng isang 200-megawatt na AI data center sa Louisiana.",
        "HUT",
        "2025-12-10",
        {("ai_milestone", None, "2025-12"), ("ai_capacity_mw", 200, "2025-12")},
    ),
    (  # Russian: the frame of a deal made with an AI tenant
        "Google получает долю в TeraWulf в рамках сделки с Fluidstack на сумму 3,7 миллиарда "
        "долларов, сообщила компания.",
        "WULF",
        "2025-08-15",
        {("ai_milestone", None, "2025-08")},
    ),
    (  # near miss: talks about a deal
        "TeraWulf ведет переговоры о сделке с Fluidstack на сумму 3,7 миллиарда долларов, "
        "сообщила компания.",
        "WULF",
        "2025-08-15",
        set(),
    ),
    (  # Portuguese: critical IT load is the AI tie
        "A Bitfarms também assinou um contrato de arrendamento com a empresa de semicondutores "
        "Nvidia, inicialmente implantando 20 megawatts de capacidade de carga de tecnologia de "
        "informação crítica.",
        "BITF",
        "2026-01-20",
        {("ai_milestone", None, "2026-01"), ("ai_capacity_mw", 20, "2026-01")},
    ),
    (  # near miss: a hosting contract for mining rigs has no AI tie
        "A Bitfarms também assinou um contrato de hospedagem com a Bitmain, inicialmente "
        "implantando 20 megawatts de capacidade de mineração de bitcoin.",
        "BITF",
        "2026-01-20",
        set(),
    ),
    (  # French: a deal in the pluperfect is an earlier one recalled
        "Cipher Mining avait déjà conclu un accord cette année avec CoreWeave pour 150 MW "
        "supplémentaires au Texas, selon la société.",
        "CIFR",
        "2025-10-22",
        set(),
    ),
    (  # near miss: the same deal in the perfect is news
        "Cipher Mining a conclu un accord avec CoreWeave pour 150 MW au Texas, selon la société.",
        "CIFR",
        "2025-10-22",
        {("ai_milestone", None, "2025-10"), ("ai_capacity_mw", 150, "2025-10")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), AI_CASES)
def test_al2_ai_deal_classes_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float | None, str]]
) -> None:
    test_foreign_debt_ai.test_ai_deals_in_foreign_copy(text, entity, published, expected)
