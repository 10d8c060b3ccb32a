"""Coins mined "as of" a day, with no period named: a running total, not a period's flow.

"As of May 24, 2018, Hut 8 has mined in excess of 1,300 Bitcoin" counts every coin mined up
to that day (since operations began): no month, quarter or year is its period, so it is not
labelled (README, "What is NOT labelled": totals since a start). Read as the publication
month's production it would be a false figure many times the month's real output.

The test: the figure's verb in the present perfect ("has mined", "have now produced"), a day
named "as of" / "as at" (with or without its year, or "as of today") in the sentence before
the figure or right after it ("… 1,300 Bitcoin as of May 24, 2018"), and no period named
anywhere in the sentence ("… 1,300 BTC in May", "… in the three months ended June 30", "For
the month of June, as of June 30, …" keep their period).

A simple past does the same with a month's end right after the figure: "it mined 2457 BTC as
of September-end this year", "mined 2,457 BTC as of the end of September" (a month's flow is
told "in September", not "as of" its end; the year's running total is).
"""

from __future__ import annotations

from .folded import MONTH_WORD, Folded

_DAY = r"(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?)"
# "As of May 24, 2018, Hut 8 has mined …", "As at 30 June 2021, …", "As of May 24, Hut 8 …",
# "As of today, …"
_AS_OF = (
    rf"\bas\s+(?:of|at)\s+(?:{_DAY}(?:,?\s+(?:19|20)\d\d\b)?|today|(?:this|the\s+present)\s+date)"
)
_AS_OF_BEFORE = Folded(rf"{_AS_OF}[^.;:]{{0,60}}$")
_AS_OF_AFTER = Folded(rf"^\s*(?:bitcoins?|btc)?\s*,?\s*{_AS_OF}")
# The present (or past) perfect of mining, just before the figure and its hedge.
_PERFECT_MINED = Folded(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|cumulatively\s+)?(?:self-)?(?:mined|produced|"
    r"earned|generated)\s+(?:(?:in\s+excess\s+of|more\s+than|over|approximately|about|"
    r"nearly|roughly|around|some|a\s+total\s+of)\s+)?$"
)
# A period named in the sentence ("in May", "during the second quarter", "for the month of
# June", "in the three months ended", "in its second fiscal quarter", "in 2018").
_PERIOD_NAMED = Folded(
    r"\b(?:in|during|for|over|this|last|since)\s+(?:the\s+|its\s+)?(?:(?:first|second|third|"
    r"fourth|last|past|full|fiscal|three|six|nine|twelve)\s+){0,2}(?:months?|quarter|year|half|"
    r"q[1-4]|h[12]|fy|fiscal|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|(?:19|20)\d\d)\b"
)


# The simple past of mining just before the figure: "it mined 2457 BTC as of September-end".
_PAST_MINED = Folded(
    r"\b(?:self-)?(?:mined|produced)\s+(?:(?:in\s+excess\s+of|more\s+than|over|approximately|"
    r"about|nearly|roughly|around|some|a\s+total\s+of)\s+)?$"
)
# A month's end (or its last day) the count runs to: "as of September-end", "till
# September-end", "as of end-September", "as of the end of September", "as of September 30"
# (not "as at month-end", which a monthly update says of its month's own production).
_TO_MONTH_END = (
    rf"(?:as\s+(?:of|at)|till|until|up\s+to)\s+(?:the\s+end\s+of\s+{MONTH_WORD}|"
    rf"end[- ](?:of\s+)?{MONTH_WORD}|{MONTH_WORD}[- ]end|{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?:19|20)\d\d)?"
)
# … right after the figure, the clause's end closing it: "… BTC as of September-end this year".
_MONTH_END_AFTER = Folded(
    rf"^\s*(?:bitcoins?|btc)?\s*,?\s*{_TO_MONTH_END}(?:\s+this\s+year)?(?=\s*(?:[,.;]|$))"
)
# … or opening the sentence: "As of September-end, it mined 2,457 BTC this year".
_MONTH_END_OPENS = Folded(rf"^\W*{_TO_MONTH_END}\s*,\s*(?:[\w-]+\s+){{0,4}}?$")
_AFTER_CUES = ("as ", "til", "up to")


def is_mined_as_of(text: str, start: int, end: int) -> bool:
    """The figure at `start:end` is coins mined up to an "as of" day, no period of its own."""
    if _PERFECT_MINED.search(text, max(0, start - 60), start) is None:
        return _mined_to_month_end(text, start, end)
    before = _AS_OF_BEFORE.search(text, max(0, start - 140), start)
    if before is None and _AS_OF_AFTER.search(text[end : end + 60]) is None:
        return False
    head = text[: before.start()] if before else ""
    return _PERIOD_NAMED.search(head) is None and _PERIOD_NAMED.search(text[end : end + 80]) is None


def _mined_to_month_end(text: str, start: int, end: int) -> bool:
    """ "It mined 2457 BTC as of September-end this year": a simple past whose figure runs to a
    month's end, with no period named before it in the sentence."""
    after = text[end : end + 20]
    cue_after = any(cue in after for cue in _AFTER_CUES)
    if not cue_after and text.lstrip()[:3].lower() != "as ":
        return False  # cheap gate
    if _PAST_MINED.search(text, max(0, start - 60), start) is None:
        return False
    if _MONTH_END_AFTER.search(text[end : end + 60]) is not None:
        return _PERIOD_NAMED.search(text[:start]) is None
    if start >= 120 or _MONTH_END_OPENS.match(text, 0, start) is None:
        return False
    # ("As of December 31, 2021, Riot produced 5,000 BTC in 2021": the year named keeps it; "this
    # year" is the running total's own)
    named = _PERIOD_NAMED.search(text, end, end + 80)
    return named is None or named.group().lower().startswith("this year")
