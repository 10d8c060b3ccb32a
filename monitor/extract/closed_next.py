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
    r"[.!?]\s+the\s+(notes|bonds|debentures|loan|offering)\s+(?:were|was)\s+(?:issued|closed|"
    r"completed|funded)\s+on\s+"
)
_PARAGRAPH_REACH = 700
# The figure's own instrument, the first such word after its amount ("$75 million term loan to
# repay its convertible notes": a loan): a later "The notes were issued on" dates only notes.
_INSTRUMENT = Folded(r"\b(notes?|bonds?|debentures?|loans?|offering)\b")
_INSTRUMENT_REACH = 100


def closing_month(ctx: DocContext, segment: Segment, after: int = 0) -> Period | None:
    """The month of the closing day the sentence after `segment` states (see the module);
    `after` is where the figure's amount ends in the sentence (its instrument follows)."""
    text = ctx.text
    if not text:
        return None
    following = text[segment.end : segment.end + _REACH]
    lowered = following.lower()  # the pattern folds case: "Following Completion of"
    opening = None
    if "clos" in lowered or "complet" in lowered:  # cheap gate
        opening = _CLOSING_OPENS.match(following)
    if opening is None:
        return _later_issue_month(ctx, text, segment, after)
    return _closing_day_month(ctx, following[opening.end() :])


def _later_issue_month(ctx: DocContext, text: str, segment: Segment, after: int) -> Period | None:
    """The month of the issue day a later sentence of the paragraph states of the figure's
    own instrument, if any. A day of an earlier year than publication is other notes' ("The
    Company previously issued $30 million of notes in 2021. The notes were issued on June 1,
    2021."): it dates nothing, and never erases the figure."""
    stop = text.find("\n\n", segment.end, segment.end + _PARAGRAPH_REACH)
    paragraph = text[segment.end - 1 : stop if stop >= 0 else segment.end + _PARAGRAPH_REACH]
    if " on " not in paragraph:
        return None  # cheap gate
    later = _LATER_ISSUE.search(paragraph)
    if later is None or not _same_instrument(segment.text, after, later.group(1)):
        return None
    day = _closing_day_month(ctx, paragraph[later.end() :])
    if day is None or (ctx.published is not None and day.year < ctx.published.year):
        return None
    return day


def _same_instrument(sentence: str, after: int, later: str) -> bool:
    """Is `later` (the later sentence's "notes", "loan", "offering") the instrument word first
    told after the amount ending at `after` ("$1.3 billion aggregate principal amount of …
    Notes due 2031": notes)? An offering is of notes, bonds or debentures, not of a loan."""
    found = _INSTRUMENT.search(sentence[after : after + _INSTRUMENT_REACH])
    if found is None:
        return False
    own = _plural(found.group(1))
    return own == _plural(later) or (later.lower() == _OFFERING and own != _plural("loan"))


_OFFERING = "offering"


def _plural(word: str) -> str:
    """ "Note" and "notes" alike ("offering" as is)."""
    word = word.lower()
    return word if word.endswith("s") or word == _OFFERING else word + "s"


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
