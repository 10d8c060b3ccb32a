"""Foreign-copy wordings and a cost a reviewer found (mend22f).

* Spanish "sacó N BTC de <exchange>" is a withdrawal, not the colloquial mining of "sacaron N
  BTC en el último trimestre"; "acumula N BTC de producción / minados" is a running total of
  production, not the holding of "acumula N BTC".
* Japanese, Korean: a plan to sell the company's shares after the coins it holds is no selling
  intention ("…BTCを保有しているが、…保有する株式の一部を売却する方針").
* The foreign reader's per-figure reads are bounded: the characters its clause-level patterns
  scan grow linearly with a long sentence of repeated figures, not quadratically.

Each case is written in the shape of such copy; a near-miss stands beside each positive.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from monitor.extract import extract_text, foreign, foreign_lexicons
from tests.extract import test_foreign_copy

# (text, entity, published, expected (metric, value, period))
BTC_CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (  # a withdrawal from an exchange
        "Riot Platforms sacó 2.011 BTC de Coinbase en junio para custodiarlos en frío.",
        "RIOT",
        "2025-07-03",
        set(),
    ),
    (
        "Bitfarms sacaron 640 BTC del exchange en mayo para guardarlos en su custodio.",
        "BITF",
        "2025-06-04",
        set(),
    ),
    (  # near miss: colloquial mining
        "CleanSpark sacó 1.900 BTC en el último trimestre, según la empresa.",
        "CLSK",
        "2025-07-20",
        {("btc_produced", 1900, "2025-Q2")},
    ),
    (  # a running total of production
        "Riot acumula 2.500 BTC de producción en el primer semestre de 2025.",
        "RIOT",
        "2025-07-03",
        set(),
    ),
    (
        "Riot Platforms amplió su reserva en junio. En lo que va del año, Riot acumula 2.500 BTC "
        "minados.",
        "RIOT",
        "2025-07-03",
        set(),
    ),
    (  # near miss: a holding built up
        "Riot Platforms ha consolidado en junio su tesorería: la empresa acumula ya 19.300 BTC.",
        "RIOT",
        "2025-07-03",
        {("btc_held", 19300, "2025-06")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), BTC_CASES)
def test_spanish_withdrawals_and_running_totals(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, whether a selling intention is read)
INTENT_CASES: list[tuple[str, bool]] = [
    (
        "ライオット・プラットフォームズは1万9,273BTCを保有しているが、今後は保有する株式の一部を"
        "売却する方針を明らかにした。",
        False,
    ),
    (
        "라이엇 플랫폼스는 비트코인 1만9,273개를 보유하고 있으며, 보유 주식 일부를 매도할 "
        "계획이다.",
        False,
    ),
    (  # near misses: the coins sold
        "ライオット・プラットフォームズは1万9,273BTCを保有しているが、今後は自社の月間BTC生産分の"
        "一部を売却する方針を明らかにした。",
        True,
    ),
    (
        "라이엇 플랫폼스는 비트코인 1만9,273개를 보유하고 있으며, 채굴한 비트코인 일부를 매도할 "
        "계획이다.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "intends"), INTENT_CASES)
def test_a_sale_of_shares_is_no_selling_intention(text: str, intends: bool) -> None:
    found = extract_text(text, published=dt.date(2025, 7, 3), entity="RIOT")
    assert any(item.metric == "intent" for item in found) == intends


class _Counting:
    """A pattern that counts the characters each search, match or scan is given."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]) -> None:
        self.pattern = pattern
        self.tally = tally

    def _count(self, text: str, pos: int, endpos: int | None) -> None:
        self.tally[0] += min(len(text), len(text) if endpos is None else endpos) - pos

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(text, pos, endpos)
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(text, pos, endpos)
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        self._count(text, pos, endpos)
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


_COUNTED = ("not_own", "change_base", "period_end", "forecast", "before_figure")


def _scanned(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    tally = [0]
    lexicon = foreign_lexicons.LEXICONS["de"]
    counted = {name: _Counting(getattr(lexicon, name), tally) for name in _COUNTED}
    monkeypatch.setitem(foreign.LEXICONS, "de", replace(lexicon, **counted))
    monkeypatch.setattr(foreign, "_NOW", _Counting(foreign._NOW, tally))
    monkeypatch.setattr(foreign, "_ROMANCE_CLAUSE", _Counting(foreign._ROMANCE_CLAUSE, tally))
    extract_text(text, published=dt.date(2025, 7, 3), entity="RIOT")
    return tally[0]


@pytest.mark.parametrize(
    "unit",
    [
        "Riot Bestände um 51 Prozent gegenüber dem Vorjahr auf 616 Coins, ",
        "Riot hält 616 BTC und ",
    ],
)
def test_a_long_sentence_of_figures_is_read_in_linear_work(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    """The characters the clause-level patterns scan, for a sentence of N and of 2N figures:
    doubling the sentence at most (about) doubles the work."""
    head = "Riot Platforms meldet seine Bitcoin-Bestände. "
    small = _scanned(monkeypatch, head + unit * 300)
    large = _scanned(monkeypatch, head + unit * 600)
    assert small > 0
    assert large <= 2.3 * small
