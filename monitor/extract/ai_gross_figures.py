"""The megawatts a passage states as gross, and the same figure told elsewhere without the word.

"Cipher Mining secured a $5.5B 15-year AWS HPC lease for 300 MW … Deliver 300 MW gross to AWS";
"a 15-year lease for 300 megawatts of gross capacity". README decided case 44: `ai_capacity_mw`
records critical IT; a lease or site the passage calls gross is not labelled, also where
another sentence gives the same lease "for 300 MW" without the word: the passage has said which
kind of megawatt it is. A figure the passage never calls gross ("a lease for 300 MW", beside
"56 MW of gross capacity" at another site) is not touched.
"""

from __future__ import annotations

from decimal import Decimal

from .folded import Folded, lowered
from .per_document import remembered

# "300 MW gross", "300 megawatts of gross capacity", "300 MW (gross)", "gross capacity of 300 MW"
_GROSS_FIGURE = Folded(
    r"(\d[\d,.]*)\s*(?:MW|megawatts?)\s+(?:of\s+)?(?:\(\s*)?gross\b"
    r"|\bgross\s+(?:capacity\s+)?(?:of\s+)?(\d[\d,.]*)\s*(?:MW|megawatts?)\b"
)


def is_stated_gross(value: Decimal | float, document: str) -> bool:
    """Does `document` state `value` MW as gross?"""
    if "gross" not in lowered(document):
        return False  # cheap gate: most passages never say "gross"
    return value in _gross_figures(document)


@remembered  # (each figure of a document asks: its whole text is read once)
def _gross_figures(document: str) -> frozenset[Decimal]:
    """The MW figures `document` states as gross."""
    figures: set[Decimal] = set()
    for found in _GROSS_FIGURE.finditer(document):
        number = (found.group(1) or found.group(2)).replace(",", "").rstrip(".")
        try:
            figures.add(Decimal(number))
        except ArithmeticError:
            continue
    return frozenset(figures)
