"""A figure's verb whose subject is another company the miner list does not know.

Reading rule: in news about several companies a figure belongs to the subject of its verb.
"Treasury firm Sequans sold 970 BTC", "Japanese company Metaplanet holds 30,000 BTC",
"Acme Holdings (NASDAQ: ACME) mined 300 BTC" in a story about another miner tell what that
other company did, though no known miner is named (`entities` decides for the names it knows).
A bare capitalised name is not enough (headlines capitalise every word, and a subsidiary such
as "Peak Mining" mines for its parent): the subject must be introduced as a company of its own,
by a descriptor before its name ("treasury firm", "rival", "miner") or its own exchange ticker
after it, and be none of the entity's names (nor "its subsidiary …").
Only for an entity whose names are known: an unknown entity may be called anything.
"""

from __future__ import annotations

import re

from .entities import MINER_NAME, MINERS, ticker_of
from .skipping import skipping

# (a weekday, a month or a title after the noun is a date or a person, not a company's name:
# "the company Tuesday sold", "the company CEO said")
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|CEO|CFO|COO)\b)"
)
_NAME = _NOT_A_NAME + r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,3})"
# (a few adverbs may stand between the subject and its verb)
_ADVERBS = (
    r"(?:(?:also|has|have|had|reportedly|recently|previously|then|just|now|alone|itself)\s+){0,2}$"
)
_DESCRIBED = skipping(
    re.compile(
        r"(?<![Ii]ts\s)(?<![Oo]ur\s)(?<!company['’]s\s)"
        r"\b(?:firm|company|miner|maker|manager|exchange|fund|provider|lender|holder|rival|peer|"
        r"competitor|giant|operator|developer|platform)\s+" + _NAME + r"\s+" + _ADVERBS
    )
)
_TICKERED = skipping(
    re.compile(
        _NAME + r"\s*\((?:NASDAQ|Nasdaq|NYSE|TSX|TSXV|TSX-V|OTC\w*|ASX|LSE|AIM|Euronext|HKEX|"
        r"CSE|NEO)\s*:\s*(?P<ticker>[A-Z0-9.]{1,8})\)\s*,?\s+" + _ADVERBS
    )
)
_KNOWN = skipping(re.compile(MINER_NAME))
_REACH = 120


def is_named_other(text: str, position: int, entity: str | None) -> bool:
    """Is the verb at `position` said of a company introduced as one, not `entity`?"""
    if not entity:
        return False
    own = ticker_of(entity)
    if own not in MINERS:
        return False  # (an unknown entity may go by any name)
    window = max(0, position - _REACH)
    found = _DESCRIBED.search(text, window, position) or _TICKERED.search(text, window, position)
    if found is None:
        return False
    if "ticker" in found.re.groupindex and ticker_of(found["ticker"]) == own:
        return False
    name = found["name"]
    if _KNOWN.search(name) is not None:
        return False  # a known miner's name decides elsewhere (`entities`)
    upper = name.upper()
    return not (upper.startswith(entity.strip().upper()) or upper.startswith(own))
