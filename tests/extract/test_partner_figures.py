"""A figure whose subject is the company's hosting or joint-venture partner is the partner's.

Expected answers worked out from the labelling rules (tests/extract/real/README.md, "What is
NOT labelled": other companies' figures): in a miner's release, "Bitdeer, Riot's hosting
partner, mined 120 BTC" or "our hosting partner mined 120 BTC" tells what the partner did, not
the company. The company's own coins mined at a partner's site stay its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_HEAD = (
    "Riot Platforms Announces June 2025 Production and Operations Update\n"
    "June 2025 Highlights\n• Riot produced 450 BTC.\n"
)
_PUBLISHED = dt.date(2025, 7, 3)
_BTC = ("btc_produced", "btc_sold", "btc_held")


def _btc(text: str) -> set[tuple[str, str, str | None]]:
    found = extract_text(_HEAD + text, published=_PUBLISHED, entity="RIOT")
    return {(item.metric, str(item.value), item.period) for item in found if item.metric in _BTC}


_OWN = ("btc_produced", "450", "2025-06")

CASES = [
    # the partner named, the company's possessive in the apposition
    ("• Acme Hosting, Riot's hosting partner, mined 120 BTC.\n", {_OWN}),
    (
        "• Acme Hosting, the Company’s hosting provider, sold 40 BTC.\n",
        {_OWN},
    ),
    # the partner unnamed, or named after its role
    ("• Our hosting partner mined 120 BTC in June.\n", {_OWN}),
    (
        "• The Company's hosting partner, Acme Hosting, mined 120 BTC.\n",
        {_OWN},
    ),
    (
        "Riot produced 450 BTC. Its joint venture partner mined 120 BTC at the shared site.\n",
        {_OWN},
    ),
    # near misses: the company's own coins mined at a partner's site, or by the company
    (
        "• Riot produced 450 BTC at its hosting partner's site in Texas.\n",
        {_OWN},
    ),
    (
        "• Riot, whose hosting partner runs the Rockdale site, mined 450 BTC in June.\n",
        {_OWN},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_partners_figure_is_not_the_companys(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _btc(text) == expected


# Review mend: the partner after "through" or "via" is an adjunct; the company before it is the
# verb's subject, and the figure its own (a news story with no figure of its own beside it).
_THROUGH = [
    ("Cipher, through its joint venture partner WindHQ, mined 150 BTC in May.", {"150"}),
    ("Cipher, via its hosting partner Acme Hosting, produced 150 BTC in May.", {"150"}),
    # near misses: the partner the subject, its role before or after its name
    ("Cipher's joint venture partner WindHQ mined 150 BTC in May.", set()),
    ("WindHQ, Cipher's joint venture partner, mined 150 BTC in May.", set()),
]


@pytest.mark.parametrize(("text", "expected"), _THROUGH)
def test_a_figure_made_through_a_partner_is_the_companys(text: str, expected: set[str]) -> None:
    found = extract_text(text, published=dt.date(2025, 6, 10), entity="CIFR")
    assert {str(item.value) for item in found if item.metric == "btc_produced"} == expected
