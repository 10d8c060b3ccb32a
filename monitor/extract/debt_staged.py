"""Two guards on new debt that news tells beside the deal: a loan recalled by how long ago it
was taken, and a loan whose money is released in stages.

* "received a $32 million loan … exactly one year ago", "Two months ago, MARA issued $300
  million in convertible bonds", "dates back to the 2021 bull run when Stronghold borrowed $40
  million" (in a 2024 story): a deal months or years before the story is background (README
  decided case 1), whatever the verb's tense.
* "securing a $300 million loan … Bitfarms will initially receive $50 million, with the
  remaining funds released as specific development goals are met": the loan's size is a
  facility's, drawn in tranches; only an amount stated as drawn is new debt (decided case 19),
  and a tranche still to come is a plan (decided case 6).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .folded import Folded
from .numbers import APPROX, MONEY_WRITTEN

# "two months ago", "exactly one year ago", "18 months ago" (not "days" or "weeks": news of a
# deal runs that far behind it within the same period).
_AGO = Folded(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|"
    r"\d{1,2})\s+(?:months?|years?)|a\s+year\s+and\s+a\s+half)\s+ago\b"
)
_CLAUSE_REACH = 160


# What ends the amount's clause: another deal's age told past it is not this deal's. (A
# transcript digest runs its points on in one line, each closed by its citation: "… a year
# ago [18][20] - Cash balance increased …")
_CLAUSE_END = re.compile(r";|[.!?](?=\s|$)|\]\s+[-–—]\s")


def recalled_by_age(text: str, start: int, end: int) -> bool:
    """The amount's clause dates its deal months or years before the story."""
    if text.find("ago", max(0, start - _CLAUSE_REACH), end + _CLAUSE_REACH) < 0:
        return False  # cheap gate (in the stretch read below, not in all of a long sentence)
    left, right = _clause(text, start, end)
    return _AGO.search(text, left, right) is not None


# A year in the amount's clause, not an instrument's name ("its 2021 convertible notes").
_YEAR = Folded(
    r"\b(?<![$.,])((?:19|20)\d{2})\b(?!\s*(?:convertible|senior|notes?|bonds?|term|series|"
    r"debentures?)\b)(?![.,]\d)"
)


# A year this many years before publication is never a report's own period (a 10-K filed in
# February 2024 reports 2023): a flow its clause dates so is recalled.
_YEARS_BEHIND = 2


def recalled_by_year(text: str, start: int, end: int, published: dt.date | None) -> bool:
    """New debt whose clause names, before the amount, a year two or more years before
    publication ("the 2021 bull run when Stronghold borrowed $40 million"). (Only before it:
    "repaid a $35 million loan … borrowed in 2022" dates the loan, not the repayment.)"""
    if published is None:
        return False
    left, _ = _clause(text, start, end)
    return any(
        int(match.group(1)) <= published.year - _YEARS_BEHIND
        for match in _YEAR.finditer(text, left, start)
    )


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the amount's clause: from the last sentence end before it (at most
    `_CLAUSE_REACH` back) to the next one after it (at most as far on)."""
    left = max(0, start - _CLAUSE_REACH)
    ends_before = [m.end() for m in _CLAUSE_END.finditer(text, left, start)]
    left = ends_before[-1] if ends_before else left
    right = min(len(text), end + _CLAUSE_REACH)
    after = _CLAUSE_END.search(text, end, right)
    return left, after.start() if after else right


# The first draw of a loan named with its amount: "Initial $45M drawn Dec 18, 2025", "an
# initial $50 million tranche was funded at closing", "an initial draw of $12.6 million": the
# loan's size was not all drawn.
_INITIAL_DRAW = (
    rf"\binitial(?:ly)?\s+(?:draw(?:down)?|advance)\s+of\s+{APPROX}{MONEY_WRITTEN}"
    rf"|\binitial(?:ly)?\s+{APPROX}{MONEY_WRITTEN}\s+(?:(?:was|has\s+been|is)\s+)?"
    r"(?:drawn|draw(?:down)?|advance|tranche)\b"
)
_FIRST_DRAW = Folded(_INITIAL_DRAW)


# The money of a loan released in stages: "will initially receive $50 million", the first draw
# named, "with the remaining $250 million to be released upon … milestones".
_STAGED = Folded(
    rf"\b(?:will|would|is\s+to|are\s+to)\s+(?:initially\s+)?receive\s+(?:an?\s+)?(?:initial\s+)?"
    rf"{APPROX}(?:us)?[$€£]|{_INITIAL_DRAW}"
    rf"|\bremaining\s+(?:funds|amount|balance|{MONEY_WRITTEN})"
    r"\s+(?:to\s+be\s+|will\s+be\s+|being\s+)?(?:released|disbursed|advanced|made\s+available)\b"
)


# A draw stated as done in the amount's own sentence.
# (or the first draw named: "interest on the initial draw of $50 million paid in kind")
_DRAWN = Folded(
    r"\b(?:drew|drawn|has\s+received|received|funded|disbursed|borrowed|incurred|"
    r"initial\s+(?:draw|drawdown|advance))\b"
)


# The amount named as a draw by the noun right after it: "a $50 million draw", "the $50 million
# initial drawdown" (not "draw-down facility", "draw option": room to draw).
_NAMED_DRAW_AFTER = Folded(
    r"\s*(?:(?:initial|first)\s+)?(?:draw|drawdown|draw-down)\b(?!\s*(?:-|facility|facilities|"
    r"option|capacity|period|schedule|availability|limit))"
)
_AMOUNT = Folded(rf"{APPROX}{MONEY_WRITTEN}\b")


def _amount_end(sentence: str, start: int) -> int:
    """Where the amount starting at `start` ends (`start` when it does not read as one)."""
    amount = _AMOUNT.match(sentence, start)
    return amount.end() if amount else start


def staged_size(document: str | None, sentence: str, start: int = -1) -> bool:
    """Is the new debt read in `sentence` (its amount at `start`) the size of a loan the
    document says is released in stages: no draw stated in the sentence, or the sentence's
    first draw named after the amount ("secured a $200 million loan; an initial $50 million
    tranche was funded at closing": the $200 million is the size)?"""
    if document is None or not _staged_document(document):
        return False
    if start >= 0 and _NAMED_DRAW_AFTER.match(sentence, _amount_end(sentence, start)):
        return False  # "involves a $50 million draw": the amount is the draw, not the size
    if _DRAWN.search(sentence) is None:
        return True
    if start < 0 or "nitial" not in sentence:
        return False
    draw = _FIRST_DRAW.search(sentence, start + 1)
    return draw is not None  # (searched from past the amount: the draw is named after it)


@lru_cache(maxsize=8)
def _staged_document(document: str) -> bool:
    """Does the document tell a loan released in stages? (read once per document: every
    issuance candidate of it asks)"""
    if "nitial" not in document and "remaining" not in document:
        return False  # cheap gate
    return _STAGED.search(document) is not None
