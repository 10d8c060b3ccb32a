"""A balance told, then retired by an anaphor in the next sentence.

Filings tell a loan's balance and, in the next sentence, that it was paid: "…, of which $1.42
million is outstanding at September 30, 2022. The amount was paid in full on October 17, 2022."
The anaphor ("the amount", "the balance", "this remaining balance", "such sum") names the
balance the sentence before stated as outstanding; its retirement is `debt_repaid_usd` at that
amount, dated by the retiring sentence's own period, else the publication month.

The sentence before must name debt (a loan, note, facility, borrowing, financing agreement)
and the amount must be stated as outstanding or owed there ("$X is outstanding", "an
outstanding balance of $X", "$X remained owed"). Not read: a retirement still to come ("The
amount will be repaid in March"), an anaphor whose sentence states its own amount, a payable
with no debt named, and a verb that retires nothing ("The balance was reclassified").
"""

from __future__ import annotations

from . import guards
from .context import DocContext
from .debt_words import DEBT_NEAR
from .entities import is_peer_figure
from .evidence import observation
from .folded import Folded
from .gates import holds_any
from .model import DEBT_REPAID, Extracted
from .numbers import find_money
from .resolver import past_event_period
from .sentences import Segment, sentence_before

_PREVIOUS_CHARS = 240

_ANAPHOR_RETIRED = Folded(
    r"^\s*(?:the|this|that|such)\s+(?:(?:remaining|outstanding|entire|full|unpaid)\s+){0,2}"
    r"(?:amount|balance|sum)\s+(?:was|were|(?:has|had)\s+(?:since\s+)?been)\s+"
    r"(?:(?:fully|subsequently|then)\s+)?(?:re)?paid(?:\s+off)?(?:\s+in\s+full)?\b"
    r"|^\s*(?:the|this|that|such)\s+(?:(?:remaining|outstanding|entire|full|unpaid)\s+){0,2}"
    r"(?:amount|balance|sum)\s+(?:was|were|has\s+been|had\s+been)\s+(?:fully\s+)?"
    r"(?:settled|extinguished|retired|redeemed)\b"
)

# The amount stated as owed in the sentence before.
_OUTSTANDING_AFTER = Folded(
    r"\s+(?:(?:is|was|were|remains?|remained)\s+(?:still\s+)?)?(?:outstanding|owed|owing|"
    r"unpaid)\b"
)
_OUTSTANDING_BEFORE = Folded(
    r"(?:\b(?:outstanding|unpaid|remaining)\s+(?:principal\s+)?(?:balance|principal|amount)\s+"
    r"(?:of\s+)?|\b(?:owed|owes|owing)\s+)(?:approximately\s+|about\s+)?$"
)

_WORDS = ("amount", "balance", "sum")


def balance_then_retired(segment: Segment, ctx: DocContext, lower: str) -> list[Extracted]:
    """The balance of the sentence before, retired by this sentence's anaphor (no amount)."""
    if ctx.text is None or not holds_any(lower[:40], _WORDS):
        return []  # cheap gate
    match = _ANAPHOR_RETIRED.match(segment.text)
    if match is None or guards.is_hypothetical(segment.text, match.end()):
        return []
    sentence = sentence_before(ctx.text, segment.start, _PREVIOUS_CHARS)
    if DEBT_NEAR.search(sentence) is None and "financ" not in sentence.lower():
        return []
    owed = [
        money
        for money in find_money(sentence)
        if _OUTSTANDING_AFTER.match(sentence, money.end)
        or _OUTSTANDING_BEFORE.search(sentence, max(0, money.start - 60), money.start)
    ]
    if len(owed) != 1:
        return []  # none stated as owed, or several: which one the anaphor names is unclear
    money = owed[0]
    if is_peer_figure(sentence, money.start, ctx.entity):
        return []  # another company's loan
    currency = ctx.dollar if money.bare_dollar else money.currency
    start = segment.start - len(sentence)
    span = Segment(ctx.text[start : segment.end], start, segment.end)
    period = past_event_period(ctx, segment, match.start(), match.end())
    return [observation(span, DEBT_REPAID, money.amount, currency, period, currency=currency)]
