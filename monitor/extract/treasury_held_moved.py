"""A holding reached by a change, told the ways news copy tells it.

"The liquidation … reduced holdings to 18,005 BTC from 19,368", "Cango's bitcoin holdings
dropped by about 60% to just over 3,000 BTC", "BTC inventory increased by 13% since March 31,
2020, to 929 BTC as of April 30, 2020": the level after "to" is the balance (README, decided
cases 14 and 20: a bound keeps its number). `treasury_held` reads the plain change ("holdings
fell 7% to …"); these add a sale or purchase acting on the holdings as its object ("reduced
holdings to"), a hedged change ("by about 60%") and the change's starting date ("since
March 31, 2020,") between the change and its level, or a comma and "up" ("by 5 %, up to
10,928 BTC"). Not a level: "reduced its holdings by 500 BTC" (the change), "reduced holdings
to 5% of assets" (no coins).

Also a balance-sheet summary's "Bitcoin with a carrying value of $1.11 billion (16,331
Bitcoin)" after a holding verb: the coins counted in brackets after the holding's value.
"""

from __future__ import annotations

import re

from .gates import any_of
from .numbers import BTC_QTY
from .treasury_phrases import LEADING, Gated

_NOUN = r"(?:holdings|treasury|reserves?|inventory|stash|stack|hoard)"
_OWNER = r"(?:(?:its|their|our|the\s+company['’]s|the\s+firm['’]s|[A-Z][\w&.-]*['’]s)\s+)?"
_HEDGE = (
    r"(?:(?:about|approximately|roughly|around|nearly|almost|some|over|more\s+than|"
    r"just\s+over)\s+)?"
)
# The verbs a deed acts on the holdings with ("the sale reduced holdings to …").
_ACTED = (
    r"(?:reduced|reducing|cut|cutting|trimmed|trimming|lowered|lowering|shrank|shrinking|"
    r"increased|increasing|boosted|boosting|raised|raising|lifted|lifting|grew|growing|"
    r"expanded|expanding)"
)
_MOVED = (
    r"(?:increased|rose|grew|climbed|expanded|jumped|decreased|fell|declined|dropped|shrank|"
    r"slipped|sank|tumbled|plunged|plummeted|(?:was|were)\s+(?:reduced|cut|trimmed))"
)
# "by about 60%", "by 13%", then the change's starting date: "since March 31, 2020,"
_BY_SHARE = rf"\s+by\s+{_HEDGE}\d+(?:\.\d+)?\s?%"
_SINCE = r"(?:\s+since\s+[A-Za-z]+\.?(?:\s+\d{1,2})?,?(?:\s+\d{4})?,?)?"
_TO_LEVEL = rf"\s+to\s+{LEADING}{BTC_QTY}"
_VALUE = r"(?:US|C|A)?\$\s?[\d.,]+\s*(?:million|billion|[MB])?"  # "$1.11 billion"
HELD_MOVED: Gated = [
    # "reduced holdings to 18,005 BTC", "the purchase lifted its bitcoin treasury to 5,000 BTC"
    (
        any_of("holdings to", "treasury to", "reserves to", "reserve to", "inventory to",
               "stash to", "stack to", "hoard to"),
        re.compile(
            rf"\b{_ACTED}\s+{_OWNER}(?:total\s+)?(?:(?:bitcoin|BTC)\s+)?{_NOUN}{_TO_LEVEL}",
            re.IGNORECASE,
        ),
    ),
    # "holdings dropped by about 60% to just over 3,000 BTC", "BTC inventory increased by 13%
    # since March 31, 2020, to 929 BTC"
    (
        any_of("% to", "%, to", "% since"),
        re.compile(
            rf"\b{_NOUN}\s+(?:have\s+|has\s+)?{_MOVED}{_BY_SHARE}{_SINCE}{_TO_LEVEL}",
            re.IGNORECASE,
        ),
    ),
    # "expanded its holdings by 5 %, up to 10,928 BTC", "holdings rose by 5%, up to …", "grew its
    # BTC treasury by 5%, to …": the change, a comma (and "up"), then the level
    (
        any_of("%, up to", "% up to", "%, to"),
        re.compile(
            rf"\b(?:{_ACTED}\s+{_OWNER}(?:total\s+)?(?:(?:bitcoin|BTC)\s+)?{_NOUN}|"
            rf"{_NOUN}\s+(?:have\s+|has\s+)?{_MOVED}){_BY_SHARE}(?:,\s*(?:up\s+)?|\s+up\s+)to\s+"
            rf"{LEADING}{BTC_QTY}",
            re.IGNORECASE,
        ),
    ),
    # "held substantial digital assets, including Bitcoin with a carrying value of $1.11
    # billion (16,331 Bitcoin)"
    (
        any_of("value of"),
        re.compile(
            r"\b(?:held|holds|holding|owned|owns)\b[^.;]{0,60}?\b(?:bitcoins?|BTC)\s+(?:with|having)"
            r"\s+an?\s+(?:carrying|fair|market|book)\s+value\s+of\s+" + _HEDGE + _VALUE
            + rf"\s*\(\s*{BTC_QTY}\s*\)",
            re.IGNORECASE,
        ),
    ),
]  # fmt: skip
