"""A deal whose closing day the next sentence gives: the flow happened on that day.

Reading rule: "The Company announced the settlement of C$2.5 million of the outstanding principal
of its debentures into common shares. After the closing of the transaction on April 10, 2023,
the debentures have an outstanding principal balance of C$19.9 million." The settlement's
sentence names no period; the next one, opening on the same transaction's closing, dates it.
In a periodic report, a flow that closed after the reported period takes its own month (README
decided case 7); one that closed within the period keeps the report's period.
"""

from __future__ import annotations

from monitor.vocabulary.periods import Period

from .context import DocContext
from .folded import Folded
from .periods import find_mentions
from .sentences import Segment

# The next sentence opening on the closing of the deal just told: "After the closing of the
# transaction on April 10, 2023, …", "The settlement closed on April 10, 2023".
_CLOSING_LEAD = Folded(
    r"\s{0,3}(?:(?:after|upon|following|on|with)\s+(?:the\s+)?(?:closing|completion|close)\s+of\s+"
    r"(?:the|this|that)\s+|(?:the|this|that)\s+)(?:transaction|settlement|conversion|exchange|"
    r"offering|deal|repayment|redemption|financing|loan)s?\b(?:\s+(?:closed|was\s+completed|"
    r"completed|was\s+closed))?\s+on\s+"
)
_REACH = 120


def closing_day(ctx: DocContext, segment: Segment) -> Period | None:
    """The closing day the sentence after `segment` opens with, when it falls after the report's
    period (else None: the report's period dates the flow)."""
    if ctx.text is None:
        return None
    following = ctx.text[segment.end : segment.end + _REACH]
    lead = _CLOSING_LEAD.match(following)
    if lead is None:
        return None
    for mention in find_mentions(following[lead.end() :], ctx.reference):
        day = mention.period
        if mention.start > 2 or day is None or not day.is_date:
            return None  # the date must follow "on" right away
        report = ctx.report
        if report is not None and day.last_day() <= report.last_day():
            return None  # within the report's period: the report's (decided case 7)
        return day
    return None
