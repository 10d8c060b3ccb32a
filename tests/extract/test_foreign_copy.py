"""BTC mined, sold and held, and sale proceeds, in Japanese, Korean, Chinese, Spanish, Portuguese,
Italian and German news copy.

Class (holdout batch n2, and the Italian rewrites of batches e and f): miners' monthly and
quarterly figures rewritten by coinpost.jp, blockmedia.co.kr, es.cointelegraph, infomoney,
it.benzinga, … were not read at all. Each case below is written in the shape of such copy
(not taken from the corpus) and pairs the company's figures with what must not be read
beside them: a comparison's base ("前年同月の443BTCから", "frente a los 685 BTC de junio"),
a purchase, a price per coin, a daily average, a forecast, a sector total, another miner's
figure, a joint venture's share. Numbers as each language prints them: "1万9324", "1만 2158",
"12.703", "125,5", "1.230,5". Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text
from monitor.extract.foreign_numbers import CJK_NUMBER, cjk_value, romance_value
from tests.extract.must_checks import figures_read

BTC_METRICS = ("btc_produced", "btc_sold", "btc_held")

# (text, entity, published, expected (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # --- Japanese
    (
        "米マイニング大手ライオット・プラットフォームズは2日、10月の生産状況を発表した。"
        "同社は10月に505BTCを採掘し、前年同月の443BTCから増加した。"
        "10月31日時点で同社は1万9324BTCを保有している。",
        "RIOT",
        "2025-11-03",
        {("btc_produced", 505, "2025-10"), ("btc_held", 19324, "2025-10-31")},
    ),
    (
        "マラソン・デジタルは3月に一切ビットコインを売却していないと発表した。"
        "同社は同月に2,150BTCを購入し、1BTCあたりの平均価格は約8万2000ドルだった。",
        "MARA",
        "2025-04-04",
        {("btc_sold", 0, "2025-03")},
    ),
    (
        "大手上場マイナー上位10社は11月に合計4,200BTCを売却した。"
        "一方、ライオットは11月に360BTCを売却し、クリーンスパークは580BTCを売却した。",
        "RIOT",
        "2024-12-05",
        {("btc_sold", 360, "2024-11")},
    ),
    (
        "ハット8は第2四半期に合計312BTCを生産したと発表した。1日あたりの平均生産量は3.4BTCだった。",
        "HUT",
        "2025-08-10",
        {("btc_produced", 312, "2025-Q2")},
    ),
    (
        "マラソンは2026年に7万BTCの保有を目指す計画だ。"
        "9月末時点のビットコイン保有量は5万2477BTCとなった。",
        "MARA",
        "2025-10-03",
        {("btc_held", 52477, "2025-09-30")},
    ),
    (
        "半減期のため、ライオットは5月に215BTCを採掘した。"
        "1BTCを生産するためのコストは4万ドルを超えた。",
        "RIOT",
        "2024-06-05",
        {("btc_produced", 215, "2024-05")},
    ),
    (
        "マラソンの保有量は上場企業で2位。首位は64万BTCを保有するストラテジーとなっている。"
        "マラソンは第3四半期に2,144BTCを生産した。",
        "MARA",
        "2025-11-01",
        {("btc_produced", 2144, "2025-Q3")},
    ),
    (
        "ハット・エイトは第2四半期決算を発表した。期末時点のビットコイン保有量は1万300BTCだった。",
        "HUT",
        "2025-08-08",
        {("btc_held", 10300, "2025-06-30")},
    ),
    # --- Korean
    (
        "마라톤은 지난달 보유 주식을 한 주도 매도하지 않았다고 밝혔다. "
        "마라톤은 지난달 비트코인 690개를 채굴했다.",
        "MARA",
        "2024-06-04",
        {("btc_produced", 690, "2024-05")},
    ),
    (
        "클린스파크는 지난 8월 한 달 동안 비트코인 657개를 채굴했다고 3일 밝혔다. "
        "회사는 8월 말 기준 비트코인 1만2827개를 보유하고 있다.",
        "CLSK",
        "2025-09-04",
        {("btc_produced", 657, "2025-08"), ("btc_held", 12827, "2025-08-31")},
    ),
    (
        "라이엇은 7월에 비트코인을 단 한 개도 매도하지 않았다고 전했다. "
        "같은 기간 마라톤은 비트코인 700개를 매도했다. "
        "라이엇의 하루 평균 채굴량은 약 11개였다.",
        "RIOT",
        "2024-08-06",
        {("btc_sold", 0, "2024-07")},
    ),
    (
        "비트디어는 3분기 동안 비트코인 1,109개를 채굴했으며, "
        "이는 전년 동기 대비 20% 증가한 수치다. "
        "9월 30일 현재 비트디어의 비트코인 보유량은 2,029개다.",
        "BTDR",
        "2025-11-12",
        {("btc_produced", 1109, "2025-Q3"), ("btc_held", 2029, "2025-09-30")},
    ),
    (
        "코어 사이언티픽은 지난해 자체 채굴로 1만 2158 BTC를 생산했다. "
        "업계 상위 채굴업체들은 같은 해 모두 9만 BTC를 채굴했다.",
        "CORZ",
        "2025-02-27",
        {("btc_produced", 12158, "2024")},
    ),
    (
        "라이엇은 지난 6월 450개의 비트코인을 생산했지만 7월에는 420개의 비트코인을 생산하는 데 "
        "그쳤다.",
        "RIOT",
        "2025-08-05",
        {("btc_produced", 420, "2025-07")},
    ),
    (
        "라이엇, 2023년 9월 채굴 실적 발표\n"
        "라이엇은 9월에 총 465 BTC를 채굴했다. 회사는 이 중 400 BTC를 매도했다.",
        "RIOT",
        "2025-10-03",
        {("btc_produced", 465, "2025-09"), ("btc_sold", 400, "2025-09")},
    ),
    # --- Spanish
    (
        "CleanSpark minó 634 bitcoins en julio, frente a los 685 BTC de junio. "
        "Al 31 de julio, la compañía poseía 12.703 BTC.",
        "CLSK",
        "2025-08-04",
        {("btc_produced", 634, "2025-07"), ("btc_held", 12703, "2025-07-31")},
    ),
    (
        "Bitfarms vendió 125,5 BTC en el segundo trimestre de 2025 y produjo 703 BTC en el mismo "
        "periodo, según su informe. "
        "Se espera que la empresa produzca 900 BTC en el tercer trimestre.",
        "BITF",
        "2025-08-12",
        {("btc_sold", 125.5, "2025-Q2"), ("btc_produced", 703, "2025-Q2")},
    ),
    (
        "Los mineros públicos vendieron en conjunto 5.200 BTC en mayo, según TheMinerMag. "
        "Riot, por su parte, vendió 475 BTC en mayo.",
        "RIOT",
        "2025-06-06",
        {("btc_sold", 475, "2025-05")},
    ),
    (
        "Riot informó que produjo 1.405 BTC en el segundo trimestre. "
        "Al cierre del trimestre, la empresa poseía 19.273 BTC.",
        "RIOT",
        "2025-08-01",
        {("btc_produced", 1405, "2025-Q2"), ("btc_held", 19273, "2025-06-30")},
    ),
    # --- Portuguese
    (
        "A Marathon Digital minerou 703 bitcoins em agosto, "
        "um aumento de 3% em relação aos 682 BTC de julho. "
        "Em 31 de agosto, a empresa detinha 26.842 BTC.",
        "MARA",
        "2024-09-04",
        {("btc_produced", 703, "2024-08"), ("btc_held", 26842, "2024-08-31")},
    ),
    (
        "A Bitfarms vendeu 412 BTC em março, a um preço médio de US$ 85.000 por bitcoin.",
        "BITF",
        "2025-04-02",
        {("btc_sold", 412, "2025-03")},
    ),
    # --- Italian
    (
        "Hut 8 ha estratto 95 bitcoin a marzo, "
        "mentre la joint venture ha estratto altri 40 bitcoin.",
        "HUT",
        "2025-04-07",
        {("btc_produced", 95, "2025-03")},
    ),
    (
        "Bitdeer ha comunicato che al 30 giugno 2025 la società deteneva 1.230,5 BTC, rispetto ai "
        "1.100 BTC di fine marzo.",
        "BTDR",
        "2025-07-10",
        {("btc_held", 1230.5, "2025-06-30")},
    ),
    (
        "CleanSpark non ha venduto alcun bitcoin nel mese di gennaio, "
        "mentre Riot ha venduto 200 BTC.",
        "CLSK",
        "2025-02-05",
        {("btc_sold", 0, "2025-01")},
    ),
    # --- German: the verb before the figure ("produzierte 463 Bitcoin") or, as a participle,
    # after it ("hat 380 Bitcoin geschürft"): the nearer cue names the metric
    (
        "CleanSpark hat im Juli 2025 insgesamt 685 Bitcoin geschürft, gegenüber 657 BTC im "
        "Vormonat. Zum 31. Juli hielt das Unternehmen 12.703 Bitcoin.",
        "CLSK",
        "2025-08-05",
        {("btc_produced", 685, "2025-07"), ("btc_held", 12703, "2025-07-31")},
    ),
    (
        "Marathon Digital produzierte im dritten Quartal 2.144 BTC und verkaufte keine seiner "
        "Bitcoin. Für das vierte Quartal erwartet das Unternehmen, 2.300 Bitcoin zu produzieren.",
        "MARA",
        "2025-11-01",
        {("btc_produced", 2144, "2025-Q3"), ("btc_sold", 0, "2025-Q3")},
    ),
    (
        "Die börsennotierten Miner verkauften im Mai zusammen 5.200 BTC. "
        "Riot verkaufte im Mai 475 Bitcoin, wie das Unternehmen in seinem Bericht mitteilte.",
        "RIOT",
        "2025-06-06",
        {("btc_sold", 475, "2025-05")},
    ),
    (
        "Riot hat im August 2,1 Millionen Aktien von Bitfarms verkauft. Im August produzierte Riot "
        "477 Bitcoin und hielt zum Monatsende 19.309 BTC.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08"), ("btc_held", 19309, "2025-08-31")},
    ),
    (
        "Im ersten Quartal meldete Riot einen Umsatz von 161,4 Millionen US-Dollar und einen "
        "Verlust von 296 Millionen US-Dollar. Das Unternehmen produzierte im Quartal 1.530 Bitcoin "
        "und baute seine Hashrate weiter aus.",
        "RIOT",
        "2025-05-02",
        {("btc_produced", 1530, "2025-Q1")},
    ),
    (
        "Im April hat Bitdeer 463 Bitcoin gemint, das sind durchschnittlich 15,4 BTC pro Tag. "
        "Die Hashrate der Flotte ist im Vergleich zum März gestiegen.",
        "BTDR",
        "2025-05-06",
        {("btc_produced", 463, "2025-04")},
    ),
    (
        "Core Scientific hat im Mai 380 Bitcoin geschürft und 200 Bitcoin verkauft, wie aus dem "
        "Bericht des Unternehmens hervorgeht.",
        "CORZ",
        "2025-06-04",
        {("btc_produced", 380, "2025-05"), ("btc_sold", 200, "2025-05")},
    ),
    (
        "Der Bitcoin-Bestand von Hut 8 belief sich Ende Juni 2025 auf 10.273 BTC, wie das "
        "Unternehmen mit der Vorlage der Zahlen mitteilte.",
        "HUT",
        "2025-07-08",
        {("btc_held", 10273, "2025-06-30")},
    ),
    (
        "Bitfarms verkaufte im März 412,5 BTC. Das Unternehmen hält damit noch 1.152 Bitcoin in "
        "der Bilanz.",
        "BITF",
        "2025-04-02",
        {("btc_sold", 412.5, "2025-03"), ("btc_held", 1152, "2025-03")},
    ),
    (
        "Im Februar 2025 erzielte CleanSpark mit 574 geschürften Bitcoin einen neuen Rekord, der "
        "auf die Erweiterung der Flotte zurückgeht.",
        "CLSK",
        "2025-03-04",
        {("btc_produced", 574, "2025-02")},
    ),
    (
        "Im August verkaufte Riot keine seiner geschürften Bitcoins. Das ist anders als im August "
        "des Vorjahres, als es 300 Bitcoins verkaufte.",
        "RIOT",
        "2024-09-04",
        {("btc_sold", 0, "2024-08")},
    ),
    (
        "Hut 8 schürfte im Oktober 95 Bitcoin, 12 BTC mehr als im Vormonat. Der Bestand stieg "
        "von 10.200 BTC auf 10.295 BTC.",
        "HUT",
        "2025-11-05",
        {("btc_produced", 95, "2025-10"), ("btc_held", 10295, "2025-10")},
    ),
    # --- Chinese, simplified and traditional: "枚"/"顆" count coins, "万"/"萬" ten thousand
    (
        "嘉楠科技公布，公司9月共开采88枚比特币，较8月的80枚增长10%。截至9月底，公司持有1,520枚比特币。",
        "CAN",
        "2025-10-08",
        {("btc_produced", 88, "2025-09"), ("btc_held", 1520, "2025-09-30")},
    ),
    (
        "Bit Digital 第二季比特幣產量為 120 顆，並未出售任何比特幣。",
        "BTBT",
        "2025-08-12",
        {("btc_produced", 120, "2025-Q2"), ("btc_sold", 0, "2025-Q2")},
    ),
    (
        "马拉松第三季度共挖出2,144枚比特币。平均每日挖出约23枚比特币。"
        "公司预计第四季度将挖出2,300枚比特币。",
        "MARA",
        "2025-11-01",
        {("btc_produced", 2144, "2025-Q3")},
    ),
    (
        "行业内上市矿企10月共出售约5,000枚比特币。Riot 10月卖出了300枚比特币。",
        "RIOT",
        "2025-11-05",
        {("btc_sold", 300, "2025-10")},
    ),
    (
        "截至2025年6月30日，Hut 8 持有約1.2萬顆比特幣。",
        "HUT",
        "2025-08-07",
        {("btc_held", 12000, "2025-06-30")},
    ),
    (
        "CleanSpark 8月購入了200枚比特幣，8月挖出657枚比特幣。",
        "CLSK",
        "2025-09-03",
        {("btc_produced", 657, "2025-08")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_btc_figures_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    read = {
        (item.metric, float(item.value), item.period)
        for item in found
        if item.metric in BTC_METRICS and item.value is not None
    }
    assert read == {(metric, float(value), period) for metric, value, period in expected}
    for item in found:  # the evidence is the text as given, at its offsets
        assert text[item.start : item.end] == item.evidence


# BTC sale proceeds (tests/extract/real/README.md, decided case 4): the money a sale brought,
# in every currency the text gives it; not a price per coin, a base, or the period's revenue.
# (text, entity, published, expected (metric, value, unit, period))
PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "クリーンスパークは5月に400BTCを売却し、約58億円（約4,000万ドル）の収益を得た。"
        "1BTCあたりの平均売却価格は約10万ドルだった。",
        "CLSK",
        "2025-06-05",
        {
            ("btc_sold", 400, "BTC", "2025-05"),
            ("btc_sale_proceeds_usd", 5800000000, "JPY", "2025-05"),
            ("btc_sale_proceeds_usd", 40000000, "USD", "2025-05"),
        },
    ),
    (
        "마라톤은 지난달 비트코인 500개를 5,000만 달러(약 690억 원)에 매도했다. "
        "평균 매도 가격은 개당 10만 달러였다.",
        "MARA",
        "2025-06-04",
        {
            ("btc_sold", 500, "BTC", "2025-05"),
            ("btc_sale_proceeds_usd", 50000000, "USD", "2025-05"),
            ("btc_sale_proceeds_usd", 69000000000, "KRW", "2025-05"),
        },
    ),
    (
        "Bitfarms vendió 300 BTC en abril por 25,5 millones de dólares, a un precio medio de "
        "85.000 dólares por bitcoin.",
        "BITF",
        "2025-05-02",
        {
            ("btc_sold", 300, "BTC", "2025-04"),
            ("btc_sale_proceeds_usd", 25500000, "USD", "2025-04"),
        },
    ),
    (
        "Riot verkaufte im Dezember 1.818 Bitcoin für 161,6 Millionen US-Dollar; der Umsatz des "
        "Quartals lag bei 180 Millionen US-Dollar.",
        "RIOT",
        "2026-01-06",
        {
            ("btc_sold", 1818, "BTC", "2025-12"),
            ("btc_sale_proceeds_usd", 161600000, "USD", "2025-12"),
        },
    ),
    (
        "比特小鹿10月卖出了150枚比特币，获得约1,650万美元。",
        "BTDR",
        "2025-11-05",
        {
            ("btc_sold", 150, "BTC", "2025-10"),
            ("btc_sale_proceeds_usd", 16500000, "USD", "2025-10"),
        },
    ),
    (
        "Hut 8 ha venduto 50 BTC a marzo per 4,2 milioni di dollari; i ricavi del trimestre sono "
        "stati pari a 40 milioni di dollari, secondo la società.",
        "HUT",
        "2025-04-07",
        {
            ("btc_sold", 50, "BTC", "2025-03"),
            ("btc_sale_proceeds_usd", 4200000, "USD", "2025-03"),
        },
    ),
    (
        "A Core Scientific vendeu 1.200 bitcoins em junho por US$ 24 milhões, segundo o relatório "
        "mensal da empresa, que também levantou US$ 500 milhões com notas conversíveis.",
        "CORZ",
        "2025-07-03",
        {
            ("btc_sold", 1200, "BTC", "2025-06"),
            ("btc_sale_proceeds_usd", 24000000, "USD", "2025-06"),
        },
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_sale_proceeds_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    read = figures_read(text, entity, published, (*BTC_METRICS, "btc_sale_proceeds_usd"))
    wanted = {(metric, float(value), unit, period) for metric, value, unit, period in expected}
    assert read == wanted


# (as printed, value)
CJK_NUMBERS = [
    ("4万9179", "49179"),
    ("1만 3672", "13672"),
    ("1만96", "10096"),
    ("2만", "20000"),
    ("1,242", "1242"),
    ("9万6,560", "96560"),
    ("1億6,160万", "161600000"),
    ("1.2萬", "12000"),
    ("3亿", "300000000"),
]
ROMANCE_NUMBERS = [
    ("10.427", "10427"),
    ("707,1", "707.1"),
    ("1.258,6", "1258.6"),
    ("189,8", "189.8"),
    ("1,080", "1080"),
    ("5.0", "5.0"),
    ("1.234.567", "1234567"),
    ("1,930.8", "1930.8"),
    ("19,309.5", "19309.5"),
    ("1,234,567.25", "1234567.25"),
]


@pytest.mark.parametrize(("printed", "value"), CJK_NUMBERS)
def test_japanese_and_korean_numbers(printed: str, value: str) -> None:
    match = CJK_NUMBER.match(printed)
    assert match is not None and match.group() == printed
    assert cjk_value(match) == Decimal(value)


@pytest.mark.parametrize(("printed", "value"), ROMANCE_NUMBERS)
def test_spanish_portuguese_italian_numbers(printed: str, value: str) -> None:
    assert romance_value(printed) == Decimal(value)


# A reviewer's misfires (branch mendD), each with a sibling in another language.
# (text, entity, published, expected (metric, value, period))
MENDED_CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # 1. an English-style decimal copied into foreign text ("1,930.8": the last mark decides)
    (
        "Riot Platforms produjo 1,930.8 BTC en el segundo trimestre de 2025.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 1930.8, "2025-Q2")},
    ),
    (
        "La compañía tiene 19,309.5 BTC en su tesorería.  Riot es una empresa de minería.",
        "RIOT",
        "2025-09-04",
        {("btc_held", 19309.5, "2025-09")},
    ),
    (
        "A mineradora Riot Platforms produziu 1,930.8 BTC no segundo trimestre de 2025, "
        "de acordo com o relatório da empresa publicado nesta quinta-feira.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 1930.8, "2025-Q2")},
    ),
    # 2. a second figure takes its own clause's period, not the first one's
    (
        "Riot produjo 477 BTC en agosto y 484 BTC en julio.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    (
        "Riot hat im August 477 Bitcoin und im Juli 484 Bitcoin geschürft.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    (
        "A Riot produziu 477 BTC em agosto e 484 BTC em julho.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    (
        "Riot produjo 477 BTC en agosto, frente a 484 BTC en julio y 322 BTC en agosto de 2024.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    (
        "Riot ha prodotto 477 BTC ad agosto, "
        "rispetto ai 484 BTC di luglio e ai 322 BTC di agosto 2024.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    # 3. forecasts in Japanese; a forecast excludes its own clause only
    ("Riotは9月に約500BTCを採掘する見通しだ。", "RIOT", "2025-09-04", set()),
    ("Riotは今年、約5,500BTCを採掘すると予想されている。", "RIOT", "2025-09-04", set()),
    (
        "アナリストは、Riotが年末までに2万BTCを保有すると予想している。",
        "RIOT",
        "2025-09-04",
        set(),
    ),
    ("Riotは年内に6,000BTCを採掘すると予測した。", "RIOT", "2025-09-04", set()),
    (
        "Riot预计9月将开采约500枚比特币，8月开采477枚比特币。",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    (
        "라이엇은 8월에 477개의 비트코인을 채굴했으며, 9월에는 약 500개를 채굴할 전망이다.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    # 4. year-to-date totals are not labelled
    ("라이엇은 올해 들어 지금까지 3500개의 비트코인을 채굴했다.", "RIOT", "2025-09-04", set()),
    ("Riot produjo 3.500 BTC en lo que va del año.", "RIOT", "2025-09-04", set()),
    ("Riotは今年に入って3,500BTCを採掘した。", "RIOT", "2025-09-04", set()),
    # (already not read: desde o início do ano, da inizio anno, seit Jahresbeginn, 今年以来, 年初来)
    # 5. an unnamed rival's figures, and a miner that outdid Riot
    (
        "Riot produjo 477 BTC en agosto, de acuerdo con los datos de la empresa. "
        "Su rival produjo 650 BTC y tiene 12.608 BTC.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    (
        "Riot hat im August 477 Bitcoin geschürft. "
        "Zum Vergleich: Der Konkurrent hat 650 Bitcoin geschürft und hält 12.608 Bitcoin.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    (
        "라이엇은 8월에 477개의 비트코인을 채굴했다. 경쟁사는 650개의 비트코인을 채굴했다.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    (
        "MARA superó a Riot, que produjo 477 BTC en agosto, con 705 BTC.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    (
        "Em agosto, a MARA superou a Riot, que produziu 477 BTC no mês, com 705 BTC, "
        "de acordo com os dados das empresas.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08")},
    ),
    # 7. a holding told as "ne detiene" (of them) or in thousands ("19,3 mil BTC"); one told
    # beside August's flows with no "now" of its own is held at August's end (decided case 14)
    (
        "Riot ha prodotto 477 BTC ad agosto, secondo i dati della società, "
        "e ne detiene ora 19.309.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08"), ("btc_held", 19309, "2025-08")},
    ),
    (
        "A Riot produziu 477 BTC em agosto, de acordo com o relatório da empresa, "
        "e detém 19,3 mil BTC.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08"), ("btc_held", 19300, "2025-08-31")},
    ),
    (
        "Riot produjo 477 BTC en agosto, de acuerdo con los datos de la empresa, "
        "y tiene 19,3 mil BTC.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 477, "2025-08"), ("btc_held", 19300, "2025-08-31")},
    ),
    # 6. "now" after a closed year is the publication's month
    (
        "En 2024, Riot produjo 4.828 BTC. Ahora, la empresa tiene 19.309 BTC en su balance.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 4828, "2024"), ("btc_held", 19309, "2025-09")},
    ),
    (
        "Nel 2024 Riot ha prodotto 4.828 BTC, secondo i dati della società. "
        "Attualmente la società detiene 19.309 BTC nel suo bilancio.",
        "RIOT",
        "2025-09-04",
        {("btc_produced", 4828, "2024"), ("btc_held", 19309, "2025-09")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), MENDED_CASES)
def test_reviewed_misfires_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_btc_figures_in_foreign_copy(text, entity, published, expected)
