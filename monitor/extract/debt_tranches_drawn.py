"""Tranches listed with their amounts, then told drawn in the next sentence: new debt each.

A filing (and news written from it) lists a loan's tranches by name with their amounts, and
says in the sentence after which were drawn: "structured as senior secured term loan
commitments totaling $35.5 million, split across three tranches: Tranche A-1 ($5.5 million),
Tranche A-3 ($11.5 million), and Tranche B ($18.5 million). Soluna drew on the first two
tranches at closing." A commitment is no new debt (README, decided case 19); a tranche drawn
is, at its amount (decided case 3: each instrument's principal). The next sentence picks the
tranches by their place in the list ("the first two tranches", "the first tranche") or by name
("Tranches A-1 and A-3 were funded at closing"), in the past tense; a draw to come ("expects to
draw", "remains available") picks none. The list's own sentence may say so too ("Tranche A-1
($5.5 million) and Tranche A-3 ($11.5 million) were drawn at closing").
"""

from __future__ import annotations

import re

from . import guards
from .folded import Folded

# The amount listed in brackets after a tranche's name: "Tranche A-1 ($5.5 million)".
_LISTED = Folded(r"\btranche\s+(?P<name>[a-z0-9](?:[\w-]{0,5}))\s*\(\s*$")
_ANY_LISTED = Folded(r"\btranche\s+[a-z0-9](?:[\w-]{0,5})\s*\(")
_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_DRAW_VERB = r"(?:drew|drawn|borrowed|funded|disbursed|advanced)"
# Picked by place: "drew on the first two tranches", "the first tranche was funded".
_BY_PLACE = Folded(
    rf"\b{_DRAW_VERB}\s+(?:down\s+)?(?:on\s+|under\s+)?(?:both\s+)?the\s+first\s+"
    r"(?:(?P<n>two|three|four|[234])\s+tranches|(?P<one>tranche))\b"
    r"|\bthe\s+first\s+(?:(?P<n2>two|three|four|[234])\s+tranches\s+(?:were|have\s+been|had\s+been)"
    r"|(?P<one2>tranche)\s+(?:was|has\s+been|had\s+been))\s+(?:fully\s+)?"
    rf"{_DRAW_VERB}\b"
)
# Picked by name: "Tranches were drawn", "drew Tranche A-1 and Tranche A-3".
_BY_NAME = Folded(
    r"\btranches?\s+(?P<names>[a-z0-9][\w-]{0,5}(?:\s*(?:,|and|&)\s*(?:tranche\s+)?"
    r"[a-z0-9][\w-]{0,5}){0,3})\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    rf"(?:fully\s+)?{_DRAW_VERB}\b"
)
_NAME = re.compile(r"[A-Za-z0-9][\w-]{0,5}")
_NEXT_REACH = 300
# The next sentence after a tranche list, as far as its end (bounded).
_NEXT_SENTENCE = re.compile(r"\s{0,3}[^.!?]{0,280}")


def tranche_drawn_next(
    text: str, start: int, end: int, document: str | None, segment_end: int
) -> bool:
    """Is the amount at `start`–`end` of `text` (a sentence ending at `segment_end` of
    `document`) a listed tranche that the next sentence says was drawn?"""
    listed = _LISTED.search(text, max(0, start - 30), start)
    if listed is None or not text[end : end + 3].lstrip().startswith(")"):
        return False
    if _drawn_here(text, start, end):
        return True
    if document is None:
        return False
    following = document[segment_end : segment_end + _NEXT_REACH]
    said = _NEXT_SENTENCE.match(following).group()  # (it matches every text, if only empty)
    if "ranche" not in said:
        return False  # cheap gate
    place = sum(1 for _ in _ANY_LISTED.finditer(text, 0, listed.start()))  # 0: the first
    by_place = _BY_PLACE.search(said)
    if by_place is not None and not guards.is_hypothetical(said, by_place.start()):
        count = by_place["n"] or by_place["n2"]
        return place < (_COUNTS[count.lower()] if count else 1)
    by_name = _BY_NAME.search(said)
    if by_name is None or guards.is_hypothetical(said, by_name.start()):
        return False
    names = {name.lower() for name in _NAME.findall(by_name["names"])} - {"and", "tranche"}
    return listed["name"].lower() in names


# The list's own sentence says it was drawn: "Tranche A-1 ($5.5 million) and Tranche A-3
# ($11.5 million) were drawn at closing", "Soluna drew Tranche A-1 ($5.5 million) and Tranche
# A-3 ($11.5 million)": only other listed tranches stand between the amount and the verb.
_OTHER_LISTED = r"tranche\s+[a-z0-9][\w-]{0,5}\s*\([^()]{1,30}\)"
_DRAWN_AFTER = Folded(
    rf"\s*\)(?:\s*(?:,|and|&|,\s*and)\s*{_OTHER_LISTED})*\s+(?:were|was|have\s+been|"
    rf"has\s+been|had\s+been)\s+(?:fully\s+)?{_DRAW_VERB}\b"
)
_DRAWN_BEFORE = Folded(
    rf"\b{_DRAW_VERB}\s+(?:down\s+)?(?:on\s+|under\s+)?(?:{_OTHER_LISTED}\s*(?:,|and|&|,\s*and)"
    r"\s*){0,3}tranche\s+[a-z0-9][\w-]{0,5}\s*\(\s*$"
)
_HERE_REACH = 160


def _drawn_here(text: str, start: int, end: int) -> bool:
    drawn = _DRAWN_AFTER.match(text, end, end + _HERE_REACH) or _DRAWN_BEFORE.search(
        text, max(0, start - _HERE_REACH), start
    )
    return drawn is not None and not guards.is_hypothetical(text, drawn.start())
