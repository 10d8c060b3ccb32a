"""Bitcoin produced beside another coin: "produced 779 ethereum and 79 bitcoins in the period".

Miners of several coins list them together after one verb. The bitcoin figure is the one whose
own unit is bitcoin; the other coins (ether, litecoin, dogecoin …) are not tracked, and they
stand between the verb and the bitcoin, so the verb pattern of `treasury_produced` never reaches
it. The other coins may be one or a comma list ("mined 1,200 ETH, 40,000 DOGE and 79 BTC").
"""

from __future__ import annotations

import re

from .gates import any_of
from .numbers import APPROX, BTC_QTY, NUMBER
from .treasury_phrases import Gated

_I = re.IGNORECASE

# The coins other miners produce (names and tickers); "bitcoin cash" is another coin too.
_OTHER_COINS = (
    "ethereum",
    "ether",
    "eth",
    "ethereum classic",
    "etc",
    "litecoin",
    "ltc",
    "dogecoin",
    "doge",
    "bitcoin cash",
    "bch",
    "kaspa",
    "kas",
    "zcash",
    "zec",
    "filecoin",
    "fil",
    "monero",
    "xmr",
    "dash",
    "ravencoin",
    "rvn",
    "chia",
    "xch",
)
_OTHER_COIN = (
    r"(?:"
    + "|".join(sorted((re.escape(c).replace(r"\ ", r"\s+") for c in _OTHER_COINS), key=len)[::-1])
    + r")\b(?:\s*\([A-Za-z]{2,5}\))?"
)
_OTHER_FIGURE = rf"{APPROX}{NUMBER}\s+{_OTHER_COIN}"

OTHER_COINS_PRODUCED: Gated = [
    (
        any_of(*(f" {coin} and " for coin in _OTHER_COINS), *(f"{c}) and " for c in _OTHER_COINS)),
        re.compile(
            r"\b(?:produced|mined|self-mined|generated|earned|minted)\s+"
            rf"{_OTHER_FIGURE}(?:,\s+{_OTHER_FIGURE}){{0,3}},?\s+and\s+{BTC_QTY}(?!\s+cash\b)",
            _I,
        ),
    ),
]

# "a total of 613.2 bitcoins and 11,738.8 ETH held as treasury assets", "1,038 BTC and 20,508
# ETH held in its treasury": the coins held, bitcoin first, another coin between it and the verb
# (not "held by clients" or "for customers": the company's own coins only).
OTHER_COINS_HELD: Gated = [
    (
        any_of(*(f" {coin} held" for coin in _OTHER_COINS), *(f"{c}) held" for c in _OTHER_COINS)),
        re.compile(
            rf"{BTC_QTY}\s+and\s+{_OTHER_FIGURE}\s+held\b"
            r"(?!\s+(?:by|for|on\s+behalf|at\s+(?:exchanges?|clients?|customers?))\b)",
            _I,
        ),
    ),
]

# "the company held 20,030 Ethereum (ETH) with a current value of about US$69 million, and 320
# Bitcoin (BTC)": the other coin first, right after the verb, its worth told in an aside; the
# bitcoin after "and" is the holding (README rule 12: its total as stated).
# "… holds 2,000 ETH and 320 BTC for the company's clients": coins kept for others, not owned
_NOT_FOR_CLIENTS = (
    r"(?![^.;]{0,60}?\b(?:for|on\s+behalf\s+of)\b[^.;]{0,40}?\b(?:clients?|customers?)\b)"
)
_WORTH_ASIDE = r"(?:\s+(?:with|worth|valued)\b(?:[^.;]|\.\d){0,80}?)?"
OTHER_COINS_FIRST_HELD: Gated = [
    (
        any_of(*(f" {coin} " for coin in _OTHER_COINS), *(f"({c})" for c in _OTHER_COINS)),
        re.compile(
            rf"\b(?:held|holds|holding|owned|owns)\s+{_OTHER_FIGURE}{_WORTH_ASIDE},?\s+and\s+"
            rf"{BTC_QTY}(?!\s+cash\b){_NOT_FOR_CLIENTS}",
            _I,
        ),
    ),
    # An investor blog's "holds 235.9 in Ethereum and 47.6 in Bitcoin": each count "in" its
    # coin, the other coin first (a dollar sum "$4.5 million in bitcoin" has its sign, and a
    # count alone "in Bitcoin", with no other coin so counted beside it, is not read).
    (
        any_of(*(f" in {coin} and " for coin in _OTHER_COINS)),
        re.compile(
            rf"\b(?:held|holds|holding|owned|owns)\s+{APPROX}{NUMBER}\s+in\s+{_OTHER_COIN},?\s+"
            rf"and\s+{APPROX}(?P<qty>{NUMBER})\s+in\s+(?:bitcoins?|btc)\b{_NOT_FOR_CLIENTS}",
            _I,
        ),
    ),
]
