"""Bitcoin figures in news wordings the foreign reader missed (blind batch ac2's first run).

Classes (holdout batch ac2, copy in Japanese, Chinese, Spanish, Portuguese, Italian and German),
each written below in the shape of such copy with other companies and figures, in every
language the wording occurs in, with near-miss negatives:

* holdings in news wording: a reserve's balance ("el saldo de bitcoin … se redujo a", "una
  reserva de … al cierre del año"), a holder's rank ("entre los mayores tenedores … con"), the
  coins a sale left ("deixa a empresa com apenas … BTC restantes"), the unit before the number
  ("la sua scorta totale di BTC a 9.334"), a threshold crossed ("ter superado os 10.000 BTC",
  README decided case 20), a Japanese holding in a sentence that says what a change "amounts to"
  ("減少にあたります": not "per"), a reserve grown from one date's figure to another's and "now
  over" a bound at the time of writing;
* a quarter's output told as the change from the year-earlier quarter to "the same period this
  year" ("de 1.775 BTC en el segundo trimestre de 2023 a 844 BTC en el mismo período de este
  año"): the later figure is this year's quarter, the earlier the change's starting point (1);
* a story of several sales: each sale's proceeds are the money told with it ("…, equivalentes a
  unos 51 millones, y … otros 250 BTC por 24 millones"), an "other" sale of an earlier month is
  the story's own (not a comparison), a sale told in money only ("vendeu US$ 45 milhões de seus
  BTC") is proceeds, and an average price "each" is none (4);
* a sale told as a share of the holdings ("mit 7202 Bitcoin rund 80 Prozent seiner Bestände
  verscherbeln") is a sale, not a holding;
* production a done change made possible ("le ha permesso di estrarre 255 BTC") and a month's
  coins all kept ("ha trattenuto tutti i bitcoin estratti a giugno": `btc_sold` 0, README "Zero
  stated in words"); a plan or a practice is neither;
* a contrast that leaves out the unit its sentence gave ("em julho havia extraído 370 BTC,
  enquanto em agosto parou em 322"), and a month "of last year" ("agosto do ano passado"), which
  makes its figure the earlier period's;
* a comparison's month told again in a "when" clause ("em relação a maio, quando a empresa
  minerou 514 BTC") is the comparison's figure;
* a recalled peak ("峰值持有超过 2400 枚", "ピーク時には", "en su pico") is no current holding (1),
  and a clearance finished in a named month ("直至 2 月中旬完成清仓") is a zero holding at that
  month's end (34, 14), told once;
* Japanese convertible notes closed: the principal raised or issued (in a sentence about the
  notes, or telling the fundraising the line before named as notes sold) is `debt_issued_usd` in
  the month the sentence names (19), a buy-back of existing notes `debt_repaid_usd` (32); a plan
  is neither (6), nor a buy-back of shares, nor money raised after a share sale.
"""

from __future__ import annotations

import pytest

from tests.extract import test_foreign_copy, test_foreign_debt_ai

