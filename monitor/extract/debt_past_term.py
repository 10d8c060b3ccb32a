"""The flow's own date told after the instrument's maturity.

"Raised $500M via 2.75% convertible notes due 2030 in October 2024", "Issued $500 million of
convertible senior notes due March 2030 (October 2024)": the period resolver stops reading at
"due" (a term never dates a figure), so the month the notes were sold, named right after the
term, was lost and the flow fell back to publication. Here the phrase after the term is read as
the flow's date when it is a period already begun at publication.
"""

from __future__ import annotations

import datetime as dt

from monitor.vocabulary.periods import Period

from .context import DocContext
from .folded import Folded
from .sentences import Segment

# Between the amount and the date: the instrument's words, then its term ending right before
# the date ("… notes due 2030 in", "… maturing in March 2030 (", "… due June 1, 2030, on").
_TERM_THEN = Folded(
    r"^(?:[^.;$]|\.(?=\d)){0,80}?\b(?:due|matur(?:ing|es|e)(?:\s+(?:in|on))?)\s+"
    r"(?:[a-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\s*[,(]?\s*(?:in|on|during)?\s*$"
)
_REACH = 140


def date_past_term(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    """The period named right after a maturity that follows the amount ending at `end`, when it
    is not after publication (see the module)."""
    text = segment.text
    if "due" not in text[end : end + 90].lower() and "matur" not in text[end : end + 90].lower():
        return None  # cheap gate
    for mention in ctx.mentions(segment):
        if mention.start <= end or mention.start > end + _REACH:
            continue
        if not _TERM_THEN.match(text[end : mention.start]):
            continue
        period = ctx.absolute_in(segment, mention)
        if period is not None and _begun(period, ctx.published):
            return period
    return None


def _begun(period: Period, published: dt.date | None) -> bool:
    return published is None or period.first_day() <= published
