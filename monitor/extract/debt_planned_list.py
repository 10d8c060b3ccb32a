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
# A lead-in whose main verb says the steps are done ("Riot completed the following steps,
# which it expects will lower its interest costs:"): a plan word in its relative clause speaks
# of the steps' effects, it does not plan them.
_RELATIVE = Folded(r",\s*(?:which|that)\b")
_DONE_MAIN = Folded(
    r"\b(?:completed|took|undertook|carried\s+out|executed|implemented|made|finished|"
    r"accomplished|(?:has|have|had)\s+(?:taken|completed|made))\b"
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
            return _plans(line)
    return False


def _plans(lead_in: str) -> bool:
    """Does the lead-in's governing clause plan its list ("will fund growth, including:",
    "plans to use the proceeds for:")?"""
    relative = _RELATIVE.search(lead_in)
    if relative is not None and _DONE_MAIN.search(lead_in, 0, relative.start()):
        return _PLAN.search(lead_in, 0, relative.start()) is not None
    return _PLAN.search(lead_in) is not None
