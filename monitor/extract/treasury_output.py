"""A production change told with the level it reached: "output fell 7% year on year to 8,799 BTC".

Releases and rewrites report production as a change and then its level: "Increased Bitcoin
production by 21% month-over-month, reaching a record 825 BTC", "its 2025 mining output fell
7% year on year to 8,799 BTC", "a 129% increase in Bitcoins mined compared to Q2 2021,
totaling 251.68 BTC". The level is the period's production. The change may come before the
production noun ("increased production by …", "an increase in bitcoins mined") or after it
("production rose …"); between them and the level only a bounded stretch with no other coins
and no holding words. A comparison's "to" ("compared to 300 BTC") is never the level.
"""

from __future__ import annotations

import re

from .gates import any_of
from .numbers import BTC_QTY
from .treasury_phrases import LEADING, Gated

_I = re.IGNORECASE

# The production nouns ("mining output", "Bitcoins mined").
_NOUN = (
    r"(?:(?:bitcoin|btc|mining|self-mining)\s+)?(?:production|output)\b|"
    r"\b(?:bitcoins?|btc)\s+(?:mined|produced)\b"
)
# A change, as a verb or a noun.
_CHANGE = (
    r"(?:increas\w*|decreas\w*|rose|risen|rising|grew|grown|growing|growth|fell|fallen|falling|declin\w*|"
    r"drop\w*|jump\w*|climb\w*|surg\w*|slipp?\w*|dipp?\w*|gain\w*|boost\w*|lift\w*|rais\w*|"
    r"improv\w*|soar\w*|plung\w*|slump\w*|shr[ai]nk\w*|reduc\w*|down|up)"
)
# A stretch inside the clause with no other coins or holding words ("by 21% month-over-month",
# "7% year on year", "compared to Q2 2021", "vs. Q3 2023"); a decimal's dot and the dot of
# "vs." do not end it.
_GAP = (
    r"(?:(?!btc|bitcoin|coins|hold|reserve|treasur|balance|stack)"
    r"(?:[^.;$]|\.(?=\d)|(?<=\bvs)\.)){0,60}?"
)
# The level after the change: a participle after a comma, or "to" (not a comparison's).
_LEVEL = (
    r"(?:,\s+(?:reaching|hitting|totaling|totalling|amounting\s+to|for\s+a\s+total\s+of|"
    r"landing\s+at|coming\s+in\s+at|to\s+reach|to\s+hit)|"
    r"(?<!compared)(?<!relative)(?<!versus)(?<!opposed)(?<!contrast)(?<!comparison)(?<!\bup)\s+to)\s+"
)
# The change before the noun ("increased bitcoin production by 21%", "an increase in bitcoins
# mined") or after it ("production rose 21%").
_CHANGED_PRODUCTION = (
    rf"(?:\b{_CHANGE}\s+(?:in\s+|of\s+)?(?:its\s+|the\s+company['’]s\s+|our\s+|monthly\s+)?"
    rf"(?:{_NOUN})|(?:\b{_NOUN})\s+(?:\w+\s+){{0,2}}?{_CHANGE}\b)"
)

# "Acme's May output came to 120 BTC", "its production for the quarter was 1,200 BTC": the
# company's production noun (no "bitcoin" before it) with a linking verb and the coins.
_OWN_OUTPUT = (
    # ("Acme's April haul was 450 BTC", "its tally for May came in at 450 BTC": a rewrite's nouns)
    r"(?:['’]s|\bits|\btheir|\bour)\s+(?:[\w-]+\s+){0,3}?(?:production|output|haul|tally)\s+"
    r"(?:(?:for|in|during|over)\s+[^.;,$]{2,30}?\s+)?(?:was|were|came\s+(?:in\s+at|to)|totaled|"
    r"totalled|reached|amounted\s+to|stood\s+at|hit)\s+"
)

OUTPUT_LEVEL: Gated = [
    (
        any_of("production", "output", "haul", "tally"),
        re.compile(rf"{_OWN_OUTPUT}{LEADING}{BTC_QTY}(?!\s+(?:per|a|each)\s+day)", _I),
    ),
    (
        any_of("production", "output", "mined", "produced"),
        re.compile(
            rf"{_CHANGED_PRODUCTION}{_GAP}{_LEVEL}{LEADING}{BTC_QTY}(?!\s+(?:per|a|each)\s+day)",
            _I,
        ),
    ),
]
