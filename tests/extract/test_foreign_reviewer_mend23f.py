"""Foreign-copy wordings and costs a reviewer found (mend23f).

* A flow dated by the comparison the next sentence opens on steps only onto the report's own
  period: "Der Rückgang im Vergleich zum Oktober 2023" in October 2024's report compares with a
  year ago, not with the month before the figure's (`foreign_change_base`).
* Indonesian, Spanish: a purpose after a sale rejects only a sum inside the purpose's clause;
  the proceeds told in a clause of their own after it ("untuk memperkuat kas, dengan hasil
  penjualan sebesar …") are the sale's.
* Indonesian: a name right after a country's miners ("Penambang Bitcoin asal Kanada Bitfarms")
  is the subject, not miners of the country at large.
* German: coins "earned" by hosting ("Mit dem Hosting … verdiente …") are fees, not mined.
* Bounded work: a run of German shortenings ("bzw.", "Mio.") is no one 50 KB sentence; notes
  closed many times in one clause are judged once a clause; the sentence after a flow is read
  for its comparison once, however many figures the flow's sentence holds.

Each case is written in the shape of such copy; a near-miss stands beside each positive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from monitor.extract import (
    extract_text,
    foreign,
    foreign_deals,
    foreign_debt,
    foreign_numbers,
    foreign_periods,
)
from tests.extract import test_foreign_copy

_DE_HEAD = "Bitfarms: Produktionsbericht für Oktober 2024\n\nDer Miner Bitfarms hat seine Zahlen "

# (text, entity, published, expected (metric, value, period))
BTC_CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (  # a year-ago comparison in a report that names its month: the report's month
        _DE_HEAD + "veröffentlicht. Das Unternehmen schürfte 210,4 Bitcoins. Der Rückgang im "
        "Vergleich zum Oktober 2023 ist auf das Halving zurückzuführen.\n",
        "BITF",
        "2024-11-06",
        {("btc_produced", 210.4, "2024-10")},
    ),
    (
        "Hut 8 publica su actualización de producción de marzo de 2025\n\nLa minera Hut 8 publicó "
        "hoy sus cifras. La compañía minó 120 bitcoins. La caída frente a marzo de 2024 se debe "
        "al halving y a la dificultad de la red.\n",
        "HUT",
        "2025-04-07",
        {("btc_produced", 120, "2025-03")},
    ),
    (  # near miss: no report period named, the step from the quarter before still dates it
        "Der Miner Bitfarms hat Zahlen vorgelegt. Das Unternehmen schürfte 610,2 Bitcoins. Der "
        "Rückgang im Vergleich zum dritten Quartal ist auf das Halving zurückzuführen.\n",
        "BITF",
        "2025-01-10",
        {("btc_produced", 610.2, "2024-Q4")},
    ),
    (  # a name right after the country's miners: the subject
        "Penambang Bitcoin asal Kanada Bitfarms memproduksi 240 BTC pada bulan Mei dan tidak "
        "menjual bitcoin. Perusahaan ini memiliki 800 BTC pada akhir Mei menurut laporannya.\n",
        "BITF",
        "2024-06-05",
        {
            ("btc_produced", 240, "2024-05"),
            ("btc_sold", 0, "2024-05"),
            ("btc_held", 800, "2024-05-31"),
        },
    ),
    (
        "Perusahaan penambang asal Nevada (AS) CleanSpark memproduksi 445 BTC pada bulan Mei. "
        "Perusahaan ini memiliki 6.100 BTC pada akhir Mei menurut laporan yang dirilis.\n",
        "CLSK",
        "2024-06-05",
        {("btc_produced", 445, "2024-05"), ("btc_held", 6100, "2024-05-31")},
    ),
    (  # near misses: a country's miners at large, one word or two
        "CleanSpark merilis laporan bulanannya dan memiliki 6.100 BTC pada akhir Mei. "
        "Penambang di Amerika Serikat memproduksi 3.100 "
        "BTC pada bulan Mei.\n",
        "CLSK",
        "2024-06-05",
        {("btc_held", 6100, "2024-05-31")},
    ),
    (
        "CleanSpark merilis laporan bulanannya dan memiliki 6.100 BTC pada akhir Mei. "
        "Penambang di AS memproduksi 3.100 BTC pada "
        "bulan Mei.\n",
        "CLSK",
        "2024-06-05",
        {("btc_held", 6100, "2024-05-31")},
    ),
    (  # coins earned by hosting: fees
        "Der Miner Bitfarms hat seine Zahlen für Mai vorgelegt. Mit dem Hosting für Drittkunden "
        "verdiente Bitfarms im Mai umgerechnet 25 Bitcoins. Das Unternehmen schürfte im Mai "
        "240 BTC.\n",
        "BITF",
        "2024-06-04",
        {("btc_produced", 240, "2024-05")},
    ),
    (
        "Der Miner Bitfarms hat seine Zahlen für Mai vorgelegt. Bitfarms verdiente im Mai 25 "
        "Bitcoins durch Hosting-Dienste.\n",
        "BITF",
        "2024-06-04",
        set(),
    ),
    (  # near misses: coins earned are mined; hosting's money beside mined coins
        "Der Miner Bitfarms hat seine Zahlen für Mai vorgelegt. Bitfarms verdiente im Mai 240 "
        "Bitcoins.\n",
        "BITF",
        "2024-06-04",
        {("btc_produced", 240, "2024-05")},
    ),
    (
        "Der Miner Bitfarms hat seine Zahlen für Mai vorgelegt. Bitfarms schürfte im Mai 240 BTC "
        "und verdiente mit Hosting 1,2 Mio. USD.\n",
        "BITF",
        "2024-06-04",
        {("btc_produced", 240, "2024-05")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), BTC_CASES)
def test_comparison_steps_country_names_and_hosting(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (  # the proceeds in a clause of their own after the sale's purpose
        "Perusahaan penambang Bitcoin Bitfarms mengumumkan bahwa pada bulan Mei perusahaan "
        "menjual 250 BTC untuk memperkuat kas, dengan hasil penjualan sebesar US$17 juta.\n",
        "BITF",
        "2024-06-04",
        {("btc_sold", 250, "BTC", "2024-05"), ("btc_sale_proceeds_usd", 17e6, "USD", "2024-05")},
    ),
    (
        "La minera CleanSpark vendió 300 bitcoins en abril para fortalecer su liquidez, "
        "obteniendo US$19 millones por la venta.\n",
        "CLSK",
        "2024-05-06",
        {("btc_sold", 300, "BTC", "2024-04"), ("btc_sale_proceeds_usd", 19e6, "USD", "2024-04")},
    ),
    (  # near miss: the sum inside the purpose's clause is what the sale was to add to
        "Perusahaan penambang Bitcoin Bitfarms mengumumkan bahwa pada bulan Mei perusahaan "
        "menjual 1.000 BTC dengan harga US$60 juta untuk memperkuat likuiditas hampir US$150 "
        "juta.\n",
        "BITF",
        "2024-06-04",
        {("btc_sold", 1000, "BTC", "2024-05"), ("btc_sale_proceeds_usd", 60e6, "USD", "2024-05")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_proceeds_after_a_sales_purpose(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_copy.test_sale_proceeds_in_foreign_copy(text, entity, published, expected)


def test_a_run_of_shortenings_is_no_one_sentence() -> None:
    """ "bzw.", "Mio." go on with their sentence, but a run of them is cut into pieces."""
    unit = "Bitfarms verkaufte {n} bzw. {m} BTC für {n},5 Mio. USD d.h. z.B. inkl. vgl. "
    text = "".join(unit.format(n=n, m=n + 1) for n in range(100, 900))
    pieces = list(foreign._sentences(text))
    assert len(pieces) > len(text) // foreign._SHORTENED_REACH
    assert all(len(piece.text) <= foreign._SHORTENED_REACH + len(unit) for piece in pieces)
    # near miss: a sentence of shortenings under the reach is one
    one = "Bitfarms verkaufte 526,1 bzw. 101,0 BTC für 27,5 Mio. USD im Juni, d.h. z.B. mehr."
    assert [piece.text for piece in foreign._sentences(one)] == [one]


def _money_read(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """The characters the foreign reader's money scans are given for `text`."""
    tally = [0]
    money = foreign_numbers.money

    def counted(sentence: str, *args: Any) -> Iterator[Any]:
        tally[0] += len(sentence)
        return money(sentence, *args)

    monkeypatch.setattr(foreign_numbers, "money", counted)
    extract_text(text, published=dt.date(2025, 8, 5), entity="BITF")
    monkeypatch.undo()
    return tally[0]


