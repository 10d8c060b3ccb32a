"""Wordings the foreign reader missed in holdout batch ad2 (Korean, Japanese, Russian,
Indonesian and Spanish copy), each class written with other companies, figures and dates, and a
near-miss negative beside it:

* Korean, Japanese: a figure whose subject names its metric before it, the next clause's verb
  after it ("새로 채굴한 비트코인은 620BTC에 달했지만, 실제 매도량은…", "채굴량은 … 2,100 BTC를
  기록했으며, … 보유량은"): the subject's metric; a cue inside the figure's clause still wins;
* Korean: a change's start told with a bound ("1만2,000BTC 이상에서 1만1,500BTC로"): not a
  holding (README decided case 1); Japanese: a change's size ("2,500ビットコインもの大幅な減少");
* Korean, Japanese: a sale told by the coins' worth ("2억5,000만 달러 규모의 비트코인을 매도",
  "約1億6000万ドル相当のビットコインを売却"): its proceeds (4); a plan is none;
* Japanese, Korean: a holding told as a threshold crossed now ("8,000BTCを超えています",
  "2만 BTC를 넘어섰다"): a one-sided bound keeps its number (20);
* Russian: the ticker in Cyrillic capitals ("добыла 210 ВТС"), the company's own miners ("ее
  майнеры добыли") against a sector's, and the base after "чем" (than);
* Indonesian: a trailing year's figures ("selama setahun terakhir"), also in the next sentence
  that points back to them ("Penjualan tersebut dilakukan … sambil menambang"); a further debt
  balance told after the first ("dan 12 juta dolar dalam utang yang dijaminkan …", 3);
* Spanish: a holding sourced to a named report ("Según sus estados financieros del segundo
  trimestre, …") is at that period's end, and one "para cerrar el año" at the year's end (14);
* Japanese, Korean: a stated policy or plan of selling the coins is `intent`; practice, a sale
  done and a plan not to sell are not (18, 29).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from tests.extract import test_foreign_copy, test_foreign_debt_ai

# (text, entity, published, expected (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # --- Korean, Japanese: the subject's metric when the verb after is the next clause's
    (
        "3월 동안 클린스파크가 새로 채굴한 비트코인은 620BTC에 달했지만, 실제 매도량은 그보다 "
        "훨씬 적었다.",
        "CLSK",
        "2025-04-03",
        {("btc_produced", 620, "2025-03")},
    ),
    (
        "마라톤의 2분기 비트코인 채굴량은 전년 대비 15% 증가한 2,100 BTC를 기록했으며, 회사의 총 "
        "보유량은 5만 BTC에 이르렀다.",
        "MARA",
        "2025-08-01",
        {("btc_produced", 2100, "2025-Q2"), ("btc_held", 50000, "2025-06-30")},
    ),
    (  # (the cue inside the figure's clause is its verb)
        "지난달 라이엇은 채굴한 비트코인 가운데 300BTC를 매도했고, 보유량은 1만9,000BTC로 줄었다.",
        "RIOT",
        "2025-07-03",
        {("btc_sold", 300, "2025-06"), ("btc_held", 19000, "2025-06-30")},
    ),
    # --- Korean: a change's start with a bound; Japanese: a change's size
    (
        "이로 인해 클린스파크의 비트코인 보유량은 한 달 전 1만2,000BTC 이상에서 1만1,500BTC로 "
        "줄어들었다.",
        "CLSK",
        "2025-05-05",
        {("btc_held", 11500, "2025-05")},
    ),
    (
        "클린스파크의 비트코인 보유량은 현재 1만2,000BTC 이상이다.",
        "CLSK",
        "2025-05-05",
        {("btc_held", 12000, "2025-05")},
    ),
    (
        "マラソンは保有分から1,200ビットコインを売却し、合計2,500ビットコインもの大幅な減少となった。",
        "MARA",
        "2025-06-03",
        {("btc_sold", 1200, "2025-06")},
    ),
    (
        "ハット8のビットコイン保有量は前月から300BTCの増加となった。",
        "HUT",
        "2025-06-03",
        set(),
    ),
    (
        "ハット8は合計943.1ビットコインを売却した。",
        "HUT",
        "2025-06-03",
        {("btc_sold", 943.1, "2025-06")},
    ),
    # --- Japanese, Korean: a threshold crossed now
    (
        "クリーンスパークの財務部門が管理するビットコインは8,000BTCを超えています。",
        "CLSK",
        "2024-11-12",
        {("btc_held", 8000, "2024-11")},
    ),
    (
        "라이엇이 관리하는 비트코인은 2만 BTC를 넘어섰다.",
        "RIOT",
        "2025-09-10",
        {("btc_held", 20000, "2025-09")},
    ),
    (
        "クリーンスパークの株価は上昇したが、ストラテジーが管理するビットコインは50万BTCを超えています。",
        "CLSK",
        "2025-03-12",
        set(),
    ),
    # --- Russian
    (
        "CleanSpark объявила, что в марте добыла 210 ВТС, в среднем по 7 BTC в день.",
        "CLSK",
        "2025-04-04",
        {("btc_produced", 210, "2025-03")},
    ),
    (
        "По данным CleanSpark, в среднем компания добывала 7 ВТС в день.",
        "CLSK",
        "2025-04-04",
        set(),
    ),
    (
        "В четверг компания CleanSpark сообщила, что в мае ее майнеры добыли 650 биткоинов, что "
        "на 10% меньше, чем 720 BTC, которые были добыты в апреле.",
        "CLSK",
        "2025-06-05",
        {("btc_produced", 650, "2025-05")},
    ),
    (
        "Как отметила CleanSpark, публичные майнеры добыли 4000 биткоинов в мае.",
        "CLSK",
        "2025-06-05",
        set(),
    ),
    # --- Indonesian: a trailing year's figures, and the next sentence pointing back
    (
        "Perusahaan Marathon yang berbasis di Florida telah menjual 1.200 BTC selama setahun "
        "terakhir. Penjualan tersebut dilakukan Marathon sambil menambang 9.000 BTC dengan mesin "
        "yang baru.",
        "MARA",
        "2025-06-20",
        set(),
    ),
    (
        "Pada bulan Oktober, perusahaan Marathon yang berbasis di Florida menjual 300 BTC. "
        "Penjualan itu dilakukan dengan hati-hati sambil menambang 700 BTC.",
        "MARA",
        "2025-11-05",
        {("btc_sold", 300, "2025-10"), ("btc_produced", 700, "2025-10")},
    ),
    # --- Spanish: a holding sourced to a named report; the year's close
    (
        "De acuerdo con su informe del tercer trimestre, la minera CleanSpark tenía 12.000 BTC.",
        "CLSK",
        "2025-11-10",
        {("btc_held", 12000, "2025-09-30")},
    ),
    (
        "Según sus estados financieros del segundo trimestre, la empresa Riot poseía unos 19.000 "
        "BTC en su balance.",
        "RIOT",
        "2025-08-05",
        {("btc_held", 19000, "2025-06-30")},
    ),
    (
        "Según su último informe de producción, la empresa MARA tiene ya 52.477 BTC en su poder.",
        "MARA",
        "2025-09-04",
        {("btc_held", 52477, "2025-09")},
    ),
    (
        "Para cerrar el año, Riot tenía 18.000 BTC en su balance.",
        "RIOT",
        "2026-02-20",
        {("btc_held", 18000, "2025-12-31")},
    ),
    (
        "Al terminar el año, CleanSpark poseía 13.000 BTC, de los cuales 2.000 estaban prestados.",
        "CLSK",
        "2026-03-01",
        {("btc_held", 13000, "2025-12-31")},
    ),
    (
        "Riot espera tener 25.000 BTC para acabar el año.",
        "RIOT",
        "2025-06-20",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_btc_figures_in_ad2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "마라톤은 3월 한 달 동안 총 2억5,000만 달러 규모의 비트코인을 매도했다.",
        "MARA",
        "2025-04-03",
        {("btc_sale_proceeds_usd", 250000000, "USD", "2025-03")},
    ),
    (
        "ライオットは12月に約1億6000万ドル相当のビットコインを売却した。",
        "RIOT",
        "2026-01-07",
        {("btc_sale_proceeds_usd", 160000000, "USD", "2025-12")},
    ),
    (
        "마라톤은 4월에 총 2억5,000만 달러 규모의 비트코인을 매도할 예정이다.",
        "MARA",
        "2025-04-03",
        set(),
    ),
    (
        "라이엇, 비트코인 1억6,200만 달러 매도…역대 최대 규모",
        "RIOT",
        "2026-01-07",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_sale_proceeds_in_ad2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_copy.test_sale_proceeds_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "Core Scientific masih memiliki utang senilai 40 juta dolar AS dengan jaminan mesin dan "
        "12 juta dolar dalam utang yang dijaminkan dengan Bitcoin.",
        "CORZ",
        "2022-10-20",
        {
            ("debt_total_usd", 40000000, "USD", "2022-10"),
            ("debt_total_usd", 12000000, "USD", "2022-10"),
        },
    ),
    (
        "Saat ini Hut 8 memiliki 15 juta dolar dalam pinjaman yang dijamin dengan bitcoin dari "
        "cadangan itu.",
        "HUT",
        "2023-03-14",
        {("debt_total_usd", 15000000, "USD", "2023-03")},
    ),
    (
        "Saat ini Hut 8 telah melunasi 15 juta dolar dalam pinjaman yang dijamin dengan bitcoin "
        "pada bulan Mei.",
        "HUT",
        "2023-06-14",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_debt_in_ad2_wordings(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, the intentions' periods)
INTENT_CASES: list[tuple[str, str, str, set[str]]] = [
    (
        "こうした中、マラソンは5日、採掘したビットコインの一部を売却し、運営費に充てる方針を明らかに"
        "した。",
        "MARA",
        "2025-06-10",
        {"2025-06"},
    ),
    (
        "クリーンスパークは、必要に応じて保有するビットコインを売却する可能性があると述べた。",
        "CLSK",
        "2025-03-20",
        {"2025-03"},
    ),
    (
        "라이엇은 채굴한 비트코인 일부를 매도할 계획이라고 밝혔다.",
        "RIOT",
        "2025-06-10",
        {"2025-06"},
    ),
    (  # practice, a sale done, a plan not to sell, a condition
        "クリーンスパークは毎月、採掘したビットコインの一部を売却して運営コストを賄っている。",
        "CLSK",
        "2025-06-10",
        set(),
    ),
    (
        "マラソンは保有するビットコインを売却しない方針を示した。",
        "MARA",
        "2025-06-10",
        set(),
    ),
    (
        "マラソンは保有するビットコインの売却を完了し、今後の成長計画を発表した。",
        "MARA",
        "2025-06-10",
        set(),
    ),
    (
        "ハット8は採掘したビットコインの売却を検討していると明らかにした。",
        "HUT",
        "2025-06-10",
        {"2025-06"},
    ),
    (
        "라이엇은 채굴한 비트코인 일부를 매도해 운영비를 충당하고 있다.",
        "RIOT",
        "2025-06-10",
        set(),
    ),
    (
        "라이엇은 가격이 급락할 경우 비트코인을 매도할 수 있다고 밝혔다.",
        "RIOT",
        "2025-06-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), INTENT_CASES)
def test_selling_intentions_in_japanese_and_korean(
    text: str, entity: str, published: str, expected: set[str]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {item.period for item in found if item.metric == "intent"} == expected
