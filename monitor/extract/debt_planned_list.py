"""A list item that names a debt flow by a gerund, under a lead-in that plans it.

An offering's announcement lists what its money will do: "The remaining $670 million to $820
million will fund growth, including: / - Repaying a $200 million Bitcoin-backed credit
facility." The item has no verb of its own to say the repayment is done; its lead-in says it
is to come ("will fund", "will be used", "Use of Proceeds"). A planned use of proceeds is no
flow (README, decided cases 6 and 13). Only items that open on the flow's gerund ("Repaying",
"Paying down", "Refinancing") under the nearest lead-in ending with a colon, whose words plan.
"""

from __future__ import annotations

from .context import DocContext
from .folded import Folded
from .sentences import Segment

_GERUND_OPEN = Folded(
    r"^\s*(?:[-•*–]\s*)?(?:repaying|paying\s+(?:down|off|back)|refinancing|redeeming|retiring|"
    r"settling|borrowing|drawing|issuing)\b"
)
_PLAN = Folded(
    r"\b(?:will|would|shall|to\s+be\s+used|intends?\s+to|plans?\s+to|expects?\s+to|"
    r"use\s+of\s+(?:the\s+)?proceeds|proposed|planned)\b"
)
_LOOK_BACK = 400
_LINES = 4  # the list's items above this one, up to its lead-in


def planned_item(segment: Segment, ctx: DocContext) -> bool:
    """Is `segment` a gerund list item under a lead-in that plans it?"""
    if _GERUND_OPEN.match(segment.text) is None or ctx.text is None:
        return False
    head = ctx.text[max(0, segment.start - _LOOK_BACK) : segment.start]
    for line in reversed(head.split("\n")[:-1][-_LINES:]):
        if line.rstrip().endswith(":"):
            return _PLAN.search(line) is not None
    return False
