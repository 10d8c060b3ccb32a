"""Classes of copy not in English the BTC reader got wrong in holdout batch an2 (issue 16), each
with its real sentence, other words and companies for the same thing, and near misses beside
them that must give no figure (or only the ones named):

* purchases: the French gerund and infinitive of "acquérir" ("en acquérant 5 117 BTC") are a
  purchase, no holding;
* periods: a flow told for two months together is no named period also past an aside set off
  by commas ("en abril y mayo, los primeros dos meses …, Cango minó en total 954.5 BTC"); a
  quarter named bare ("Au cours du deuxième trimestre") takes the year the story names it with;
  Vietnamese "trong năm" is the year the story's head names;
* recalled figures: what the company said last week ("gab letzte Woche bekannt, dass …");
* money: a price's conversion in brackets ("20,460ドル(約290万円)") is a price too; a loan the
  sale was to bring down ("لتقليل القرض … إلى 66 مليون دولار") is no proceeds;
* words: French "exploité" (mined); Italian "ha deciso di trattenere tutti i Bitcoin estratti"
  (none sold) and "il totale dei Bitcoin detenuti a 9.334" (held); Arabic "يخفض حيازات … إلى
  3349" (held); Ukrainian and Russian reserves wholly taken out (held 0); one coin in a cost
  phrase ("chi phí sản xuất 1 Bitcoin") is what the cost is per.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import figures_read

_BTC = ("btc_produced", "btc_sold", "btc_held", "btc_sale_proceeds_usd")
# A sentence of no figure after a short story, so the reader knows its language as it would a
# whole story's (a line of a dozen words is too little to judge).
FR = " La société a publié ces chiffres dans un communiqué et ses actions ont progressé."
ES = " La empresa publicó estos datos en un comunicado y sus acciones subieron al cierre."
PT = " A empresa divulgou os dados em um comunicado e as suas ações subiram no pregão."
IT = " La società ha pubblicato questi dati in una nota e le sue azioni sono salite alla chiusura."
DE = " Das Unternehmen hat die Zahlen in einer Mitteilung veröffentlicht, und die Aktie stieg."
UK = " Компанія повідомила про це у своєму звіті, а її акції зросли на торгах."
RU = " Компания сообщила об этом в своем отчете, а ее акции выросли на торгах."
AR = " وقالت الشركة في بيان إن أسهمها ارتفعت في نهاية التداول."

# (text, entity, published, expected (metric, value, unit, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    # --- French: acquiring is buying
    (
        "Riot Platforms, une importante société de minage de bitcoins basée dans le Colorado, a "
        "considérablement augmenté ses avoirs en bitcoins en acquérant 5 117 BTC pour 510 millions "
        "de dollars. Avec cet achat, le total des avoirs en Bitcoin de Riot est passé à "
        "16 728 BTC.",
        "RIOT",
        "2024-12-14",
        {("btc_held", 16728, "BTC", "2024-12")},
    ),
    (
        "La société minière Hut 8 a renforcé sa réserve en acquérant 1 000 BTC au cours du mois.",
        "HUT",
        "2025-03-10",
        set(),
    ),
    (
        "MARA a décidé d'acquérir 2 500 BTC supplémentaires pour sa trésorerie en mars.",
        "MARA",
        "2025-03-20",
        set(),
    ),
    (  # near miss: a holding is still one
        "La société minière Hut 8 détient désormais 10 273 BTC en réserve." + FR,
        "HUT",
        "2025-03-10",
        {("btc_held", 10273, "BTC", "2025-03")},
    ),
    # --- two months together: no named period
    (
        "En julio, Cango sacó nada menos que 650.5 bitcoins (BTC). Como contó Cointelegraph, en "
        "abril y mayo, los primeros dos meses después de cambiarle de lleno a la minería de "
        "bitcoin, Cango minó en total 954.5 BTC.",
        "CANG",
        "2025-08-06",
        {("btc_produced", 650.5, "BTC", "2025-07")},
    ),
    (
        "Em setembro, a Cango minerou 616 BTC. Em julho e agosto, os dois primeiros meses após a "
        "compra das máquinas, a Cango minerou 1.300 BTC." + PT,
        "CANG",
        "2025-10-05",
        {("btc_produced", 616, "BTC", "2025-09")},
    ),
    (
        "A ottobre Riot ha estratto 505 BTC. Ad agosto e settembre, mesi di forte caldo in Texas "
        "e di prezzi alti, Riot ha venduto 800 BTC." + IT,
        "RIOT",
        "2024-11-05",
        {("btc_produced", 505, "BTC", "2024-10")},
    ),
    (
        "In April and May, the first two months after its pivot to bitcoin mining, Cango mined "
        "954.5 BTC in total, the company said in its monthly update.",
        "CANG",
        "2025-06-05",
        set(),
    ),
    (  # near miss: an aside with the month's own figure after it
        "In June, the first month after the upgrade, Cango mined 450 BTC, the company said.",
        "CANG",
        "2025-07-05",
        {("btc_produced", 450, "BTC", "2025-06")},
    ),
    (  # near miss: a month named after the span is the figure's own
        "Tras un abril y mayo difíciles, en junio Cango minó 450 BTC." + ES,
        "CANG",
        "2025-07-05",
        {("btc_produced", 450, "BTC", "2025-06")},
    ),
    (  # near miss: three months are a quarter
        "Entre abril y junio, Cango minó 1.404 BTC." + ES,
        "CANG",
        "2025-07-20",
        {("btc_produced", 1404, "BTC", "2025-Q2")},
    ),
    # --- a bare quarter takes the year the story names it with
    (
        "Riot Platforms a publié ses résultats financiers pour le deuxième trimestre 2023. Au "
        "cours du deuxième trimestre, 844 bitcoins ont été extraits, soit une baisse de 52 %." + FR,
        "RIOT",
        "2024-08-01",
        {("btc_produced", 844, "BTC", "2023-Q2")},
    ),
    (
        "Riot publicó sus resultados del tercer trimestre de 2023. Durante el tercer trimestre, "
        "Riot minó 1.106 BTC." + ES,
        "RIOT",
        "2024-10-10",
        {("btc_produced", 1106, "BTC", "2023-Q3")},
    ),
    (  # near miss: the quarter named with two years keeps the latest one before publication
        "Riot a publié les résultats du deuxième trimestre 2024, après ceux du deuxième trimestre "
        "2023. Au cours du deuxième trimestre, 844 bitcoins ont été extraits." + FR,
        "RIOT",
        "2024-08-01",
        {("btc_produced", 844, "BTC", "2024-Q2")},
    ),
    # --- Vietnamese "trong năm": the head's year; one coin of a cost
    (
        "Cango(CANG) đã ghi nhận khoản lỗ lớn trong năm 2025, dù quy mô doanh thu tăng mạnh. "
        "Riêng mảng Bitcoin ghi nhận doanh thu 675,50 triệu USD, với sản lượng đào đạt 6.594 BTC "
        "trong năm. Theo chuẩn all-in, chi phí sản xuất 1 Bitcoin(BTC) đã lên tới khoảng 97.000 "
        "USD.",
        "CANG",
        "2026-03-16",
        {("btc_produced", 6594, "BTC", "2025")},
    ),
    (
        "Bitdeer công bố kết quả năm 2025: công ty khai thác được 7.200 BTC trong năm, và giá "
        "thành sản xuất 1 BTC là 61.000 USD.",
        "BTDR",
        "2026-03-01",
        {("btc_produced", 7200, "BTC", "2025")},
    ),
    # --- a price's conversion in brackets is a price
    (
        "Core Scientific社は5日、9月度に1,576BTCを平均売却価格20,460ドル(約290万円)で売却し、"
        "約42.6億円(約2950万ドル)の収入を得たことを発表した。",
        "CORZ",
        "2022-10-06",
        {
            ("btc_sold", 1576, "BTC", "2022-09"),
            ("btc_sale_proceeds_usd", 4_260_000_000, "JPY", "2022-09"),
            ("btc_sale_proceeds_usd", 29_500_000, "USD", "2022-09"),
        },
    ),
    # --- said last week: an announcement recalled
    (
        "Bitfarms hat 1.000 Bitcoins für seine Bilanz gekauft. Bitfarms gab letzte Woche bekannt, "
        "dass es im Jahr 2021 3.452 Bitcoins abgebaut hat." + DE,
        "BITF",
        "2022-01-11",
        set(),
    ),
    (
        "في الأسبوع الماضي ، قالت شركة Bitfarms إنها باعت 1500 BTC لتقليل القرض المتجدد إلى 66 "
        "مليون دولار من 100 مليون دولار.",
        "BITF",
        "2022-06-22",
        set(),
    ),
    (
        "Riot compró una nueva planta. La semana pasada, Riot dijo que vendió 475 BTC en marzo.",
        "RIOT",
        "2025-04-15",
        set(),
    ),
    (  # near miss: the sale made last week is the story's news
        "Riot vendió la semana pasada 475 BTC, según un comunicado." + ES,
        "RIOT",
        "2025-04-15",
        {("btc_sold", 475, "BTC", "2025-04")},
    ),
    # --- a loan brought down by the sale: its levels are no proceeds
    (
        "باعت شركة Bitfarms ‏2000 BTC لخفض القرض إلى 40 مليون دولار.",
        "BITF",
        "2022-07-05",
        {("btc_sold", 2000, "BTC", "2022-07")},
    ),
    # --- words: mined, kept, held, held no more
    (
        "Riot a annoncé dans son rapport financier Q1 2023 ses résultats. Le rapport a également "
        "annoncé que Riot avait exploité 2 115 BTC, ce qui représente une augmentation de 50,5%.",
        "RIOT",
        "2023-05-12",
        {("btc_produced", 2115, "BTC", "2023-Q1")},
    ),
    (
        "CleanSpark a exploité 412 BTC en août, selon son rapport mensuel." + FR,
        "CLSK",
        "2024-09-04",
        {("btc_produced", 412, "BTC", "2024-08")},
    ),
    (
        "Riot ha deciso di trattenere tutti i Bitcoin estratti a giugno, aumentando di "
        "conseguenza il totale dei Bitcoin detenuti a 9.334.",
        "RIOT",
        "2024-07-04",
        {("btc_sold", 0, "BTC", "2024-06"), ("btc_held", 9334, "BTC", "2024-06-30")},
    ),
    (
        "A luglio CleanSpark ha scelto di conservare tutti i bitcoin minati nel mese.",
        "CLSK",
        "2024-08-05",
        {("btc_sold", 0, "BTC", "2024-07")},
    ),
    (  # near miss: coins yet to be mined are a plan, no zero sale
        "Riot ha deciso di trattenere tutti i bitcoin che estrarrà nel 2025.",
        "RIOT",
        "2024-12-05",
        set(),
    ),
    (
        "باعت شركة Bitfarms جزءا من مخزونها. بيع 3000 بيتكوين يخفض حيازات المنجم إلى 3349 بما في "
        "ذلك الإنتاج الشهري." + AR,
        "BITF",
        "2022-06-22",
        {("btc_sold", 3000, "BTC", "2022-06"), ("btc_held", 3349, "BTC", "2022-06")},
    ),
    (
        "У лютому група Bitdeer Technologies (NASDAQ: BTDR) повністю вивела свої запаси "
        "біткоїнів." + UK,
        "BTDR",
        "2026-02-24",
        {("btc_held", 0, "BTC", "2026-02-28")},
    ),
    (
        "В феврале Bitdeer полностью продала свои запасы биткоинов." + RU,
        "BTDR",
        "2026-02-24",
        {("btc_held", 0, "BTC", "2026-02-28")},
    ),
    (  # near miss: part of the reserves is no zero
        "У лютому Bitdeer продала частину своїх запасів біткоїнів." + UK,
        "BTDR",
        "2026-02-24",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_an2_foreign_btc_classes(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    assert figures_read(text, entity, published, _BTC) == expected
