"""Draws that are not new debt: equity drawn from a preferred-equity line, and the level drawn.

* A draw on a preferred-equity facility is equity, not debt (README "Metrics"): "received the
  initial $112.5 million draw from a $5 billion perpetual preferred equity financing facility",
  "$787.5 million in funding from its existing preferred equity facility". The facility's
  own size may stand between the amount and its kind, so the reach passes one amount.
* The amount drawn to date is the balance under the line, not the period's draw: "has now
  drawn $100 million from its $300 million facility", "has drawn a total of $60 million under
  the loan" (decided case 19: a stated outstanding balance under the line is a balance).
"""

from __future__ import annotations

from .folded import Folded

# "… draw from a $5 billion perpetual preferred equity financing facility", "in funding under
# its preferred stock purchase agreement"
_EQUITY_DRAW_AFTER = Folded(
    r"^\s+(?:(?:in|of)\s+)?(?:[\w-]+\s+){0,2}?(?:from|under|through|via|out\s+of)\s+"
    # (a summary's headline drops the article and abbreviates: "initial draw from $5B
    # Macquarie preferred equity facility")
    r"(?:(?:an?|the|its|their|our)\s+)?(?:(?:[^.;$]|\.(?=\d)){0,30}?(?:us)?\$\s?[\d.,]+\s*"
    r"(?:million|billion|m|bn|b)?\b)?(?:(?!,|\band\b|\bconvertible\b|\bwhich\b)(?:[^.;$]|\.(?=\d)))"
    # (not across a clause: "a loan from Tether and issued Series B preferred stock", "from
    # Bitmain, convertible into Series A preferred shares" are loans)
    r"{0,40}?\bpreferred\s+(?:equity|stock|"
    r"shares?|units?)\b"
)

# "has now drawn $100 million", "have so far drawn down", "has drawn a total of"
_DRAWN_TO_DATE_BEFORE = Folded(
    r"\b(?:has|have)\s+(?:(?:now|so\s+far|to\s+date)\s+)?(?:drawn|borrowed)\s+(?:down\s+)?"
    r"(?:a\s+total\s+of\s+|an\s+aggregate\s+(?:of\s+)?)$"
    r"|\b(?:has|have)\s+(?:now|so\s+far|to\s+date)\s+(?:drawn|borrowed)\s+(?:down\s+)?$"
)
_FROM_LINE_AFTER = Folded(r"^\s+(?:in\s+total\s+|to\s+date\s+|so\s+far\s+)?(?:from|under|on)\b")


def equity_draw_after(after: str) -> bool:
    """Is the amount drawn from a preferred-equity line (`after`: the words after it)?"""
    if "preferred" not in after[:120].lower():
        return False  # cheap gate
    return _EQUITY_DRAW_AFTER.match(after) is not None


def drawn_to_date(before: str, after: str) -> bool:
    """Is the amount the total drawn so far under a line ("has now drawn $100 million from")?"""
    if "drawn" not in before[-40:] and "borrowed" not in before[-40:]:
        return False  # cheap gate
    return _DRAWN_TO_DATE_BEFORE.search(before[-60:]) is not None and bool(
        _FROM_LINE_AFTER.match(after)
    )
