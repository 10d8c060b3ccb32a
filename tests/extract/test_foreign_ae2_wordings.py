"""Wordings the foreign reader missed in holdout batch ae2 (Indonesian, Chinese, Japanese,
Portuguese, Spanish and German copy), each class written with other companies, figures and
dates, and a near-miss negative beside it:

* Indonesian: a share of the reserves sold told as coins ("40 persen cadangan BTC-nya, setara 2
  ribu BTC": sold, not held); a level a change reached, its noun far before ("Cadangan bitcoin
  … berkurang dari sekitar 5.120 BTC menjadi total 2.980 BTC"); a comparison's base after
  "than" ("lebih rendah daripada di awal tahun, yaitu 5.200 BTC"); a rate ("setiap tiga
  bulan"); a country's miners, no company named ("penambang di Kanada melakukan hal serupa");
  the sum a sale was to add to ("untuk memperkuat likuiditas … US$80 juta": no proceeds); a
  "since" month dates no balance ("sejak Januari 2023");
* Chinese: an average price per coin is no average of coins ("以平均每枚…的价格出售了300枚");
  a fiscal year ("2024财年"); notes issued when told done or listed among milestones, not a
  headline's bare "发行" or an announced offering (README decided case 19, rule 6); a company
  named as an acquisition's object is no subject ("收购Hut 8的一处矿场");
* Japanese: notes named between the sum and the verb ("5億ドルの転換社債を発行して調達した");
* Portuguese, Spanish: a notes offering closed ("fechou uma oferta de notas conversíveis de",
  "cerró una oferta de bonos convertibles por"), not one announced or planned;
* Portuguese: the quarter's close told with a verb ("encerrou o trimestre com … bitcoins
  mantidos"): held at the quarter's end (README decided case 14);
* German: "im Besitz von" (held), a part after it ("von denen 1.500 BTC"), and the fiscal
  year's last quarter ("im letzten Quartal des Geschäftsjahres"): its fourth quarter.
"""

from __future__ import annotations

import pytest

from tests.extract import test_foreign_copy, test_foreign_debt_ai

