"""Which treasury figure families a sentence needs read: one cheap look at its lowercase.

Every figure pattern of the sold, produced and held families binds a number (its `qty` group
opens with a digit), and all but two kinds bind it to a bitcoin unit ("sold 475 BTC"). So a
sentence is read for a family only when it holds what that family's matches must hold:

- a BTC quantity ("475 BTC", "1,200 bitcoin", "₿ 35", "sold BTC 1,500"): every family;
- no quantity, but a digit: the held family ("holdings reached 2,193.7", no unit), produced
  when a unit-less production phrase is there ("Bitcoin production grew to 1,957"), sold when
  " sales " or " sold " is ("sales of 300 during the month");
- no digit at all: no family (no `qty` can match).

The answer only ever skips work: a family that runs still decides every figure with its own
patterns and guards, so a sentence this keeps reads exactly as before.
"""

from __future__ import annotations

import re

from .gates import opens, sentence_gate
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD
from .skipping import skipping
from .treasury_produced import UNITLESS_PRODUCTION

# A number beside a bitcoin unit, the words allowed between ("mined", "self-mined", "of its")
# included: every unit-bound figure pattern holds one.
_QUANTITY = skipping(re.compile(
    r"\dk?\+?(?:\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰*]+)?\s*"  # ("635+ BTC", "25k btc": as BTC_QTY reads it)
    r"(?:(?:self-min\w*|(?:newly|new|freshly)[- ](?:mined|minted)|mined|minted|produced|gross|"
    r"net|new)\s+|"
    r"of\s+(?:its|the|the\s+company's)\s+)?(?:btc|bitcoin|₿|coins)"
    r"|(?:btc|₿) ?\d"  # "sold BTC 1,500"
    r"|\d in (?:btc|bitcoin)"  # "produced 616 in bitcoin" (a spun copy's unit)
))  # fmt: skip
# Words every match of `UNITLESS_PRODUCTION` holds.
_PRODUCTION_WORDS = sentence_gate("production", "output", "mined", "produced", "earned")
_DIGIT = re.compile(r"\d")  # what the `qty` groups' \d matches (any decimal digit)

_EVERY_FAMILY = (BTC_SOLD, BTC_PRODUCED, BTC_HELD)
_NO_FAMILY: tuple[str, ...] = ()


def has_quantity(lower: str) -> bool:
    """A BTC quantity in the lowercased sentence ("475 btc", "btc 1,500")."""
    return _QUANTITY.search(lower) is not None


def treasury_families(lower: str) -> tuple[str, ...]:
    """The figure families (metrics, in reading order) whose patterns may match in the
    lowercased sentence `lower`, a sentence that names bitcoin."""
    if _DIGIT.search(lower) is None:
        return _NO_FAMILY  # every family's figure is a number
    if has_quantity(lower):
        return _EVERY_FAMILY
    families = []
    if " sales " in lower or " sold " in lower:
        families.append(BTC_SOLD)
    if opens(_PRODUCTION_WORDS, lower) and UNITLESS_PRODUCTION.search(lower) is not None:
        families.append(BTC_PRODUCED)
    families.append(BTC_HELD)
    return tuple(families)
