"""An earnings preview: a story about results still to come recalls only earlier facts.

"TeraWulf (NASDAQ: WULF) will report third-quarter 2025 results after the close today. … coming
off a transformative summer, having announced a landmark … agreement with Fluidstack … TeraWulf
self-mined 485 Bitcoin in Q2": the document's subject is the report to come; its figures of the
previewed quarter are not out yet and what it tells of that quarter or before is recalled
background (README decided case 1). A fact dated after the previewed quarter (a later month's
update) is the preview's news and stays.
"""

from __future__ import annotations

import datetime as dt
import re

from .folded import Folded
from .model import Extracted
from .periods import Period, find_mentions, last_quarter_before

_LEAD_CHARS = 400
# "will report third-quarter 2025 results", "is set to release its Q3 earnings", "is expected
# to report a loss … for the quarter", "ahead of its fourth-quarter earnings release": a report
# still to come, in the story's opening (bounded: one sentence, a few words between)
_PREVIEW = Folded(
    r"\b(?:will|is\s+(?:set|scheduled|due|expected|poised|slated)\s+to|are\s+expected\s+to)\s+"
    r"(?:report|release|announce|post|publish|unveil)\s+(?:its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?:results|earnings)\b|"
    r"\bahead\s+of\s+(?:its|the\s+company['’]s|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:results|earnings)\b|\bearnings\s+preview\b"
)
# A figure told before the report to come, in its sentence: the document's own news
_FIGURE = Folded(r"\d[\d,.]*\s*(?:btc|bitcoins?|mw|megawatts?|%|million|billion)\b")
_GATE = ("will ", " to report", " to release", " to post", "ahead of", "preview")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def previewed_period(text: str, published: dt.date | None) -> Period | None:
    """The quarter a preview's opening says results are still to come for, else None."""
    lead = text[:_LEAD_CHARS]
    lower = lead.lower()
    if published is None or not any(word in lower for word in _GATE):
        return None  # cheap gate
    found = _PREVIEW.search(lead)
    if found is None:
        return None
    stop = _SENTENCE_END.search(lead, found.end())
    sentence = lead[: stop.end() if stop else len(lead)]
    begin = max(lead.rfind(". ", 0, found.start()), lead.rfind("\n", 0, found.start())) + 1
    if _FIGURE.search(lead, begin, found.start()):
        return None  # "Riot mined 450 BTC in December, and will report …": an update's own news
    for mention in find_mentions(sentence[begin:], published):
        period = mention.period
        if period is not None and not period.is_date and period.quarter is not None:
            return period
    return last_quarter_before(published)


def without_recalled(
    found: list[Extracted], text: str, published: dt.date | None
) -> list[Extracted]:
    """`found` without what a preview recalls: figures and milestones dated within or before
    the previewed quarter."""
    period = previewed_period(text, published)
    if period is None:
        return found
    last = period.last_day()
    kept = []
    for item in found:
        own = Period.parse(item.period)
        if own is not None and own.as_month().last_day() <= last:
            continue  # "TeraWulf self-mined 485 Bitcoin in Q2": recalled
        kept.append(item)
    return kept
