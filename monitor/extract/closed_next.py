"""A one-off flow whose closing the next sentence dates: "… announced the settlement of C$2.5
million of its debentures into shares. After the closing of the transaction on April 10, 2023,
the debentures have …".

Reading rule: a new borrowing or repayment whose own sentence names no period, followed at
once by a sentence that dates the same transaction's closing ("After the closing of the
transaction on April 10, 2023", "The offering closed on May 3"), happened on that day: in a
periodic report it takes that month when the day falls after the report's period (README
decided case 7: an event after the period's end keeps its own month), and in a story with no
report period it takes that month as a one-off event's; a closing within the report's period
leaves the report's period.

A story about notes issued may date the issue a few sentences later in the same paragraph:
"… announced Wednesday that it has issued $1.3 billion aggregate principal amount of … Notes
due 2031. The company, which maintains … The notes were issued on September 30, 2025, under an
indenture …": the notes' own day dates the flow, as the next sentence's closing would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .folded import Folded
from .periods import Period, find_mentions

if TYPE_CHECKING:
    from .context import DocContext
    from .sentences import Segment

_NOUN = (
    r"(?:transaction|settlement|offering|deal|conversion|exchange|repayment|redemption|financing)"
)
# The next sentence's opening, up to the date: "After the closing of the transaction on",
# "Upon completion of the settlement on", "The offering closed on", "The redemption was
# completed on".
_CLOSING_OPENS = Folded(
    r"\s{0,3}(?:(?:after|upon|following|on|with)\s+(?:the\s+)?(?:closing|close|completion)\s+"
    rf"of\s+(?:the\s+|this\s+)?{_NOUN}\s+(?:on\s+)?|the\s+{_NOUN}\s+(?:closed|completed|"
    r"(?:was|were)\s+(?:closed|completed))\s+on\s+)"
)
_REACH = 120
# A later sentence of the paragraph dating the instrument's issue: "The notes were issued on",
# "The loan was funded on", "The offering was completed on".
_LATER_ISSUE = Folded(
    r"[.!?]\s+the\s+(?:notes|bonds|debentures|loan|offering)\s+(?:were|was)\s+(?:issued|closed|"
    r"completed|funded)\s+on\s+"
)
_PARAGRAPH_REACH = 700


def closing_month(ctx: DocContext, segment: Segment) -> Period | None:
    """The month of the closing day the sentence after `segment` states (see the module)."""
    text = ctx.text
    if not text:
        return None
    following = text[segment.end : segment.end + _REACH]
    lowered = following.lower()  # the pattern folds case: "Following Completion of"
    opening = None
    if "clos" in lowered or "complet" in lowered:  # cheap gate
        opening = _CLOSING_OPENS.match(following)
    if opening is None:
        return _later_issue_month(ctx, text, segment)
    return _closing_day_month(ctx, following[opening.end() :])


def _later_issue_month(ctx: DocContext, text: str, segment: Segment) -> Period | None:
    """The month of the issue day a later sentence of the paragraph states, if any."""
    stop = text.find("\n\n", segment.end, segment.end + _PARAGRAPH_REACH)
    paragraph = text[segment.end - 1 : stop if stop >= 0 else segment.end + _PARAGRAPH_REACH]
    if " on " not in paragraph:
        return None  # cheap gate
    later = _LATER_ISSUE.search(paragraph)
    return None if later is None else _closing_day_month(ctx, paragraph[later.end() :])


def _closing_day_month(ctx: DocContext, rest: str) -> Period | None:
    """The month of the day `rest` opens with, if done by publication and after the report's
    own period."""
    mentions = find_mentions(rest[:_REACH], ctx.reference)
    if not mentions or mentions[0].start > 0 or mentions[0].period is None:
        return None
    day = mentions[0].period
    if not day.is_date or (ctx.published is not None and day.last_day() > ctx.published):
        return None
    own = ctx.report_calendar or ctx.report or ctx.section
    if own is not None and day.last_day() <= own.last_day():
        return None  # within the report's period: the report's (decided case 7)
    return day.as_month()
