"""A holding stated after an aside on its parts: "balance, including 2,000 loaned …, is 5,053".

Releases name what a balance includes between its noun and its verb: "Hut 8's Bitcoin balance
as of November 10, 2021, including 2,000 Bitcoin loaned as part of the Company's fiat yield
strategy, is approximately 5,053 Bitcoin", "Our bitcoin holdings, excluding 500 BTC pledged as
collateral, were 7,100 BTC". The figure after the verb is the holding (the aside's figure is a
part of it, README decided case 12, and is never read). A "current" balance is left to the
plain patterns: how a release dates its "current" balance is not settled by the aside.
"""

from __future__ import annotations

import re

from .gates import any_of
from .numbers import BTC_QTY
from .treasury_phrases import Gated

_I = re.IGNORECASE

# The holding's noun, with a date of its own ("balance as of November 10, 2021").
_NOUN = (
    r"\b(?:bitcoin|btc)\s+(?:balance|holdings|reserves?|treasury|stack|position)"
    r"(?P<dated>\s+(?:as\s+(?:of|at)|at|on)\s+(?:[^.;]|\.(?=\d)){3,30}?)?"
)
# The aside: a part named between commas (no sentence end, bounded).
_ASIDE = (
    r",\s+(?:including|excluding|inclusive\s+of|exclusive\s+of|of\s+which|comprising)\s+"
    r"(?:[^.;]|\.(?=\d)){3,100}?,\s+"
)
_VERB = (
    r"(?:is|was|are|were|stands\s+at|stood\s+at|totals|totaled|totalled|amounts\s+to|"
    r"amounted\s+to|came\s+to|reached)\s+"
)

HELD_AFTER_ASIDE: Gated = [
    (
        any_of("including", "excluding", "inclusive of", "exclusive of", "of which", "comprising"),
        re.compile(rf"(?<!current\s)(?<!currently\s){_NOUN}{_ASIDE}{_VERB}{BTC_QTY}", _I),
    ),
]
