"""Wordings the foreign reader missed in holdout batch ah2 (Chinese, Korean, German, Japanese,
Portuguese and Spanish copy), each class written with other companies, figures and dates, and a
near-miss negative beside it:

* Chinese: a counter before another coin ("3325 個ETH", "3180 萬個Dogecoin") is no bitcoin
  count, though a bitcoin word stands in the same list; a half-year report named in the head
  ("截至2023 年6 月30 日的半年報") is the period of its flows through the half's end and of its
  undated holding (README decided cases 14 and 42), not a quarter's report; "挖到了", "挖掘業務
  產生了" are production;
* Korean: "매집" (accumulated) is a purchase, "현금화" (cashed out) a sale with its proceeds; an
  earlier report recalled ("…했다고 전한 바 있다") is no figure (README decided case 1); giving up
  the HODL strategy ("더 이상 … 호들 전략을 유지하지 않는다") is intent (case 29);
* German: the verb closing a subordinate clause names its figure's metric ("dass sie … 3.000 BTC
  und damit … Reserven verkaufte"); "erwirtschaftete" is production; "von X auf nunmehr Y" a
  change whose start is no holding; "HODLn fortan nicht mehr vollständig" is intent; a sale's
  proceeds told in the next sentence ("Der Erlös aus dem Verkauf belief sich auf …");
* Japanese: "ビットコインのマイニング報酬は960BTCだった" in a monthly report is production, the
  halving's reward is not;
* Portuguese: "tinha N BTC … no final de setembro", "encerrou outubro com … N BTC" are holdings
  at the month's end; "No início de outubro" is the month's first day; the case entity "ARB"
  (Argo's London ticker) names Argo;
* Spanish and German AI deals: a contract announced with its party ("ha anunciado un acuerdo …
  con"), "den Abschluss eines Mietvertrags mit", the next sentence's critical-IT megawatts when
  it points back to the contract ("El acuerdo …", "Im Rahmen dieser Vereinbarung …"), and GPUs
  bought at a price (README decided case 43).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from tests.extract import test_foreign_copy, test_foreign_debt_ai
from tests.extract.must_checks import figures_read

# (text, entity, published, expected (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # --- Chinese: a counter before another coin
    (
        "據財報中披露的加密資產情況，目前比特礦業持有相當於412 個BTC、2150 個ETH、3180 萬個"
        "Dogecoin 和各種其他加密貨幣資產。",
        "BTCM",
        "2023-03-30",
        {("btc_held", 412, "2023-03")},
    ),
    (
        "根據最新披露，比特礦業持有3,967,210枚以太坊，同時持有193枚比特幣。",
        "BTCM",
        "2025-11-20",
        {("btc_held", 193, "2025-11")},
    ),
    # --- Chinese: a half-year report named in the head
    (
        "9 月28 日晚間，比特礦業（BIT Mining Limited）公佈了截至2023 年6 月30 日的半年報，報告期內"
        "收入約為1.97 億美元。\n\n財報顯示，截至2023 年6 月30 日，比特礦業的比特幣挖掘業務產生了"
        "512 個BTC。\n\n據財報中披露的加密資產情況，目前比特礦業持有相當於221 個BTC、3325 個ETH "
        "和各種其他加密貨幣資產。",
        "BTCM",
        "2023-09-29",
        {("btc_produced", 512, "2023-H1"), ("btc_held", 221, "2023-H1")},
    ),
    (  # (a quarter's report: no half)
        "8 月28 日晚間，比特礦業（BIT Mining Limited）公佈了截至2023 年6 月30 日的第二季度財報，"
        "報告期內收入約為1.02 億美元。\n\n財報顯示，比特礦業的比特幣挖掘業務在第二季度產生了"
        "268 個BTC。",
        "BTCM",
        "2023-08-29",
        {("btc_produced", 268, "2023-Q2")},
    ),
    # --- Chinese: "挖到了" is production, not a daily rate
    (
        "Bit Digital今日宣佈其截至2024年6月30日的第二季度未經審計財務業績。公司在2024年第二季度"
        "挖到了244.2個比特幣，相比去年同期減少了23%。",
        "BTBT",
        "2024-08-19",
        {("btc_produced", 244.2, "2024-Q2")},
    ),
    (
        "Bit Digital今日宣佈其截至2024年6月30日的第二季度未經審計財務業績。公司在第二季度平均"
        "每天挖到約2.7個比特幣。",
        "BTBT",
        "2024-08-19",
        set(),
    ),
    # --- Korean: "매집" is a purchase, not a holding
    (
        "라이엇은 평균 10만 1,135달러에 667 BTC를 매집했으며, 이로써 총 1만 7,429 BTC를 보유하게 "
        "되었다.",
        "RIOT",
        "2024-12-17",
        {("btc_held", 17429, "2024-12")},
    ),
    # --- Korean: "현금화" is a sale; an earlier report recalled is no figure
    (
        '코어 사이언티픽이 보도자료를 통해 "6월 한 달간 7,202 BTC를 현금화해 약 1억 6,700만 '
        '달러를 확보했다"고 밝혔다.',
        "CORZ",
        "2022-07-06",
        {("btc_sold", 7202, "2022-06")},
    ),
    (
        "앞서 코인니스는 지난 18일 코어 사이언티픽이 채굴기 대금 상환을 위해 1,500 BTC를 "
        "현금화했다고 전한 바 있다.",
        "CORZ",
        "2022-07-06",
        set(),
    ),
    # --- German: the verb closing a subordinate clause
    (
        "In einer Pressemitteilung gab Riot gestern bekannt, dass die Firma im Laufe des Monats "
        "insgesamt 1.200 BTC und damit fast ein Drittel ihrer kompletten Reserven verkaufte.",
        "RIOT",
        "2023-07-05",
        {("btc_sold", 1200, "2023-07")},
    ),
    (
        "Der Grund für den Verkauf war nach eigenen Angaben die Verbesserung der Liquidität. In "
        "einer Pressemitteilung gab Riot gestern bekannt, dass das Unternehmen nunmehr insgesamt "
        "7.300 BTC in seinen Reserven hält.",
        "RIOT",
        "2023-07-05",
        {("btc_held", 7300, "2023-07")},
    ),
    # --- German: "erwirtschaftete" is production; a change's start is no holding
    (
        "Laut einem SEC-Filing erwirtschaftete Riot im zweiten Quartal 2023 1.775 BTC, verkaufte "
        "davon jedoch 1.400 BTC – fast den gesamten Zugewinn. Grund dafür waren die hohen Kosten "
        "für den Strom.",
        "RIOT",
        "2023-08-02",
        {("btc_produced", 1775, "2023-Q2"), ("btc_sold", 1400, "2023-Q2")},
    ),
    (
        "Durch den Verkauf wurden die Bitcoin Reserven von Riot von 8.200 BTC auf nunmehr 7.300 "
        "BTC reduziert.",
        "RIOT",
        "2023-07-05",
        {("btc_held", 7300, "2023-07")},
    ),
    # --- Japanese: the month's mining reward, not a block's
    (
        "GMOインターネットは7日、2018年11月の仮想通貨マイニング事業の月次報告を公表した。"
        "ビットコイン(BTC)のマイニング報酬は727BTCだった。",
        "GMO",
        "2018-12-07",
        {("btc_produced", 727, "2018-11")},
    ),
    (
        "GMOインターネットによると、ビットコインのマイニング報酬は半減期で6.25BTCになる。",
        "GMO",
        "2018-12-07",
        set(),
    ),
    # --- Portuguese: the month's close, a balance "tinha", the month's start, "ARB"
    (
        "A Core Scientific encerrou novembro com US$ 20 milhões em dinheiro e 40 BTC em caixa. "
        "A mineradora tinha 62 BTC no final de outubro.",
        "CORZ",
        "2022-12-20",
        {("btc_held", 40, "2022-11-30"), ("btc_held", 62, "2022-10-31")},
    ),
    (
        "A Core Scientific é uma das várias mineradoras que lutam para se manter em pé. A "
        "mineradora tinha extraído 1.295 BTC em outubro, segundo a sua atualização mensal.",
        "CORZ",
        "2022-11-20",
        {("btc_produced", 1295, "2022-10")},
    ),
    (
        "No início de outubro, a UK Investor Magazine informou que a Argo mantinha 2.004 BTC em "
        "seu balanço patrimonial.",
        "ARB",
        "2021-10-12",
        {("btc_held", 2004, "2021-10-01")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_btc_figures_in_ah2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        '코어 사이언티픽이 보도자료를 통해 "6월 한 달간 7,202 BTC를 현금화해 약 1억 6,700만 '
        '달러를 확보했다"고 밝혔다.',
        "CORZ",
        "2022-07-06",
        {("btc_sale_proceeds_usd", 167000000, "USD", "2022-06")},
    ),
    (  # (German: the sale's proceeds told in the next sentence)
        "In einer Pressemitteilung gab Riot gestern bekannt, dass die Firma im Laufe des Monats "
        "insgesamt 1.200 BTC verkaufte. Der Erlös aus dem Verkauf belief sich auf rund 36 "
        "Millionen US-Dollar.",
        "RIOT",
        "2023-07-05",
        {("btc_sale_proceeds_usd", 36000000, "USD", "2023-07")},
    ),
    (  # (the holdings' value: no sale's)
        "In einer Pressemitteilung gab Riot gestern bekannt, dass die Firma im Laufe des Monats "
        "insgesamt 1.200 BTC verkaufte. Der Gesamtwert seiner Bestände belief sich auf rund 220 "
        "Millionen US-Dollar.",
        "RIOT",
        "2023-07-05",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_sale_proceeds_in_ah2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    assert figures_read(text, entity, published, ("btc_sale_proceeds_usd",)) == expected


# (text, entity, published, the intent's period or None)
INTENT_CASES: list[tuple[str, str, str, str | None]] = [
    (
        '코어 사이언티픽 CEO는 "우리는 더 이상 채굴한 비트코인을 모두 보유하는 호들 전략을 '
        '유지하지 않는다"고 말했다.',
        "CORZ",
        "2022-06-15",
        "2022-06",
    ),
    (
        "코어 사이언티픽은 채굴한 비트코인을 모두 보유하는 호들 전략을 유지한다고 밝혔다.",
        "CORZ",
        "2022-06-15",
        None,
    ),
    (
        '"Insbesondere haben wir unsere Reserven reduziert und HODLn fortan nicht mehr '
        'vollständig unsere täglich generierten Coins", sagte der CFO von Riot.',
        "RIOT",
        "2022-06-22",
        "2022-06",
    ),
    (
        '"Wir HODLn weiterhin vollständig unsere täglich generierten Coins", sagte der CFO von '
        "Riot.",
        "RIOT",
        "2022-06-22",
        None,
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "period"), INTENT_CASES)
def test_selling_intent_in_ah2_wordings(
    text: str, entity: str, published: str, period: str | None
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    intents = {item.period for item in found if item.metric == "intent"}
    assert intents == (set() if period is None else {period})


# (text, entity, published, expected (metric, value or None, period))
AI_CASES: list[tuple[str, str, str, set[tuple[str, float | None, str]]]] = [
    (
        "Cipher Mining ha anunciado un acuerdo de arrendamiento de 15 años con Amazon Web "
        "Services (AWS) para proporcionar 300 MW de capacidad para cargas de trabajo de IA.",
        "CIFR",
        "2025-11-04",
        {("ai_milestone", None, "2025-11"), ("ai_capacity_mw", 300, "2025-11")},
    ),
    (  # (a plan announced: no contract)
        "TeraWulf, una empresa de minería de Bitcoin, está expandiendo sus operaciones para "
        "incluir inteligencia artificial (IA). La empresa ha anunciado planes para arrendar un "
        "centro de datos de 70 megavatios (MW) como parte de esta iniciativa.",
        "WULF",
        "2024-01-10",
        set(),
    ),
    (  # (the next sentence's critical IT, not the site)
        "Cipher Mining ha anunciado un contrato de arrendamiento con Amazon Web Services (AWS) "
        "para cargas de trabajo de IA. El acuerdo compromete a Cipher a entregar en Barber Lake "
        "(Texas), un emplazamiento de 1.000 MW, centros de datos capaces de sostener 300 MW de "
        "carga crítica de TI.",
        "CIFR",
        "2025-11-04",
        {("ai_milestone", None, "2025-11"), ("ai_capacity_mw", 300, "2025-11")},
    ),
    (
        "Heute gab Cipher Mining den Abschluss eines 15-jährigen Mietvertrags mit Amazon Web "
        "Services (AWS) für KI-Workloads bekannt. Im Rahmen dieser Vereinbarung stellt Cipher am "
        "Standort Barber Lake 300 Megawatt (MW) kritische IT-Leistung bereit.",
        "CIFR",
        "2025-11-04",
        {("ai_milestone", None, "2025-11"), ("ai_capacity_mw", 300, "2025-11")},
    ),
    (  # (aimed at, not made; a site's grid connection is no critical IT)
        "Cipher Mining strebt den Abschluss eines Mietvertrags mit Amazon Web Services (AWS) "
        "für KI-Workloads an. Im Rahmen dieser Vereinbarung nutzt Cipher einen Standort mit "
        "1.000 MW Netzanschluss.",
        "CIFR",
        "2025-11-04",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), AI_CASES)
def test_ai_deals_in_ah2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float | None, str]]
) -> None:
    test_foreign_debt_ai.test_ai_deals_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
CAPEX_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "Como parte del plan de expansión, IREN también acordó la compra de GPU y equipamiento "
        "asociado por u$s5.800 millones a Dell Technologies Inc., con el fin de soportar la "
        "infraestructura necesaria para el contrato.",
        "IREN",
        "2025-11-04",
        {("ai_capex_usd", 5800000000, "USD", "2025-11")},
    ),
    (
        "En paralelo, IREN comprará los GPUs y equipamiento necesario a Dell Technologies por "
        "U$S 5.800 millones, subrayando el surgimiento de los neoclouds.",
        "IREN",
        "2025-11-04",
        {("ai_capex_usd", 5800000000, "USD", "2025-11")},
    ),
    (
        "Die Vereinbarung beinhaltet eine Vorauszahlung von 20 %. Darüber hinaus hat sich IREN "
        "verpflichtet, GPUs und zugehörige Ausrüstung im Wert von 5,8 Milliarden US-Dollar von "
        "Dell zu kaufen.",
        "IREN",
        "2025-11-04",
        {("ai_capex_usd", 5800000000, "USD", "2025-11")},
    ),
    (  # (the contract's value, no GPUs bought)
        "Microsoft hat eine Vereinbarung über 9,7 Milliarden US-Dollar mit dem australischen "
        "Unternehmen IREN Ltd. getroffen, um KI-Cloud-Computing-Leistung zu erwerben.",
        "IREN",
        "2025-11-04",
        set(),
    ),
    (  # (a contract's value, no GPUs bought)
        "Microsoft Corp. firmó un acuerdo de u$s9.700 millones con la compañía australiana IREN "
        "Ltd. para adquirir capacidad de nube especializada en IA.",
        "IREN",
        "2025-11-04",
        set(),
    ),
    (
        "IREN planea comprar GPU y equipamiento asociado por u$s500 millones a Dell.",
        "IREN",
        "2025-11-04",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CAPEX_CASES)
def test_ai_capex_in_ah2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    assert figures_read(text, entity, published, ("ai_capex_usd",)) == expected
