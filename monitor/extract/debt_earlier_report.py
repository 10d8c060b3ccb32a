"""A flow told as what the company said in an earlier month is recalled (README decided case 1).

"In January, Marathon said that it fully paid off $30 million in revolver loans with Silvergate
in December", in a story published in March about a March repayment: the January statement is
an earlier report the story recalls as background, not a figure of its own. The month of the
statement must lie at least two months before publication: a roundup published early in
February may report January's news as its own ("In January, Riot said it …").
"""

from __future__ import annotations

import datetime as dt

from ..vocabulary.periods import month_number
from .folded import MONTH_WORD, Folded

# "In January, Marathon said that …", "In January 2023 the company announced it …": the month
# of the statement, its speaker (at most 40 characters), the verb, then the flow (at most 100
# characters up to the amount, within the sentence).
_SAID_IN_MONTH = Folded(
    rf"\bin\s+(?P<month>{MONTH_WORD})(?:\s+(?P<year>(?:19|20)\d{{2}}))?\s*,?\s+[^.;]{{0,40}}?"
    r"\b(?:said|reported|announced|disclosed|stated|mentioned|noted|revealed)\b[^.;]{0,100}$"
)
_AGE = 2  # months before publication, at least
_REACH = 200


def said_in_earlier_month(text: str, start: int, published: dt.date | None) -> bool:
    """Is the amount at `start` told as an earlier month's statement (see the module)?"""
    if published is None:
        return False
    before = text[max(0, start - _REACH) : start]
    if "said" not in before and not any(
        word in before for word in ("report", "announc", "disclos", "stated", "mention", "noted")
    ):
        return False  # cheap gate
    match = _SAID_IN_MONTH.search(before)
    if match is None:
        return False
    try:
        month = month_number(match.group("month"))
    except KeyError:
        return False  # a word that only opens like a month ("in Marathon, which said …")
    year = int(match.group("year")) if match.group("year") else published.year
    if match.group("year") is None and month > published.month:
        year -= 1  # a month named without a year is the latest such month
    return (published.year - year) * 12 + published.month - month >= _AGE
