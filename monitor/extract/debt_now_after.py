"""Balances a news story states as they stand now, by words after the amount.

* The level a debt stands at "today": "lowering our debt from a high of $165 million in June
  2022 to $25 million today", "$12 million at present": the amount's own word dates it at the
  telling, whatever month the sentence names for the starting point ("as of today" is a day,
  read by `periods`).
* A balance whose sentence names a month only for the instrument's deal: "its remaining debt
  includes a $150 million convertible note from Coatue, agreed upon in June", "a $20 million
  loan, taken out in March": the participle dates when the note was agreed, not the balance,
  which stands when the story tells it (decided case 1's exception: a balance stated as
  current).
"""

from __future__ import annotations

from .context import DocContext
from .folded import Folded
from .numbers import Money
from .sentences import Segment

# "$25 million today", "$12 million at present" (the amount's own
# noun may come between: "$25 million of debt today").
_TODAY_AFTER = Folded(
    r"^\s+(?:(?:of|in)\s+(?:[\w-]+\s+){0,2}?(?:debt|loans?|borrowings|notes)\s+)?"
    r"(?:today|at\s+present|at\s+this\s+time)\b"
)

# "…, agreed upon in June", "signed in March 2024", "issued in June": a deal's participle,
# then the period it names (how far past the amount that clause may start).
_DEAL_DATED = Folded(
    r"^[^.;$]{0,60}?,?\s+(?:that\s+was\s+|which\s+was\s+)?(?:agreed(?:\s+(?:up)?on)?|signed|"
    r"issued|raised|taken\s+out|obtained|secured|arranged|borrowed|struck|inked|announced|"
    r"entered\s+into|closed)\s+(?:back\s+|earlier\s+|(?:in|on|during)\s+)?$"
)
_DEAL_REACH = 90

# A present-tense holding of the debt before the amount: "remaining debt includes", "still
# owes", "its debt now comprises".
_PRESENT_BEFORE = Folded(
    r"\b(?:remaining|outstanding|current|existing)\s+(?:[\w-]+\s+){0,2}?(?:debt|borrowings|"
    r"liabilities|indebtedness)\s+(?:still\s+|now\s+)?(?:includes?|comprises?|consists?\s+of|"
    r"is\s+made\s+up\s+of)\s+(?:an?\s+|the\s+)?$|"
    r"\b(?:still|now|currently)\s+(?:owes?|has|have|carries|holds?)\s+(?:an?\s+|the\s+)?$"
)


def today_after(text: str, money: Money) -> bool:
    """Is the amount dated "today" by the words right after it?"""
    after = text[money.end : money.end + 60]
    if "today" not in after and "present" not in after and "this time" not in after:
        return False  # cheap gate
    return _TODAY_AFTER.match(after) is not None


def dated_only_by_deal(segment: Segment, money: Money, ctx: DocContext) -> bool:
    """Does a balance held in the present tense ("remaining debt includes a $150 million
    note") have periods in its sentence only in a later participle that dates its deal?"""
    text = segment.text
    before = text[max(0, money.start - 60) : money.start]
    if _PRESENT_BEFORE.search(before) is None:
        return False
    mentions = ctx.mentions(segment)
    if not mentions or any(mention.start < money.end for mention in mentions):
        return False
    first = mentions[0]
    if first.start - money.end > _DEAL_REACH:
        return False
    return _DEAL_DATED.match(text[money.end : first.start]) is not None
