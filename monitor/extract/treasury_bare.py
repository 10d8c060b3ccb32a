"""A production figure printed without its unit: "it produced 569 in December 2025".

Rewrites drop the unit when a link's text is lost ("announced … that it produced 569\\nin
December 2025, pushing its total holdings above 7,500 BTC"), and headlines write "mined 450
in May"; a spun copy writes "produced 616 in bitcoin". In a sentence about bitcoin (the
family's gate), a bare number right after a production verb and right before a period phrase
is that period's production: nothing else ("569 miners", "$569", "569 PH/s") sits between the
verb, the number and the period.
"""

from __future__ import annotations

import re

from .folded import MONTH_WORD
from .gates import any_of
from .numbers import APPROX, NUMBER
from .treasury_phrases import LEADING, Gated

_I = re.IGNORECASE

# The period right after the number ("in December 2025", "during Q3", "in the third quarter").
_PERIOD_AFTER = (
    rf"(?=\s+(?:in|during)\s+(?:{MONTH_WORD}\b|q[1-4]\b|(?:fiscal\s+)?(?:19|20)\d\d\b|"
    r"the\s+(?:first|second|third|fourth)\s+quarter\b))"
)

# "produced 616 in bitcoin in Q3" (a spun copy of "616 bitcoin"): the coins told as what the
# number is in. Not money ("$616", "616 million" never sit right after the verb) nor what is
# measured in bitcoin ("616 in bitcoin revenue", "in bitcoin terms").
_IN_COINS = (
    r"(?=\s+in\s+(?:bitcoins?|btc)\b(?![\s-]+(?:mining|miners?|revenues?|terms|value|"
    r"equivalents?|prices?|rewards?|network|hash\w*|fees|sales|holdings|treasury)\b))"
)

BARE_PRODUCTION: Gated = [
    (
        any_of(" in bitcoin", " in btc"),
        re.compile(
            rf"\b(?:produced|mined|self-mined|generated|earned)\s+{LEADING}{APPROX}(?P<qty>{NUMBER})"
            rf"(?!\s*(?:%|million|billion|thousand|[mkb]n?\b)){_IN_COINS}",
            _I,
        ),
    ),
    (
        any_of("produced ", "mined "),
        re.compile(
            rf"\b(?:produced|mined|self-mined)\s+{LEADING}{APPROX}(?P<qty>{NUMBER}){_PERIOD_AFTER}",
            _I,
        ),
    ),
]
