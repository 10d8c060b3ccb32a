"""A loan drawn in part so far: the part borrowed is new debt, the loan's size is not.

News of a delayed-draw loan tells its size, then what has been borrowed by now: "Applied
Digital … secured a $15 million loan deal with Vantage Bank Texas … The company has so far
borrowed nearly $4.7 million, it said in a document filed with the SEC Monday." Only what is
drawn is new debt (README decided case 19: "borrowed $20 million under the facility"); the
size, which the next sentence shows is not all borrowed, is not.

The amount borrowed "so far" stands in a sentence that names no debt: the loan is the one the
sentence before it names. With a line named after it ("has so far drawn $100 million from its
facility") the amount is the level drawn (`debt_draw_kinds.drawn_to_date`), not read here.
"""

from __future__ import annotations

import datetime as dt
import re

from .date_forms import MONTH_NAME
from .debt_words import DEBT_NEAR
from .folded import Folded
from .numbers import APPROX, Money

# "has so far borrowed nearly $4.7 million", "have to date drawn down $12 million",
# "has borrowed $4.7 million so far"
_SO_FAR_BEFORE = Folded(
    r"\b(?:has|have)\s+(?:(?:so\s+far|thus\s+far|to\s+date|already)\s+)(?:borrowed|drawn)\s+"
    rf"(?:down\s+)?{APPROX}$"
)
_SO_FAR_AFTER = Folded(r"\s+(?:so\s+far|thus\s+far|to\s+date)\b")
_BORROWED_BEFORE = Folded(rf"\b(?:has|have)\s+(?:borrowed|drawn)\s+(?:down\s+)?{APPROX}$")
# "… from its $15 million facility", "under the loan": the level drawn on a line named here
_FROM_LINE_AFTER = Folded(r"[^.;$]{0,20}?\b(?:from|under|on|against)\b")
_PREVIOUS_CHARS = 300
# The loan named before was taken earlier, not in the story: "Bitfarms previously secured a $100
# million credit facility", "In March 2023, the Company entered into …" (published 2024): what
# is drawn of it "to date" is then a running total (README "What is NOT labelled", case 1)
_PREVIOUSLY = Folded(
    r"\b(?:previously|earlier)\s+(?:secured|entered|obtained|closed|signed|"
    r"arranged|received|took)\b"
)
# a year as a date's ("In March 2023", "in 2023"), not a count ("2,000 BTC", "2000 miners")
_YEAR = re.compile(
    rf"(?:{MONTH_NAME}(?:\s{{1,3}}\d{{1,2}},?)?|\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]iscal))\s{{1,3}}"
    r"(20\d\d)\b"
)
_NEXT_CHARS = 300

# The next sentence telling a part borrowed so far ("The company has so far borrowed …").
_PART_NEXT = Folded(
    r"^\s{0,3}[^.;]{0,80}?\b(?:has|have)\s+(?:(?:so\s+far|thus\s+far|to\s+date)\s+(?:borrowed|"
    rf"drawn)|(?:borrowed|drawn)\s+(?:down\s+)?{APPROX}"
    r"(?:US)?\$\s?[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:so\s+far|thus\s+far|"
    r"to\s+date))\b"
)


def _told_so_far(text: str, money: Money) -> bool:
    before = text[max(0, money.start - 60) : money.start]
    if _SO_FAR_BEFORE.search(before):
        return True
    return bool(_BORROWED_BEFORE.search(before) and _SO_FAR_AFTER.match(text, money.end))


def borrowed_so_far(
    text: str, start: int, money: Money, document: str | None, published: dt.date | None
) -> bool:
    """Is the amount, in a sentence (at `start` of `document`) naming no debt, the part of
    the loan named just before it (in the story's year) that has been borrowed so far?"""
    if document is None or ("borrowed" not in text and "drawn" not in text):
        return False  # cheap gate
    if DEBT_NEAR.search(text) or not _told_so_far(text, money):
        return False  # (a sentence naming its debt is read by its own words)
    if _FROM_LINE_AFTER.match(text, money.end):
        return False
    before = document[max(0, start - _PREVIOUS_CHARS) : start]
    return DEBT_NEAR.search(before) is not None and not _taken_earlier(before, published)


def _taken_earlier(before: str, published: dt.date | None) -> bool:
    """Does the stretch naming the loan tell it taken before the story's year?"""
    if _PREVIOUSLY.search(before):
        return True
    if published is None:
        return False
    return any(int(year) < published.year for year in _YEAR.findall(before))


# (patterns read with `match` at a position carry no "^", which only the string's start meets)
# The amount sizes a loan: "$15 million loan deal", "$15 million term loan facility".
_SIZES_LOAN_AFTER = Folded(
    r"(?:\s+[\w-]+){0,2}?\s+(?:loans?|credit\s+facility|facility|credit\s+line|line\s+of\s+credit)\b"
)


def drawn_in_part_next(text: str, money: Money, document: str | None, segment_end: int) -> bool:
    """Is the amount a loan's size, the sentence after its own (ending at `segment_end`)
    telling a part of it borrowed so far (the size is then no new debt)?"""
    if document is None or not _SIZES_LOAN_AFTER.match(text, money.end):
        return False
    following = document[segment_end : segment_end + _NEXT_CHARS]
    if "so far" not in following and "to date" not in following and "thus far" not in following:
        return False  # cheap gate
    return _PART_NEXT.match(following) is not None
