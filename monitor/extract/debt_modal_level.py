"""A level a plan would reach, told in a clause coordinated with the plan's modal.

"… entered into a nonbinding term sheet with NYDIG that would restructure its $74 million of
debt remaining with NYDIG, reduce its debt by $57 million to $68 million …": "reduce" is a bare
infinitive sharing "would" with "restructure", so the level is what the plan would leave, not a
balance stated (README decided case 6). The modal sits a clause back, past the comma that the
clause guards stop at.
"""

from __future__ import annotations

from .folded import Folded
from .numbers import APPROX, Money

# (a number's decimal point is no sentence end: "$57.5 million")
_GAP = r"(?:[^.;!?]|\.(?=\d))"
_MODAL_THEN_LEVEL = Folded(
    rf"\b(?:would|will|could|might|may)\s+(?:\w+\s+){{0,2}}?\w+\b{_GAP}{{0,160}}?,\s*(?:and\s+)?"
    rf"(?:reduce|cut|lower|bring\s+down|trim|decrease)\s+(?:its|the|their|our)\s+{_GAP}{{0,60}}?"
    rf"\bto\s+{APPROX}$"
)
_REACH = 260


def level_under_modal(text: str, money: Money) -> bool:
    """Is `money` a level reached in a bare-infinitive clause a modal governs (see docstring)?"""
    before = text[max(0, money.start - _REACH) : money.start]
    if "to" not in before[-20:]:
        return False  # cheap gate: the level's "to" right before the amount
    return _MODAL_THEN_LEVEL.search(before) is not None
