"""One flow figure told for two months joined by "and" is no named period's figure; a year
closed with a holding ("heeft het jaar afgesloten met 18.005 Bitcoins") is held at its last day.

Class: news rewrites of a miner's sales or output over two months ("sold 1,450 BTC in March and
April, raising about $120 million"), in English and in the languages the foreign reader reads.
A figure told once for two months is their sum, a total that is no whole named period
(tests/extract/real/README.md, What is NOT labelled; decided case 40): no label, and its sale's
proceeds neither. The readers dated it by the first month named. Near misses beside them: a
figure per month ("respectively", "500 BTC in April and 600 in May", "jeweils"), a zero sale
for both months (none in either), another clause's months, a report's title naming two months,
a quarter told by "between" its first and last month. Rows are composed in the style of such
copy (other companies and figures than any corpus text).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.joined_month_flows import _pairs

FLOWS = ("btc_produced", "btc_sold", "btc_sale_proceeds_usd", "debt_repaid_usd", "debt_issued_usd")

Row = tuple[str, str, str, set[tuple[str, float, str]]]

SUMS: list[Row] = [
    (
        "Bitfarms sold 1,450 BTC in March and April, raising about $120 million to fund its "
        "Pennsylvania build-out.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    (
        "In July and August, CleanSpark mined 1,310 bitcoin at its Georgia sites.",
        "CLSK",
        "2024-09-04",
        set(),
    ),
    (
        "Hut 8 repaid $40 million of its term loan in September and October.",
        "HUT",
        "2024-11-05",
        set(),
    ),
    (
        "Bitfarms verkaufte im März und April 1.450 BTC und nahm damit rund 120 Millionen "
        "US-Dollar ein.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    (
        "Bitfarms vendió en marzo y abril 1.450 BTC, recaudando unos 120 millones de dólares.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    (
        "Bitfarms a vendu 1 450 BTC en mars et avril, pour environ 120 millions de dollars.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    (
        "Bitfarms ha venduto 1.450 BTC a marzo e aprile, incassando circa 120 milioni di dollari.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    (
        "Компания Bitfarms продала 1450 BTC в марте и апреле.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    # (this Japanese row and the Dutch one below cannot fail: those readers did not read the
    # sentence before either; they pin that it stays unread)
    ("Bitfarmsは3月と4月に1,450 BTCを売却した。", "BITF", "2025-05-06", set()),
    ("Bitfarms在3月和4月出售了1,450枚比特币。", "BITF", "2025-05-06", set()),
    ("Bitfarms, Mart ve Nisan aylarında 1.450 BTC sattı.", "BITF", "2025-05-06", set()),
    ("Bitfarms sprzedała w marcu i kwietniu 1 450 BTC.", "BITF", "2025-05-06", set()),
    (
        "Bitfarms verkocht in maart en april 1.450 BTC en haalde zo'n 120 miljoen dollar op.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    ("Bitfarms menjual 1.450 BTC pada Maret dan April.", "BITF", "2025-05-06", set()),
    (
        "Bitfarms sold 1,450 BTC in March and April and may sell more in the coming months.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    # near misses of the clause and "each" rows in KEPT: still one figure for both months
    (
        "Bitfarms, which mines each day in Quebec, sold 1,450 BTC in March and April.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    (
        "Bitfarms sold 1,450 BTC in March and April 2025, raising about $120 million.",
        "BITF",
        "2025-05-06",
        set(),
    ),
    ("Bitfarms vendió 1.450 BTC de marzo a abril.", "BITF", "2025-05-06", set()),
]

KEPT: list[Row] = [
    (
        "Bitfarms sold 700 and 750 BTC in March and April, respectively.",
        "BITF",
        "2025-05-06",
        {("btc_sold", 700, "2025-03"), ("btc_sold", 750, "2025-04")},
    ),
    (
        "Bitfarms sold 700 BTC in March and 750 BTC in April.",
        "BITF",
        "2025-05-06",
        {("btc_sold", 700, "2025-03"), ("btc_sold", 750, "2025-04")},
    ),
    (
        "Bitfarms verkaufte im März 700 BTC und im April 750 BTC.",
        "BITF",
        "2025-05-06",
        {("btc_sold", 750, "2025-04")},  # (the reader keeps a story's latest month)
    ),
    (
        "Bitfarms mined 420 BTC in April, and its hashrate rose through March and April.",
        "BITF",
        "2025-05-06",
        {("btc_produced", 420, "2025-04")},
    ),
    (
        "Between January and March, Bitfarms mined 1,300 BTC.",
        "BITF",
        "2025-04-08",
        {("btc_produced", 1300, "2025-Q1")},
    ),
    # (pins incomplete output: none was sold in either month, the reader gives March's zero only)
    (
        "Bitfarms did not sell any bitcoin in March and April.",
        "BITF",
        "2025-05-06",
        {("btc_sold", 0, "2025-03")},
    ),
    (
        "Bitfarms sold 700 BTC in April and may sell more of its holdings this year.",
        "BITF",
        "2025-05-06",
        {("btc_sold", 700, "2025-04")},
    ),
    # the second month starts a clause of its own (its verb right after it): no pair
    (
        "Bitfarms mined 420 BTC in April and May is expected to be stronger as new machines "
        "come online.",
        "BITF",
        "2025-05-06",
        {("btc_produced", 420, "2025-04")},
    ),
    (
        "Bitfarms mined 420 BTC in April and March saw heavy curtailment in Quebec.",
        "BITF",
        "2025-05-06",
        {("btc_produced", 420, "2025-04")},
    ),
    # a figure right after the second month is that month's own (the reader keeps the
    # story's latest month only)
    (
        "Bitfarms produjo 420 BTC en abril y en marzo 390 BTC, según un comunicado.",
        "BITF",
        "2025-05-06",
        {("btc_produced", 420, "2025-04")},
    ),
    # Dutch figures per month: each dated by its own month, never both by the later one
    (
        "Bitfarms heeft in maart 390 BTC geproduceerd en in april 420 BTC, zo meldt het bedrijf.",
        "BITF",
        "2025-05-06",
        {("btc_produced", 420, "2025-04")},
    ),
    (
        "Bitfarms heeft in maart 300 BTC verkocht en in april 350 BTC, zo meldt het bedrijf.",
        "BITF",
        "2025-05-06",
        {("btc_sold", 350, "2025-04")},
    ),
    (
        "Bitfarms heeft in april 420 BTC geproduceerd en in maart 390 BTC, zo meldt het bedrijf.",
        "BITF",
        "2025-05-06",
        {("btc_produced", 420, "2025-04")},
    ),
]


def _read(text: str, entity: str, published: str) -> set[tuple[str, float, str]]:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    return {
        (item.metric, float(item.value), item.period)
        for item in found
        if item.metric in FLOWS and item.value is not None
    }


@pytest.mark.parametrize(("text", "entity", "published", "expected"), SUMS + KEPT)
def test_one_figure_for_two_months_is_no_period(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    assert _read(text, entity, published) == {(m, float(v), p) for m, v, p in expected}


# Dutch and French copy: the year closed with a holding is the year's last day (as English
# "ended the year with"), the year before publication in January; a plan for the year's end and
# a named earlier year are no such holding.
YEAR_CLOSED: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (
        "Marathon heeft het jaar afgesloten met 44.893 BTC op de balans.",
        "MARA",
        "2025-01-06",
        {("btc_held", 44893, "2024-12-31")},
    ),
    (
        "CleanSpark sloot het jaar af met 10.556 bitcoin op de balans.",
        "CLSK",
        "2025-01-07",
        {("btc_held", 10556, "2024-12-31")},
    ),
    (
        "Marathon heeft in december 890 BTC gedolven en het jaar afgesloten met 44.893 BTC op "
        "de balans.",
        "MARA",
        "2025-01-06",
        {("btc_produced", 890, "2024-12"), ("btc_held", 44893, "2024-12-31")},
    ),
    (
        "CleanSpark a clôturé l'année avec 10 556 bitcoins au bilan.",
        "CLSK",
        "2025-01-07",
        {("btc_held", 10556, "2024-12-31")},
    ),
    # near misses
    (
        "Marathon verwacht het jaar af te sluiten met 50.000 BTC op de balans.",
        "MARA",
        "2025-01-06",
        set(),
    ),
    (
        "Marathon heeft het jaar 2023 afgesloten met 15.126 BTC op de balans.",
        "MARA",
        "2025-01-06",
        set(),
    ),
    # a wish for the year's end is a forecast, not last year's holding
    (
        "Marathon wil aan het eind van het jaar 60.000 bitcoins bezitten, zo zei de topman.",
        "MARA",
        "2025-06-05",
        set(),
    ),
    (
        "Marathon wil tegen het einde van het jaar 60.000 bitcoins bezitten.",
        "MARA",
        "2025-06-05",
        set(),
    ),
    (
        "Marathon had aan het eind van het jaar 44.893 bitcoins in bezit.",
        "MARA",
        "2025-06-05",
        {("btc_held", 44893, "2024-12-31")},
    ),
    # the year closed with its output: the year's, not December's nor the story's month
    (
        "Marathon heeft het jaar goed afgesloten met een productie van 9.430 BTC.",
        "MARA",
        "2025-01-06",
        {("btc_produced", 9430, "2024")},
    ),
    (
        "Marathon heeft het jaar goed afgesloten met 44.893 BTC op de balans.",
        "MARA",
        "2025-01-06",
        {("btc_held", 44893, "2024-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), YEAR_CLOSED)
def test_a_year_closed_with_a_holding_is_its_last_day(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    told = {
        (item.metric, float(item.value), item.period)
        for item in found
        if item.metric in (*FLOWS, "btc_held") and item.value is not None
    }
    assert told == {(m, float(v), p) for m, v, p in expected}


# Romance "a" after "de"/"da"/"desde" is "to": a span read as "between" is (a whole quarter or
# half is the span's; the readers leave such sentences unread, so the pairs are checked)
SPANS: list[tuple[str, tuple[tuple[int, int], ...]]] = [
    ("vendió 1.100 btc de octubre a diciembre.", ()),
    ("ha venduto 1.100 btc da ottobre a dicembre.", ()),
    ("vendeu 1.100 btc de janeiro a junho.", ()),
    ("vendió 1.100 btc de octubre a noviembre.", ((10, 11),)),
    ("prodal 1 100 btc v říjnu a prosinci.", ((10, 12),)),  # Czech "a": "and"
]


@pytest.mark.parametrize(("sentence", "pairs"), SPANS)
def test_from_one_month_to_another_is_a_span(
    sentence: str, pairs: tuple[tuple[int, int], ...]
) -> None:
    assert tuple(pair[:2] for pair in _pairs(sentence)) == pairs
