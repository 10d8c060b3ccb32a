"""A share of the production sold, its coins named before the figure: "Of the mined BTC, the miner
sold 349 units of the assets to generate $10.1 million".

A sentence that opens on the period's production ("Of the mined BTC", "Out of the bitcoin it
produced in April") and then sells a number of it states the coins sold: the figure's unit is
the production's, though the sale's own words name none ("349 units", "349 of them", "349").
`treasury_sold` reads the same lead when it gives the production's size ("Of the 450 BTC mined
in May, 300 were sold"); this reads it without one. A share told as a percentage ("sold 60%")
or as money ("sold $10 million worth") is no coin count.
"""

from __future__ import annotations

import re

from .gates import any_of
from .numbers import APPROX, NUMBER
from .treasury_phrases import Gated

_COINS = r"(?:btc|bitcoins?|coins|production|output)"
# "Of the mined BTC", "Of its newly mined bitcoin", "Out of the bitcoin it produced in April",
# "Of the coins the company mined during the month", "Of its April production"
_LEAD = (
    r"\b(?:of|out\s+of)\s+(?:the|its|this|their)\s+(?:(?:month's|monthly|[a-z]+)\s+)?"
    rf"(?:(?:(?:newly|self)[- ]?)?(?:mined|produced|generated)\s+{_COINS}|"
    rf"{_COINS}\s+(?:(?:it|they|we|the\s+(?:company|firm|miner))\s+)?(?:(?:self-)?mined|"
    r"produced|generated|earned))"
    r"(?:\s+(?:in|during|for|over|last)\s+[^,;.]{2,25}?)?\s*,\s*"
)
# The seller (a short subject), then the verb and the count; not a share ("60%") or money.
_SALE = (
    r"(?:[^,;.$\d]{1,40}?\s)?(?:sold|liquidated|monetized|monetised|offloaded|"
    rf"sold\s+off)\s+{APPROX}(?P<qty>{NUMBER})(?!\s*(?:%|percent|per\s+cent|million|billion|"
    r"[mk]\b|x\b))"
)
SOLD_OF_MINED: Gated = [
    (
        # (the lead's production word, cheap to test before the pattern)
        any_of("mined ", "produced ", "generated ", "earned ", "production", "output"),
        re.compile(_LEAD + _SALE, re.IGNORECASE),
    ),
]