def test_a_run_of_shortenings_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    head = "Der Miner Bitfarms hat seine Zahlen vorgelegt. "
    unit = "Bitfarms verkaufte {n} bzw. {m} BTC für {n},5 Mio. USD d.h. z.B. inkl. vgl. "
    small = _money_read(monkeypatch, head + "".join(unit.format(n=n, m=n) for n in range(200)))
    large = _money_read(monkeypatch, head + "".join(unit.format(n=n, m=n) for n in range(400)))
    assert small > 0
    assert large <= 2.3 * small


class _Counting:
    """A pattern that counts the characters each search or scan is given."""

    def __init__(self, pattern: Any, tally: list[int]) -> None:
        self.pattern, self.tally = pattern, tally

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.tally[0] += (len(text) if endpos is None else min(endpos, len(text))) - pos
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        self.tally[0] += (len(text) if endpos is None else min(endpos, len(text))) - pos
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


def _debt_read(monkeypatch: pytest.MonkeyPatch, text: str, entity: str) -> int:
    """The characters the debt reader's clause, plan and claim patterns and the deals' period
    reading are given for `text`."""
    tally = [0]
    for name in ("_NOT_DONE", "_CLAUSE", "_CLAIMED"):
        monkeypatch.setattr(foreign_debt, name, _Counting(getattr(foreign_debt, name), tally))
    mentions = foreign_periods.mentions

    def counted(sentence: str, *args: Any) -> Any:
        tally[0] += len(sentence)
        return mentions(sentence, *args)

    monkeypatch.setattr(foreign_periods, "mentions", counted)
    for cached in ("_marks", "_planned"):
        getattr(foreign_debt, cached).cache_clear()
    foreign_deals._named.cache_clear()
    extract_text(text, published=dt.date(2025, 8, 5), entity=entity)
    monkeypatch.undo()
    return tally[0]


