"""An earnings-call summary that names no period of its own reports the last quarter ended.

"The earnings call highlights several concerns: increased GAAP net loss, a significant
sequential and YoY revenue decline … Bitcoin Mined 396 Bitcoin (compared to 563 Bitcoin mined
in Q2 2024)." (published 2024-10-31): a call is held weeks after its quarter closes, so a
summary of it whose title and prose name no quarter of their own reports the quarter that ended
last before publication, when it names the quarter before that as its comparative (README
"Periods": the report's own period before the publication month). Only when nothing else (a
title, a lead, the prose) dated the document.
"""

from __future__ import annotations

import datetime as dt

from .folded import Folded
from .periods import Period, find_mentions, last_quarter_before

_LEAD_CHARS = 400
_TEXT_CHARS = 4000
# "The earnings call highlights …", "Q3 earnings call summary", "conference call transcript"
# (the summary's own words: "revealed during the earnings call for Q4 2024" in a news story
# is no summary of the call)
_CALL = Folded(
    r"\b(?:earnings|results|quarterly|conference)\s+call\s+(?:transcript\s+)?"
    r"(?:highlights|summary|takeaways|recap|transcript)\b"
)


def call_quarter(text: str, published: dt.date | None) -> Period | None:
    """The quarter an undated earnings-call summary reports, else None."""
    if published is None:
        return None
    lead = text[:_LEAD_CHARS]
    if " call" not in lead.lower() or _CALL.search(lead) is None:
        return None  # (a substring test first)
    quarter = last_quarter_before(published)
    # Only when the summary names the quarter before as its comparative ("compared to 563
    # Bitcoin mined in Q2 2024"): the quarter it reports is then the one after; a summary
    # naming no quarter at all leaves its figures to the publication month (decided case 10)
    prior = quarter.previous()
    named = (mention.period for mention in find_mentions(text[:_TEXT_CHARS], published))
    return quarter if any(period == prior for period in named) else None
