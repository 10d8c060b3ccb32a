"""Coins mined "as of" a day, with no period named: a running total, not a period's flow.

"As of May 24, 2018, Hut 8 has mined in excess of 1,300 Bitcoin" counts every coin mined up
to that day (since operations began): no month, quarter or year is its period, so it is not
labelled (README, "What is NOT labelled": totals since a start). Read as the publication
month's production it would be a false figure many times the month's real output.

The test: a day named "as of" / "as at" in the clause before the figure, the figure's verb in
the present perfect ("has mined", "have now produced"), and no period after the figure ("…
1,300 BTC in May", "… during the quarter" keep their period).
"""

from __future__ import annotations

from .folded import Folded

# "As of May 24, 2018, Hut 8 has mined …", "As at 30 June 2021, the company had produced …"
_AS_OF_DAY = Folded(
    r"\bas\s+(?:of|at)\s+(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[a-z]{3,9}\.?),?\s+(?:19|20)\d\d\b[^.;:]{0,60}$"
)
# The present (or past) perfect of mining, just before the figure and its hedge.
_PERFECT_MINED = Folded(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|cumulatively\s+)?(?:self-)?(?:mined|produced|"
    r"earned|generated)\s+(?:(?:in\s+excess\s+of|more\s+than|over|approximately|about|"
    r"nearly|roughly|around|some|a\s+total\s+of)\s+)?$"
)
# A period after the figure ("1,300 BTC in May", "… during the second quarter of 2018").
_PERIOD_AFTER = Folded(
    r"^\s*(?:bitcoins?|btc)?\b[^.;]{0,30}?\b(?:in|during|for|over|this|last|since)\s+"
    r"(?:the\s+)?(?:(?:first|second|third|fourth|last|past|full|fiscal)\s+)?(?:month|quarter|"
    r"year|half|q[1-4]|h[12]|fy|fiscal|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|(?:19|20)\d\d)\b"
)


def is_mined_as_of(text: str, start: int, end: int) -> bool:
    """The figure at `start:end` is coins mined up to an "as of" day, no period of its own."""
    if _PERFECT_MINED.search(text, max(0, start - 60), start) is None:
        return False
    if _AS_OF_DAY.search(text, max(0, start - 140), start) is None:
        return False
    return _PERIOD_AFTER.search(text[end : end + 80]) is None
