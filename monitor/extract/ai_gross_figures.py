"""The megawatts a passage states as gross, and the same figure told elsewhere without the word.

"Cipher Mining secured a $5.5B 15-year AWS HPC lease for 300 MW … Deliver 300 MW gross to AWS";
"a 15-year lease for 300 megawatts of gross capacity". README decided case 44: `ai_capacity_mw`
records critical IT; a lease or site the passage calls gross is not labelled, also where
another sentence gives the same lease "for 300 MW" without the word: the passage has said which
kind of megawatt it is. A figure the passage never calls gross ("a lease for 300 MW", beside
"56 MW of gross capacity" at another site) is not touched, nor is one whose gross figure is told
of mining ("Its bitcoin mining fleet at Odessa draws 100 MW gross", "the Stingray site has 200 MW
gross of mining capacity"): the same number of a mining fleet says nothing of the lease.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .folded import Folded, lowercase_in_place, lowered
from .per_document import remembered

# "300 MW gross", "300 megawatts of gross capacity", "300 MW (gross)", "gross capacity of 300 MW"
_GROSS_FIGURE = Folded(
    r"(\d[\d,.]*)\s*(?:MW|megawatts?)\s+(?:of\s+)?(?:\(\s*)?gross\b"
    r"|\bgross\s+(?:capacity\s+)?(?:of\s+)?(\d[\d,.]*)\s*(?:MW|megawatts?)\b"
)
# Every character `_GROSS_FIGURE`'s first branch may read before its "gross" (in the lowercase
# it searches): digits, ",", ".", spaces, "(", and the letters of "mw", "megawatts", "of".
_BEFORE_GROSS_CHAR = re.compile(r"[\d,.\s(ofmegawts]")
# A gross figure's sentence about mining: the fleet's or a mining site's power, not a lease's
_MINING = Folded(r"\b(?:bitcoin|mining|miners?|self-mining|hash\s*rate|hashrate)\b")
_SENTENCE_REACH = 200


def is_stated_gross(value: Decimal | float, document: str) -> bool:
    """Does `document` state `value` MW as gross?"""
    return value in _gross_figures(document)


@remembered  # (each figure of a document asks: its whole text is read once)
def _gross_figures(document: str) -> frozenset[Decimal]:
    """The MW figures `document` states as gross."""
    if "gross" not in lowered(document):
        return frozenset()  # cheap gate: most passages never say "gross"
    figures: set[Decimal] = set()
    for found in _gross_matches(document):
        if _MINING.search(_sentence_around(document, found.start(), found.end())):
            continue  # "its bitcoin mining fleet draws 100 MW gross": not the lease's
        number = (found.group(1) or found.group(2)).replace(",", "").rstrip(".")
        try:
            figures.add(Decimal(number))
        except ArithmeticError:
            continue
    return frozenset(figures)


def _gross_matches(document: str) -> Iterator[re.Match[str]]:
    """What `_GROSS_FIGURE.finditer(document)` finds, tried only next to each "gross".

    A regex scan of a whole 50 KB document costs millions of instructions; every match holds
    one "gross", and its first branch reads only `_BEFORE_GROSS_CHAR`s before it (never the
    "r" of an earlier "gross"). So the leftmost match from a position is the first that
    `match` finds from the last such run before the next "gross", up to that "gross"."""
    lower = lowercase_in_place(document)
    if lower is None:  # (lowering moves offsets: the pattern's IGNORECASE scan, as it was)
        yield from _GROSS_FIGURE.finditer(document)
        return
    position = 0
    gross = lower.find("gross")
    while gross >= 0:
        start = gross
        while start > position and _BEFORE_GROSS_CHAR.match(lower, start - 1):
            start -= 1
        found = next(
            (m for at in range(start, gross + 1) if (m := _GROSS_FIGURE.match(document, at))),
            None,
        )
        if found is not None:
            yield found
            position = found.end()
        gross = lower.find("gross", max(position, gross + 1))


def _sentence_around(document: str, start: int, end: int) -> str:
    """The sentence (or line) of `document` around `start`..`end`, within a bounded reach."""
    head = document[max(0, start - _SENTENCE_REACH) : start]
    head = head[max(head.rfind(". "), head.rfind("\n")) + 1 :]
    tail = document[end : end + _SENTENCE_REACH]
    cuts = [at for at in (tail.find(". "), tail.find("\n")) if at >= 0]
    return head + document[start:end] + (tail[: min(cuts)] if cuts else tail)
