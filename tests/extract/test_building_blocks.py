"""Specifications of the extractor's building blocks: amounts, periods, sentences, the API."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract import METRICS, Extracted, clean_text, extract, extract_text
from monitor.extract.numbers import find_money, parse_cell
from monitor.extract.periods import find_mentions
from monitor.extract.sentences import segments

MONEY_CASES = [
    ("approximately US$305 million in USDT", [("305000000", "USD")]),
    ("US$1.2 billion", [("1200000000", "USD")]),
    ("$5m", [("5000000", "USD")]),
    ("$86,235 per bitcoin", [("86235", "USD")]),
    ("RMB12.6 million (US$1.7 million)", [("12600000", "RMB"), ("1700000", "USD")]),
    ("C$12.1 million", [("12100000", "CAD")]),
    ("CAD 3.5 million", [("3500000", "CAD")]),
    ("A$40 million", [("40000000", "AUD")]),
    ("HK$5 million", [("5000000", "HKD")]),
    ("12 million Canadian dollars", [("12000000", "CAD")]),
    ("17.1 million USDT", [("17100000", "USDT")]),
    ("RMB1,234.5 million", [("1234500000", "RMB")]),
    ("305 million", []),  # no currency marker: not money
    ("50 MW", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY_CASES, ids=[c[0] for c in MONEY_CASES])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(str(m.amount), m.currency) for m in find_money(text)] == expected


CELL_CASES = [
    ("7,474.7", Decimal("7474.7"), False),
    ("550.03", Decimal("550.03"), False),
    ("-", Decimal(0), True),
    ("—", Decimal(0), True),
    ("$(8,612)", Decimal(8612), False),
    ("62.7(2)", Decimal("62.7"), False),
    ("7,474.7¹", Decimal("7474.7"), False),
]


@pytest.mark.parametrize(("cell", "value", "dash"), CELL_CASES, ids=[c[0] for c in CELL_CASES])
def test_table_cells(cell: str, value: Decimal, dash: bool) -> None:
    parsed = parse_cell(cell)
    assert parsed is not None
    assert (parsed.value, parsed.dash) == (value, dash)


@pytest.mark.parametrize("cell", ["50 EH/s", "5.2%", "(10)%", "N/A", "Jan 2026", ""])
def test_non_numeric_cells(cell: str) -> None:
    assert parse_cell(cell) is None


PERIOD_CASES = [
    # (text, published, expected labels as_of=True)
    ("in January", dt.date(2026, 2, 3), ["2026-01"]),
    ("in December", dt.date(2026, 1, 5), ["2025-12"]),
    ("in February", dt.date(2026, 2, 20), ["2026-02"]),
    ("as of March 31", dt.date(2025, 4, 3), ["2025-03-31"]),
    ("for the three months ended September 30, 2025", None, ["2025-Q3"]),
    ("For the year ended December 31, 2024", None, ["2024"]),
    ("the third quarter of 2025", None, ["2025-Q3"]),
    ("in the fourth quarter", dt.date(2026, 1, 20), ["2025-Q4"]),
    ("Q3 FY25", None, ["2025-Q3"]),
    ("3Q25", None, ["2025-Q3"]),
    ("first quarter of fiscal 2026", None, ["2026-Q1"]),
    ("by the end of 2027", None, ["2027"]),
    ("in the second half of 2025", None, ["2025-H2"]),  # half-years, as the real corpus labels them
    ("H1 2024 and 1H FY25", None, ["2024-H1", "2025-H1"]),
    ("six months ended 30 June 2024", None, ["2024-H1"]),
    ("816 NVIDIA H100 GPUs and H200s", None, []),
    ("Jan 2026 | Dec 2025", None, ["2026-01", "2025-12"]),
    ("1/31/2025", None, ["2025-01-31"]),
    ("at year-end", dt.date(2025, 1, 3), ["2024-12"]),
    ("it may sell", dt.date(2026, 1, 1), []),  # the modal is not the month
    ("notes due 2031", None, []),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), PERIOD_CASES, ids=[c[0] for c in PERIOD_CASES]
)
def test_periods(text: str, published: dt.date | None, expected: list[str]) -> None:
    found = [m.period.label(as_of=True) for m in find_mentions(text, published) if m.period]
    assert found == expected


def test_sentences_keep_offsets_and_abbreviations() -> None:
    text = (
        "DALLAS, Feb. 3, 2026 /PRNewswire/ -- Cango Inc. (NYSE: CANG) today announced results. "
        "The U.S. miner sold 5.5 BTC.\nMetrics | Jan 2026 | Dec 2025\n• BTC produced: 750"
    )
    parts = list(segments(text))
    assert [p.text for p in parts] == [
        "DALLAS, Feb. 3, 2026 /PRNewswire/ -- Cango Inc. (NYSE: CANG) today announced results.",
        "The U.S. miner sold 5.5 BTC.",
        "Metrics | Jan 2026 | Dec 2025",
        "BTC produced: 750",
    ]
    assert all(text[p.start : p.end] == p.text for p in parts)
    assert parts[3].cells == ("BTC produced", "750")


def test_extract_accepts_bytes_and_html_offsets_point_into_clean_text() -> None:
    html = b"<p>Cango sold 4,451 Bitcoin.</p><p>MARA sold 1,000 BTC.</p>"
    found = extract(html, published=dt.date(2026, 2, 9), entity="CANG")
    text = clean_text(html)
    assert [(o.metric, o.value) for o in found] == [("btc_sold", Decimal(4451))]
    assert text[found[0].start : found[0].end] == found[0].evidence == "Cango sold 4,451 Bitcoin."


@pytest.mark.parametrize("entity", ["CANG", "cang", "Cango", "Cango Inc."])
def test_entity_may_be_a_ticker_or_a_name(entity: str) -> None:
    text = "Cango sold 4,451 BTC, while MARA sold 1,000 BTC in February 2026."
    found = extract_text(text, entity=entity)
    assert [o.value for o in found if o.metric == "btc_sold"] == [Decimal(4451)]


def test_unknown_entity_only_drops_named_peers() -> None:
    found = extract_text("GRIID sold 10 BTC. The company sold 20 BTC.", entity="XYZ")
    assert [o.value for o in found] == [Decimal(20)]


def test_plain_text_is_not_parsed_as_html() -> None:
    found = extract("Revenue <b>grew</b>; Riot sold 10 BTC in May 2025.", content_type="text/plain")
    assert found[0].evidence == "Revenue <b>grew</b>; Riot sold 10 BTC in May 2025."


def test_to_dict_is_json_ready_with_numbers() -> None:
    item = Extracted(
        metric="btc_held",
        value=Decimal("7474.7"),
        unit="BTC",
        currency=None,
        period="2026-01",
        evidence="x",
        start=0,
        end=1,
    )
    assert json.loads(json.dumps(item.to_dict()))["value"] == 7474.7
    big = Extracted("debt_total_usd", Decimal("612500000"), "USD", "USD", None, "x", 0, 1)
    assert big.to_dict()["value"] == 612500000
    assert isinstance(big.to_dict()["value"], int)


def test_extracted_is_frozen() -> None:
    item = Extracted("intent", None, "BTC", None, None, "x", 0, 1, kind="intent")
    with pytest.raises(AttributeError):
        item.metric = "btc_sold"  # type: ignore[misc]


def test_only_known_metric_names_are_emitted() -> None:
    text = (
        "Cango sold 4,451 BTC for US$305 million. It held 3,313.4 BTC and mined 450 BTC. "
        "Total debt was US$257.1 million. Interest expense was US$6.9 million. Cango will "
        "selectively sell bitcoin. It signed an AI colocation agreement for 50 MW of AI capacity."
    )
    assert {o.metric for o in extract_text(text)} <= set(METRICS)


_TOKENS = st.sampled_from(
    [
        "sold", "held", "mined", "produced", "4,451", "7,474.7", "BTC", "bitcoin", "US$305",
        "million", "in", "January", "2026", "as of", "Q3", "FY25", "|", "\n", ".", ",", "-",
        "MW", "of", "AI", "capacity", "will", "sell", "not", "total debt", "was", "(1)", "$",
        "RMB", "interest expense", "repaid", "the month", "signed", "agreement", "GPUs",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_TOKENS, max_size=40), st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)))
def test_never_crashes_and_offsets_are_exact(tokens: list[str], published: dt.date) -> None:
    text = " ".join(tokens)
    for item in extract_text(text, published=published, entity="CANG"):
        assert text[item.start : item.end] == item.evidence
        assert item.metric in METRICS
        assert (item.value is None) == (item.metric in ("intent", "ai_milestone"))


# Tables as pages flatten them; expected figures written by hand from the layout.
TEXT_TABLES = [
    pytest.param(
        "Riot Announces August 2024 Production and Operations Updates\n"
        "Metric\n|\n|\nAugust 2024\n1\n|\nJuly 2024\n1\n|\nAugust\n2023\n|\n|\nMonth/Month\n|\n"
        "Bitcoin\nProduced\n|\n|\n322\n|\n370\n|\n333\n|\n|\n-13 %\n|\n"
        "Bitcoin Held\n2\n|\n|\n10,019\n|\n9,704\n|\n7,309\n|\n|\n3 %\n|\n"
        "Bitcoin Sold\n|\n|\n-\n|\n-\n|\n300\n|\n|\nN/A\n|\n",
        dt.date(2024, 9, 5),
        {("btc_produced", "322", "2024-08", "Bitcoin Produced", "August 2024 1"),
         ("btc_held", "10019", "2024-08-31", "Bitcoin Held 2", "August 2024 1"),
         ("btc_sold", "0", "2024-08", "Bitcoin Sold", "August 2024 1")},
        id="pipes-on-their-own-lines",
    ),
    pytest.param(
        "Comparison (%)\nMetric\nApril 2025 1\nMarch 2025 1\nMonth/Month\n"
        "Bitcoin Produced\n463\n533\n-13 %\nBitcoin Held 2\n19,2113\n19,223\n0 %\n"
        "Bitcoin Sales - Net Proceeds\n$38.8 million\n-\nN/A\n",
        dt.date(2025, 5, 5),
        {("btc_produced", "463", "2025-04", "Bitcoin Produced", "April 2025 1"),
         ("btc_held", "19211", "2025-04-30", "Bitcoin Held 2", "April 2025 1"),
         ("btc_sale_proceeds_usd", "38800000", "2025-04", "Bitcoin Sales - Net Proceeds",
          "April 2025 1")},
        id="one-cell-per-line",
    ),
    pytest.param(
        "Bitcoin Mining |\nApr-24 |\nMar-24 |\nBitcoin mined |\n358 |\n353 |\n"
        "Mining revenue (US$'000) |\n23,691 |\n23,705 |\n",
        dt.date(2024, 5, 6),
        {("btc_produced", "358", "2024-04", "Bitcoin mined", "Apr-24")},
        id="pipes-at-line-ends",
    ),
    pytest.param(
        "Metric Jan 2026 Dec 2025\nBitcoin Produced 496.4 569.0\nBitcoin Sold 550.03 0\n",
        dt.date(2026, 2, 3),
        {("btc_produced", "496.4", "2026-01", "Bitcoin Produced", "Jan 2026"),
         ("btc_sold", "550.03", "2026-01", "Bitcoin Sold", "Jan 2026")},
        id="flattened-rows-and-header",
    ),
    pytest.param(
        "Bitdeer Reports Third Quarter 2025 Results\n"
        "Month | Bitcoin mined | Bitcoin sold\nJuly 2025 | 120 | 0\nAugust 2025 | 131 | 10\n"
        "September 2025 | 140 | 0\n",
        dt.date(2025, 11, 10),
        {("btc_produced", "120", "2025-07", "Bitcoin mined", "July 2025"),
         ("btc_produced", "131", "2025-08", "Bitcoin mined", "August 2025"),
         ("btc_produced", "140", "2025-09", "Bitcoin mined", "September 2025"),
         ("btc_sold", "0", "2025-07", "Bitcoin sold", "July 2025"),
         ("btc_sold", "10", "2025-08", "Bitcoin sold", "August 2025"),
         ("btc_sold", "0", "2025-09", "Bitcoin sold", "September 2025")},
        id="months-as-rows-of-a-quarterly-release",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TEXT_TABLES)
def test_text_tables_are_read_by_row_and_column(
    text: str, published: dt.date, expected: set[tuple[str, str, str, str, str]]
) -> None:
    found = extract_text(text, published=published)
    got = {
        (item.metric, str(item.value), item.period, item.row_label, item.column_label)
        for item in found
        if item.row_label is not None
    }
    assert got == expected
    for item in found:
        assert text[item.start : item.end] == item.evidence
