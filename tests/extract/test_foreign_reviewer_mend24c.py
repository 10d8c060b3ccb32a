"""Foreign-copy findings of review03 on the BTC and AI readers (mend24c).

* Spanish, German: a contract sought or awaited ("busca un acuerdo", "erwartet den Abschluss
  eines … Vertrags", "rechnet mit dem Abschluss einer Vereinbarung") is not signed (README
  decided cases 6, 30, 39): no milestone, no megawatts.
* Spanish, German: a contract's value is not the price of GPUs the sentence says were bought
  in another clause (README case 43).
* Chinese, Korean: a plan for a half ("预计在2025年上半年将算力提升至") names no half-year
  report; only a report titled for the half does (case 42).
* Chinese: "截至2024年6月30日止三個月" is the quarter ended that day, not a half-year report's
  half; "上半年" with no year, in a half-year report's story, is that half.
* Korean: a HODL strategy "not given up" ("포기하지 않겠다") is no selling intent.
* Japanese: the halving's block reward is no production.

Each case is written in the shape of such copy; a near-miss stands beside each positive.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract

Row = tuple[str, float | None, str]


def _read(text: str, entity: str, published: dt.date = dt.date(2024, 11, 5)) -> set[Row]:
    return {
        (f.metric, float(f.value) if f.value is not None else None, f.period)
        for f in extract(text, content_type="text/plain", published=published, entity=entity)
    }


_WULF_SIGNED = (
    "TeraWulf hat den Abschluss eines langfristigen Colocation-Vertrags mit Fluidstack über "
    "200 MW kritische IT-Leistung für KI bekannt gegeben."
)

CASES: list[tuple[str, str, set[Row]]] = [
    (  # a contract sought: nothing
        "Hut 8 anunció que busca un acuerdo con un hiperescalador para arrendar 200 MW de "
        "capacidad de IA en su campus de River Bend.",
        "HUT",
        set(),
    ),
    (  # near-miss: a contract announced with its party is made
        "Hut 8 anunció un acuerdo con un hiperescalador para arrendar 200 MW de capacidad de IA "
        "en su campus de River Bend.",
        "HUT",
        {("ai_capacity_mw", 200.0, "2024-11"), ("ai_milestone", None, "2024-11")},
    ),
    (  # a contract awaited: nothing
        "TeraWulf erwartet den Abschluss eines langfristigen Colocation-Vertrags mit Fluidstack "
        "über 200 MW kritische IT-Leistung für KI bis Ende des Jahres.",
        "WULF",
        set(),
    ),
    (
        "TeraWulf rechnet mit dem Abschluss einer Vereinbarung mit Fluidstack über 200 MW "
        "kritische IT-Leistung für KI.",
        "WULF",
        set(),
    ),
    (  # near-miss: the signing announced is made
        _WULF_SIGNED,
        "WULF",
        {("ai_capacity_mw", 200.0, "2024-11"), ("ai_milestone", None, "2024-11")},
    ),
    (  # the contract's sum is no capex; the contract itself is signed (README cases 30, 39)
        "IREN hat einen Vertrag über GPU-Cloud-Dienste im Wert von 9,7 Milliarden US-Dollar mit "
        "Microsoft abgeschlossen und wird dafür Hardware von Dell kaufen.",
        "IREN",
        {("ai_milestone", None, "2024-11")},
    ),
    (  # near-miss: the GPUs' own price
        "IREN ha cerrado un acuerdo con Dell Technologies para adquirir las GPU y equipamiento "
        "auxiliar por unos 5.800 millones de dólares.",
        "IREN",
        {("ai_capex_usd", 5.8e9, "2024-11")},
    ),
    (
        "Zugleich hat sich IREN verpflichtet, GPUs und zugehörige Ausrüstung im Wert von "
        "5,8 Milliarden US-Dollar von Dell zu kaufen.",
        "IREN",
        {("ai_capex_usd", 5.8e9, "2024-11")},
    ),
    (  # a plan for a half names no half-year report: the holding is the story's month
        "CleanSpark目前持有8,049个比特币。公司预计在2025年上半年将算力提升至50 EH/s。",
        "CLSK",
        {("btc_held", 8049.0, "2024-11")},
    ),
    (
        "CleanSpark는 현재 8,049개의 비트코인을 보유하고 있다. 회사는 2025년 상반기까지 "
        "해시레이트를 50 EH/s로 늘릴 계획이다.",
        "CLSK",
        {("btc_held", 8049.0, "2024-11")},
    ),
    (  # a HODL strategy not given up: no intent
        "마라톤은 더 이상 채굴한 비트코인을 팔지 않는 'HODL' 전략을 포기하지 않겠다고 밝혔다.",
        "MARA",
        set(),
    ),
    (  # near-miss: the strategy given up is a selling intent (README case 29)
        "마라톤은 더 이상 채굴한 비트코인을 팔지 않는 'HODL' 전략을 포기했다고 밝혔다.",
        "MARA",
        {("intent", None, "2024-11")},
    ),
    (  # the halving's block reward is no production
        "マラソンは4月に850BTCを生産した。4月にはビットコインのマイニング報酬が6.25BTCから"
        "3.125BTCに減少した。",
        "MARA",
        {("btc_produced", 850.0, "2024-04")},
    ),
    (  # near-miss: the coins its own mining earned in the month
        "マラソンの10月のビットコイン(BTC)のマイニング報酬は960BTCだった。",
        "MARA",
        {("btc_produced", 960.0, "2024-10")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected"), CASES)
def test_foreign_findings(text: str, entity: str, expected: set[Row]) -> None:
    assert _read(text, entity) == expected


def test_contract_value_beside_gpus_bought_is_no_capex() -> None:
    text = (
        "IREN, que compró GPU de Nvidia el año pasado, firmó un contrato con Microsoft por "
        "9.700 millones de dólares."
    )
    assert not {row for row in _read(text, "IREN") if row[0] == "ai_capex_usd"}


HALF_CASES: list[tuple[str, set[Row]]] = [
    (  # the three months ended on the half's last day: the quarter, not the half
        "比特礦業公佈2024年上半年業績。截至2024年6月30日止三個月，比特礦業挖礦業務共產生了120個BTC。",
        {("btc_produced", 120.0, "2024-Q2")},
    ),
    (  # the half with no year is the report's; the half a year before is a comparative
        "比特礦業公佈2024年上半年業績。公司上半年共挖出263個BTC，而截至2023年6月30日的半年則"
        "挖出了180個BTC。",
        {("btc_produced", 263.0, "2024-H1")},
    ),
    (  # near-miss: a report titled for the half dates its flows through the half's end
        "比特礦業公佈2024年上半年業績。截至2024年6月30日，比特礦業挖礦業務共產生了263個BTC。",
        {("btc_produced", 263.0, "2024-H1")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HALF_CASES)
def test_half_year_report(text: str, expected: set[Row]) -> None:
    assert _read(text, "BTCM", dt.date(2024, 8, 20)) == expected
