"""An amount that is the change in interest expense, not the period's interest expense.

"The decrease in interest expense of $5.3 million reflects lower debt", "an increase in
interest expense of $2.1 million", "savings in interest expense of $5.3 million": the amount
measures how far the expense moved between two periods. The README labels the interest expense
of a period; a difference between periods is a reader's comparison the text has done, no level
(like a repayment's "decreased by $9.3 million" in a summary line). The interest patterns of
`debt` bind "interest expense of $X" to the expense, so the change noun in front of the
interest words is read here first.

The interest expense may also be the subject of the change verb: "Interest expense associated
with the loans was reduced by $4 million", "The refinancing reduced interest expense by $4
million". What is reduced is the expense, not the debt: no repayment, and no level either
(not "… after the company's debt was reduced by $4 million", whose subject is the debt).
"""

from __future__ import annotations

from .debt_words import Window
from .folded import Folded
from .numbers import APPROX

# A change noun governing the interest words: "decrease in", "the increase of", "savings on".
# Bounded: at most three determiners or adjectives between the preposition and "interest".
_CHANGE_OF_INTEREST = Folded(
    r"\b(?:increases?|decreases?|reductions?|rises?|declines?|drops?|falls?|changes?|growth|"
    r"savings?|jumps?|swings?|variances?|improvements?|cuts?|lowering|decline)\s+"
    r"(?:in|of|on|to)\s+(?:(?:the|our|its|their|total|net|quarterly|annual|cash)\s+){0,3}"
    r"interest\s+(?:expenses?|costs)\b"
)
# How far before the amount the change phrase may stand ("the decrease in interest expense of
# approximately $5.3 million for the quarter": about 60 characters).
_REACH = 80


def is_interest_change(window: Window) -> bool:
    """Is the amount in `window` bound to a change in interest expense (not its level)?"""
    before = window.before_lower[-_REACH:]
    if "interest" not in before:
        return False  # cheap gate
    phrases = list(_CHANGE_OF_INTEREST.finditer(before))
    if not phrases:
        return False
    found = phrases[-1]  # the change phrase nearest the amount
    # Only words of the same clause between the interest words and the amount: "The
    # decrease in interest expense of $5.3 million" (not "…; interest expense was $4.8").
    gap = before[found.end() :]
    if len(gap) > 40 or any(char.isdigit() for char in gap):
        return False  # another amount stands between: the change is that one's
    return not any(mark in gap for mark in (";", ". ", " was ", " were "))


# "Interest expense … was reduced by $4 million": the interest words, then (in the same clause,
# no other amount between) a change verb with "by" right before the amount.
_INTEREST_CHANGED_BY = Folded(
    r"\binterest\s+(?:expenses?|costs|payments|charges)\b(?P<gap>[^.;$]{0,100}?)\b(?:reduced|"
    r"decreased|lowered|cut|increased|fell|declined|dropped|rose|grew|went\s+(?:up|down))\s+"
    rf"by\s+{APPROX}$"
)
# "The refinancing reduced interest expense by $4 million"
_REDUCED_INTEREST_BY = Folded(
    r"\b(?:reduc\w{0,3}|lower\w{0,3}|cut\w{0,4}|decreas\w{0,3}|increas\w{0,3})\s+"
    r"(?:(?:the|our|its|their|total|net|quarterly|annual|cash)\s+){0,3}interest\s+(?:expenses?|"
    rf"costs|payments|charges)\s+by\s+{APPROX}$"
)
# A clause of its own in the gap: "Interest expense fell after the company's debt was reduced by
# $4 million" (the debt's reduction, read as such), or a relative clause of the debt's: "Interest
# expense on the term loan, whose principal was reduced by $20 million, …"
_OWN_CLAUSE = Folded(r"\b(?:after|as|when|because|since|while|once|and|but|so|whose|which)\b")


def interest_changed_by(window: Window) -> bool:
    """Is the amount in `window` the change of an interest expense that is the change verb's
    subject or object ("Interest expense … was reduced by $4 million"; module docstring)?"""
    before = window.before_lower
    if "interest" not in before or " by " not in before[-30:]:
        return False  # cheap gate
    if _REDUCED_INTEREST_BY.search(before):
        return True
    found = _INTEREST_CHANGED_BY.search(before)
    return found is not None and _OWN_CLAUSE.search(found["gap"]) is None
