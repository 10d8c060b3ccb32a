"""A promissory note or loan the company signs as borrower, in the exhibit's own words.

An 8-K exhibit files the note itself: "FOR VALUE RECEIVED, LM Funding America, Inc. (the
“Borrower”), promises to pay to the order of … (the “Lender”) … the principal sum of Five
Million and 00/100 Dollars ($5,000,000.00)", or the amendment that adds a loan: "the Lender
shall make an additional loan to the Borrower in the amount of $2,000,000.00 … that is evidenced
by $2,000,000.000 Promissory Note of even date herewith". The note is made, and the company is
its maker: new debt (`debt_issued_usd`, README decided case 6: an agreement entered into), in
the month of the filing (the exhibit is dated with it). Only where the document names the
company as "the Borrower": a note the company holds ("promissory note received as
consideration", the company as lender) is not its debt.
"""

from __future__ import annotations

import re

from .context import DocContext
from .entities import names_of
from .folded import Folded
from .numbers import Money

# "… (the “Borrower”), promises to pay to the order of … the principal sum of Five Million and
# 00/100 Dollars (": the note's principal in figures, in brackets after the words.
_PROMISES_BEFORE = Folded(
    r"\bpromises\s+to\s+pay\s+to\s+the\s+order\s+of\b[^.;$]{0,200}?\bprincipal\s+sum\s+of\s+"
    r"[^.;$(]{0,80}\(\s*$"
)
# "the Lender shall make an additional loan to the Borrower in the amount of $2,000,000.00 (…)
# that is evidenced by … Promissory Note of even date herewith"
_ADDED_LOAN_BEFORE = Folded(
    r"\b(?:make|made|makes)\s+an?\s+(?:additional|further|new)\s+loan\s+to\s+the\s+Borrower\s+"
    r"in\s+the\s+(?:principal\s+)?amount\s+of\s+$"
)
_EVIDENCED_AFTER = Folded(
    # (a decimal point is no sentence end: "(the “2,000,000.00 Loan”)")
    r"(?:[^.;]|\.(?=\d)){0,120}?\bevidenced\s+by\b(?:[^.;]|\.(?=\d)){0,60}?\bpromissory\s+note\s+"
    r"of\s+even\s+date\b"
)
_BORROWER_REACH = 120
_BORROWER = re.compile(r"\(\s*(?:the\s+)?[“\"]Borrower[”\"]\s*\)")


def note_made(text: str, money: Money, ctx: DocContext) -> bool:
    """Is the amount the principal of a note or added loan the company makes as borrower?"""
    before = text[max(0, money.start - 300) : money.start]
    if "promises" in before and _PROMISES_BEFORE.search(before):
        return _names_borrower(text[: money.start], ctx.entity)
    if "Borrower" in before and _ADDED_LOAN_BEFORE.search(before):
        after = text[money.end : money.end + 200]
        if _EVIDENCED_AFTER.match(after):
            return _names_borrower(ctx.text or text, ctx.entity)
    return False


def _names_borrower(text: str, entity: str | None) -> bool:
    """Does the text name the entity as "the Borrower" (its name just before the term)?"""
    names = names_of(entity)
    if not names or "Borrower" not in text:
        return False
    for found in _BORROWER.finditer(text):
        head = text[max(0, found.start() - _BORROWER_REACH) : found.start()]
        if any(name in head for name in names):
            return True
    return False