@pytest.mark.parametrize(
    ("head", "unit", "entity"),
    [
        (
            "A empresa de mineração Bitfarms divulgou seus números. ",
            "Bitfarms fechou uma oferta de notas conversíveis de $450 milhões e ",
            "BITF",
        ),
        (
            "La minera Bitfarms publicó sus cifras. ",
            "Bitfarms cerró una oferta de bonos convertibles por US$ 450 millones y ",
            "BITF",
        ),
        (
            "Bitfarms公司的比特币挖矿业务。里程碑包括",
            "收购Stronghold、以及发行4.5亿美元可转换票据、",
            "BITF",
        ),
    ],
)
def test_notes_closed_many_times_are_read_in_linear_work(
    monkeypatch: pytest.MonkeyPatch, head: str, unit: str, entity: str
) -> None:
    small = _debt_read(monkeypatch, head + unit * 150, entity)
    large = _debt_read(monkeypatch, head + unit * 300, entity)
    assert small > 0
    assert large <= 2.3 * small


def _comparison_reads(monkeypatch: pytest.MonkeyPatch, figures: int) -> int:
    """How often the comparison sentence after a sentence of `figures` undated flows is read
    for its periods."""
    read: list[str] = []
    mentions = foreign_periods.mentions

    def counted(sentence: str, *args: Any) -> Any:
        read.append(sentence)
        return mentions(sentence, *args)

    monkeypatch.setattr(foreign_periods, "mentions", counted)
    flows = ", ".join(f"verdiente {n},5 Bitcoins" for n in range(1, figures + 1))
    text = (
        "Der Miner Bitfarms hat Zahlen vorgelegt. Das Unternehmen "
        + flows
        + ". Der Rückgang im Vergleich zum dritten Quartal ist auf das Halving zurückzuführen.\n"
    )
    found = extract_text(text, published=dt.date(2025, 1, 10), entity="BITF")
    monkeypatch.undo()
    assert {item.period for item in found if item.metric == "btc_produced"} == {"2024-Q4"}
    return sum(sentence.startswith("Der Rückgang") for sentence in read)


def test_the_comparison_after_a_sentence_of_flows_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every undated flow of a sentence asks the next sentence for its comparison: the reads
    of that sentence do not grow with the flows."""
    assert _comparison_reads(monkeypatch, 2) == _comparison_reads(monkeypatch, 25)
