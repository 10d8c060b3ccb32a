"""An offering's final size, told as priced, in a story that says the offering closed.

"Core Scientific has repaid $267 million in debt using proceeds from its recently closed
convertible senior notes offering. … The company initially proposed a $350 million offering,
which was increased to $400 million of convertible senior notes", "… reduced its debt by $267
through recent convertible senior notes offering. The company's $400 million offering, which
was upsized from the initial $350 million, was announced and priced …": the story names the
offering closed (or its proceeds spent) in one sentence and its size in another. The final
size (upsized to, increased to) is the notes issued (README: notes offerings closed, the total
principal); the initial size is not.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX, Money

# The final size before the amount: "which was increased to $400 million of … notes".
_RESIZED_TO = Folded(rf"\b(?:increased|upsized|raised|expanded|enlarged)\s+to\s+{APPROX}$")
_NOTES_AFTER = Folded(r"\s+(?:of|in)\s+(?:[\w%.-]+\s+){0,3}?notes\b")
# The final size named, then its upsizing: "$400 million offering, which was upsized from".
_UPSIZED_FROM_AFTER = Folded(
    r"\s+(?:[\w-]+\s+){0,3}?offering,?\s+(?:which\s+(?:was|had\s+been)\s+)?upsized\s+from\b"
)
# The story says the notes offering closed, or spent its proceeds, with no size of its own.
_CLOSED_ELSEWHERE = Folded(
    r"\b(?:recently\s+closed|recent|completed|closed)\s+(?:[\w-]+\s+){0,4}?notes\s+offering\b"
    r"(?!\s+of\s+\$)"
)
_CUE = Folded(r"\b(?:upsized|increased|raised|expanded|enlarged)\b")


def final_size_of_closed_offering(text: str, money: Money, whole: str | None) -> bool:
    """Is `money` the final size of a notes offering the story says closed (see docstring)?"""
    if whole is None or _CUE.search(text) is None:
        return False  # cheap gate: no resizing word in the sentence
    before = text[max(0, money.start - 60) : money.start]
    resized = bool(_RESIZED_TO.search(before) and _NOTES_AFTER.match(text, money.end))
    if not resized and not _UPSIZED_FROM_AFTER.match(text, money.end):
        return False
    return offering_closed(whole)


def offering_closed(whole: str) -> bool:
    """Does the story call a notes offering recent, completed or closed (no size beside it)?"""
    return _CLOSED_ELSEWHERE.search(whole) is not None
