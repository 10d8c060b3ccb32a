"""The second figure of a respective pair whose spans are a quarter and the year to date.

"In the three and nine months period ended December 31, 2024, the Company mined 322 Bitcoin and
1,111 Bitcoin respectively": the first figure is the quarter's, the second the nine months' (a
year-to-date total inside a quarterly report, README rule 42: not labelled). Only the second of
"N and M …, respectively" after "three and six/nine months" is the longer span's.
"""

from __future__ import annotations

import re

from .numbers import NUMBER

# "three and nine months", "three- and six-month periods", "3 and 9 months"
_SPANS = re.compile(
    r"\b(?:three|3)(?:-month)?[\s-]{1,3}and[\s-]{1,3}(?:six|nine|6|9)[\s-]{1,3}months?\b",
    re.IGNORECASE,
)
# the first figure of the pair, its unit, then "and" right before the second
_FIRST_BEFORE = re.compile(
    rf"{NUMBER}\s{{0,2}}(?:[A-Za-z₿$]{{1,10}}\s{{1,3}})?and\s{{1,3}}(?:[$]\s?)?$"
)
_RESPECTIVELY_AFTER = re.compile(r"[^.;]{0,40}?\brespectively\b", re.IGNORECASE)
_SPANS_REACH = 200


def is_longer_span_of_pair(text: str, start: int, end: int) -> bool:
    """Is the figure at `text[start:end]` the second of a pair after "three and nine months"?"""
    if "respectively" not in text[end : end + 60].lower():
        return False  # cheap gate
    if _SPANS.search(text, max(0, start - _SPANS_REACH), start) is None:
        return False
    if _FIRST_BEFORE.search(text[max(0, start - 40) : start]) is None:
        return False
    return _RESPECTIVELY_AFTER.match(text, end) is not None
