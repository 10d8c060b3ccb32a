"""A headline's new debt that the story tells only as a deal under way.

"Argo Blockchain Borrows $70M From NYDIG" over "… is borrowing $70.6 million from a subsidiary
of NYDIG …, to be paid out in eight tranches": the headline rounds the body's figure, and the
body, which has the words around it, tells the loan in the progressive or as a proposal (README
decided case 6: not done). The headline's present tense says no more than the story does.
So is an offering the body says was launched ("TeraWulf Raises $500M Convertible Notes" over
"TeraWulf has launched a private offering of $500 million … notes"): launched, not priced or
closed. Unless the body goes on to tell it done ("… offering of $500 million … The offering
closed on Thursday", "it priced and closed the deal on Wednesday"): then the headline stands.
"""

from __future__ import annotations

from decimal import Decimal

from . import guards, undone
from .debt_words import line_bounds, title_at
from .folded import Folded
from .model import DEBT_ISSUED, Extracted
from .numbers import find_money

# How far a headline's figure may round the body's ("$70M" for $70.6 million).
_ROUNDING = Decimal("0.05")
_BODY_REACH = 3000
# the object of an offering launched or commenced ("has launched a private offering of $500
# million", "commenced an underwritten public offering of $200 million"): not yet priced
_LAUNCHED = Folded(
    r"\b(?:launch(?:ed|es|ing)?|commenc(?:ed|es|ing)|kick(?:ed|s)?\s+off)\s+(?:an?|the|its)\s+"
    r"(?:(?:proposed|private|public|registered|underwritten|upsized)\s+)*offering\s+of\s*$"
)


# the launched offering told done further on in its paragraph ("The offering closed on
# Thursday", "it priced and closed the deal"), not awaited ("expected to close", "to be priced")
_DONE_LATER = Folded(r"(?<!\bto\sbe\s)(?<!\bnot\s)(?<!\byet\s)\b(?:priced|closed|completed)\b")
_DONE_REACH = 400


def _launched(text: str, position: int) -> bool:
    """The sum at `position` is an offering's the body says was launched and not yet done."""
    if not _LAUNCHED.search(guards.clause_before(text, position)):
        return False
    rest = text[position : position + _DONE_REACH].split("\n\n", 1)[0]
    return _DONE_LATER.search(rest) is None


def headline_deals_undone(found: list[Extracted], text: str) -> list[Extracted]:
    """The headline issuances of `found` whose figure the body tells only as not yet done."""
    heads = [item for item in found if item.metric == DEBT_ISSUED and title_at(text, item.start)]
    dropped: list[Extracted] = []
    for item in heads:
        if not item.value:
            continue
        body_start = line_bounds(text, item.start)[1]
        same = [
            money
            for money in find_money(text, body_start, min(len(text), body_start + _BODY_REACH))
            if abs(money.amount - item.value) <= _ROUNDING * item.value
        ]
        if same and all(
            undone.is_in_progress(text, money.start)
            or undone.is_proposed(text, money.start)
            or _launched(text, money.start)
            for money in same
        ):
            dropped.append(item)
    return dropped
