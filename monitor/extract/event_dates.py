"""A period phrase that dates a network event, not a figure: "the halving in April".

Miners' news dates the bitcoin halving beside the period's figures: "following the Bitcoin
reward halving in April, mining a total of 699 bitcoin" (a Q2 figure), "mined 1,200 BTC after
the April halving", "April's halving cut the reward". The month there is the halving's; the
figure keeps the period its sentence otherwise gives (the quarter opening it, the report's).

An opening "Following …"/"After …" clause that tells an earlier figure with its month dates
that figure only: "Following a substantial sale of approximately 1,818 Bitcoin in December,
Riot Platforms has disclosed the sale of roughly 1,080 Bitcoin" (the December sale is recalled,
decided case 1; the 1,080 keeps the period the rest of its sentence or the story gives). The
clause must tell a deal (a sale, purchase, repayment, issue or raise): an expansion or a record
output it opens with frames the figure, whose month it is too.

A sale the story's news follows is recalled the same way wherever it stands: "It follows a
smaller divestment in January of around 550 BTC and brings the company's total BTC holdings
down to just over 3,000" (January is that divestment's month; the holding is the story's).
"""

from __future__ import annotations

from .folded import Folded

_HALVING = ("halving", "halvening")
# "halving in April", "halving event of April 2024", "halving on April 20"
# (the period phrase may hold its own "in")
_EVENT_BEFORE = Folded(
    r"\b(?:halving|halvening)\s+(?:event\s+)?(?:(?:in|of|on|during)\s+(?:the\s+)?)?$"
)
# "the April halving", "April's halving", "April 2024 halving"
_EVENT_AFTER = Folded(
    r"(?:['’]s)?\s+(?:bitcoin\s+|btc\s+|network\s+|reward\s+){0,2}(?:halving|halvening)\b"
)
_REACH = 40


# The sentence opens with "Following"/"After" and an earlier figure ("a substantial sale of
# approximately 1,818 Bitcoin"), up to the period phrase; no clause closes before it.
_OPENING_AFTER = Folded(
    r"^\W{0,3}(?:following|after)\s+(?:its|the|their|a|an)\s+[^,;:.()]{0,60}?"
    r"(?:[$€£]\s?\d|\b\d[\d,.]{0,12}\s*(?:bitcoins?|btc|coins|million|billion|mw|megawatts)\b)"
    r"[^,;:()]{0,40}?"
    r"(?:\b(?:in|during|of|on)\s+)?$"
)
_CLAUSE_END = Folded(r"\s*,")
# The clause's event is a deal of the figure's kind: a sale, purchase, repayment, issue or raise
# ("After its 50 MW expansion in August, Acme mined 600 BTC": the expansion frames the output,
# and its month is the output's too; so is "After a record 750 BTC mined in June").
_DEAL = Folded(
    r"\b(?:sale|sales|sold|sell\w*|purchas\w*|bought|buy\w*|acqui\w*|repa\w*|issu\w*|"
    r"offering|rais\w*)\b"
)
_OPENING_REACH = 120


def dates_opening_event(text: str, start: int, end: int, figure: int) -> bool:
    """Does the period phrase at `text[start:end]` date an earlier figure that an opening
    "Following …," clause tells, the figure at `figure` standing after that clause?"""
    if figure <= end or text[:1].lower() not in "fa" or start > _OPENING_REACH:
        return False  # cheap gate: the sentence opens with the clause
    return (
        _OPENING_AFTER.search(text, 0, start) is not None
        and _CLAUSE_END.match(text, end) is not None
        and _DEAL.search(text, 0, start) is not None
    )


def dates_an_event(text: str, start: int, end: int) -> bool:
    """The period phrase at `text[start:end]` names when the halving happened."""
    if "alv" not in text and "ALV" not in text:
        return False  # (cheap: most sentences name no halving)
    window = text[max(0, start - _REACH) : end + _REACH].lower()
    if not any(word in window for word in _HALVING):
        return False
    if _EVENT_BEFORE.search(text, max(0, start - _REACH), start):
        return True
    return _EVENT_AFTER.match(text, end, min(len(text), end + _REACH)) is not None


# "follows a smaller divestment in January", "comes after an earlier sale of 550 BTC in
# January": the period phrase (with or without its own "in") closes the recalled sale
_FOLLOWED = Folded(
    r"\b(?:follows|followed|following|comes\s+after|came\s+after)\s+(?:a|an|the|its|their)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:sale|sales|divestments?|disposals?|disposition|liquidation|"
    r"offloading|sell-?off)\s+(?:of\s+[^.;:!?]{1,30}?\s+)?(?:(?:in|during|of|on)\s+(?:the\s+)?)?$"
)
_FOLLOWED_REACH = 80


def dates_followed_event(text: str, start: int) -> bool:
    """Does the period phrase starting at `start` date a sale the sentence says its news
    follows ("It follows a smaller divestment in January")?"""
    if "ollow" not in text and "after" not in text:
        return False  # (cheap: most sentences follow nothing)
    return _FOLLOWED.search(text, max(0, start - _FOLLOWED_REACH), start) is not None
