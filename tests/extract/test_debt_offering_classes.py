"""Notes offerings, option totals and pending draws, read by class (round 2).

Each text is written fresh for its class in the wording other miners, wires and rewrites use,
with near-misses that must not match; expected facts follow the labelling convention
(tests/extract/real/README.md): one label of an offering's total principal, no label for a
draw or conversion still ahead. Published 2025-11-12 unless a period is named.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 12)
_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd")
Fact = tuple[str, Decimal, str | None]


def _debt_facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED)
    return {
        (item.metric, item.value, item.period)
        for item in found
        if item.metric in _DEBT and item.value is not None
    }


def _issued(amount: str) -> Fact:
    return ("debt_issued_usd", Decimal(amount), "2025-11")


CLOSED = [
    # The closing named as a noun: "closure of", "close of", "completion of".
    "The miner announced the successful closure of its $600 million offering of convertible "
    "senior notes due 2031.",
    "Acme Mining said today it had completed the close of its $600 million private offering of "
    "0.75% convertible notes.",
    "The company announced the completion of its upsized $600 million convertible notes offering.",
    # The sale of notes sized by their principal.
    "The offering involved the sale of notes with an aggregate principal amount of $600 million.",
    "Acme Mining sold convertible notes with a principal amount of $600 million to qualified "
    "institutional buyers.",
    "The issuance of senior notes in an aggregate principal amount of $600 million closed on "
    "Monday.",
    # The notes sold as the subject, their size after a stative verb.
    "The total value of the notes sold in the offering is $600 million.",
    "The aggregate principal amount of the notes issued came to $600 million.",
]


@pytest.mark.parametrize("text", CLOSED)
def test_a_closed_offering_is_new_debt(text: str) -> None:
    assert _debt_facts(text) == {_issued("600000000")}


OPTION_TOTALS = [
    # A base deal and its option stated apart, then their total: one label, the total.
    "Acme Mining raised $500 million through a convertible note offering. The initial "
    "purchasers then closed an additional $75 million of notes under their option, bringing "
    "the total raised to $575 million.",
    "Acme closed a $500 million offering of convertible notes. Purchasers fully exercised their "
    "option to buy an additional $75 million, taking the aggregate principal amount of the "
    "notes to $575 million.",
    "Acme issued $500 million of senior notes. It later closed the sale of an additional $75 "
    "million of notes, raising the total offering size to $575 million.",
]


@pytest.mark.parametrize("text", OPTION_TOTALS)
def test_an_option_total_replaces_its_parts(text: str) -> None:
    assert _debt_facts(text) == {_issued("575000000")}


NOT_ISSUED = [
    # The close still ahead.
    "Acme Mining priced its $600 million offering of convertible notes; the expected closing "
    "of the $600 million offering is November 18.",
    # A draw announced under a condition: nothing is borrowed yet.
    "The company will draw an additional $50 million from the facility, subject to customary "
    'closing conditions, for a total of $100 million drawn through closing. "We intend to use '
    'this drawdown of an additional $50 million to fund substation works," the CEO said.',
    # A future conversion: the debt to be exchanged is neither a balance nor repaid yet.
    "The conversion will result in the exchange of about 45 million shares for $260 million of "
    "convertible debt.",
]


@pytest.mark.parametrize("text", NOT_ISSUED)
def test_pending_deals_are_not_new_debt(text: str) -> None:
    assert _debt_facts(text) == set()


def test_a_total_after_a_stated_draw_is_a_balance() -> None:
    text = (
        "The company drew an additional $50 million from the facility, for a total of $100 "
        "million drawn."
    )
    facts = _debt_facts(text)
    assert _issued("50000000") in facts
    assert any(metric == "debt_total_usd" and value == 100000000 for metric, value, _ in facts)
