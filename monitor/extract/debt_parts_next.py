"""A part of a debt total, named in the sentence after the total.

"… continues to grapple with significant overall debt, approximating $290 million. This
comprises a notable $150-million convertible note arranged in June": the note is a named
instrument's balance inside the stated total (README decided case 3: every stated balance is
labelled, each part and the total). The sentence opens on "This/It/That comprises/includes/
consists of", the amount is an instrument's ("$150-million convertible note"), and the sentence
before states a debt balance.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX, Money
from .sentences import sentence_before

_OPENS = Folded(
    r"^\s*(?:this|it|that|the\s+(?:total|debt|balance))\s+(?:comprises|includes|consists\s+of|"
    r"is\s+made\s+up\s+of)\s+(?:(?:an?|the|its|notable|significant|large|sizable|sizeable)\s+)*"
    rf"{APPROX}$"
)
# The amount is an instrument's: "$150-million convertible note", "$20 million of term loans".
_INSTRUMENT_AFTER = Folded(
    r"\s*(?:(?:in|of)\s+)?(?:[\w%.-]+\s+){0,3}?(?:notes?|loans?|facility|debentures|bonds|"
    r"borrowings|credit\s+line|line\s+of\s+credit)\b"
)
# The sentence before states a debt balance: "overall debt, approximating $290 million".
_BALANCE_BEFORE = Folded(
    r"\b(?:debt|borrowings|indebtedness|loans|outstanding)\b[^.;]{0,60}?\$|"
    r"\$[^.;]{0,40}?\b(?:of|in)\s+(?:total\s+|outstanding\s+)?(?:debt|borrowings|indebtedness)\b"
)
_REACH = 300


def part_named_next(text: str, money: Money, whole: str | None, start: int) -> bool:
    """Is `money` (in `text`, a sentence starting at `start` of `whole`) an instrument's part of
    the debt total the sentence before stated (see the module docstring)?"""
    if whole is None or money.start > 80 or not _OPENS.match(text[: money.start]):
        return False
    if not _INSTRUMENT_AFTER.match(text, money.end, money.end + 60):
        return False
    return _BALANCE_BEFORE.search(sentence_before(whole, start, _REACH)) is not None
