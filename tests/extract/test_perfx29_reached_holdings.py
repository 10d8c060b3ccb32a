"""A holding a change reached, told in a sentence that names no period, takes the report's
period label, not its last day (README decided case 14: "Only a holding whose sentence names no
period … takes the report's period label"; settled for u2-riot-2025-12, its Japanese copy
n2-riot-2025-12, its Korean copy ad2-riot-2025-12 and n2-mara-2024-11 in LABEL_CHANGES.md).

Japanese and Korean copy tells the level after "この売却により" / "これにより" / "이로 인해" (by
this) in a sentence of its own; the reader dated it by the month's end. A holding reached in a
sentence that names its period ("12月に18,005BTCへと減少した", "estratti a dicembre, portando la
sua scorta totale di BTC a 18.005") keeps that period's last day, and so does a remainder the
period's flows left ("1.959 BTC restantes", as "left the company with" in English); copy that
already read the report's label (Portuguese "caíram para") stays.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

# (text, entity, published, expected btc_held (value, period) pairs)
CASES: list[tuple[str, str, str, set[tuple[float, str]]]] = [
    (
        "Riot Platformsは12月に1,818BTCを1億6,160万ドルで売却した。この売却により、保有量は"
        "19,368BTCから18,005BTCへと減少した。",
        "RIOT",
        "2026-01-06",
        {(18005, "2025-12")},
    ),
    (
        "라이엇은 12월 한 달 동안 총 1,818BTC를 매도했다. 이로 인해 라이엇의 비트코인 보유량은 "
        "1만9,300BTC에서 1만8,005BTC로 줄어들었다.",
        "RIOT",
        "2026-01-07",
        {(18005, "2025-12")},
    ),
    (
        "Riot Platformsは12月に460BTCを生産し、1,818BTCを売却した。これにより、同社のビットコイン"
        "保有量は18,005 BTCに減少した。",
        "RIOT",
        "2026-01-06",
        {(18005, "2025-12")},
    ),
    (
        "マラソン・デジタルは転換社債を活用し、11月に6,474 BTCを追加購入。これにより、同社の"
        "ビットコイン保有量は34,797 BTCに拡大した。",
        "MARA",
        "2024-11-29",
        {(34797, "2024-11")},
    ),
    # near misses: the holding's own sentence names its period; copy read by the label already
    (
        "Riot ha trattenuto tutti i Bitcoin estratti a dicembre, portando la sua scorta totale di "
        "BTC a 18.005.",
        "RIOT",
        "2026-01-06",
        {(18005, "2025-12-31")},
    ),
    (
        "Riot Platformsは12月に1,818BTCを売却し、保有量は12月に18,005BTCへと減少した。",
        "RIOT",
        "2026-01-06",
        {(18005, "2025-12-31")},
    ),
    (  # a remainder the month's sale left is its closing balance (ac2-corz-2022-06)
        "A Core Scientific vendeu 7.202 BTC em junho. Esta venda deixa a empresa com apenas "
        "1.959 BTC restantes em seu balanço patrimonial.",
        "CORZ",
        "2022-07-06",
        {(1959, "2022-06-30")},
    ),
    (
        "A Riot vendeu 1.818 BTC em dezembro. Com isso, as reservas da empresa caíram para 18.005 "
        "BTC.",
        "RIOT",
        "2026-01-06",
        {(18005, "2025-12")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_reached_holding_period(
    text: str, entity: str, published: str, expected: set[tuple[float, str]]
) -> None:
    assert metric_found(text, entity, published, "btc_held") == expected
