"""A loan told as funded for an amount: the part of a lender's commitment paid out.

A financing note gives the lender's commitment and then what it has paid out so far: "NYDIG
agreed to lend to the Borrowers approximately $81 million under loan schedules that were
partially funded for approximately $54 million in March 2022 and will continue to be funded".
The commitment is a size, no new debt (README, decided case 19); the amount the loans "were
funded for" is what was drawn, new debt. Only a past funding of a loan the clause names: not
"will be funded for", "to be funded", "may be funded".

A loan told as since repaid ("were funded for $54 million in 2021 and have since been repaid")
is an earlier draw recalled (decided case 1) when the funding lies before the period the story
reports; a funding within that period (a March update's "funded in March 2025 and since
repaid") is the period's new debt, and its repayment, told with no date of its own, is the
period's too, in the size that names the loan (decided cases 7, 27 and 45).
"""

from __future__ import annotations

import re

from monitor.vocabulary.periods import Period

from .debt_words import DEBT_NOUN
from .folded import Folded
from .numbers import APPROX

_FUNDED_FOR = Folded(
    rf"\b{DEBT_NOUN}(?:\s+schedules?)?\s+(?:(?:that|which)\s+)?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:partially|partly|fully|initially|already|since)\s+)?funded\s+"
    rf"(?:for|in\s+the\s+(?:aggregate\s+|principal\s+)?amount\s+of)\s+{APPROX}$"
)
_REACH = 120
# A funding recalled, the loan since gone: "were funded for $54 million in 2021 and have since
# been repaid" (an earlier period's draw told as background, README decided case 1).
_SINCE_GONE = Folded(
    r"^[^.;]{0,80}?\b(?:(?:has|have|had)\s+since\s+been|since\s+been|since|"
    r"(?:were|was)\s+later|(?:has|have|had)\s+later\s+been)\s+(?:fully\s+)?"
    r"(?:repaid|retired|paid\s+(?:off|down|in\s+full)|extinguished|settled|converted)\b"
)


def funded_for(before: str) -> bool:
    """Is the amount after `before` what a named loan was funded for?"""
    tail = before[-_REACH:]
    return "funded" in tail and _FUNDED_FOR.search(tail) is not None


# The repayment's own amount after its verb ("has since repaid $40 million of it", "was later
# paid down by $10 million", "repaid 40 million dollars of it"), or its words that it was part
# ("were later repaid in part", "repaid 40% of it", "repaid all but $40 million of it": the
# amount repaid is not printed, and figures are labelled as printed): decided case 45, the
# named size only when no other amount is stated.
_OWN_AMOUNT = Folded(
    r"\s+(?:in\s+part\b|(?:all\s+(?:but|except)|(?:a\s+)?(?:part|portion|some|half|most)\s+of)\b|"
    r"(?:by\s+)?(?:approximately\s+|about\s+|roughly\s+)?"
    r"(?:(?:[a-z]{1,3}\s?)?[$€£]\s?\d|\d[\d,.]{0,12}\s?(?:%|percent\b|per\s+cent\b|"
    r"(?:(?:thousand|million|billion)\s+)?(?:(?:us|u\.s\.|canadian|australian)\s+)?dollars\b)))"
)


def since_gone(after: str) -> bool:
    """Does the clause after a funded amount say the loan has since been repaid (a funding
    recalled, not this period's draw)?"""
    return _since(after) is not None


def since_repaid_part(after: str) -> tuple[int, int] | None:
    """Where in `after` the since-repayment states an amount of its own (or that it was only
    part): None when the loan is since repaid in the size that names it."""
    gone = _since(after)
    own = _OWN_AMOUNT.match(after, gone.end()) if gone is not None else None
    return None if own is None else (own.start(), own.end())


def _since(after: str) -> re.Match[str] | None:
    head = after[:120]
    if "since" not in head and "later" not in head:
        return None
    return _SINCE_GONE.match(after)


def within_story(period: str | None, story: Period | None) -> bool:
    """Does the flow's `period` lie within the period the story reports (`story`)?"""
    flow = Period.parse(period)
    if flow is None or story is None:
        return False
    return story.first_day() <= flow.first_day() and flow.last_day() <= story.last_day()


# A repayment told as since made, its amount right after: "…, drawn in February 2025, has since
# been repaid by $25 million", "and has since repaid $40 million of it". "Since" says it came
# after the dates told before it: it has no date of its own (decided case 45).
_SINCE_REPAID_BEFORE = Folded(
    r"\b(?:has|have|had)\s+since\s+(?:been\s+)?(?:(?:fully|partially|partly)\s+)?"
    rf"(?:repaid|paid\s+(?:down|back|off)|reduced|retired)\s+(?:by\s+)?{APPROX}$"
)


def since_repaid_at(text: str, start: int) -> int | None:
    """Where "has since (been) repaid" begins before the amount at `start`, else None."""
    before = text[max(0, start - 80) : start]
    if "since" not in before:
        return None  # cheap gate
    found = _SINCE_REPAID_BEFORE.search(before)
    return None if found is None else start - len(before) + found.start()
