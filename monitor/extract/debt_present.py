"""A debt figure told in the present perfect is the news of the telling, not of an earlier month.

A story with no report period is dated by the period its prose names most (`ctx.document`),
else by the one it last named (`ctx.topic`):
"In January 2023, Bitfarms announced that it was seeking better terms …" makes January the
document's period in a story published on February 9. The story's own news is told in the
present perfect: "Bitfarms has repaid the balance of a $21 million BlockFi loan in a single
cash payment of $7.75 million", "the company has reduced its debt from a maximum of $165
million in June 2022 to $25 million" - done by now, and dated by publication (README
"Periods": else the month of publication; decided case 7: a one-off event with no month of its
own takes the publication month). Only a figure whose sentence names no period of its own
falls back so; a report's period (a monthly update's month) still dates its flows.
"""

from __future__ import annotations

from .closed_next import closing_month
from .context import DocContext
from .debt_issue_news import received_advance
from .folded import Folded
from .gates import any_of
from .numbers import Money
from .periods import shift_month
from .resolver import continues_previous
from .sentences import Segment

_WORDS = any_of("has ", "have ")


# "has repaid", "has now reduced", "have successfully closed": the verb governing the amount,
# in its clause (no full stop or semicolon between them; not "have received default notices
# for $100 million", whose amount is no flow of the verb).
_PRESENT_PERFECT = Folded(
    r"\b(?:has|have)\s+(?:(?:now|also|already|successfully|since|fully|further)\s+){0,2}"
    r"(?:repaid|prepaid|paid|reduced|cut|lowered|trimmed|slashed|secured|drawn|borrowed|closed|"
    r"completed|raised|issued|obtained|settled|retired|redeemed|eliminated|extinguished|"
    r"brought)\b[^.;]{0,100}$"
)


def told_as_news(ctx: DocContext, segment: Segment, money: Money, period: str | None) -> str | None:
    """The publication month for a figure in the present perfect that took the document's
    inferred period only for want of its own (see the module docstring); else None."""
    if ctx.published is None or ctx.report or ctx.section or ctx.lead:
        return None
    document = ctx.document or ctx.topic  # (the month the prose was last about)
    if document is None or period != document.label():
        return None
    month = shift_month(ctx.published, 0)
    if document.last_day() >= month.first_day() or not _WORDS.search(segment.text):
        return None  # (the document's period is the publication month's, or after it)
    head = segment.text[max(0, money.start - 200) : money.start]
    if _PRESENT_PERFECT.search(head) is None and not received_advance(
        head, segment.text[money.end : money.end + 40]
    ):
        return None  # ("has already received a $18.6 million advance" is the news too)
    if any(ctx.absolute_in(segment, mention) == document for mention in ctx.mentions(segment)):
        return None  # the sentence names the document's period itself
    if continues_previous(segment.text):
        return None  # "In July 2023, the Group amended … Pursuant to which the Group has repaid"
    if closing_month(ctx, segment, money.end) is not None:
        return None  # "… has issued $1.3 billion … The notes were issued on September 30, 2025"
    return month.label()
