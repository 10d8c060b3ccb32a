"""Only a statement's heading line "(In Canadian dollars)" makes every plain "$" Canadian.

A statement prints its currency on a line of its own ("(Expressed in Canadian dollars)"); a
bracketed aside in prose tells one amount's currency ("C$50 million (in Canadian dollars,
about US$36.5 million)", "a $2 million grant (in Canadian dollars)") and must not turn the
document's other "$" amounts into CAD. Texts written for these tests (review 23b, item 4).
"""

from __future__ import annotations

import pytest

from monitor.extract.context import detect_dollar

HEADINGS = [
    "CONDENSED INTERIM STATEMENTS OF FINANCIAL POSITION\n(Expressed in Canadian dollars)\n | 2024",
    "BALANCE SHEET\n(In Canadian dollars)\nCash | $ 1,000",
    "STATEMENTS OF LOSS\n(Expressed in Canadian dollars, except share amounts)\nRevenue | $ 5",
    "NOTES\n(In Canadian dollars, unless otherwise noted)\nCash | $ 9",
    "All amounts are in Canadian dollars unless otherwise stated. Revenue was $5 million.",
]
ASIDES = [
    "The miner raised $50 million (in Canadian dollars, about US$36.5 million) in a placement. "
    "It holds $120 million of bitcoin.",
    "The province awarded a $2 million grant (in Canadian dollars) to the site. Revenue was "
    "$40 million for the quarter.",
    "Revenue was $40 million (in Canadian dollars) and the company mined 300 BTC.",
]


@pytest.mark.parametrize("text", HEADINGS)
def test_heading_notice_sets_the_document_dollar(text: str) -> None:
    assert detect_dollar(text) == "CAD"


@pytest.mark.parametrize("text", ASIDES)
def test_prose_aside_leaves_the_dollar_us(text: str) -> None:
    assert detect_dollar(text) == "USD"