# (text, entity, published, expected (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # --- Indonesian: a share of the reserves sold, told as coins
    (
        "Penambang bitcoin asal Amerika Serikat, Riot, terpaksa menjual sekitar 40 persen "
        "cadangan BTC mereka, setara 2 ribu BTC selama sepekan terakhir, dampak lesunya pasar "
        "kripto yang parah. Hal itu disampaikan oleh perusahaan dalam keterangan persnya pada "
        "hari Senin.",
        "RIOT",
        "2023-03-15",
        {("btc_sold", 2000, "2023-03")},
    ),
    (  # (the reserves themselves)
        "Menurut laporan perusahaan, cadangan BTC milik Riot saat ini setara dengan 2.000 BTC "
        "dan terus bertambah.",
        "RIOT",
        "2023-03-15",
        {("btc_held", 2000, "2023-03")},
    ),
    # --- Indonesian: the level a change reached, its noun far before
    (
        "“Dengan langkah ini, cadangan bitcoin milik perusahaan penambang asal Kanada itu "
        "berkurang dari sekitar 5.120 BTC menjadi total 2.980 BTC,” kata CFO Hut 8.",
        "HUT",
        "2023-07-20",
        {("btc_held", 2980, "2023-07")},
    ),
    (  # (a change's size, no level reached)
        "“Dengan langkah ini, cadangan bitcoin milik perusahaan penambang asal Kanada itu "
        "berkurang sekitar 2.140 BTC dalam sebulan,” kata CFO Hut 8.",
        "HUT",
        "2023-07-20",
        set(),
    ),
    # --- Indonesian: a comparison's base after "than"
    (
        "Melalui penjualan ini, Bitfarms memiliki cadangan BTC yang jauh lebih rendah daripada "
        "di awal tahun, yaitu 5.200 BTC, kata perusahaan.",
        "BITF",
        "2023-06-20",
        set(),
    ),
    (
        "Melalui penjualan ini, Bitfarms kini memiliki cadangan BTC yang lebih kecil, yaitu "
        "2.100 BTC, kata perusahaan.",
        "BITF",
        "2023-06-20",
        {("btc_held", 2100, "2023-06")},
    ),
    # --- Indonesian: a rate
    (
        "CleanSpark menghasilkan rata-rata 20 BTC per hari, atau memperoleh hampir 1.800 BTC "
        "setiap tiga bulan, menurut perusahaan dalam keterangan persnya pada hari Senin.",
        "CLSK",
        "2024-05-10",
        set(),
    ),
    (
        "CleanSpark menghasilkan 620 BTC pada bulan April, menurut laporan bulanan perusahaan "
        "yang dirilis hari ini.",
        "CLSK",
        "2024-05-10",
        {("btc_produced", 620, "2024-04")},
    ),
    # --- Indonesian: a country's miners, no company named
    (
        "Marathon menjual 500 BTC pada Mei 2023 untuk biaya operasional. Sebelumnya, penambang "
        "di Kanada melakukan hal serupa dengan penjualan sebanyak 1.200 BTC sepanjang April 2023.",
        "MARA",
        "2023-06-05",
        {("btc_sold", 500, "2023-05")},
    ),
    (  # (an apposition names the company)
        "Penambang bitcoin di Texas, Riot, melakukan penjualan sebanyak 1.200 BTC sepanjang "
        "April 2023 untuk biaya operasional.",
        "RIOT",
        "2023-06-05",
        {("btc_sold", 1200, "2023-04")},
    ),
    # --- Chinese: an average price per coin is no average of coins
    (
        "Riot当月开采了410枚比特币,并以平均每枚98,000美元的价格出售了300枚比特币,获得2,940万美元。",
        "RIOT",
        "2025-03-04",
        {("btc_produced", 410, "2025-03"), ("btc_sold", 300, "2025-03")},
    ),
    (  # (a daily average)
        "Riot上月平均每天开采了14枚比特币,运营效率有所提升。",
        "RIOT",
        "2025-03-04",
        set(),
    ),
    # --- Portuguese: the quarter's close told with a verb
    (
        "A MARA divulgou os resultados do segundo trimestre de 2025, com receita em alta. "
        "‘A MARA encerrou o trimestre com 49.951 bitcoins mantidos’, disse o CEO no comunicado.",
        "MARA",
        "2025-07-30",
        {("btc_held", 49951, "2025-06-30")},
    ),
    (  # (no close named: the report's period label, README Periods)
        "A MARA divulgou os resultados do segundo trimestre de 2025, com receita em alta. "
        "A empresa também mantém cerca de 49.951 bitcoins em reserva, segundo o CEO.",
        "MARA",
        "2025-07-30",
        {("btc_held", 49951, "2025-Q2")},
    ),
    # --- German: "im Besitz von", a part after it
    (
        "Derzeit ist Riot Platforms im Besitz von 19.225 BTC, von denen 1.500 BTC aus dem "
        "eigenen Mining stammen.",
        "RIOT",
        "2025-05-06",
        {("btc_held", 19225, "2025-05")},
    ),
    (
        "Ende März war Riot Platforms im Besitz von 19.225 BTC, wie das Unternehmen in seinem "
        "Bericht mitteilte. Die Aktie legte nach der Mitteilung um fünf Prozent zu.",
        "RIOT",
        "2025-05-06",
        {("btc_held", 19225, "2025-03-31")},
    ),
    # --- German: the fiscal year's last quarter
    (
        "Im letzten Quartal des Geschäftsjahres produzierte CleanSpark 1.950 Bitcoin, wie das "
        "Unternehmen mitteilte.",
        "CLSK",
        "2024-12-03",
        {("btc_produced", 1950, "2024-Q4")},
    ),
    (
        "Im letzten Quartal des Geschäftsjahres 2023 produzierte CleanSpark 1.950 Bitcoin, wie "
        "das Unternehmen mitteilte.",
        "CLSK",
        "2024-12-03",
        {("btc_produced", 1950, "2023-Q4")},
    ),
    (  # (the quarter just ended, no fiscal year named)
        "Im letzten Quartal produzierte CleanSpark 1.950 Bitcoin, wie das Unternehmen in seinem "
        "Bericht mitteilte. Die Aktie legte nach der Mitteilung um fünf Prozent zu.",
        "CLSK",
        "2024-12-03",
        {("btc_produced", 1950, "2024-Q3")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_btc_figures_in_ae2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "Penambang bitcoin asal Amerika Serikat, Marathon, memastikan telah menjual total 1.500 "
        "BTC dengan harga sekitar US$45 juta untuk memperkuat likuiditas perusahaan hampir "
        "US$80 juta.",
        "MARA",
        "2023-05-10",
        {
            ("btc_sold", 1500, "BTC", "2023-05"),
            ("btc_sale_proceeds_usd", 45000000, "USD", "2023-05"),
        },
    ),
    (  # (what the sale brought, told as its purpose)
        "Penambang bitcoin asal Amerika Serikat, Marathon, mengatakan bahwa pihaknya telah "
        "menjual 1.500 BTC untuk mendapatkan US$45 juta dan untuk membayar biaya operasional.",
        "MARA",
        "2023-05-10",
        {
            ("btc_sold", 1500, "BTC", "2023-05"),
            ("btc_sale_proceeds_usd", 45000000, "USD", "2023-05"),
        },
    ),
    (
        "Riot当月开采了410枚比特币,并以平均每枚98,000美元的价格出售了300枚比特币,获得2,940万美元。",
        "RIOT",
        "2025-03-04",
        {
            ("btc_produced", 410, "BTC", "2025-03"),
            ("btc_sold", 300, "BTC", "2025-03"),
            ("btc_sale_proceeds_usd", 29400000, "USD", "2025-03"),
        },
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_sale_proceeds_in_ae2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_copy.test_sale_proceeds_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    # --- Indonesian: a "since" month dates no balance
    (
        "Menurut laporan yang dirilis perusahaan, Hut 8 harus menjual BTC mereka untuk "
        "mengurangi utangnya kepada Galaxy dari US$50 juta menjadi US$20 juta, setelah pasar "
        "kripto anjlok sejak Januari 2023.",
        "HUT",
        "2023-05-10",
        {("debt_total_usd", 20000000, "USD", "2023-05")},
    ),
    (
        "Menurut laporan yang dirilis perusahaan, Hut 8 harus menjual BTC mereka untuk "
        "mengurangi utangnya kepada Galaxy dari US$50 juta menjadi US$20 juta pada Maret 2023.",
        "HUT",
        "2023-05-10",
        {("debt_total_usd", 20000000, "USD", "2023-03-31")},
    ),
    # --- Chinese: notes issued, told done or among milestones; not a bare headline or a plan
    (
        "MARA 2024财年的里程碑包括收购Hut 8的一处矿场,将信贷额度扩展至2亿美元,以及发行8.5亿美元"
        "可转换票据。",
        "MARA",
        "2024-11-20",
        {("debt_issued_usd", 850000000, "USD", "2024")},
    ),
    (
        "比特币矿企MARA已发行10亿美元可转换债券,用于扩张数据中心。",
        "MARA",
        "2024-11-20",
        {("debt_issued_usd", 1000000000, "USD", "2024-11")},
    ),
    (
        "比特币矿企MARA发行10亿美元可转换债券,加速数据中心扩张\n"
        "MARA 宣布发行 10 亿美元零息可转换债券,预计将在纽约市场开盘前定价。",
        "MARA",
        "2024-11-20",
        set(),
    ),
    # --- Japanese: the notes named between the sum and the verb
    (
        "この買収は、ライオットが5億ドルの転換社債を発行して調達した資金で行われた。",
        "RIOT",
        "2025-02-10",
        {("debt_issued_usd", 500000000, "USD", "2025-02")},
    ),
    (
        "ライオットは5億ドルの転換社債を発行して資金を調達する予定だ。",
        "RIOT",
        "2025-02-10",
        set(),
    ),
    # --- Portuguese, Spanish: a notes offering closed
    (
        "A Cipher Mining já garantiu financiamento para sua transformação. A Cipher fechou uma "
        "oferta de notas conversíveis de $1,1 bilhão em setembro.",
        "CIFR",
        "2025-10-20",
        {("debt_issued_usd", 1100000000, "USD", "2025-09")},
    ),
    (
        "A Cipher Mining ainda busca financiamento para sua transformação. A Cipher planeja "
        "fechar uma oferta de notas conversíveis de $1,1 bilhão em outubro.",
        "CIFR",
        "2025-10-20",
        set(),
    ),
    (
        "La empresa ya aseguró la financiación de su expansión. Riot cerró una oferta de bonos "
        "convertibles por 500 millones de dólares en marzo.",
        "RIOT",
        "2025-04-20",
        {("debt_issued_usd", 500000000, "USD", "2025-03")},
    ),
    (
        "La empresa todavía busca financiación para su expansión. Riot anunció una oferta de "
        "bonos convertibles por 500 millones de dólares que espera cerrar en mayo.",
        "RIOT",
        "2025-04-20",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_debt_in_ae2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)
