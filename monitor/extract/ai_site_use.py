"""A site bought before its use is decided, and a build's running balance: not AI capex.

Reading rule: a careful analyst records a site's price as AI capex only when the text ties the
site to the AI build-out. When the text says the site suits either use ("well suited for either
hosting an HPC customer or mining bitcoin", "equally suited to bitcoin mining and HPC"), the
purchase is a site bought, its use to come: not AI capex. Nor is a construction-in-progress
amount "recorded … as of June 30": a balance built up to a date, not a period's spending
(README, What is NOT labelled: cumulative totals).

Still capex: a site bought for the AI build ("acquired the site for $40 million to build an HPC
data center"), in a document that names no second use.
"""

from __future__ import annotations

from .document_words import found_at_words
from .folded import Folded
from .gates import any_of
from .per_document import remembered

# "suited for either hosting a large HPC customer or mining bitcoin", "equally well-suited for
# HPC infrastructure and Bitcoin mining", "flexibility to serve bitcoin mining or AI"
_EITHER_USE = Folded(
    r"\b(?:suit\w*|fit|ideal\w*|flexib\w*|optionality|either)\b[^.;]{0,50}?"
    r"(?:\b(?:AI|HPC|high[- ]performance\s+comput\w*|data\s+cent(?:er|re)s?)\b[^.;]{0,50}?"
    r"\b(?:or|and)\s+(?:for\s+)?(?:\w+\s+){0,2}?(?:bitcoin\s+)?mining|"
    r"\b(?:bitcoin\s+)?mining\b[^.;]{0,40}?\b(?:or|and)\s+(?:for\s+)?(?:\w+\s+){0,2}?"
    r"(?:AI|HPC|high[- ]performance\s+comput\w*))\b"
)
_EITHER_GATE = any_of("suit", "fit", "ideal", "flexib", "optionality", "either")
_SITE_PRICE_BEFORE = Folded(
    r"\b(?:site|property|campus|facility|land)\b[^.;$]{0,60}?\bfor\s+(?:a\s+(?:total\s+)?"
    r"(?:purchase\s+)?(?:price|cost|consideration)\s+of\s+)?(?:approximately\s+|about\s+)?$|"
    r"\b(?:acquir\w*|purchas\w*|bought|buy\w*)\s+(?:[\w-]+\s+){0,4}?(?:site|property|campus|"
    r"facility|land)\b[^.;$]{0,60}$"
)
# "has recorded approximately $20 million in construction-in-progress … as of June 30"
_BALANCE_AROUND = Folded(r"\bconstruction[- ]in[- ]progress\b|\bCIP\b")
_REACH = 90
_AFTER = 100


@remembered
def is_either_use_document(document: str) -> bool:
    """Does `document` say a site suits either AI/HPC or bitcoin mining? (Each match opens with
    a word of `_EITHER_GATE`: tried only where those stand, `document_words`, not by lowering
    and scanning all of the document.)"""
    found = found_at_words(_EITHER_USE, _EITHER_GATE, document)
    if found is None:  # (letters whose lowercase moves offsets)
        return _EITHER_GATE.search(document.lower()) is not None and bool(
            _EITHER_USE.search(document)
        )
    return found


def is_not_build_spend(text: str, start: int, end: int, document: str | None) -> bool:
    """Is the amount at `text[start:end]` a site bought for a use not yet decided, or a
    construction-in-progress balance?"""
    head = max(0, start - _REACH)
    if _BALANCE_AROUND.search(text, head, min(len(text), end + _AFTER)):
        return True
    if document is None or _SITE_PRICE_BEFORE.search(text, head, start) is None:
        return False
    return is_either_use_document(document)