# (text, entity, published, expected (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # --- holdings in news wording
    (
        "これは前年同月比で3%の減少にあたりますが、クリーンスパークは1万2500BTC(約1,800億円)を"
        "保有しており、上場企業で4番目に多いことが特徴です。",
        "CLSK",
        "2025-06-10",
        {("btc_held", 12500, "2025-06")},
    ),
    (
        "マラソンの採掘量は前月比で8%の増加にあたり、同社は現在4万8000BTCを保有している。",
        "MARA",
        "2025-03-05",
        {("btc_held", 48000, "2025-03")},
    ),
    (
        "クリーンスパークの1日あたりの採掘量は平均21BTCだった。",
        "CLSK",
        "2025-06-10",
        set(),
    ),
    (
        "Con estas ventas, el saldo de bitcoin de Bitfarms se redujo a 1.150 BTC al cierre del "
        "año, según la empresa.",
        "BITF",
        "2026-01-10",
        {("btc_held", 1150, "2025-12-31")},
    ),
    (
        "La reserva de CleanSpark alcanzó los 12.600 BTC al cierre del año, tras un diciembre de "
        "fuerte producción.",
        "CLSK",
        "2026-01-08",
        {("btc_held", 12600, "2025-12-31")},
    ),
    (
        "Hut 8 figura entre los 20 mayores tenedores corporativos de BTC, con 10.300 BTC de su "
        "propia producción.",
        "HUT",
        "2025-09-15",
        {("btc_held", 10300, "2025-09")},
    ),
    (
        "A Greenidge vendeu 900 BTC em maio. A venda deixa a empresa com apenas 250 BTC restantes "
        "em seu balanço, além de US$ 20 milhões em caixa.",
        "GREE",
        "2022-06-06",
        {("btc_sold", 900, "2022-05"), ("btc_held", 250, "2022-05-31")},
    ),
    (
        "La venta de mayo deja a Argo con solo 110 BTC restantes en su balance.",
        "ARBK",
        "2023-06-05",
        {("btc_held", 110, "2023-05-31")},  # (reached by May's sale: decided case 14)
    ),
    (
        "Nel mese di luglio CleanSpark ha aumentato la produzione, portando la sua riserva "
        "complessiva di bitcoin a 12.450, secondo la società.",
        "CLSK",
        "2025-08-05",
        {("btc_held", 12450, "2025-07-31")},
    ),
    (
        "A reserva total de BTC da Hut 8 subiu para 10.500 no fim de junho.",
        "HUT",
        "2025-07-05",
        {("btc_held", 10500, "2025-06-30")},
    ),
    (
        "Ontem, a CleanSpark publicou uma nota em que declara ter superado os 12.000 BTC "
        "(Bitcoin). Todo o setor sofre após o halving de abril.",
        "CLSK",
        "2024-09-06",
        {("btc_held", 12000, "2024-09")},
    ),
    (
        "Todo el sector sufre tras el halving de abril. Hut 8 anunció ayer que superó los 10.000 "
        "BTC en reservas.",
        "HUT",
        "2024-09-06",
        {("btc_held", 10000, "2024-09")},
    ),
    (
        "La produzione di CleanSpark ha superato i 700 BTC a luglio, secondo il rapporto mensile "
        "della società.",
        "CLSK",
        "2025-08-05",
        {("btc_produced", 700, "2025-07")},
    ),
    (
        "嘉楠科技的比特币储备从1月1日的500枚增长到3月31日的1,200枚比特币（截至发稿时，该数字已超过"
        "1,500枚比特币）。",
        "CAN",
        "2025-05-20",
        {("btc_held", 1200, "2025-03-31"), ("btc_held", 1500, "2025-05")},
    ),
    (
        "美国比特币公司(ABTC)的比特币储备从6月1日的零增长到9月30日的2,800枚比特币。",
        "ABTC",
        "2025-11-10",
        {("btc_held", 2800, "2025-09-30")},
    ),
    # --- a quarter against the year-earlier quarter
    (
        "Marathon informó una caída de la producción de 3.000 BTC en el primer trimestre de 2024 "
        "a 2.100 BTC en el mismo período de este año.",
        "MARA",
        "2025-05-01",
        {("btc_produced", 2100, "2025-Q1")},
    ),
    (
        "A produção da CleanSpark passou de 1.500 BTC no terceiro trimestre de 2024 para 1.900 "
        "BTC no mesmo período deste ano.",
        "CLSK",
        "2025-11-05",
        {("btc_produced", 1900, "2025-Q3")},
    ),
    (
        "La produzione di Riot è scesa da 1.775 BTC nel secondo trimestre del 2023 a 844 BTC "
        "nello stesso periodo di quest'anno.",
        "RIOT",
        "2024-08-01",
        {("btc_produced", 844, "2024-Q2")},
    ),
    (
        "Riot produjo 844 BTC en el segundo trimestre, frente a 1.775 BTC en el mismo período "
        "del año pasado.",
        "RIOT",
        "2024-08-01",
        {("btc_produced", 844, "2024-Q2")},
    ),
    # --- a sale told as a share of the holdings (German)
    (
        "Die Miner sind unter Druck. So musste etwa Bitfarms im Juni mit 3.000 Bitcoin fast die "
        "Hälfte seiner Bestände verscherbeln.",
        "BITF",
        "2022-08-10",
        {("btc_sold", 3000, "2022-06")},
    ),
    (
        "Die Miner sind unter Druck: Core Scientific hat im Juni 7.202 Bitcoin und damit rund 80 "
        "Prozent seiner Bestände verkauft.",
        "CORZ",
        "2022-07-06",
        {("btc_sold", 7202, "2022-06")},
    ),
    (
        "Der Bestand von Riot lag Ende Juni bei 9.300 Bitcoin, wie das Unternehmen in dem "
        "Bericht mit den Zahlen für den Monat mitteilte.",
        "RIOT",
        "2024-07-04",
        {("btc_held", 9300, "2024-06-30")},
    ),
    # --- production a done change made possible; a month's coins all kept
    (
        "Il nuovo hashrate della flotta ha permesso a CleanSpark di estrarre 640 BTC a luglio, un "
        "record per la società.",
        "CLSK",
        "2025-08-05",
        {("btc_produced", 640, "2025-07")},
    ),
    (
        "La ampliación de la flota le permitió a Hut 8 extraer 310 BTC en agosto, según el "
        "informe mensual de la empresa y de su filial.",
        "HUT",
        "2025-09-05",
        {("btc_produced", 310, "2025-08")},
    ),
    (
        "As novas máquinas da frota permitiram à Bitfarms minerar 300 BTC em maio, segundo o "
        "relatório da empresa.",
        "BITF",
        "2025-06-04",
        {("btc_produced", 300, "2025-05")},
    ),
    (
        "Riot prevede di estrarre 500 BTC a settembre grazie alle nuove macchine della "
        "società, secondo il rapporto della sua direzione.",
        "RIOT",
        "2025-08-05",
        set(),
    ),
    (
        "CleanSpark ha trattenuto tutti i bitcoin estratti a luglio, secondo il rapporto mensile "
        "della società.",
        "CLSK",
        "2025-08-05",
        {("btc_sold", 0, "2025-07")},
    ),
    (
        "Hut 8 conservó todos los bitcoins minados en julio, según su informe mensual.",
        "HUT",
        "2025-08-06",
        {("btc_sold", 0, "2025-07")},
    ),
    (
        "A CleanSpark manteve todos os bitcoins minerados em abril, segundo o relatório da "
        "empresa.",
        "CLSK",
        "2025-05-06",
        {("btc_sold", 0, "2025-04")},
    ),
    (
        "CleanSpark intende trattenere tutti i bitcoin estratti nei prossimi mesi, secondo il "
        "rapporto della società e del suo consiglio.",
        "CLSK",
        "2025-08-05",
        set(),
    ),
    (
        "Hut 8 mantiene todos los bitcoins que produce en su tesorería.",
        "HUT",
        "2025-08-06",
        set(),
    ),
    # --- a contrast that leaves out the unit; a month of last year named after the month
    (
        "De fato, a CleanSpark havia extraído 600 BTC em julho, enquanto em agosto parou em 640, "
        "segundo o relatório da empresa.",
        "CLSK",
        "2025-09-05",
        {("btc_produced", 640, "2025-08")},
    ),
    (
        "Hut 8 había extraído 300 BTC en julio, mientras que en agosto llegó a 310, según el "
        "informe de la empresa.",
        "HUT",
        "2025-09-05",
        {("btc_produced", 310, "2025-08")},
    ),
    (
        "A CleanSpark produziu 640 BTC em agosto, enquanto em julho o hashrate subiu para 20 EH/s, "
        "segundo o relatório da empresa.",
        "CLSK",
        "2025-09-05",
        {("btc_produced", 640, "2025-08")},
    ),
    (
        "A Riot produziu 322 BTC em agosto, contra 333 BTC em agosto do ano passado, segundo o "
        "relatório mensal da empresa.",
        "RIOT",
        "2024-09-06",
        {("btc_produced", 322, "2024-08")},
    ),
    (
        "Riot produjo 322 BTC en agosto, contra 333 BTC en agosto del año pasado, según la "
        "empresa.",
        "RIOT",
        "2024-09-06",
        {("btc_produced", 322, "2024-08")},
    ),
    # --- a comparison's month told again in a "when" clause
    (
        "A Bitfarms produziu 300 BTC em maio, uma queda de 10% em relação a abril, quando a "
        "empresa minerou 333 BTC.",
        "BITF",
        "2025-06-04",
        {("btc_produced", 300, "2025-05")},
    ),
    (
        "CleanSpark produjo 620 BTC en junio, un descenso frente a mayo, cuando la empresa minó "
        "690 BTC, según el informe de la compañía.",
        "CLSK",
        "2025-07-03",
        {("btc_produced", 620, "2025-06")},
    ),
    (
        "Riot ha estratto 450 BTC a giugno, in calo rispetto a maggio, quando aveva estratto 514 "
        "BTC, secondo il rapporto della società.",
        "RIOT",
        "2025-07-04",
        {("btc_produced", 450, "2025-06")},
    ),
    # --- a recalled peak; a clearance finished in a named month
    (
        "嘉楠去年峰值持有超过3,000枚比特币，此后持续出售。",
        "CAN",
        "2026-03-02",
        set(),
    ),
    (
        "比特小鹿从去年11月峰值持有超过2400枚BTC，到此后持续出售，直至2月中旬完成清仓。"
        "公司选择在这个时候清空比特币储备。",
        "BTDR",
        "2026-03-02",
        {("btc_held", 0, "2026-02-28")},
    ),
    (
        "ビットファームズはピーク時には5,000BTCを保有していた。",
        "BITF",
        "2025-06-10",
        set(),
    ),
    (
        "En su pico, Bitfarms llegó a tener 5.000 BTC, antes de vender la mayor parte.",
        "BITF",
        "2025-06-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_btc_figures_in_news_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "En marzo CleanSpark vendió 600 BTC, equivalentes a unos 51 millones de dólares, y en "
        "febrero se había desprendido de otros 250 BTC por 24 millones de dólares.",
        "CLSK",
        "2025-04-05",
        {
            ("btc_sold", 600, "BTC", "2025-03"),
            ("btc_sale_proceeds_usd", 51000000, "USD", "2025-03"),
            ("btc_sold", 250, "BTC", "2025-02"),
            ("btc_sale_proceeds_usd", 24000000, "USD", "2025-02"),
        },
    ),
    (
        "Em junho, a Bitfarms vendeu 500 BTC por US$ 30 milhões e, em maio, já havia vendido "
        "outros 200 BTC por US$ 12 milhões.",
        "BITF",
        "2025-07-05",
        {
            ("btc_sold", 500, "BTC", "2025-06"),
            ("btc_sale_proceeds_usd", 30000000, "USD", "2025-06"),
            ("btc_sold", 200, "BTC", "2025-05"),
            ("btc_sale_proceeds_usd", 12000000, "USD", "2025-05"),
        },
    ),
    (
        "Riot vendió 400 BTC en agosto por 40 millones de dólares, frente a 300 BTC en julio por "
        "28 millones de dólares.",
        "RIOT",
        "2025-09-04",
        {
            ("btc_sold", 400, "BTC", "2025-08"),
            ("btc_sale_proceeds_usd", 40000000, "USD", "2025-08"),
        },
    ),
    (
        "A Bitfarms confirmou que vendeu US$ 45 milhões de seus BTC somente em março.",
        "BITF",
        "2025-04-04",
        {("btc_sale_proceeds_usd", 45000000, "USD", "2025-03")},
    ),
    (
        "Argo vendió 30 millones de dólares de sus bitcoins en mayo para pagar deudas.",
        "ARBK",
        "2025-06-04",
        {("btc_sale_proceeds_usd", 30000000, "USD", "2025-05")},
    ),
    (
        "A Bitfarms vendeu US$ 45 milhões em ações no mercado em março, segundo o relatório da "
        "empresa.",
        "BITF",
        "2025-04-04",
        set(),
    ),
    (
        "Em junho, a Core Scientific vendeu 7.202 BTC por uma média de US$ 23.000 cada, enquanto "
        "minerou 1.106 BTC no período.",
        "CORZ",
        "2022-07-06",
        {
            ("btc_sold", 7202, "BTC", "2022-06"),
            ("btc_produced", 1106, "BTC", "2022-06"),
        },
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_sale_proceeds_in_news_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_copy.test_sale_proceeds_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, currency, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "クリーンスパークは転換社債の私募による資金調達を完了した。今回の社債販売では、6億5000万ドル"
        "(約980億円)を調達したと発表されている。",
        "CLSK",
        "2025-06-12",
        {
            ("debt_issued_usd", 650000000, "USD", "2025-06"),
            ("debt_issued_usd", 98000000000, "JPY", "2025-06"),
        },
    ),
    (
        "ライオットは3月5日に2030年償還の転換社債を発行し、5億ドルを調達した。",
        "RIOT",
        "2025-04-02",
        {("debt_issued_usd", 500000000, "USD", "2025-03")},
    ),
    (
        "さらに、マラは6月2日には2032年償還の社債を4億ドル発行し、純収入は3億9,000万ドルとなった。",
        "MARA",
        "2025-06-20",
        {("debt_issued_usd", 400000000, "USD", "2025-06")},
    ),
    (
        "マラは2026年満期の既存の転換社債のうち約1億ドル分を買い戻したことも発表している。",
        "MARA",
        "2025-06-20",
        {("debt_repaid_usd", 100000000, "USD", "2025-06")},
    ),
    (
        "ビットファームズ、転換社債の販売で調達完了\n"
        "ビットファームズは資金調達により2億ドル(約300億円)を確保し、設備の購入に充てたと発表した。",
        "BITF",
        "2025-03-10",
        {
            ("debt_issued_usd", 200000000, "USD", "2025-03"),
            ("debt_issued_usd", 30000000000, "JPY", "2025-03"),
        },
    ),
    (
        "ビットファームズ、株式の売り出しを完了\n"
        "ビットファームズは資金調達により2億ドルを確保したと発表した。",
        "BITF",
        "2025-03-10",
        set(),
    ),
    (
        "ライオットは転換社債を発行し、5億ドルを調達する予定だと発表した。",
        "RIOT",
        "2025-04-02",
        set(),
    ),
    (
        "マラは自社株を5,000万ドル分買い戻したと発表した。",
        "MARA",
        "2025-06-20",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_japanese_notes_closed(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)
