"""A loan's whole principal in a story of a repayment finished over several periods.

README decided case 15: "finished repaying" / "completed repaying the $35 million it borrowed
in 2022" states the loan's principal repaid over its life, a since-inception total; only the
period's own payment is a figure. A document that tells the repayment ran over time
("finished repaying", "Repayments of the $35 million loan began in May 2023", "began repaying
the loan") makes the loan's size a life total wherever it recurs as a repayment: "has repaid
its $35 million Galaxy Digital bailout loan", "Full Repayment of $35 Million Galaxy Loan",
"Successfully repaying $35 million of high-interest rate debt". A one-off repayment told
without such history ("repaid its $10 million loan facility on June 14") stays a figure, and
so does another loan's repayment in a story that tells one loan's history: the sizes are those
named in the sentences that tell the repayment ran over time (or, when such a sentence names
the loan only as "the loan", in the sentence before it).
"""

from __future__ import annotations

import re
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


# What may stand between "finished repaying" and its object's amount ("the $35 million it
# borrowed"); "the final $2.5 million of its loan" is the period's own payment (decided case 15).
_OBJECT_GAP = re.compile(r"\s*(?:(?:the|a|its|their)\s+)?(?:US)?")
# A sentence's end: the history sentence is the one the loan's size must be named in.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n")


def life_totals(found: list[Extracted], text: str) -> list[Extracted]:
    """Repayments of `found` whose amount is a loan's size named where the document tells the
    loan's repayment ran over time (see the module docstring)."""
    repaid = [item for item in found if item.metric == DEBT_REPAID]
    if not repaid or "repa" not in lowered(text):
        return []
    sizes = _life_sizes(text)
    return [item for item in repaid if item.value in sizes]


def _life_sizes(text: str) -> set[Decimal]:
    """The amounts loans are named by in the sentences that tell a repayment over time."""
    sizes: set[Decimal] = set()
    for match in _OVER_TIME.finditer(text):
        start, end = _sentence_around(text, match.start(), match.end())
        if start and next(find_money(text[start:end]), None) is None:
            # "Repayments of the loan began in March": the loan is the one the sentence
            # before named ("has fully repaid its $20 million loan from NYDIG")
            start = _sentence_around(text, start - 1, start - 1)[0]
        sentence = text[start:end]
        told = match.end() - start  # where the history's own object begins in `sentence`
        sizes |= {
            money.amount
            for money in find_money(sentence)
            if _SIZED_LOAN.match(sentence, money.end)
            or (money.start >= told and _OBJECT_GAP.fullmatch(sentence, told, money.start))
        }
    return sizes


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end]."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))
