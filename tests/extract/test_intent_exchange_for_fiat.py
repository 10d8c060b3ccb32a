"""A stated possibility of exchanging the company's bitcoin for money is `intent`.

Expected answers worked out from the labelling rules (tests/extract/real/README.md, decided
case 29: "may sell a portion of its mined bitcoin" is intent; decided case 2: dated by the
report's own period; decided case 42: a quarterly report's "six months ended" is its year to
date, the filing reports the quarter): "may exchange them [its mined bitcoins] for fiat
currency" says the company may sell its coins. Exchanging notes for shares, or a stock
exchange, is no sale of bitcoin.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_FILING = (
    "Bit Origin Ltd. filed its quarterly report for the period ended June 30, 2024, reporting "
    "a net loss of $2.1 million.\n"
    "For the six months ended June 30, 2024, the Company earned most of its revenue from "
    "bitcoin mining. {sentence}\n"
)
_PUBLISHED = dt.date(2024, 8, 15)


def _intents(text: str) -> list[str | None]:
    found = extract_text(text, published=_PUBLISHED, entity="BTOG")
    return [item.period for item in found if item.metric == "intent"]


CASES = [
    (
        "The Company keeps its mined bitcoins in cold storage and may exchange them for fiat "
        "currency to pay for its operations.",
        ["2024-Q2"],
    ),
    (
        "The Company may exchange its mined bitcoin for fiat currency from time to time.",
        ["2024-Q2"],
    ),
    # near misses: notes for shares; a stock exchange
    ("The Company may exchange its convertible notes for ordinary shares.", []),
    ("The Company's shares may move to another exchange for better liquidity.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_exchanging_bitcoin_for_money_is_an_intention_to_sell(
    sentence: str, expected: list[str]
) -> None:
    assert _intents(_FILING.format(sentence=sentence)) == expected


# Review mends: the pronoun's coins are another party's when another subject holds the modal
# (convertible noteholders), and a figure cut at its decimal point is no figure.
@pytest.mark.parametrize(
    "text",
    [
        "Marlin issued $950 million of convertible notes to acquire bitcoin, and holders may "
        "convert them into cash or Marlin shares.",
        "Keystone used the proceeds of its convertible notes to buy bitcoin; noteholders may "
        "convert them into cash, shares of common stock or a combination.",
    ],
)
def test_another_partys_them_is_no_intent(text: str) -> None:
    found = extract_text(text, published=dt.date(2025, 6, 10))
    assert [item for item in found if item.metric == "intent"] == []


def test_a_rate_after_a_name_is_not_cut_into_a_figure() -> None:
    text = "Marlin mined 950 BTC in May at a realized hashrate of 57.3 EH/s, Keystone 33.7 EH/s."
    found = extract_text(text, published=dt.date(2025, 6, 10), entity="Keystone")
    assert [(item.metric, item.value) for item in found if item.value == 33] == []
