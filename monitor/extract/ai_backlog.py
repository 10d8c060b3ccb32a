"""A backlog of signed contracts told by its value: no contract signed in the period.

"Expects further growth in 2026, backed by $12.8 billion in signed AI and HPC contracts",
"$9.5 billion of signed lease contracts", "more than $6 billion worth of executed HPC leases":
"signed" is an adjective of contracts the company holds, summed by their value (the running
total README decided case 1 leaves out, like "has secured $3 billion in contracts"). The verb
of a deal done in the period stays a milestone: "signed $3.7 billion in AI contracts", "signed
a $5.5 billion lease".
"""

from __future__ import annotations

from .folded import Folded

# The value just before the adjective: "$12.8 billion in ", "US$9.5bn of ", "$6 billion worth of "
_VALUE_BEFORE = Folded(
    r"(?:million|billion|bn|[mb]|\d)\s+(?:in|of|worth\s+of|in\s+total)\s+"
    r"(?:(?:already|fully|newly)\s+)?$"
)
_ADJECTIVE = Folded(r"(?:signed|executed|contracted|committed)\s")
_REACH = 40


def is_contract_backlog(text: str, start: int) -> bool:
    """Is the deal match at `text[start:]` ("signed AI and HPC contracts") the adjective of a
    value of contracts held ("$12.8 billion in signed …"), not a signing?"""
    if not _ADJECTIVE.match(text, start):
        return False  # cheap: the match does not open with the participle
    return bool(_VALUE_BEFORE.search(text, max(0, start - _REACH), start))
