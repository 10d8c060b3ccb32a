"""A document that reports an analyst's rating or price target: its company's deals are reasons.

Reading rule: "BTIG has raised its price target for Core Scientific to $15 from $10, citing new
data center contracts … Meanwhile, Core Scientific announced a 200MW HPC contract with
CoreWeave" is the bank's note. The contracts it cites were announced before it, as the
background of the rating change (README, decided case 1): no `contract_signed` of the note's
month. What the note states of the company's capacity is still read. The note is known by its
lead: the first sentence (and headline) tells a rating action.
"""

from __future__ import annotations

import functools
import re

from .folded import Folded

# "has raised its price target for …", "JPMorgan raised its ratings on two US bitcoin miners",
# "upgraded Cipher Mining to Overweight", "initiates coverage of IREN with a Buy rating".
_RATING_ACTION = Folded(
    r"\b(?:rais(?:ed|es)|lift(?:ed|s)|boost(?:ed|s)|hik(?:ed|es)|lower(?:ed|s)|cut(?:s)?|"
    r"trimm(?:ed|s)|reiterat(?:ed|es)|maintain(?:ed|s)|set|sets)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:price\s+targets?|target\s+prices?|ratings?)\b|"
    r"\b(?:upgrad|downgrad)(?:ed|es)\s+[^.\n]{1,60}?\bto\s+(?:an?\s+)?(?:buy|outperform|"
    r"overweight|neutral|hold|sell|underperform|underweight|market\s+perform|equal[- ]weight)\b|"
    r"\binitiat(?:ed|es)\s+coverage\s+(?:of|on)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_LEAD = 400
_HEADLINE = 150  # (a first line this short with no full stop is a headline)


@functools.lru_cache(maxsize=8)  # (asked once per milestone sentence of a document)
def is_analyst_note(document: str | None) -> bool:
    """Does `document` open with an analyst's rating action (see above)? Its lead is the first
    sentence, after a headline line if there is one: a release that tells the rating change
    after its own news ("… signed a lease. Following the news, Needham raised its price
    target") is no note."""
    if not document:
        return False
    first = _SENTENCE_END.search(document, 0, _LEAD)
    end = _LEAD if first is None else first.end()
    if first is not None and first.group() == "\n" and end <= _HEADLINE:
        following = _SENTENCE_END.search(document, end + 1, end + _LEAD)
        end = end + _LEAD if following is None else following.end()
    return _RATING_ACTION.search(document, 0, end) is not None
