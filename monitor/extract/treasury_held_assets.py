"""Bitcoin held, told as the digital assets held: "Digital assets held at quarter-end were
49,951 bitcoin (fair value $5.35 billion)".

A summary of a filing names the balance-sheet line ("digital assets held", "crypto assets
held") and then counts it in bitcoin: the count is the holding (README, decided case 12: the
holding as stated). Only when the coins are named after the figure: the line's dollar value
("Digital assets held were $5.35 billion") is no count of coins, and assets held for clients
("digital assets held for customers", "held by custodians on behalf of") are not the company's.
"""

from __future__ import annotations

import re

from .gates import any_of
from .numbers import BTC_QTY
from .treasury_phrases import LEADING, Gated

HELD_ASSETS: Gated = [
    (
        any_of("assets held"),
        re.compile(
            r"\b(?:digital|crypto(?:currency)?|cryptocurrency)\s+assets\s+held\b"
            r"(?!\s+(?:for|on\s+behalf|in\s+trust)\b)(?!\s+by\s+(?!the\s+end))"
            r"(?:\s+(?:at|as\s+of|on|by)\s+[^.;$\d]{2,30}?(?:\s+\d{1,2},?\s+\d{4})?)?\s+"
            r"(?:was|were|totaled|totalled|stood\s+at|amounted\s+to|came\s+to|reached)\s+"
            rf"{LEADING}{BTC_QTY}",
            re.IGNORECASE,
        ),
    ),
    (
        # "As at 31 December 2022, digital assets comprised 141 Bitcoin equivalents": a filing's
        # note counting the balance-sheet line in coins (the line itself, not assets held for
        # others: "digital assets held for customers comprised …" never joins the verb)
        any_of("assets comprised", "assets consisted"),
        re.compile(
            r"\b(?:digital|crypto(?:currency)?|cryptocurrency)\s+assets\s+"
            rf"(?:comprised|consisted\s+of)\s+{LEADING}{BTC_QTY}",
            re.IGNORECASE,
        ),
    ),
]
