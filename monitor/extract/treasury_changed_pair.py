"""Two subjects' changes told "respectively" with their levels: "… revenue and Bitcoin mined
increased 41% and 35% Q/Q, respectively, to $6.9 Million and 246 BTC".

Results releases pair a money figure with the production: the coins are the level of the
production subject, whichever side of the pair it stands on; the money figure is revenue (no
treasury metric). Only a level in coins is read, and only for a production subject.
"""

from __future__ import annotations

import re

from .gates import any_of
from .numbers import APPROX, BTC_QTY, NUMBER
from .treasury_phrases import Gated

_I = re.IGNORECASE

_PRODUCTION = (
    r"(?:self-mined\s+)?(?:bitcoins?|btc)\s+(?:mined|produced|production|output)|"
    r"(?:bitcoin|btc)\s+(?:mining\s+)?(?:production|output)"
)
_CHANGE = (
    r"(?:increased|decreased|rose|grew|fell|declined|dropped|jumped|climbed|surged|were\s+up|"
    r"were\s+down)"
)
# The changes and the word "respectively" (bounded, one clause), then "to".
_CHANGES_TO = rf"\s+{_CHANGE}\b(?:[^.;$]|\.(?=\d)){{0,60}}?,?\s+respectively,?\s+to\s+"
_MONEY = rf"(?:US)?\$\s?{NUMBER}(?:\s*(?:million|billion|thousand|[MBK])\b)?"

CHANGED_PAIR: Gated = [
    # "… revenue and Bitcoin mined increased 41% and 35%, respectively, to $6.9 Million and 246 BTC"
    (
        any_of("respectively"),
        re.compile(
            rf"\band\s+(?:{_PRODUCTION}){_CHANGES_TO}{APPROX}{_MONEY}\s+and\s+{BTC_QTY}", _I
        ),
    ),
    # "Bitcoin mined and revenue increased 35% and 41%, respectively, to 246 BTC and $6.9 million"
    (
        any_of("respectively"),
        re.compile(
            rf"\b(?:{_PRODUCTION})\s+and\s+[^.;$\d]{{3,40}}?{_CHANGES_TO}{BTC_QTY}(?=\s+and\s+"
            rf"{APPROX}{_MONEY})",
            _I,
        ),
    ),
]
