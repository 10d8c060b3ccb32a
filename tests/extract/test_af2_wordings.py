"""Wordings of news copy the readers missed (holdout batch af2: rewrites of monthly and
quarterly updates in Japanese, Italian, French and English).

* Japanese: a price per coin ("1BTCあたりのマイニングコスト") in the sentence of a figure makes
  the figure no daily one; a quarter told by its months ("2024年1~3月期"); the day the company
  announced ("同社は10月10日に発表した") is no period of a figure; "そのうち5,000BTCは" is a part
  of the total (README rule 12); "…BTCをマイニングした時期と比べると" is the time compared with;
  a holding "2023年5月時点で" a year before the story's period is history (decided case 1).
* Italian: "BTC detenuti in bilancio" (held), "ha coniato 303 BTC" (minted: mined); "a
  partire da circa 2.000 BTC detenuti" is a fall's starting point; "e ora detiene 6.654 BTC" is
  held now, the report's period label, not the end of the month its sentence's sale names
  (README decided cases 14, 46).
* French, Italian, Spanish: "grâce à l'absence de dettes" states no debt (decided case 22).
* Italian: "l'offerta di obbligazioni convertibili … da 1,15 miliardi di dollari della società,
  che ha fornito un finanziamento" tells notes issued, done; undated in a story retelling a
  monthly update, they take the update's month (decided cases 7, 27, 46).
* English: a headline in title case written with a full stop ("Marathon Now Holds 8,133 BTC. And
  They're Not Selling It") is no news lead, so the "December report" the story retells is its
  period; "2021 was a transformative year for Marathon as we … to 3,197 self-mined BTC" names
  the year of the figure; "held 20,030 Ethereum (ETH) …, and 320 Bitcoin (BTC)" holds the
  bitcoin after the other coin.

Each case is written in the shape of such copy with other companies, figures and dates; a
near-miss negative stands beside each positive.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import figures_read

_READ = (
    "btc_produced",
    "btc_sold",
    "btc_held",
    "btc_sale_proceeds_usd",
    "debt_total_usd",
    "debt_issued_usd",
)

# (text, entity, published, expected (metric, value, unit, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    # Japanese: a price per coin beside the quarter's coins, the quarter told by its months
    (
        "カナダのマイニング企業ハット8が、2024年1~3月期の売上高を2倍に拡大した。"
        "ハット8が同四半期でマイニングしたビットコインは560BTCで、1BTCあたりのマイニングコストは"
        "平均で約3万ドルだった。また、同社は3月31日時点で、9,100BTCを保有しており、"
        "その資産合計は6億ドル(1BTCあたり66,000ドル)。",
        "HUT",
        "2024-05-16",
        {
            ("btc_produced", 560, "BTC", "2024-Q1"),
            ("btc_held", 9100, "BTC", "2024-03-31"),
        },
    ),
    (  # a daily figure stays unread
        "カナダのマイニング企業ハット8は、4月のマイニング実績を発表した。"
        "ハット8は4月に1日あたり平均5BTCをマイニングした。",
        "HUT",
        "2024-05-06",
        set(),
    ),
    # Japanese: the day of the announcement, a part of the total, the time compared with
    (
        "米マイニング企業クリーンスパークは、自社でマイニングしたBTCの蓄積を続けている。"
        "クリーンスパークは2024年5月に720BTCをマイニングし、自社のBTC保有量を6,500BTCにまで"
        "増やしたと、同社は6月4日に発表した。その数字は、2023年12月に900BTCをマイニングした"
        "時期と比べると、依然として低い水準である。「5月31日時点でのビットコインの保有総量は"
        "6,500BTCで、そのうち2,100BTCは担保に入っている」と同社は付け加えた。",
        "CLSK",
        "2024-06-05",
        {
            ("btc_produced", 720, "BTC", "2024-05"),
            ("btc_held", 6500, "BTC", "2024-05-31"),
        },
    ),
    (  # a holding dated by its own day is kept
        "米マイニング企業クリーンスパークは、2024年5月に720BTCをマイニングした。"
        "同社は6月4日時点で、6,600BTCを保有している。",
        "CLSK",
        "2024-06-05",
        {
            ("btc_produced", 720, "BTC", "2024-05"),
            ("btc_held", 6600, "BTC", "2024-06-04"),
        },
    ),
    # Japanese: a holding of a period a year before the story's is history
    (
        "米マイニング企業クリーンスパークは、2024年5月に720BTCをマイニングした。"
        "2023年5月時点で、クリーンスパークの保有量は約2000BTCだった。",
        "CLSK",
        "2024-06-05",
        {("btc_produced", 720, "BTC", "2024-05")},
    ),
    (  # the story's own month "時点で" is held at the month's end
        "米マイニング企業クリーンスパークは、2024年5月に720BTCをマイニングした。"
        "2024年5月時点で、クリーンスパークの保有量は約6500BTCだった。",
        "CLSK",
        "2024-06-05",
        {("btc_produced", 720, "BTC", "2024-05"), ("btc_held", 6500, "BTC", "2024-05-31")},
    ),
    # Italian: held in the balance sheet, minted coins, a comparison's base
    (
        "Hut 8, +200% di capacità di hashing\n\nCosa è successo: la società ha affermato di aver "
        "più che raddoppiato il numero di BTC detenuti in bilancio al 31 marzo a quota 9.100 "
        "Bitcoin, rispetto ai 4.000 BTC detenuti nella stessa data dell'anno precedente.\n\n"
        "Nel primo trimestre la società ha coniato 560 BTC per un valore di 30 milioni di "
        "dollari.",
        "HUT",
        "2024-05-16",
        {
            ("btc_held", 9100, "BTC", "2024-03-31"),
            ("btc_produced", 560, "BTC", "2024-Q1"),
        },
    ),
    (  # a fall's starting point is no holding
        "Hut 8 ha riportato riserve di Bitcoin pari a 3.000 BTC al 20 aprile 2024. La vendita ha "
        "completato un periodo di progressiva dismissione, a partire da circa 9.000 BTC detenuti "
        "alla fine di dicembre 2023.",
        "HUT",
        "2024-04-25",
        {("btc_held", 3000, "BTC", "2024-04-20")},
    ),
    # Italian: held "now" beside last month's sale
    (
        "Riot Platforms ha estratto 350 BTC nel giugno di quest'anno, un aumento rispetto ai 250 "
        "BTC prodotti nel giugno 2023. Il mese scorso, Riot ha venduto 200 BTC per circa 12 "
        "milioni di dollari e ora detiene 9.300 BTC, che equivalgono a oltre 500 milioni di "
        "dollari.",
        "RIOT",
        "2024-07-05",
        {
            ("btc_produced", 350, "BTC", "2024-06"),
            ("btc_sold", 200, "BTC", "2024-06"),
            ("btc_sale_proceeds_usd", 12000000, "USD", "2024-06"),
            ("btc_held", 9300, "BTC", "2024-06"),
        },
    ),
    (  # no "now": the holding is tied to the month its sentence names
        "Riot Platforms ha estratto 350 BTC nel giugno di quest'anno, un aumento rispetto ai 250 "
        "BTC prodotti nel giugno 2023. Il mese scorso, Riot ha venduto 200 BTC per circa 12 "
        "milioni di dollari e detiene 9.300 BTC, che equivalgono a oltre 500 milioni di dollari.",
        "RIOT",
        "2024-07-05",
        {
            ("btc_produced", 350, "BTC", "2024-06"),
            ("btc_sold", 200, "BTC", "2024-06"),
            ("btc_sale_proceeds_usd", 12000000, "USD", "2024-06"),
            ("btc_held", 9300, "BTC", "2024-06-30"),
        },
    ),
    # French, Italian, Spanish: the absence of debt
    (
        "Selon un rapport de recherche, CleanSpark a la capacité financière de consolider le "
        "secteur minier, grâce à l'absence de dettes et à plus de 500 millions de dollars en "
        "espèces dans son bilan.",
        "CLSK",
        "2024-03-12",
        {("debt_total_usd", 0, "USD", "2024-03")},
    ),
    (  # a qualified debt is no state of having none
        "Selon un rapport de recherche, CleanSpark a la capacité financière de consolider le "
        "secteur minier, en l'absence de dette convertible et avec plus de 500 millions de "
        "dollars en espèces dans son bilan.",
        "CLSK",
        "2024-03-12",
        set(),
    ),
    (
        "Secondo un rapporto di ricerca, CleanSpark ha la capacità finanziaria di consolidare il "
        "settore, grazie all'assenza di debiti e a oltre 500 milioni di dollari in contanti.",
        "CLSK",
        "2024-03-12",
        {("debt_total_usd", 0, "USD", "2024-03")},
    ),
    (
        "Según un informe de investigación, CleanSpark tiene la capacidad financiera de "
        "consolidar el sector, gracias a la ausencia de deuda y a más de 500 millones de dólares "
        "en efectivo.",
        "CLSK",
        "2024-03-12",
        {("debt_total_usd", 0, "USD", "2024-03")},
    ),
    # Italian: notes told done by what they brought, in a story retelling a monthly update
    (
        "Durante il mese di ottobre, la società di mining Bitdeer ha mantenuto livelli di "
        "produzione elevati. Mercoledì la società ha comunicato di aver minato 520 Bitcoin (BTC) "
        "nel corso del mese. Il CEO ha inoltre ricordato l'offerta di obbligazioni convertibili "
        "da 400 milioni di dollari della società, che ha fornito un finanziamento a lungo "
        "termine.",
        "BTDR",
        "2025-11-06",
        {
            ("btc_produced", 520, "BTC", "2025-10"),
            ("debt_issued_usd", 400000000, "USD", "2025-10"),
        },
    ),
    (  # an offering only announced is no new debt
        "Durante il mese di ottobre, la società di mining Bitdeer ha mantenuto livelli di "
        "produzione elevati. Mercoledì la società ha comunicato di aver minato 520 Bitcoin (BTC) "
        "nel corso del mese. Il CEO ha inoltre annunciato un'offerta di obbligazioni "
        "convertibili da 400 milioni di dollari, destinata a finanziare l'espansione.",
        "BTDR",
        "2025-11-06",
        {("btc_produced", 520, "BTC", "2025-10")},
    ),
    # English: a title-cased headline with a full stop over a story retelling a monthly report
    (
        "U.S. Miner Riot Now Holds 9,334 BTC. And It Is Not Selling Them\n\n"
        "In its June report, Riot Platforms announced its total bitcoin holdings and told "
        "investors it was not selling any of it.\n\n"
        "As a result, Riot currently holds approximately 9,334 BTC.",
        "RIOT",
        "2024-07-03",
        {("btc_held", 9334, "BTC", "2024-06")},
    ),
    (  # a news lead about an event keeps the story's own month
        "Riot Platforms said on Tuesday it had appointed a new chief financial officer.\n\n"
        "In its June report, Riot Platforms announced its total bitcoin holdings.\n\n"
        "Riot currently holds approximately 9,334 BTC.",
        "RIOT",
        "2024-07-03",
        {("btc_held", 9334, "BTC", "2024-07")},
    ),
    # English: the year a sentence is about, as its subject
    (
        "“2023 was a record year for CleanSpark as we increased our hashrate 200% and increased "
        "our bitcoin production 100% year-over-year to 7,000 self-mined BTC,” the CEO said.",
        "CLSK",
        "2024-01-05",
        {("btc_produced", 7000, "BTC", "2023")},
    ),
    (  # a month named at the figure is its period
        "2023 was a record year for CleanSpark, which mined 700 BTC in December.",
        "CLSK",
        "2024-01-05",
        {("btc_produced", 700, "BTC", "2023-12")},
    ),
    # English: bitcoin held after another coin and its worth
    (
        "As of June 30, the company held 18,000 Ethereum (ETH) with a current value of about "
        "US$50 million, and 450 Bitcoin (BTC) which are now worth about US$15 million.",
        "HIVE",
        "2021-08-12",
        {("btc_held", 450, "BTC", "2021-06-30")},
    ),
    (  # bitcoin cash is another coin
        "As of June 30, the company held 18,000 Ethereum (ETH) and 450 Bitcoin Cash (BCH).",
        "HIVE",
        "2021-08-12",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_af2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    read = figures_read(text, entity, published, _READ)
    assert read == {(metric, float(value), unit, label) for metric, value, unit, label in expected}
