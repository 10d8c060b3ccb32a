"""A period phrase that dates a network event, not a figure: "the halving in April".

Miners' news dates the bitcoin halving beside the period's figures: "following the Bitcoin
reward halving in April, mining a total of 699 bitcoin" (a Q2 figure), "mined 1,200 BTC after
the April halving", "April's halving cut the reward". The month there is the halving's; the
figure keeps the period its sentence otherwise gives (the quarter opening it, the report's).
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
