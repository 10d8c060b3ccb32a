"""A loan's whole principal in a story of a repayment finished over several periods.

README decided case 15: "finished repaying" / "completed repaying the $35 million it borrowed
in 2022" states the loan's principal repaid over its life, a since-inception total; only the
period's own payment is a figure. A document that tells the repayment ran over time
("finished repaying", "Repayments of the $35 million loan began in May 2023", "began repaying
the loan") makes the loan's size a life total wherever it recurs as a repayment: "has repaid
its $35 million Galaxy Digital bailout loan", "Full Repayment of $35 Million Galaxy Loan",
"Successfully repaying $35 million of high-interest rate debt". A one-off repayment told
without such history ("repaid its $10 million loan facility on June 14") stays a figure.
"""

from __future__ import annotations

from decimal import Decimal

from .folded import Folded, lowered
from .model import DEBT_REPAID, Extracted
from .numbers import find_money

# The repayment told as ending a course that began before: finished, completed, or begun.
_OVER_TIME = Folded(
    r"\b(?:finish(?:ed|es|ing)?|complet(?:ed|es|ing))\s+(?:the\s+)?(?:repaying|repayment\s+of|"
    r"paying\s+(?:off|back|down))\b|"
    r"\b(?:began|begun|started|commenced)\s+(?:repaying|to\s+repay|paying\s+(?:off|back|down))\b|"
    r"\brepayments?\s+(?:of\s+)?[^.;]{0,60}?\b(?:began|begun|started|commenced)\b"
)


# The size a loan is named by: "$35 million loan", "$35 Million Galaxy Loan", "$35 million
# rescue loan" (not "the final $2.5 million of its loan", a part of it).
_SIZED_LOAN = Folded(
    r"\s+(?:(?!(?:of|in|on|from|under)\s)[\w-]+\s+){0,3}?(?:loans?|facility|debt|borrowings?|notes)\b"
)


def life_totals(found: list[Extracted], text: str) -> list[Extracted]:
    """Repayments of `found` whose amount is a loan's size, in a document that tells the loan's
    repayment ran over time (see the module docstring)."""
    repaid = [item for item in found if item.metric == DEBT_REPAID]
    if not repaid or "repa" not in lowered(text) or not _OVER_TIME.search(text):
        return []
    sizes = _loan_sizes(text)
    return [item for item in repaid if item.value in sizes]


def _loan_sizes(text: str) -> set[Decimal]:
    """The amounts the document names loans by."""
    return {money.amount for money in find_money(text) if _SIZED_LOAN.match(text, money.end)}
