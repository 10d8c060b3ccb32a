"""A production figure printed without its unit: "it produced 569 in December 2025".

Rewrites drop the unit when a link's text is lost ("announced … that it produced 569\\nin
December 2025, pushing its total holdings above 7,500 BTC"), and headlines write "mined 450
in May". In a sentence about bitcoin (the family's gate), a bare number right after a
production verb and right before a period phrase is that period's production: nothing else
("569 miners", "$569", "569 PH/s") sits between the verb, the number and the period.
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

BARE_PRODUCTION: Gated = [
    (
        any_of("produced ", "mined "),
        re.compile(
            rf"\b(?:produced|mined|self-mined)\s+{LEADING}{APPROX}(?P<qty>{NUMBER}){_PERIOD_AFTER}",
            _I,
        ),
    ),
]
